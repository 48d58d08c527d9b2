package lsp

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

// TestOffsetRoundTrip converts every character boundary of random texts (line breaks of every
// kind, astral characters, invalid bytes) into a protocol position and back, in both
// encodings, and checks positions past the ends of lines and of the text.
func TestOffsetRoundTrip(t *testing.T) {
	pieces := []string{"a", "b ", "\u00e9", "\u20ac", "\U0001F388", "\n", "\r\n", "\r", "\xff", "\t"}
	rng := rand.New(rand.NewPCG(7, 7))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := []byte(b.String())
		doc := &document.Document{Src: text}
		for _, u8 := range []bool{false, true} {
			for off := 0; off <= len(text); {
				// "\r\n" is one line break: a position cannot fall between its bytes.
				if !(off > 0 && text[off-1] == '\r' && off < len(text) && text[off] == '\n') {
					if got := offsetAt(text, position(doc, off, u8), u8); got != off {
						t.Fatalf("%q (utf-8 %v): offset %d -> %+v -> %d", text, u8, off, position(doc, off, u8), got)
					}
				}
				if off == len(text) {
					break
				}
				_, size := utf8.DecodeRune(text[off:])
				off += size
			}
			last := position(doc, len(text), u8)
			if got := offsetAt(text, Position{Line: last.Line + 3}, u8); got != len(text) {
				t.Errorf("%q: a line past the end gives %d", text, got)
			}
			if got := offsetAt(text, Position{Line: last.Line, Character: last.Character + 5}, u8); got != len(text) {
				t.Errorf("%q: a character past the last line's end gives %d", text, got)
			}
		}
	}
}

func TestApplyChanges(t *testing.T) {
	text := []byte("Hi \U0001F388\r\nPlease don't go!\rBye")
	got, err := applyChanges(text, []contentChange{
		{Range: &Range{Start: Position{Line: 1, Character: 0}, End: Position{Line: 1, Character: 15}}, Text: "We'll miss you"},
		{Range: &Range{Start: Position{Line: 0, Character: 3}, End: Position{Line: 0, Character: 5}}, Text: "there"},
		{Range: &Range{Start: Position{Line: 2, Character: 3}, End: Position{Line: 2, Character: 99}}, Text: "."},
	}, false)
	if err != nil || string(got) != "Hi there\r\nWe'll miss you!\rBye." {
		t.Errorf("got %q, %v", got, err)
	}
	if string(text) != "Hi \U0001F388\r\nPlease don't go!\rBye" {
		t.Errorf("the original text changed: %q", text)
	}
	if _, err := applyChanges(text, []contentChange{{Range: &Range{Start: Position{Line: 1}, End: Position{Line: 0}}}}, false); err == nil {
		t.Error("a range that ends before it starts was applied")
	}
	if got, _ := applyChanges(text, []contentChange{{Text: "new"}}, true); string(got) != "new" {
		t.Errorf("full change: %q", got)
	}
}
