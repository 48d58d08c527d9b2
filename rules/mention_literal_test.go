package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLiteralPhrase checks that a mention FindAt matches by its words (literalOf) finds, at
// the start of a text, what its anchored expression finds, for every mention of the built-in
// pack that is a literal phrase and a few others, on texts made of its words with other white
// space, other case, other endings and other words (but not the Kelvin sign or the long s,
// where no mention is tried at its keyword).
func TestLiteralPhrase(t *testing.T) {
	mentions := []string{"miss you", "kicked", "unsubscrib*", "e-mail", "can't*", "come back now", "opted out", "no. 5", "a_b", "x-",
		"cancel* ... subscription*", "cancel ... my plan", "opt out ... email*", "a ... b ... c", "don't* ... go", "x- ... y"}
	for _, c := range compileBuiltinYAML(t).Kinds {
		for _, m := range c.Mentions {
			mentions = append(mentions, m.Text)
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	spaces := []string{" ", "  ", "\t", "\n", " \r\n", "\f", "\v", "\u00a0", ""}
	ends := []string{"", " ", "s", "ed", "_", "-", ".", "!", "'s", "é", "9", " now", "\u212a", "x y"}
	gaps := []string{" your", " my-", "-yearly", " don't", "'", " - ", ", ", " the", " a—b", " x.", " now?", "--", " '", "é", " 3"}
	seps := []string{" ", "  ", "-", "'", " - ", ", ", "—", "", ".", " (", "\t"}
	literals := 0
	for _, text := range mentions {
		m, err := compileMention(text)
		if err != nil {
			t.Fatal(err)
		}
		lit := literalOf(text)
		if !m.CanAnchor() || lit == nil {
			if m.re.literal != nil {
				t.Errorf("%q: a literal phrase that cannot be anchored", text)
			}
			continue
		}
		literals++
		parts := strings.Split(text, "...")
		for range 300 {
			var b strings.Builder
			for k, part := range parts {
				if k > 0 { // a gap: words and separators, some of them not a gap's
					for range rng.IntN(8) {
						b.WriteString(gaps[rng.IntN(len(gaps))])
					}
					b.WriteString(seps[rng.IntN(len(seps))])
				}
				words := strings.Fields(normalizeToken(strings.TrimSuffix(strings.TrimSpace(part), "*")))
				for i, w := range words {
					if i > 0 {
						b.WriteString(spaces[rng.IntN(len(spaces))])
					}
					for _, r := range w {
						switch rng.IntN(3) {
						case 0:
							b.WriteString(strings.ToUpper(string(r)))
						default:
							b.WriteRune(r)
						}
					}
					if rng.IntN(8) == 0 {
						b.WriteString(ends[rng.IntN(len(ends))])
					}
				}
			}
			b.WriteString(ends[rng.IntN(len(ends))])
			s := b.String()
			if rng.IntN(6) == 0 && len(s) > 1 {
				s = s[:rng.IntN(len(s))] // cut short, as a sentence end cuts a text
			}
			if FoldsToASCII(s) {
				continue // no mention is tried at its keyword there (Anchored): (?i)\w matches K
			}
			n, ok, sure := lit.match(s)
			if !sure {
				continue
			}
			loc := m.anchored().FindStringIndex(s)
			if ok != (loc != nil) || ok && n != loc[1] {
				t.Fatalf("%q on %q: words match %d %v, expression %v", text, s, n, ok, loc)
			}
			if !m.re.crossesSentences { // the expression as FindAt ran it, to the sentence's end
				if loc := m.anchored().FindStringIndex(s[:sentenceEnd(s, 0)]); ok != (loc != nil) || ok && n != loc[1] {
					t.Fatalf("%q on %q to its sentence's end: words match %d %v, expression %v", text, s, n, ok, loc)
				}
			}
		}
	}
	if literals < 40 {
		t.Fatalf("only %d mentions are literal phrases", literals)
	}
}

// TestLiteralPhraseBudget checks that a gap with more ways to try than maxGapTries is left to
// the expression, and that FindAt then finds what the expression finds.
func TestLiteralPhraseBudget(t *testing.T) {
	m, err := compileMention("cancel ... plan")
	if err != nil {
		t.Fatal(err)
	}
	text := "cancel " + strings.Repeat("a-", 40) + "b plans. A plan"
	if !m.CanAnchor() || m.re.literal == nil {
		t.Fatal("cancel ... plan is not a literal phrase")
	}
	if _, _, sure := m.re.literal.match(text); sure {
		t.Fatalf("%d ways or fewer to try in %q", maxGapTries, text)
	}
	got, gok := m.FindAt(text, 0)
	want, wok := m.Find(text)
	if got != want || gok != wok {
		t.Errorf("FindAt %v %v, Find %v %v", got, gok, want, wok)
	}
}
