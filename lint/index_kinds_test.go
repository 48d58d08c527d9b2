package lint

import (
	"slices"
	"testing"
)

// TestKindTargets checks that the kind cues' targets are, for every keyword of the built-in
// pack, its cue and mention targets in order and nothing else, and that some keywords have
// them.
func TestKindTargets(t *testing.T) {
	l := builtinLinter(t)
	n := 0
	for id := range len(l.targets.start) - 1 {
		var want []target
		for _, tg := range l.targets.of(int32(id)) {
			if tg.kind == targetCue || tg.kind == targetMention {
				want = append(want, tg)
			}
		}
		if got := l.cueTargets.of(int32(id)); !slices.Equal(got, want) {
			t.Fatalf("keyword %d (%q): kind targets %v, want %v", id, l.pf.Keyword(int32(id)), got, want)
		}
		n += len(want)
	}
	if n == 0 || n != len(l.cueTargets.list) {
		t.Errorf("%d kind targets found, %d listed", n, len(l.cueTargets.list))
	}
}
