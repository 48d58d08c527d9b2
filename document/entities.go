package document

import (
	"bytes"

	"golang.org/x/net/html"
)

// Entities appends the source bytes [start, end), decoding HTML character references into
// decoded pieces that map to the whole reference; view is the source as the reader sees it,
// with template code masked.
func (b *Builder) Entities(view []byte, start, end int) {
	for i := start; i < end; {
		amp := bytes.IndexByte(view[i:end], '&')
		if amp < 0 {
			b.Text(i, end)
			return
		}
		amp += i
		if amp > i {
			b.Text(i, amp)
		}
		refEnd := EntityEnd(view, amp, end)
		if dec, ok := commonEntity(view[amp:refEnd]); ok {
			b.Decoded(amp, refEnd, dec) // as below, without a string of the reference
			i = refEnd
			continue
		}
		raw := string(view[amp:refEnd])
		dec := html.UnescapeString(raw)
		if refEnd == amp+1 || dec == raw {
			b.Text(amp, refEnd)
			i = refEnd
			continue
		}
		// A legacy reference without ";" ("&ampfoo") decodes only its longest known prefix;
		// the rest stays text of its own.
		rest := commonSuffix(raw, dec)
		b.Decoded(amp, refEnd-rest, dec[:len(dec)-rest])
		if rest > 0 {
			b.Text(refEnd-rest, refEnd)
		}
		i = refEnd
	}
}

// commonEntity returns what the most common character references of e-mail templates decode
// to, as html.UnescapeString does (TestCommonEntity compares them), and ok; each decodes to
// characters that share no last byte with it, so that Entities gives it as one decoded piece.
func commonEntity(ref []byte) (dec string, ok bool) {
	switch string(ref) {
	case "&quot;":
		return `"`, true
	case "&nbsp;":
		return "\u00a0", true
	case "&zwnj;":
		return "\u200c", true
	case "&copy;":
		return "\u00a9", true
	case "&amp;":
		return "&", true
	case "&lt;":
		return "<", true
	case "&gt;":
		return ">", true
	case "&#39;":
		return "'", true
	}
	return "", false
}

// commonSuffix returns the length of the longest common suffix of a and b, shorter than both.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a)-1 && n < len(b)-1 && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// EntityEnd returns the end of the character reference that starts at amp ("&amp;", "&#39;",
// "&#x27;"), or amp+1 when none does: a name is letters and digits, a number decimal or hex
// digits, and a ";" after either belongs to the reference.
func EntityEnd(src []byte, amp, limit int) int {
	i := amp + 1
	digit := isAlnum
	if i < limit && src[i] == '#' {
		i++
		digit = isDigit
		if i < limit && (src[i] == 'x' || src[i] == 'X') {
			i++
			digit = isHexDigit
		}
	}
	j := i
	for j < limit && j-i < 32 && digit(src[j]) {
		j++
	}
	if j == i {
		return amp + 1
	}
	if j < limit && src[j] == ';' {
		j++
	}
	return j
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHexDigit(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
