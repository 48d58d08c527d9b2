package document

import (
	"testing"

	"golang.org/x/net/html"
)

// TestCommonEntity checks commonEntity against html.UnescapeString, and that each reference
// it knows is a whole one that Entities would decode as one piece.
func TestCommonEntity(t *testing.T) {
	for _, ref := range []string{"&quot;", "&nbsp;", "&zwnj;", "&copy;", "&amp;", "&lt;", "&gt;", "&#39;", "&quot", "&nbsp", "&amp;x", "&Quot;", "&hellip;"} {
		dec, ok := commonEntity([]byte(ref))
		if !ok {
			continue
		}
		want := html.UnescapeString(ref)
		if dec != want || EntityEnd([]byte(ref), 0, len(ref)) != len(ref) || commonSuffix(ref, want) != 0 {
			t.Errorf("commonEntity(%q) = %q, want %q as one piece", ref, dec, want)
		}
	}
	for _, ref := range []string{"&quot", "&nbsp", "&Quot;", "&hellip;", "&"} {
		if _, ok := commonEntity([]byte(ref)); ok {
			t.Errorf("commonEntity(%q) knows it", ref)
		}
	}
}
