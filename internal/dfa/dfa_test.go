package dfa

import (
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// patterns exercise what the filter must get right: assertions, case folding, classes,
// repetition, alternation, captures and non-ASCII text.
var patterns = []string{
	`cancel`,
	`(?i)\bcancel(?:led|ling|s)?\b`,
	`(?i)\b(?:mon(?:day)?|tue(?:s(?:day)?)?)\.?\s*(?:-|–|to)\s*(?:fri(?:day)?|sat)\b`,
	`^Hello`,
	`(?m)^bye$`,
	`world$`,
	`\Bant`,
	`(?i)k`,
	`(?i)s\b`,
	`é`,
	`[^a-z]+x`,
	`(?i)[à-ÿ]`,
	`a.b`,
	`(?s)a.b`,
	`\d{1,2}(?::\d{2})?\s*(?:am|pm)`,
	`(?i)(?P<match>we(?:'ll| will)\s+miss\s+you)`,
	`\bx*\b`,
	`(?:a|b)*c{2,3}`,
	`(?i)\w+ed\b`,
	`\$\d+`,
	`(?i)don't\s+go`,
	`\A\z`,
	`(?i)ſ`,
	`[\p{Lu}]`,
}

// texts are checked whole and in every piece cut at random places.
var texts = []string{
	"", "a", "cancel", "Cancelled.", "We cancelled it", "precancel", "MONDAY to Friday", "mon - sat.",
	"Hello there", "say Hello", "hi\nbye\nok", "bye", "hello world", "world peace", "pant", "ant",
	"KELVIN \u212a", "yes", "its", "café", "x", "1x", "aXb", "a\nb", "9am-5pm", "10:30 pm",
	"We'll   miss you", "we will MISS you!", "ccc", "abcc", "walked", "$15", "Don't go", "\xff\xfe",
	"naïve ſ", "Über", "ÀB", "\u00a0cancel\u00a0",
}

// TestAgreesWithRegexp checks the filters against package regexp: MayMatch never says no where
// the expression matches, nor yes on ASCII text where it does not, and Match is sure where it
// must be, and only where the filter is exact: on ASCII text, before it gives up.
func TestAgreesWithRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		f, err := Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		check := func(s string) {
			got, want := f.MayMatch(s), re.MatchString(s)
			if want && !got {
				t.Errorf("%q on %q: filter says no, regexp matches", p, s)
			}
			if !want && got && isASCII(s) {
				t.Errorf("%q on %q: filter says yes on ASCII text, regexp does not match", p, s)
			}
			switch matched, sure := f.Match(s); {
			case sure && matched != want:
				t.Errorf("%q on %q: Match is sure of %v, regexp says %v", p, s, matched, want)
			case !sure && (!matched || isASCII(s)):
				t.Errorf("%q on %q: Match says %v and is not sure, on ASCII text or of no", p, s, matched)
			}
		}
		for _, s := range texts {
			check(s)
		}
		for range 2000 {
			check(randomText(rng))
		}
	}
}

// TestMatchSure checks Match where the filter is not exact.
func TestMatchSure(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	// On text that is not ASCII a yes may be wrong: é is of the class of every rune from
	// U+0080 up, as è is.
	f, err := Compile(`é`)
	if err != nil {
		t.Fatal(err)
	}
	if matched, sure := f.Match("è"); !matched || sure {
		t.Errorf("`é` on \"è\": Match says %v, sure %v; want a yes it is not sure of", matched, sure)
	}
	// A filter that gave up says yes to every text and is sure of none.
	g, err := Compile(`(?i)a[a-z]{0,40}b`)
	if err != nil {
		t.Fatal(err)
	}
	for range 100000 {
		g.MayMatch(randomOf(rng, "aabxyz ", 200))
		if g.gaveUp {
			break
		}
	}
	if !g.gaveUp {
		t.Fatal("the filter never gave up")
	}
	if matched, sure := g.Match("xyz"); !matched || sure {
		t.Errorf("a filter that gave up, on \"xyz\": Match says %v, sure %v", matched, sure)
	}
}

