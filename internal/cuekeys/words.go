// Package cuekeys finds the key words of kind cues in the words of a catalog key or a file
// name: it splits them into words as kind inference reads them, and finds every cue's key
// words there with one pass of a keyword automaton.
package cuekeys

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/rules"
)

// Of returns each kind cue's key words in the form Words writes them: whole words,
// or, for a cue ending in *, words the last of which may go on ("terminat*" matches
// "termination").
func Of(cues []rules.KindCue) [][]string {
	out := make([][]string, len(cues))
	for i, c := range cues {
		for _, k := range c.Keys {
			w := Words(strings.TrimSuffix(k, "*"))
			if strings.HasSuffix(k, "*") {
				w = strings.TrimSuffix(w, " ")
			}
			out[i] = append(out[i], w)
		}
	}
	return out
}

// Words splits a key or file name into lower-case words at punctuation, spaces and
// camelCase humps, and writes them with a space before and after each ("cancelDialog.title"
// -> " cancel dialog title "), so that a cue matches whole words with strings.Contains.
func Words(s string) string {
	var buf [96]byte // most keys and paths fit: one allocation, the string's
	return string(AppendWords(buf[:0], s))
}

// AppendWords appends the words of s, as Words writes them, to b.
func AppendWords(b []byte, s string) []byte {
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

// WordPrefix reports whether short is long cut where AppendWords ends a word, so that the
// words of short begin those of long: before an ASCII byte that is neither a letter nor a
// digit, or an upper-case letter after a lower-case letter or a digit.
func WordPrefix(long, short string) bool {
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
