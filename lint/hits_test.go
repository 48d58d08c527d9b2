package lint

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/rules"
)

// TestHitsSplitGuards checks that eachHit and eachHitGuard give what a scan of each segment
// finds: every hit of a keyword that is not only a guard literal, in order, and (eachHitGuard)
// each guard-only keyword found, once for a segment whose hits are kept; across files, and
// when the count of segments wraps.
func TestHitsSplitGuards(t *testing.T) {
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l := New(p)
	texts := []string{
		"You can cancel your subscription at any time, and you will not be charged again.",
		"",
		"Please note that the account will be closed. We are sorry to see you go!",
		"You can cancel your subscription at any time, and you will not be charged again.",
		strings.Repeat("Thank you for being with us; you can come back at any time. ", longSegment/50),
	}
	doc := &document.Document{Segments: make([]document.Segment, len(texts))}
	sc := &scratch{}
	for file, count := range []uint32{0, 7, math.MaxUint32 - 1} {
		sc.segCount = count
		sc.texts = append(sc.texts[:0], texts...)
		l.scanHits(doc, sc)
		guardOnly := 0
		for si, text := range texts {
			var want, got []hit
			wantGuards := map[int32]bool{}
			l.pf.Scan(text, func(id, start, _ int) {
				if l.guardOnly(id) {
					wantGuards[int32(id)] = true
					return
				}
				want = append(want, hit{int32(id), int32(start)})
			})
			l.eachHit(sc, si, func(h hit) { got = append(got, h) })
			if !slices.Equal(got, want) {
				t.Errorf("file %d, segment %d: eachHit gives %d hits, a scan %d", file, si, len(got), len(want))
			}
			got = got[:0]
			gotGuards := map[int32]int{}
			l.eachHitGuard(sc, si, func(h hit) { got = append(got, h) }, func(id int32) { gotGuards[id]++ })
			if !slices.Equal(got, want) {
				t.Errorf("file %d, segment %d: eachHitGuard gives %d hits, a scan %d", file, si, len(got), len(want))
			}
			for id, n := range gotGuards {
				if !wantGuards[id] {
					t.Errorf("file %d, segment %d: eachHitGuard gives %q, not in the text", file, si, l.pf.Keyword(id))
				}
				if n > 1 && l.keepsHits(text) {
					t.Errorf("file %d, segment %d: eachHitGuard gives %q %d times", file, si, l.pf.Keyword(id), n)
				}
			}
			if len(gotGuards) != len(wantGuards) {
				t.Errorf("file %d, segment %d: eachHitGuard gives %d keywords, a scan %d", file, si, len(gotGuards), len(wantGuards))
			}
			guardOnly += len(wantGuards)
		}
		if guardOnly == 0 {
			t.Fatal("no guard-only keyword in the texts: the test tests nothing")
		}
	}
}

// TestGuardOnly checks that the keywords guardOnly names, from firstGuard on, are exactly
// those whose every target is a guard set, for an index from the built-in table and one made
// with a map.
func TestGuardOnly(t *testing.T) {
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l := New(p)
	keywords, _, targets, firstGuard := l.buildIndex()
	if firstGuard != l.firstGuard || len(keywords) != l.pf.Count() {
		t.Fatalf("a map index starts guard literals at %d of %d keywords, the table at %d of %d",
			firstGuard, len(keywords), l.firstGuard, l.pf.Count())
	}
	only := 0
	for id := range l.pf.Count() {
		all := true
		for _, tg := range targets.of(int32(id)) {
			all = all && tg.kind == targetGuard
		}
		if all != l.guardOnly(id) {
			t.Errorf("keyword %q: every target a guard %v, guardOnly %v", l.pf.Keyword(int32(id)), all, l.guardOnly(id))
		}
		if all {
			only++
		}
	}
	if only == 0 {
		t.Error("no keyword is only a guard literal")
	}
}
