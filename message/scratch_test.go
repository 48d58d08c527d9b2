package message

import (
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// TestScratchRelease checks that a released scratch holds no string or label of the document
// it named, and forgets the numbers of its keys.
func TestScratchRelease(t *testing.T) {
	sc := &GroupScratch{}
	got := names(&sc.ids, 10)
	got[9] = "account.delete.title"
	sc.labelRoom(10)[9] = &document.Label{ID: "first"}
	sc.locals.start()
	sc.locals.ofName("Are you sure?")
	sc.keys.valid = true
	sc.release()
	if len(sc.ids) != 0 {
		t.Errorf("%d names still counted", len(sc.ids))
	}
	for _, s := range sc.ids[:cap(sc.ids)] {
		if s != "" {
			t.Errorf("%q kept after release", s)
		}
	}
	for _, l := range sc.labels[:cap(sc.labels)] {
		if l != nil {
			t.Errorf("label %q kept after release", l.ID)
		}
	}
	if got := sc.labelRoom(4); len(got) != 4 {
		t.Errorf("labelRoom(4) holds %d labels", len(got))
	}
	for _, d := range sc.locals.ids[:cap(sc.locals.ids)] {
		if d.name != "" {
			t.Errorf("%q kept after release", d.name)
		}
	}
	if len(sc.locals.byName) != 0 {
		t.Errorf("%d names still mapped", len(sc.locals.byName))
	}
	if _, ok := sc.KeyNumber(9); ok {
		t.Error("a released scratch numbers a segment")
	}
}
