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

// FuzzMaskRegions checks maskRegions, which fills eight bytes at once where no line break
// is, against a byte at a time: template code becomes 'x' for a value or literal and spaces
// for the rest, with its line breaks kept.
func FuzzMaskRegions(f *testing.F) {
	f.Add([]byte("Hi {{ first_name }}, {% if x %}\r\nyes{% endif %} {{!-- a\nlong\r\ncomment here --}} *|FNAME|*"))
	f.Add([]byte("{{#if a}}\n\n\n{{/if}}{{abcdefghijklmnop}}"))
	f.Add([]byte("{{!-- old Mac\rline ends, one byte --}} {{ value\rsplit }}"))
	f.Fuzz(func(t *testing.T, src []byte) {
		regions := findTemplates(nil, src)
		want := bytes.Clone(src)
		for _, r := range regions {
			fill := byte(' ')
			if r.kind == maskValue || r.kind == maskLiteral {
				fill = 'x'
			}
			for i := r.start; i < r.end; i++ {
				if want[i] != '\n' && want[i] != '\r' {
					want[i] = fill
				}
			}
		}
		if got := maskRegions(bytes.Clone(src), regions); !bytes.Equal(got, want) {
			t.Fatalf("%q: masked %q, want %q", src, got, want)
		}
	})
}
