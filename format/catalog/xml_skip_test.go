package catalog

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
)

// walkTrace walks src as the catalog readers do, skipping each element it meets, and
// records every token's kind and end, where each skipped element's content ends, the
// directives found in comments and the error that stopped it.
func walkTrace(src []byte, noSkip bool) []string {
	return walkTraceOf(src, noSkip, false)
}

// walkTraceOf is walkTrace, with the walker told that src is valid UTF-8 when valid is set.
func walkTraceOf(src []byte, noSkip, valid bool) []string {
	return traceWalk(src, noSkip, valid, func(w *Walker, _ int) (string, error) {
		contentEnd, err := w.SkipElement()
		return fmt.Sprintf("skip %d %v", contentEnd, err), err
	})
}

// traceWalk walks src as the catalog readers do, calling at for each element at an even depth
// (which must read the element through its end tag), and records every token's kind and end,
// what at says of each element, the directives found in comments and the error that stopped
// it. noSkip leaves every byte to the decoder; valid tells the walker src is valid UTF-8.
func traceWalk(src []byte, noSkip, valid bool, at func(w *Walker, end int) (string, error)) []string {
	doc := &document.Document{Path: "f.xml", Src: src}
	w := NewWalker(doc)
	w.noSkip = noSkip
	if valid {
		w.SourceValid()
	}
	var out []string
	depth := 0
	for tok, end := range w.Tokens() {
		if se, ok := tok.(*xml.StartElement); ok {
			out = append(out, fmt.Sprintf("%#v %d", *se, end))
		} else if _, text := tok.(xml.CharData); !text {
			out = append(out, fmt.Sprintf("%#v %d", tok, end))
		}
		switch tok.(type) {
		case *xml.StartElement:
			if depth++; depth%2 == 0 {
				line, err := at(w, end)
				out = append(out, line)
				if err != nil {
					return out
				}
				depth--
			}
		case xml.EndElement:
			depth--
		}
	}
	out = append(out, fmt.Sprintf("err %v", w.Err()))
	for _, d := range doc.Directives {
		out = append(out, fmt.Sprintf("%+v", d))
	}
	return out
}

// FuzzSkipText checks that skipping plain text and reading plain tags without the decoder
// changes no token but text, offset, directive or error from the decoder reading every byte.
func FuzzSkipText(f *testing.F) {
	for _, s := range []string{
		`<resources><string name="a">Cancel your plan</string><string name="b"/></resources>`,
		`<r><s>a &amp; b &lt;c&gt; &quot;d&apos; &amp</s><s>&ampx; &#38; &nbsp; &amp;]]> &lt;</s></r>`,
		"<r><s>a]]>b</s><s>caf\u00e9 \ufffe</s><s>x\x01y</s><s>a &amp; b</s></r>",
		"<r><s>one<b>two</b> three<!-- farewell-disable --> four</s>\n<s>\xff</s></r>",
		`<r><s>unclosed`, `<resources xmlns:tools="t"><string name='a' tools:ignore="X">A</string ></resources>`,
		`<r a="1"b="2"><s a = "x" >y</s></r>`, `<a:b:c>x</a:b:c>`, `<r><s x="a<b">c</s></r>`, `<r><s x="a&amp;b">c</s></r>`,
		"<r><s x=\"a\nb\">c</s></r>", `<r><1s>c</1s></r>`, `<r><s:>c</s:></r>`, `<r><s x=y>c</s></r>`, `<r><s>text</t></r>`, `<r><s/>tail</r>`, "<r><s>a\r\nb</s></r>",
		`<resources><plurals name="p"><item quantity="one">a</item><item quantity="other">b</item></plurals><string name="c" translatable="false">d</string><x:s>e</x:s><string name="f">g</string></resources>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		want, got := walkTrace(src, true), walkTrace(src, false)
		if !slices.Equal(want, got) {
			t.Fatalf("%q:\nwithout skipping %q\nwith skipping    %q", src, want, got)
		}
		if utf8.Valid(src) {
			if valid := walkTraceOf(src, false, true); !slices.Equal(want, valid) {
				t.Fatalf("%q:\nwithout skipping %q\nknown valid      %q", src, want, valid)
			}
		}
	})
}

// FuzzPlainAttr checks plainAttr, which tests ASCII bytes in one pass, against its definition.
func FuzzPlainAttr(f *testing.F) {
	for _, v := range []string{"delete_account", "a&amp;b", "caf\u00e9", "a\tb", "\xff", "é\n", "x]y", ""} {
		f.Add([]byte(v))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		want := plainTextLen(v) == len(v) && !bytes.ContainsAny(v, "\t\n\r")
		if got := plainAttr(v); got != want {
			t.Fatalf("plainAttr(%q) = %v, want %v", v, got, want)
		}
	})
}

// TestPlainTextLenRunes checks plainTextLen on every lead byte followed by bytes at the edges
// of the continuation range against the decoder's own test of each character.
func TestPlainTextLenRunes(t *testing.T) {
	edges := []byte{0x00, 0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBE, 0xBF, 0xC0, 0xFF}
	for c := 0x80; c < 256; c++ {
		for _, c1 := range edges {
			for _, c2 := range edges {
				for _, c3 := range edges {
					s := []byte{byte(c), c1, c2, c3}
					for end := 1; end <= len(s); end++ {
						want := 0
						if r, n := utf8.DecodeRune(s[:end]); (r != utf8.RuneError || n > 1) && inCharacterRange(r) {
							want = n
						}
						if got := plainTextLen(s[:end]); want == 0 && got != 0 || got < want {
							t.Fatalf("plainTextLen(%q) = %d, first character %d bytes", s[:end], got, want)
						}
					}
				}
			}
		}
	}
}

// TestPlainTextLenASCII checks plainTextLen's bit mask on every ASCII byte.
func TestPlainTextLenASCII(t *testing.T) {
	for c := range utf8.RuneSelf {
		want := 1
		if c == '<' || c == '&' || c == ']' || c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			want = 0
		}
		if got := plainTextLen([]byte{byte(c)}); got != want {
			t.Errorf("plainTextLen(%q) = %d, want %d", byte(c), got, want)
		}
	}
}

// TestPlainTextLenWords checks plainTextLen and plainAttr, which pass eight ASCII bytes at a
// time, with every ASCII byte at every offset of runs longer than a word: plain text ends at
// the first byte that ends it alone (TestPlainTextLenASCII checks which do).
func TestPlainTextLenWords(t *testing.T) {
	for n := 8; n <= 19; n++ {
		for at := 0; at < n; at++ {
			for c := range utf8.RuneSelf {
				s := []byte(strings.Repeat("Say bye ", 3)[:n])
				s[at] = byte(c)
				want := n
				if plainTextLen([]byte{byte(c)}) == 0 {
					want = at
				}
				if got := plainTextLen(s); got != want {
					t.Fatalf("plainTextLen(%q) = %d, want %d", s, got, want)
				}
				wantAttr := want == n && !bytes.ContainsAny(s, "\t\n\r")
				if got := plainAttr(s); got != wantAttr {
					t.Fatalf("plainAttr(%q) = %v, want %v", s, got, wantAttr)
				}
			}
		}
	}
}
