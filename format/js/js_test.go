package js

import (
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

// TestRead checks the keys and texts read from the shapes i18n modules take.
func TestRead(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"export default { a: { b: 'x y' } }", "a.b=x y"},
		{"module.exports = { a: \"x\\ty\" }", "a=x y"},
		{"exports.bye = { a: `x ${n} y` }", "bye.a=x \uFFFC y"},
		{"export const cancel = { title: 'x' }\nexport const other = 'y'", "cancel.title=x|other=y"},
		{"const en = { a: ['x', 'y'] } as const\nexport default en", "a[0]=x|a[1]=y"},
		{"const helper = (n) => 'not copy'\nexport default { a: 'x' }", "a=x"},
		{"import x from './x'\nfunction f() { return 'no' }\nexport default { 'a.b': 'x' }", "a.b=x"},
		{"export default { a(n) { return n > 1 ? 'x' : 'y' } }", "a=x|a=y"},
		{"export default { a: /it's/.test(s) ? 'x' : 'y' }", "a=x|a=y"},
		{"export default { a: '\\u{1F600} \\uD83D\\uDE00 x' }", "a=\U0001F600 \U0001F600 x"},
		{"type T = { a: string }\nexport default { a: 'x' } satisfies T", "a=x"},
	} {
		doc := &document.Document{Path: "en.ts", Src: []byte(c.src)}
		if err := Read(doc, 1000); err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		var got []string
		for _, s := range doc.Segments {
			got = append(got, s.Key+"="+s.Text)
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: got %q, want %q", c.src, strings.Join(got, "|"), c.want)
		}
	}
}

// TestBraceEnd checks how far a {...} runs, and how far an unclosed one was read.
func TestBraceEnd(t *testing.T) {
	for _, c := range []struct {
		src string
		end int
		ok  bool
	}{
		{"{a}", 3, true},
		{"{f({x: '}'})} tail", 13, true},
		{"{`${'}'}`} tail", 10, true},
		{"{ /* } */ } tail", 11, true},
		{"{never closed", 13, false},
		{"{we're here} and", 16, false}, // the string runs to the end
	} {
		end, ok := BraceEnd([]byte(c.src), 0)
		if end != c.end || ok != c.ok {
			t.Errorf("%q: got %d %v, want %d %v", c.src, end, ok, c.end, c.ok)
		}
	}
}
