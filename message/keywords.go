package message

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// keyWordSpans splits a key into words: runs of letters and digits, split again where a
// lower-case letter or a digit meets an upper-case letter and where letters meet digits.
func keyWordSpans(key string) [][2]int { return appendKeyWords(nil, key) }

// keyWordBuf holds the words of most keys without allocating: callers pass buf[:0] of a local
// one to appendKeyWords.
type keyWordBuf [16][2]int

// appendKeyWords appends the words of key (see keyWordSpans) to dst.
func appendKeyWords(dst [][2]int, key string) [][2]int {
	start := -1
	var prev rune
	for i, r := range key {
		alnum, upper, digit := runeClass(r)
		_, _, prevDigit := runeClass(prev)
		split := start >= 0 && alnum && (upper && (isLowerRune(prev) || prevDigit) || digit != prevDigit)
		if start >= 0 && (!alnum || split) {
			dst = append(dst, [2]int{start, i})
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		dst = append(dst, [2]int{start, len(key)})
	}
	return dst
}

// lastKeyWord returns where the last word of key is (see keyWordSpans), if it has one.
func lastKeyWord(key string) (start, end int, ok bool) {
	// From the end: the last word is the longest run of ASCII letters and digits before the
	// last one's end that keyWordSpans does not split, unless a byte on the way is not ASCII
	// (a letter, maybe, of the word or next to it): then every word is found from the start.
	end = len(key)
	for end > 0 && !isAlnumByte(key[end-1]) {
		if key[end-1] >= utf8.RuneSelf {
			return lastKeyWordSlow(key)
		}
		end--
	}
	if end == 0 {
		return 0, 0, false
	}
	start = end - 1
	for start > 0 {
		c := key[start-1]
		if c >= utf8.RuneSelf {
			return lastKeyWordSlow(key)
		}
		if !isAlnumByte(c) || splitsASCII(c, key[start]) {
			break
		}
		start--
	}
	return start, end, true
}

// lastKeyWordSlow is lastKeyWord for a key with a byte outside ASCII near its end.
func lastKeyWordSlow(key string) (start, end int, ok bool) {
	var buf keyWordBuf
	w := appendKeyWords(buf[:0], key)
	if len(w) == 0 {
		return 0, 0, false
	}
	return w[len(w)-1][0], w[len(w)-1][1], true
}

// hasKeyWord reports whether s holds a letter or a digit, which makes a word.
func hasKeyWord(s string) bool {
	for _, r := range s {
		if alnum, _, _ := runeClass(r); alnum {
			return true
		}
	}
	return false
}

// isAlnumByte reports an ASCII letter or digit.
func isAlnumByte(c byte) bool {
	return (c|0x20)-'a' < 26 || c-'0' < 10 // c|0x20 is a lower-case letter for letters only
}

// splitsASCII reports whether keyWordSpans splits two adjacent ASCII letters or digits p and
// r into two words.
func splitsASCII(p, r byte) bool {
	pd, rd := '0' <= p && p <= '9', '0' <= r && r <= '9'
	return 'A' <= r && r <= 'Z' && ('a' <= p && p <= 'z' || pd) || pd != rd
}

// runeClass reports whether r is a letter or a digit, an upper-case letter, and a digit, as
// package unicode says, answering ASCII without it.
func runeClass(r rune) (alnum, upper, digit bool) {
	if r < utf8.RuneSelf {
		upper, digit = 'A' <= r && r <= 'Z', '0' <= r && r <= '9'
		return upper || digit || 'a' <= r && r <= 'z', upper, digit
	}
	digit = unicode.IsDigit(r)
	return unicode.IsLetter(r) || digit, unicode.IsUpper(r), digit
}

// isLowerRune is unicode.IsLower, answering ASCII without it.
func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// wordBuf holds a word of a key in lower case: see lowerWord.
type wordBuf [32]byte

// lowerWord returns w in lower case as strings.ToLower writes it, in buf when w is ASCII and
// fits there: the words of keys are looked up in word lists many times, most of them short.
func lowerWord(buf *wordBuf, w string) []byte {
	if len(w) > len(buf) {
		return []byte(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// isPartWord reports whether a word of a key, in any case, names a part of a message: a role
// word (see isRoleWord) or a number.
func isPartWord(w string) bool {
	var buf wordBuf
	lw := lowerWord(&buf, w)
	return isRoleWord(lw) || len(bytes.TrimFunc(lw, unicode.IsDigit)) == 0
}

// hasTwoWords reports whether id has two words or more (see keyWordSpans).
func hasTwoWords(id string) bool {
	var buf keyWordBuf
	return len(appendKeyWords(buf[:0], id)) >= 2
}

// IsSourceKey reports whether a catalog key holds a space, a tab or a line break: a source
// text used as the key (as in gettext), a message of its own whose key has no parts. The key
// is read eight bytes at a time while none of them is below '!'; from the first word that has
// one, byte by byte.
func IsSourceKey(key string) bool {
	i := 0
	for ; i+8 <= len(key); i += 8 {
		x := load8(key[i : i+8])
		if (x-0x2121212121212121)&^x&0x8080808080808080 != 0 {
			break // a byte below '!'
		}
	}
	if n := len(key); n >= 8 && i < n && i+8 > n { // the rest, in the last eight bytes
		if x := load8(key[n-8:]); (x-0x2121212121212121)&^x&0x8080808080808080 == 0 {
			return false
		}
	}
	for ; i < len(key); i++ {
		if c := key[i]; c == ' ' || c == '\t' || c == '\n' {
			return true
		}
	}
	return false
}

// isPlainFlatKey reports a key of words joined by "_" (or camelCase), without white space, a
// trailing index or an empty part: one whose message CatalogMessageID finds with roleStem.
func isPlainFlatKey(k string) bool {
	return !IsSourceKey(k) && strings.IndexByte(k, '.') < 0 && !strings.HasSuffix(k, "]") &&
		!strings.HasPrefix(k, "_") && !strings.HasSuffix(k, "_") && !strings.Contains(k, "__")
}
