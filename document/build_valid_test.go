package document

import (
	"testing"
	"unicode/utf8"
)

// TestRunStop checks runStop against plainChar: in valid UTF-8, a byte is one a run stops at
// exactly when plainChar refuses the character it leads; no continuation byte is.
func TestRunStop(t *testing.T) {
	for c := range 256 {
		var s []byte
		switch {
		case c < utf8.RuneSelf:
			s = []byte{byte(c)}
		case c < 0xC0:
			if runStop[c] != 0 {
				t.Errorf("runStop[%#x] = 1 for a continuation byte", c)
			}
			continue
		default:
			r, ok := firstRuneOf(byte(c))
			if !ok {
				continue // no character of valid UTF-8 begins so
			}
			s = utf8.AppendRune(nil, r)
		}
		if stop, want := runStop[c] != 0, plainChar(s, 0, len(s)) == 0; stop != want {
			t.Errorf("runStop[%#x] = %v, plainChar says %v", c, stop, want)
		}
	}
}

// firstRuneOf returns the first rune whose UTF-8 encoding begins with lead, if any does.
func firstRuneOf(lead byte) (rune, bool) {
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if utf8.ValidRune(r) && utf8.AppendRune(nil, r)[0] == lead {
			return r, true
		}
	}
	return 0, false
}

// TestValidRun checks validRun against plainRun on valid UTF-8 texts, from every character
// start to every end, ends that cut a character included.
func TestValidRun(t *testing.T) {
	texts := []string{
		"Cancel your plan now", "a  b\tc\nd", "caf\u00e9 na\u00efve \u00a0x", "\u201cquoted\u201d it\u2019s",
		"\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 \u3067\u3059", "\U0001F600 smile \U0001F44B", "\u017fong \u212a \ufeffbom",
		"x \u0301y \u00ad z", "\x01\x7f ctl", "end ", " lead", "\u0430\u0431\u0432 \u0433\u0434", "\u0915\u094d\u0937 \u0924\u094d\u0930",
	}
	for _, text := range texts {
		src := []byte(text)
		for i := 0; i < len(src); i++ {
			if !utf8.RuneStart(src[i]) {
				continue
			}
			for end := i; end <= len(src); end++ {
				if got, want := validRun(src, i, end), plainRun(src, i, end); got != want {
					t.Fatalf("%q from %d to %d: validRun %d, plainRun %d", src, i, end, got, want)
				}
			}
		}
	}
}

// TestCharLen checks charLen with and without SourceValid against utf8.DecodeRune on valid
// UTF-8, at every start that is not ASCII and every end, and on bytes that are not UTF-8
// without it.
func TestCharLen(t *testing.T) {
	want := func(s []byte) int {
		if r, n := utf8.DecodeRune(s); r != utf8.RuneError || n > 1 {
			return n
		}
		return 0
	}
	for _, text := range []string{"caf\u00e9 \u65e5\u672c \U0001F600\u00e9", "\xff\xc3(\xe2\x82 \xf0\x9f\x98"} {
		src := []byte(text)
		for _, valid := range []bool{false, true} {
			if valid && !utf8.Valid(src) {
				continue
			}
			b := NewBuilder(src, Templates{})
			b.valid = valid
			for i := range src {
				if src[i] < utf8.RuneSelf {
					continue
				}
				for end := i + 1; end <= len(src); end++ {
					if got, w := b.charLen(i, end), want(src[i:end]); got != w {
						t.Fatalf("%q valid %v at %d to %d: charLen %d, want %d", src, valid, i, end, got, w)
					}
				}
			}
		}
	}
}
