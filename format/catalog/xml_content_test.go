package catalog

import (
	"fmt"
	"slices"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// readTrace walks src as the catalog readers do, reading each element at an even depth with
// ReadElement, and records every token's kind and end, each element's content end, text and
// runs, the directives found in comments and the error that stopped it. With noSkip every
// byte is left to the decoder, and ReadElement to SkipElement and ReadXML.
func readTrace(src []byte, noSkip, android bool) []string {
	var c String
	return traceWalk(src, noSkip, true, func(w *Walker, end int) (string, error) {
		contentEnd, err := w.ReadElement(&c, end, android)
		return fmt.Sprintf("read %d %v %q %v", contentEnd, err, c.Text(), c.spans), err
	})
}

// FuzzReadElement checks that reading plain content in one pass changes no token, offset,
// text, run, directive or error from SkipElement and ReadXML over the decoder reading every
// byte.
func FuzzReadElement(f *testing.F) {
	for _, s := range []string{
		`<resources><string name="a">Cancel your plan</string><string name="b"/></resources>`,
		`<r><s>a &amp; b &lt;c&gt; &quot;d&apos; &amp</s><s>&ampx; &#38; &nbsp; &amp;]]> &lt;</s></r>`,
		"<r><s>a]]>b</s><s>caf\u00e9 \ufffe \uff0c</s><s>x\x01y</s><s>a &amp; b</s></r>",
		"<r><s>one<b>two</b> three<!-- farewell-disable --> four</s>\n<s>\xff</s></r>",
		`<r><s>unclosed`, `<resources xmlns:tools="t"><string name='a' tools:ignore="X">A</string ></resources>`,
		`<r><s>Don\'t \"quote\" \n \t \u00e9 \u12 \\ \&amp; \é \</s><s>\<b>x</b></s><s>"a"\</s></r>`,
		`<r><s>say "hi" &amp; &apos;x&quot; \'bye\' \u00e9 \u12x \\ \é \n</s><s>\</s></r>`, `<r><s>\uFFFE \uD800 \"</s></r>`, "<r><s>a\x7fb\x1bc</s></r>",
		`<r><s>a</t></r>`, `<A><string><0string>`, `<r><s>a<!s></r>`, `<r><s>a</s:x></r>`, `<r><x:s>a</x:s></r>`, "<r><s>a\r\nb</s></r>", `<r><s><![CDATA[a\'b]]></s></r>`,
		`<resources><plurals name="p"><item quantity="one">a</item><item quantity="other">b</item></plurals><string name="c" translatable="false">d</string></resources>`,
	} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, android bool) {
		if !utf8.Valid(src) {
			return // the one pass is only taken in a source known to be valid
		}
		want, got := readTrace(src, true, android), readTrace(src, false, android)
		if !slices.Equal(want, got) {
			t.Fatalf("%q:\nread by the decoder %q\nin one pass         %q", src, want, got)
		}
	})
}

// TestContentStop checks contentStop against validTextStop.
func TestContentStop(t *testing.T) {
	for c := range 256 {
		want := validTextStop[c] != 0 || c == '\\' || c == '"'
		if got := contentStop[c] != 0; got != want {
			t.Errorf("contentStop[%#x] = %v, want %v", c, got, want)
		}
	}
}

// TestPredefinedText checks predefinedText against the decoding ReadXML uses.
func TestPredefinedText(t *testing.T) {
	for _, ref := range []string{"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"} {
		if got, want := predefinedText([]byte(ref)), html.UnescapeString(ref); got != want {
			t.Errorf("predefinedText(%q) = %q, want %q", ref, got, want)
		}
	}
}
