package catalog

import (
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

// TestCatalogMasking checks what the placeholder scanner masks in catalog strings, and what it
// must leave as text.
func TestCatalogMasking(t *testing.T) {
	for in, want := range map[string]string{
		"Hello %s, you have %1$d items":                "Hello ￼, you have ￼ items",
		"%@ left %ld days ago, %.2f%% off":             "￼ left ￼ days ago, ￼% off",
		"50% off, 100% sure":                           "50% off, 100% sure",
		"Hi {0} and {name}, {{count}} {{{raw}}}":       "Hi ￼ and ￼, ￼ ￼",
		"Hi %(name)s and %{user} via %email%":          "Hi ￼ and ￼ via ￼",
		"Dear :name, at 10:30. Note: see below":        "Dear ￼, at 10:30. Note: see below",
		"Hi !!name!! and ${first} $t(common.bye)":      "Hi ￼ and ￼ ￼",
		"Click <a href=\"x\">here</a> to <b>stay</b>":  "Click here to stay",
		"Line one<br/>Line two":                        "Line one|Line two",
		"Fish &amp; chips&nbsp;now":                    "Fish & chips now",
		"A { two words } and {not closed":              "A { two words } and {not closed",
		"{n, plural, one {# day} other {# days}} left": "￼ left|￼ day|￼ days",
		"{g, select, male {He} other {They}} left #":   "￼ left #|He|They",
		"{n, number} items":                            "￼ items",
		"<x id=\"1\"/> items":                          "￼ items",
	} {
		var c String
		c.Raw([]byte(in), 0, len(in))
		b := document.NewBuilder([]byte(in), document.Templates{})
		Emit(b, Entry{Str: &c})
		got := ""
		for i, s := range b.Segments() {
			if i > 0 {
				got += "|"
			}
			got += s.Text
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

// TestIsMarkByte checks isMarkByte's bit mask against the list of bytes a mark begins with.
func TestIsMarkByte(t *testing.T) {
	for c := range 256 {
		want := strings.IndexByte("%{$:<&#!", byte(c)) >= 0
		if got := isMarkByte(byte(c)); got != want {
			t.Errorf("isMarkByte(%q) = %v, want %v", byte(c), got, want)
		}
	}
}

// TestNextMark checks that nextMark, which reads eight bytes at a time, stops where a byte at a
// time would: every byte value at every offset of texts longer and shorter than a word, with
// no room after them and with room that holds marks.
func TestNextMark(t *testing.T) {
	for n := 1; n <= 19; n++ {
		for at := 0; at < 2*n; at++ {
			for c := range 256 {
				text := []byte(strings.Repeat("ab é", 5)[:n])
				if at >= n {
					text = append(make([]byte, 0, n+8), text...)
					copy(text[n:n+8], "%{$:<&#!")
				}
				text[at%n] = byte(c)
				at := at % n
				for from := 0; from <= at; from += 3 {
					want := from
					for want < n && !isMarkByte(text[want]) {
						want++
					}
					if got := nextMark(text, from, n); got != want {
						t.Fatalf("nextMark(%q, %d, %d) = %d, want %d", text, from, n, got, want)
					}
				}
			}
		}
	}
}