// TestConcurrent runs one filter from several goroutines while its states are being built.
func TestConcurrent(t *testing.T) {
	p := `(?i)\b(?:cancel|unsubscribe|delete|close)\w*\s+(?:your\s+)?(?:account|plan|subscription)\b`
	re := regexp.MustCompile(p)
	f, err := Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(g), 7))
			for range 3000 {
				s := randomText(rng)
				if got, want := f.MayMatch(s), re.MatchString(s); got != want && (want || isASCII(s)) {
					t.Errorf("%q: filter and regexp disagree", s)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestResets builds more states than the cache holds and stays right.
func TestResets(t *testing.T) {
	p := `(?i)a[a-z]{0,40}b`
	re := regexp.MustCompile(p)
	f, err := Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		s := randomOf(rng, "aabxyz ", 200)
		if re.MatchString(s) != f.MayMatch(s) {
			t.Fatalf("%q: filter and regexp disagree", s)
		}
	}
}

func FuzzAgreesWithRegexp(f *testing.F) {
	for i, p := range patterns {
		f.Add(p, texts[i%len(texts)])
	}
	f.Fuzz(func(t *testing.T, p, s string) {
		re, err := regexp.Compile(p)
		if err != nil {
			return
		}
		filter, err := Compile(p)
		if err != nil {
			t.Fatalf("regexp compiles %q, the filter does not: %v", p, err)
		}
		if re.MatchString(s) && !filter.MayMatch(s) {
			t.Fatalf("%q on %q: filter says no, regexp matches", p, s)
		}
		if !re.MatchString(s) && filter.MayMatch(s) && isASCII(s) {
			t.Fatalf("%q on %q: filter says yes on ASCII text, regexp does not match", p, s)
		}
		if matched, sure := filter.Match(s); sure && matched != re.MatchString(s) {
			t.Fatalf("%q on %q: filter is sure of %v, regexp says %v", p, s, matched, !matched)
		}
	})
}

// randomOf returns n bytes drawn from alphabet, each as often as it is written there.
func randomOf(rng *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return string(b)
}

// randomText returns up to eleven words and marks that the patterns name, some of them not
// ASCII, with spaces between some of them.
func randomText(rng *rand.Rand) string {
	words := []string{"cancel", "Cancelled", "your", "account", "plan", "MON", "day", "to", "fri",
		"9", "am", "-", " ", " ", "\n", ".", "é", "ſ", "K", "k", "s", "we'll", "miss", "you", "x", "b",
		"a", "c", "world", "Hello", "bye", "ant", "_", "$", "1", "Don't", "go", "\xff", "À"}
	var b strings.Builder
	for range rng.IntN(12) {
		b.WriteString(words[rng.IntN(len(words))])
		if rng.IntN(3) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// acceptsRune reports whether rune instruction inst consumes r, as package regexp decides.
func acceptsRune(inst *syntax.Inst, r rune) bool {
	switch inst.Op {
	case syntax.InstRune1:
		return r == inst.Rune[0]
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return inst.MatchRune(r)
}

// TestASCIIAccepted checks the ASCII runes each rune instruction accepts, as buildClasses
// derives them from its ranges, against the instruction's own MatchRune, rune by rune.
func TestASCIIAccepted(t *testing.T) {
	for _, expr := range []string{`(?i)k\b`, `(?i)[a-fx-z]+s`, `[^a\n]`, `.`, `(?s).`, `(?i)ß|ſ|K`, `[0-9]{2}`, `(?i:hello) World`} {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		for pc := range prog.Inst {
			inst := &prog.Inst[pc]
			switch inst.Op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			default:
				continue
			}
			var acc [utf8.RuneSelf]bool
			asciiAccepted(inst, &acc)
			for r := rune(0); r < utf8.RuneSelf; r++ {
				if acc[r] != acceptsRune(inst, r) {
					t.Errorf("%s, instruction %d: rune %q accepted %v, want %v", expr, pc, r, acc[r], !acc[r])
				}
			}
		}
	}
}
