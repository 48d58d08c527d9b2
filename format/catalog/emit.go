package catalog

import (
	"github.com/farewell-protocol/farewell/document"
)

// Entry is one string of a catalog, ready to emit.
type Entry struct {
	// Key is the string's catalog key.
	Key string
	// Esc is how rewrites are written into the string's source.
	Esc document.Escape
	// Role is what the string is to the reader.
	Role document.Role
	// Str is the string read.
	Str *String
}

// Emit turns a catalog string into segments: placeholders masked, markup dropped (block tags
// break the text), and each ICU plural or select branch its own segment. The string's own
// text, with a whole ICU block read as one placeholder, comes first.
func Emit(b *document.Builder, e Entry) {
	c := e.Str
	c.marks = appendMarks(c.marks[:0], c.text, 0, len(c.text), false, 0)
	parts := c.marks
	if len(parts) == 0 && len(c.spans) == 1 && c.spans[0].raw {
		// The common string: one run of source text, no marks. emitParts would feed the run
		// to a segment of its own.
		b.TextSegment(e.Role, e.Key, e.Esc, c.spans[0].src, c.spans[0].srcEnd)
		return
	}
	if c.values > 0 {
		c.merged = withValues(c.merged[:0], parts, c)
		parts = c.merged
	}
	emitParts(b, e, parts, 0, len(c.text))
}

// withValues appends to merged parts with a placeholder part for every Value run of c, in
// order; a mark the scanner found across one is dropped.
func withValues(merged, parts []part, c *String) []part {
	i := 0
	for _, sp := range c.spans {
		if !sp.value {
			continue
		}
		v := part{start: sp.text, end: sp.text + len(document.MaskPlaceholder), kind: partValue}
		for i < len(parts) && parts[i].end <= v.start {
			merged = append(merged, parts[i])
			i++
		}
		for i < len(parts) && parts[i].start < v.end {
			i++
		}
		merged = append(merged, v)
	}
	return append(merged, parts[i:]...)
}

// emitParts emits text range [t0, t1) of a string whose marks are parts, then the branches of
// every ICU block directly inside it.
func emitParts(b *document.Builder, e Entry, parts []part, t0, t1 int) {
	c := e.Str
	b.Start(e.Role, e.Key, e.Esc)
	at := t0
	var blocks []part
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		if p.start < at || p.end > t1 {
			continue
		}
		c.Feed(b, at, p.start)
		switch p.kind {
		case partValue, partICU:
			s0, s1 := c.srcRange(p.start, p.end)
			b.Placeholder(s0, s1)
			if p.kind == partICU {
				blocks = append(blocks, p)
			}
		case partBreak:
			b.Start(e.Role, e.Key, e.Esc)
		case partDecoded:
			s0, s1 := c.srcRange(p.start, p.end)
			b.Decoded(s0, s1, p.text)
		case partTag:
		}
		at = p.end
	}
	c.Feed(b, at, t1)
	b.Flush()
	for _, blk := range blocks {
		for _, br := range blk.branches {
			emitParts(b, e, br.parts, br.start, br.end)
		}
	}
}

// HasMarks reports whether the mark scanner finds a placeholder, markup, an entity or an ICU
// block in s.
func HasMarks(s string) bool {
	return len(scanMarks([]byte(s), 0, len(s), false, 0)) > 0
}
