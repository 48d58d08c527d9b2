package document

import (
	"bytes"
	"testing"
)

// TestMaskedInto checks that MaskedInto writes what Masked returns, whatever dst holds, and
// returns the source itself when there is no template code.
func TestMaskedInto(t *testing.T) {
	src := []byte("Hi {{ name }},\n{% if x %}bye{% endif %} <%= y %>\n")
	tpl := FindTemplates(src)
	want := tpl.Masked(src)
	if bytes.Equal(want, src) {
		t.Fatal("nothing masked")
	}
	for _, dst := range [][]byte{nil, make([]byte, 3), bytes.Repeat([]byte("#"), 200)[:0], bytes.Repeat([]byte("#"), 200)} {
		if got := tpl.MaskedInto(dst, src); !bytes.Equal(got, want) {
			t.Errorf("dst of %d/%d: %q, want %q", len(dst), cap(dst), got, want)
		}
	}
	plain := []byte("no code")
	if got := FindTemplates(plain).MaskedInto(make([]byte, 0, 64), plain); &got[0] != &plain[0] {
		t.Error("a source without template code is copied")
	}
}
