package lint

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/rules"
)

// cueKeys returns each kind cue's key words in the form keyWordsOf writes them: whole words,
// or, for a cue ending in *, words the last of which may go on ("terminat*" matches
// "termination").
func cueKeys(cues []rules.KindCue) [][]string {
	out := make([][]string, len(cues))
	for i, c := range cues {
		for _, k := range c.Keys {
			w := keyWordsOf(strings.TrimSuffix(k, "*"))
			if strings.HasSuffix(k, "*") {
				w = strings.TrimSuffix(w, " ")
			}
			out[i] = append(out[i], w)
		}
	}
	return out
}

// keyWordsOf splits a key or file name into lower-case words at punctuation, spaces and
// camelCase humps, and writes them with a space before and after each ("cancelDialog.title"
// -> " cancel dialog title "), so that a cue matches whole words with strings.Contains.
func keyWordsOf(s string) string {
	var buf [96]byte // most keys and paths fit: one allocation, the string's
	return string(appendKeyWords(buf[:0], s))
}

// appendKeyWords appends the words of s, as keyWordsOf writes them, to b.
func appendKeyWords(b []byte, s string) []byte {
	b = append(b, ' ')
	prevLower := false
	for _, r := range s {
		if r < utf8.RuneSelf { // ASCII, without package unicode
			switch c := byte(r); {
			case 'A' <= c && c <= 'Z':
				if prevLower {
					b = append(b, ' ')
				}
				b = append(b, c+'a'-'A')
				prevLower = false
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				b = append(b, c)
				prevLower = true
			default:
				b = appendSpace(b)
				prevLower = false
			}
			continue
		}
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				b = append(b, ' ')
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
			prevLower = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b = utf8.AppendRune(b, r)
			prevLower = true
		default:
			b = appendSpace(b)
			prevLower = false
		}
	}
	return appendSpace(b)
}

// wordPrefix reports whether short is long cut where appendKeyWords ends a word, so that the
// words of short begin those of long: before an ASCII byte that is neither a letter nor a
// digit, or an upper-case letter after a lower-case letter or a digit.
func wordPrefix(long, short string) bool {
	n := len(short)
	if n == 0 || n >= len(long) || long[:n] != short {
		return false
	}
	c, p := long[n], long[n-1]
	lowerPrev := 'a' <= p && p <= 'z' || '0' <= p && p <= '9'
	return c < utf8.RuneSelf && !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z') || 'A' <= c && c <= 'Z' && lowerPrev
}

// appendSpace appends a space to b, which is not empty, unless it ends with one.
func appendSpace(b []byte) []byte {
	if b[len(b)-1] != ' ' {
		return append(b, ' ')
	}
	return b
}

func wordBounded(s string, start, end int) bool {
	if start > 0 && textseg.IsWordByte(s[start]) && wordRune(utf8.DecodeLastRuneInString(s[:start])) {
		return false
	}
	return end >= len(s) || !textseg.IsWordByte(s[end-1]) || !wordRune(utf8.DecodeRuneInString(s[end:]))
}

// wordRune reports whether r, a rune next to a match, continues its word: a letter, a digit or
// '_' ("¿" and "¡" before a Spanish phrase do not).
func wordRune(r rune, _ int) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }
