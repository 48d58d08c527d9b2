package format

import (
	"fmt"
	"testing"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/format/htmllex"
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

// FuzzKeptAttributes checks that the attributes the HTML lexer found of a start tag it read
// itself are those scanAttributes finds in its source: the same names, value ranges and
// quotes, in the same order.
func FuzzKeptAttributes(f *testing.F) {
	for _, s := range []string{
		`<img class="x" ALT='A cat' style="a:b" title=Hi data-x aria-label = "Go" Value="v"/>`,
		`<input type=submit value='Go "now"'>`, "<p\ttitle\n=\f\"a>b\" alt= >", `<a title= alt=x/ >`,
		`<a title/alt=x>`, `<img alt="">x<img alt>`, `<a title=x title=y>`, `<a b="c"title=d>`,
		`<input placeholder=a=b>`, `<a title=/>`, `<a =title>`, `<a title="x`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		var l htmllex.Lexer
		l.Reset(src, 0, len(src))
		for {
			tt, start, end, name := l.Next()
			if tt == html.ErrorToken {
				return
			}
			lexed, ok := l.Attrs()
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken || !ok {
				if ok {
					t.Fatalf("%q: attributes for a %v token at %d", src, tt, start)
				}
				continue
			}
			got := keptAttributes(nil, src, lexed)
			want := scanAttributes(nil, src, start+1+len(name), end)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%q: tag at %d: lexer's attributes %+v, scanAttributes %+v", src, start, got, want)
			}
		}
	})
}
