package message

import "testing"

// TestScratchReleaseOneBuffer checks that a scratch whose call gave out one buffer of names
// and not the other is released without reading past the other's room (a catalog with no
// ids to merge uses ids alone), and holds no string afterwards.
func TestScratchReleaseOneBuffer(t *testing.T) {
	for _, first := range []bool{true, false} {
		sc := &GroupScratch{}
		buf := &sc.merged
		if first {
			buf = &sc.ids
		}
		got := names(buf, 10)
		got[9] = "account.delete.title"
		sc.release()
		if len(sc.ids)+len(sc.merged) != 0 {
			t.Errorf("first buffer %v: %d names still counted", first, len(sc.ids)+len(sc.merged))
		}
		for _, s := range (*buf)[:cap(*buf)] {
			if s != "" {
				t.Errorf("first buffer %v: %q kept after release", first, s)
			}
		}
	}
}
