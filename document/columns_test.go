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

// TestByteOrderMark checks that a byte order mark is no column: editors do not show it, so
// the first character after it is line 1, column 1, in UTF-8 and in UTF-16 alike, and the
// first line read back does not hold it.
func TestByteOrderMark(t *testing.T) {
	d := &Document{Src: []byte("\xEF\xBB\xBF<p>Bye</p>\nnext")}
	if p := d.Position(6); p.Line != 1 || p.Col != 4 || p.ColByte != 4 {
		t.Errorf("UTF-8: 'B' at %+v, want line 1 column 4", p)
	}
	if p := d.Position(1); p.Line != 1 || p.Col != 1 {
		t.Errorf("UTF-8: inside the mark at %+v, want line 1 column 1", p)
	}
	if got := string(d.Line(1)); got != "<p>Bye</p>" {
		t.Errorf("UTF-8: line 1 is %q", got)
	}
	if off := d.OffsetOf(1, 4, false); off != 6 {
		t.Errorf("UTF-8: line 1 column 4 is offset %d, want 6", off)
	}
	u := &Document{Src: []byte("\xFF\xFE\"\x00a\x00\"\x00")}
	if _, _, _, ok := u.DecodeUTF16(); !ok {
		t.Fatal("UTF-16 source not recognised")
	}
	if p := u.Position(4); p.Line != 1 || p.Col != 2 || p.Col16 != 2 {
		t.Errorf("UTF-16: 'a' at %+v, want line 1 column 2", p)
	}
}
