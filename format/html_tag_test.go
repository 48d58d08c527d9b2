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
		l := &htmlLexer{feed: htmlFeed{view: view}}
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
			got := bytes.ReplaceAll(l.tagName(from, off), []byte{0}, []byte("\uFFFD"))
			if !bytes.Equal(got, want) {
				t.Fatalf("%q: tag at %d: name %q, tokenizer %q", src, start, got, want)
			}
		}
	})
}

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
