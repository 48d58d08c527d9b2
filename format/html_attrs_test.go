package format

import (
	"testing"
)

// TestScanAttributes checks the attributes the reader keeps of a tag, after its name: only
// those it looks at, with their values' ranges and quotes.
func TestScanAttributes(t *testing.T) {
	src := []byte(`<img class="x" ALT='A cat' style="a:b" title=Hi data-x aria-label = "Go" Value="v"/>`)
	got := scanAttributes(nil, src, len("<img"), len(src))
	want := []struct{ name, val string }{{"alt", "A cat"}, {"title", "Hi"}, {"aria-label", "Go"}, {"value", "v"}}
	if len(got) != len(want) {
		t.Fatalf("got %d attributes, want %d: %+v", len(got), len(want), got)
	}
	quotes := []byte{'\'', 0, '"', '"'}
	for i, w := range want {
		if a := got[i]; a.name != w.name || string(src[a.valStart:a.valEnd]) != w.val || a.quote != quotes[i] {
			t.Errorf("attribute %d: %q = %q (quote %q), want %q = %q (quote %q)", i, a.name, src[a.valStart:a.valEnd], a.quote, w.name, w.val, quotes[i])
		}
	}
}
