package guardset

import (
	"reflect"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// TestTableRoundTrip checks that DecodeTable reads what AppendTable wrote, and refuses a table
// cut short or with patterns out of order.
func TestTableRoundTrip(t *testing.T) {
	base := []int32{0, 2, 2, 3}
	guards := []rules.Guards{"abc\x01de", "", "xyz\x00wv"}
	full := []uint64{1, 0, 1<<40 | 3}
	enc := string(AppendTable(nil, 3, 64, base, guards, full, 4))
	if len(enc)%4 != 0 {
		t.Fatalf("length %d is not a multiple of four", len(enc))
	}
	got, ok := DecodeTable(enc)
	if !ok {
		t.Fatal("the table does not decode")
	}
	if got.MinLen != 3 || got.Max != 64 || got.Literals != 4 || !reflect.DeepEqual(got.Base, base) || !reflect.DeepEqual(got.Full, full) {
		t.Fatalf("decoded %+v", got)
	}
	for p, g := range guards {
		if got.text[got.off[p]:got.off[p+1]] != string(g) {
			t.Errorf("pattern %d: guards %q, want %q", p, got.text[got.off[p]:got.off[p+1]], g)
		}
	}
	layout, open := got.Layout()
	if !reflect.DeepEqual(layout.Owner, []int32{0, 0, 2}) || !reflect.DeepEqual(open, [][]int32{{1}, nil, nil}) {
		t.Errorf("layout %v, open %v", layout, open)
	}
	if got.Same(nil) {
		t.Error("no rules are the same as three")
	}
	for n := range len(enc) - 1 {
		if _, ok := DecodeTable(enc[:n]); ok && n < len(enc)-4 {
			t.Errorf("a table cut at %d bytes decodes", n)
		}
	}
	bad := []byte(enc)
	bad[len(tableMagic)+6*4+4] = 9 // base[1] past base[2]
	if _, ok := DecodeTable(string(bad)); ok {
		t.Error("a table with rules out of order decodes")
	}
}
