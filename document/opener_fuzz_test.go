package document

import "testing"

// FuzzOpenerIndex checks openerIndex, which finds the bytes a template opener begins with by
// bytes.IndexByte, against a loop that tests every byte, from offsets that grow as
// findTemplates's do.
func FuzzOpenerIndex(f *testing.F) {
	f.Add([]byte("<p>{{ name }} <% x %> ${y} *|FNAME|* {% if %}{#c#} {a</p>"), uint8(3))
	f.Add([]byte("{"), uint8(1))
	f.Add([]byte("<<<<{{"), uint8(2))
	f.Fuzz(func(t *testing.T, src []byte, step uint8) {
		o := openerIndex{src: src}
		for from := 0; from < len(src); from += 1 + int(step)%7 {
			if got, want := o.next(from), openerAt(src, from); got != want {
				t.Fatalf("%q from %d: %d, want %d", src, from, got, want)
			}
		}
	})
}

// openerAt is the first opener at or after from, found byte by byte (as findTemplates did).
func openerAt(src []byte, from int) int {
	// A byte loop: '<' starts every HTML tag, and bytes.IndexAny, set up again for each of
	// them, cost more than the search.
	for i := from; i+1 < len(src); i++ {
		c := src[i]
		if c != '{' && c != '<' && c != '$' && c != '*' {
			continue
		}
		d := src[i+1]
		if (c == '{' && (d == '{' || d == '%' || d == '#')) || (c == '<' && d == '%') || (c == '$' && d == '{') ||
			isMergeOpener(c, d) {
			return i
		}
	}
	return -1
}
