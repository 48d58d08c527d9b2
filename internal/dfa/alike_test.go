package dfa

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestClassMask checks each matcher's mask of classes against accepts, class by class.
func TestClassMask(t *testing.T) {
	for _, p := range append(patterns, `(?i)[a-z]x|[0-9]y|[!-/]z|\s\b`) {
		f, err := Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		if f.nclass > maxMaskClasses {
			continue
		}
		nmatch := len(f.acceptBits) * 8 / int(f.nclass)
		for m := range uint32(nmatch) {
			mask := f.classMask(m)
			for c := range f.nclass {
				if got, want := mask>>uint(c)&1 != 0, f.accepts(m, c); got != want {
					t.Errorf("%q: matcher %d, class %d: mask says %v, accepts %v", p, m, c, got, want)
				}
			}
			if mask&^f.allClasses != 0 {
				t.Errorf("%q: matcher %d: mask %#x beyond the %d classes", p, m, mask, f.nclass)
			}
		}
	}
}

// TestAlikeTransitions runs each pattern over random texts, then builds again, on its own,
// every transition the filter holds (many entered for a class alike to the one built, from
// threads derived for an alike class) and checks that it leads where the filter's does.
func TestAlikeTransitions(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	filled := 0
	for _, p := range patterns {
		f, err := Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		for range 300 {
			f.MayMatch(randomText(rng))
		}
		if f.gaveUp {
			continue
		}
		// The transitions are built again by a copy of the filter without masks of classes,
		// which builds each class on its own, its entries' threads after each class too.
		g, err := Decode(f.Encoding())
		if err != nil {
			t.Fatal(err)
		}
		g.allClasses, g.wordMask, g.newlineMask = 0, 0, 0
		b := &g.scratch
		states := int32(len(f.keyEnd))
		for state := int32(1); state < states; state++ {
			for cls := range f.nclass {
				got := f.trans[state*f.nclass+cls]
				if got == unknown {
					continue
				}
				filled++
				want := uint16(accept)
				if flags, pcs := f.key(state); !b.closure(g, flags, pcs, cls) {
					want = uint16(f.lookup(g.flagsAfter(cls), b.key()) * f.nclass)
				}
				if got != want {
					t.Errorf("%q: state %d on class %d leads to %d; built on its own, to %d", p, state, cls, got, want)
				}
			}
		}
	}
	if filled == 0 {
		t.Fatal("no transition was built")
	}
}

// TestManyClasses runs a filter of more classes than a mask holds, which builds each
// transition for its own class only, against regexp.
func TestManyClasses(t *testing.T) {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!%&',-/:;<=>@_`~"
	alts := make([]string, len(chars))
	for i := range chars {
		alts[i] = regexp.QuoteMeta(chars[i:i+1]) + "#"
	}
	p := `\b(?:` + strings.Join(alts, "|") + `)`
	re := regexp.MustCompile(p)
	f, err := Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	if f.nclass <= maxMaskClasses || f.allClasses != 0 {
		t.Fatalf("%d classes, mask %#x: the test needs more classes than a mask holds", f.nclass, f.allClasses)
	}
	rng := rand.New(rand.NewPCG(12, 13))
	for range 3000 {
		s := randomOf(rng, chars+"## \n", 40)
		if f.MayMatch(s) != re.MatchString(s) {
			t.Fatalf("%q: filter and regexp disagree", s)
		}
	}
}
