package keywords

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

var testKeywords = []string{"please don't go", "don't", "go", "last chance", "chance", "!", "can't lose you", "a", "aa", "’"}

// naiveHits finds every occurrence of every keyword by brute force, ASCII case-insensitively.
func naiveHits(keywords []string, s string) []string {
	lower := lowerASCII(s)
	var out []string
	for id, kw := range keywords {
		for i := 0; i+len(kw) <= len(lower); i++ {
			if lower[i:i+len(kw)] == kw {
				out = append(out, fmt.Sprintf("%d@%d-%d", id, i, i+len(kw)))
			}
		}
	}
	slices.Sort(out)
	return out
}

func scanHits(p *Automaton, s string) []string {
	var out []string
	p.Scan(s, func(id, start, end int) { out = append(out, fmt.Sprintf("%d@%d-%d", id, start, end)) })
	slices.Sort(out)
	return out
}

func TestAutomatonMatchesNaive(t *testing.T) {
	p := New(testKeywords)
	for _, s := range []string{
		"Please DON'T GO! Last Chance!!", "aaaa", "", "We can’t lose you, can't LOSE YOU", "chancechance",
	} {
		if got, want := scanHits(p, s), naiveHits(testKeywords, s); !slices.Equal(got, want) {
			t.Errorf("scan(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAutomatonWide builds an automaton of more states than 15 bits number (the 16th marks
// output), which switches to 32-bit state numbers, and checks it against brute force.
func TestAutomatonWide(t *testing.T) {
	var keywords []string
	for i := range 12000 {
		kw := []byte("kkkkkkkk")
		for j, n := 0, i*7919; j < len(kw); j, n = j+1, n/26 {
			kw[j] = byte('a' + n%26)
		}
		keywords = append(keywords, string(kw))
	}
	if n := trieSize(keywords); n <= 1<<15 {
		t.Fatalf("trie of %d states, want more than 32,768", n)
	}
	p := New(keywords)
	if p.delta32 == nil {
		t.Fatal("automaton of more than 32,768 states has 16-bit state numbers")
	}
	text := strings.Join(keywords[:50], " ") + " " + strings.ToUpper(keywords[11999]) + "aaaa"
	if got, want := scanHits(p, text), naiveHits(keywords, text); !slices.Equal(got, want) {
		t.Errorf("scan = %v, want %v", got, want)
	}
}

func TestAutomatonAllocations(t *testing.T) {
	p := New(testKeywords)
	n := 0
	hit := func(_, _, _ int) { n++ }
	if a := testing.AllocsPerRun(100, func() { p.Scan("Please don't go! Last chance, we can't lose you.", hit) }); a != 0 {
		t.Errorf("scan allocates %v times per run, want 0", a)
	}
}

func FuzzAutomaton(f *testing.F) {
	f.Add("please don't go", "Please DON'T go, last chance!")
	f.Add("aa", "aaaaa")
	f.Fuzz(func(t *testing.T, kw, s string) {
		kws := []string{}
		for _, k := range strings.Split(strings.ToLower(kw), ",") {
			if k != "" && len(k) < 20 {
				kws = append(kws, k)
			}
		}
		if len(kws) == 0 || len(s) > 1000 {
			return
		}
		lowered := make([]string, len(kws))
		for i, k := range kws {
			lowered[i] = lowerASCII(k)
		}
		want := naiveHits(lowered, s)
		for _, wide := range []bool{false, true} {
			p := Build(lowered, wide)
			if got := scanHits(p, s); !slices.Equal(got, want) {
				t.Fatalf("keywords %q in %q (wide %v): got %v, want %v", lowered, s, wide, got, want)
			}
			if got, want := p.AppendHits(nil, s, &Scratch{}), scanList(p, s); !slices.Equal(got, want) {
				t.Fatalf("keywords %q in %q (wide %v): AppendHits gives %v, Scan %v", lowered, s, wide, got, want)
			}
			if wide {
				continue
			}
			loaded, ok := Load(string(Encode(p)), lowered)
			if !ok {
				t.Fatalf("keywords %q: Load refuses Encode's table", lowered)
			}
			if got := scanHits(loaded, s); !slices.Equal(got, want) {
				t.Fatalf("keywords %q in %q: the loaded automaton finds %v, want %v", lowered, s, got, want)
			}
		}
	})
}

// lowerASCII returns s with its ASCII letters in lower case, as the automaton folds them.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
