package format

import (
	"bytes"
	"slices"
	"testing"

	"github.com/farewell-protocol/farewell/format/htmllex"
)

// FuzzScanAttributes checks scanAttributes, which asks attributeName only about names
// mayBeKnown passes, against asking it about every name.
func FuzzScanAttributes(f *testing.F) {
	f.Add([]byte(`<img ALT="x" class='y' Title=z aria-label = "a" placeholder=p value="v" type=submit/>`), uint8(4))
	f.Add([]byte(`<input tYpE="button" VALUE='Go' data-x>`), uint8(6))
	f.Add([]byte(`<a href=x title>t</a>`), uint8(2))
	f.Fuzz(func(t *testing.T, src []byte, from uint8) {
		end := len(src)
		if k := bytes.LastIndexByte(src, '>'); k >= 0 {
			end = k + 1
		}
		start := min(int(from), end)
		if got, want := scanAttributes(nil, src, start, end), scanAttributesByByte(nil, src, start, end); !slices.Equal(got, want) {
			t.Fatalf("scanAttributes(%q, %d, %d) = %v, want %v", src, start, end, got, want)
		}
	})
}

// scanAttributesByByte is scanAttributes as it was before mayBeKnown: every name is given to
// attributeName.
func scanAttributesByByte(out []attribute, src []byte, from, end int) []attribute {
	i := from
	for i < end {
		for i < end && (htmllex.IsSpace(src[i]) || src[i] == '/') {
			i++
		}
		if i >= end || src[i] == '>' {
			break
		}
		ns := i
		for i < end && !attrNameEnds(src[i]) {
			i++
		}
		a := attribute{name: attributeName(src[ns:i]), valStart: i, valEnd: i}
		for i < end && htmllex.IsSpace(src[i]) {
			i++
		}
		if i < end && src[i] == '=' {
			i++
			for i < end && htmllex.IsSpace(src[i]) {
				i++
			}
			if i < end && (src[i] == '"' || src[i] == '\'') {
				q := src[i]
				i++
				a.valStart, a.quote = i, q
				// Values (inline styles, links) are most of a tag: one search, not a loop.
				if k := bytes.IndexByte(src[i:end], q); k >= 0 {
					i += k
				} else {
					i = end
				}
				a.valEnd = i
				i++
			} else {
				a.valStart = i
				for i < end && !htmllex.IsSpace(src[i]) && src[i] != '>' {
					i++
				}
				a.valEnd = i
			}
		}
		if a.name != "" {
			out = append(out, a) // the reader looks at no other attribute
		}
	}
	return out
}
