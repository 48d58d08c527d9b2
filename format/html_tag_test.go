package format

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"
)

// FuzzTagName checks the names the HTML reader reads from its view against the x/net/html
// tokenizer's TagName: for every start and end tag token, the same lower-case name, but for
// a NUL byte, which TagName writes as U+FFFD.
func FuzzTagName(f *testing.F) {
	for _, s := range []string{"<P>x</P>", "<DiV class=a>", "<br/>", "<a\thref=x>", "</Mj-Button >", "<h1\x00>", "<ÄB>", "<x", "</y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		view := []byte(src)
		e := &htmlExtractor{view: view}
		z := html.NewTokenizer(bytes.NewReader(view))
		for off := 0; ; {
			tt := z.Next()
			if tt == html.ErrorToken {
				return
			}
			start := off
			off += len(z.Raw())
			from := start + 1
			switch tt {
			case html.EndTagToken:
				from = start + 2
			case html.StartTagToken, html.SelfClosingTagToken:
			default:
				continue
			}
			want, _ := z.TagName()
			got := bytes.ReplaceAll(e.tagName(from, off), []byte{0}, []byte("\uFFFD"))
			if !bytes.Equal(got, want) {
				t.Fatalf("%q: tag at %d: name %q, tokenizer %q", src, start, got, want)
			}
		}
	})
}
