// Package catalog reads the strings of string catalogs for farewell's format readers: a
// String maps its decoded text back to the source bytes of every escape and entity, the mark
// scanner finds placeholders, markup, entities and ICU blocks in it, and Emit turns it into
// segments. It also walks XML catalogs (Android resources, .stringsdict, XLIFF, .resx) with
// exact source ranges. It sits inside the format stage and imports only document, the
// standard library and golang.org/x/net/html; only format imports it.
package catalog

import (
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
)

// String is one catalog string being read: its decoded text and, for each run of the text,
// the source bytes it came from. Scanners append runs in source order with Raw (bytes copied
// as they are) and Dec (an escape or entity and what it means); the mark scanner then reads
// the decoded text and Emit maps every part of it back through the runs.
type String struct {
	text   []byte
	spans  []span
	values int // how many spans are Value runs
	// marks and merged are Emit's lists of the string's marks, kept for the next string.
	marks, merged []part
}

// span maps text[text:next span's text] to src[src:srcEnd]; a value span is a placeholder.
type span struct {
	text, src, srcEnd int
	raw, value        bool
}

// Reset empties the string for reuse.
func (c *String) Reset() {
	c.text, c.spans, c.values = c.text[:0], c.spans[:0], 0
}

// Text returns the decoded text read so far.
func (c *String) Text() []byte { return c.text }

// End returns the source offset where the last run read ends (0 for an empty string).
func (c *String) End() int {
	if len(c.spans) == 0 {
		return 0
	}
	return c.spans[len(c.spans)-1].srcEnd
}

// Verbatim returns the source range the string was read from when its text is that range's
// bytes as they are (one run appended by Raw, and nothing else), and true.
func (c *String) Verbatim() (start, end int, ok bool) {
	if len(c.spans) != 1 || !c.spans[0].raw {
		return 0, 0, false
	}
	return c.spans[0].src, c.spans[0].srcEnd, true
}

// Raw appends source bytes [start, end) as they are.
func (c *String) Raw(src []byte, start, end int) {
	if start >= end {
		return
	}
	if n := len(c.spans); n > 0 && c.spans[n-1].raw && c.spans[n-1].srcEnd == start {
		c.spans[n-1].srcEnd = end
	} else {
		c.spans = append(c.spans, span{text: len(c.text), src: start, srcEnd: end, raw: true})
	}
	c.text = append(c.text, src[start:end]...)
}

// Dec appends s as the meaning of source bytes [start, end).
func (c *String) Dec(start, end int, s string) {
	c.spans = append(c.spans, span{text: len(c.text), src: start, srcEnd: end})
	c.text = append(c.text, s...)
}

// Value appends a placeholder for source bytes [start, end), code that prints a value (a
// template literal's ${...}), whatever the mark scanner would make of them.
func (c *String) Value(start, end int) {
	c.spans = append(c.spans, span{text: len(c.text), src: start, srcEnd: end, value: true})
	c.text = append(c.text, document.MaskPlaceholder...)
	c.values++
}

// spanEnd returns where span k's text ends.
func (c *String) spanEnd(k int) int {
	if k+1 < len(c.spans) {
		return c.spans[k+1].text
	}
	return len(c.text)
}

// spanAt returns the index of the span holding text byte t.
func (c *String) spanAt(t int) int {
	lo, hi := 0, len(c.spans)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if c.spans[mid].text <= t {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// srcRange maps text range [t0, t1) to source bytes; decoded runs count whole.
func (c *String) srcRange(t0, t1 int) (int, int) {
	a, z := c.spans[c.spanAt(t0)], c.spans[c.spanAt(t1-1)]
	s0, s1 := a.src, z.srcEnd
	if a.raw {
		s0 = a.src + t0 - a.text
	}
	if z.raw {
		s1 = z.src + t1 - z.text
	}
	return s0, s1
}

// Feed appends text range [t0, t1) to the builder, raw runs as source text (white space
// collapsed, quotes straightened) and decoded runs as decoded pieces.
func (c *String) Feed(b *document.Builder, t0, t1 int) {
	if t0 >= t1 || len(c.spans) == 0 {
		return
	}
	for k := c.spanAt(t0); k < len(c.spans); k++ {
		sp := c.spans[k]
		te := c.spanEnd(k)
		if sp.text >= t1 {
			break
		}
		if sp.raw {
			b.Text(sp.src+max(t0, sp.text)-sp.text, sp.src+min(t1, te)-sp.text)
		} else if sp.text >= t0 {
			b.Decoded(sp.src, sp.srcEnd, string(c.text[sp.text:te]))
		}
	}
}

// Remap returns the string read from a transcoded view of the source (UTF-16 read as UTF-8)
// as one on the stored bytes: m maps every view offset, and the end, to a source offset, and
// every code point becomes a decoded run over the source bytes it came from.
func (c *String) Remap(view []byte, m []int) String {
	var out String
	for k, sp := range c.spans {
		te := c.spanEnd(k)
		if !sp.raw {
			out.Dec(m[sp.src], m[sp.srcEnd], string(c.text[sp.text:te]))
			continue
		}
		for p := sp.src; p < sp.srcEnd; {
			_, n := utf8.DecodeRune(view[p:sp.srcEnd])
			out.Dec(m[p], m[p+n], string(view[p:p+n]))
			p += n
		}
	}
	return out
}

// DropEmpty removes segments with no letter or digit: a string that is only a placeholder or
// an ICU block has nothing to lint of its own.
func DropEmpty(segs []document.Segment) []document.Segment {
	for i := range segs {
		if HasAlnum(segs[i].Text) {
			continue
		}
		// The first to drop: the ones before stay where they are, without a copy.
		out := segs[:i]
		for _, s := range segs[i+1:] {
			if HasAlnum(s.Text) {
				out = append(out, s)
			}
		}
		return out
	}
	return segs
}

// HasAlnum reports whether s holds a letter or a digit.
func HasAlnum(s string) bool {
	if len(s) > 0 && s[0]|0x20-'a' <= 'z'-'a' {
		return true // most texts begin with an ASCII letter: no call
	}
	return hasAlnum(s)
}

// hasAlnum is HasAlnum, a character at a time.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
