package document

import (
	"strings"
	"testing"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

// positionsCost converts the offset of every repetition of unit in a line of n of them, as
// the engine does for the findings on one long line, and returns the work counted.
func positionsCost(unit string, n int) int {
	d := &Document{Path: "line.txt", Src: []byte(strings.Repeat(unit, n) + "\n")}
	for off := 0; off < len(d.Src); off += len(unit) {
		d.Position(off)
		d.Position(off + len(unit) - 1)
	}
	return d.work
}

// TestLinearPositions checks that the positions of ten times as many findings on a line ten
// times as long cost at most twelve times the work: columns count from the nearest mark, not
// from the start of the line.
func TestLinearPositions(t *testing.T) {
	const n = 500
	for _, unit := range []string{"Please stay with us ", "We\u2019ll miss you \U0001F622 "} {
		w1, w10 := positionsCost(unit, n), positionsCost(unit, 10*n)
		if w1 == 0 {
			t.Fatal("no work counted")
		}
		if w10 > 12*w1 {
			t.Errorf("%q: 10x the input: work %d -> %d (%.1fx); want at most 12x", unit, w1, w10, float64(w10)/float64(w1))
		}
	}
}
