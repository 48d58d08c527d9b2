package format

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"
)

// FuzzStyleEnd checks styleEnd against the x/net/html tokenizer: after a <style> start tag,
// the style sheet's text (a token, when not empty) ends where styleEnd says, or at the end of
// the input when styleEnd finds no end tag.
func FuzzStyleEnd(f *testing.F) {
	for _, s := range []string{"p{}</style>", "a</STYLE >b", "</styles></style/>", "</style", "x</style\f", "<</style>", "</sty"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, sheet string) {
		src := []byte("<style>" + sheet)
		z := html.NewTokenizer(bytes.NewReader(src))
		if z.Next() != html.StartTagToken {
			t.Skip()
		}
		off := len(z.Raw())
		if z.Next() == html.TextToken {
			off += len(z.Raw())
		}
		if off == len(src) {
			off = -1 // the style sheet's text ran to the end
		}
		if got := styleEnd(src, len("<style>"), len(src)); got != off {
			t.Fatalf("%q: styleEnd %d, tokenizer %d", sheet, got, off)
		}
	})
}
