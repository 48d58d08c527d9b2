package catalog

import (
	"reflect"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// TestEmitOneRun checks that Emit makes of a string that is one run of source text the
// segments emitParts makes of it, whether the run has marks or not: Emit's way for the common
// string must be the general one's.
func TestEmitOneRun(t *testing.T) {
	src := []byte(`x "Bye now, friend." "Hi {name}, bye" "Tab	and  spaces " "a &amp; b" "<b>Bold</b> text" "‘Quoted’ end" "{count, plural, one {# day} other {# days}}" "   " "%s"`)
	for start := 0; start < len(src); start++ {
		if src[start] != '"' {
			continue
		}
		end := start + 1
		for end < len(src) && src[end] != '"' {
			end++
		}
		for kept := range 2 {
			var got [2][]document.Segment
			for general := range 2 {
				b := document.NewBuilder(src, document.Templates{})
				b.SourceValid()
				if kept == 1 {
					b.SourceKept()
				}
				var c String
				c.Raw(src, start+1, end)
				e := Entry{Key: "k", Esc: document.EscapeJSON, Str: &c}
				if general == 1 {
					c.marks = appendMarks(c.marks[:0], c.text, 0, len(c.text), false, 0)
					emitParts(b, e, c.marks, 0, len(c.text))
				} else {
					Emit(b, e)
				}
				got[general] = b.Segments()
			}
			if !reflect.DeepEqual(got[0], got[1]) {
				t.Errorf("%s: Emit made %#v, emitParts %#v", src[start:end+1], got[0], got[1])
			}
		}
		start = end
	}
}
