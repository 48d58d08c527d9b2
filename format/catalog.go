package format

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
)

// catString is one catalog string being read: its decoded text and, for each run of the text,
// the source bytes it came from. Scanners append runs in source order with raw (bytes copied
// as they are) and dec (an escape or entity and what it means); the placeholder scanner then
// reads the decoded text and the emitter maps every part of it back through the runs.
type catString struct {
	text  []byte
	spans []catSpan
}

// catSpan maps text[text:next span's text] to src[src:srcEnd].
type catSpan struct {
	text, src, srcEnd int
	raw               bool
}

func (c *catString) reset() {
	c.text, c.spans = c.text[:0], c.spans[:0]
}

// raw appends source bytes [start, end) as they are.
func (c *catString) raw(src []byte, start, end int) {
	if start >= end {
		return
	}
	if n := len(c.spans); n > 0 && c.spans[n-1].raw && c.spans[n-1].srcEnd == start {
		c.spans[n-1].srcEnd = end
	} else {
		c.spans = append(c.spans, catSpan{text: len(c.text), src: start, srcEnd: end, raw: true})
	}
	c.text = append(c.text, src[start:end]...)
}

// dec appends s as the meaning of source bytes [start, end).
func (c *catString) dec(start, end int, s string) {
	c.spans = append(c.spans, catSpan{text: len(c.text), src: start, srcEnd: end})
	c.text = append(c.text, s...)
}

// spanEnd returns where span k's text ends.
func (c *catString) spanEnd(k int) int {
	if k+1 < len(c.spans) {
		return c.spans[k+1].text
	}
	return len(c.text)
}

// spanAt returns the index of the span holding text byte t.
func (c *catString) spanAt(t int) int {
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
func (c *catString) srcRange(t0, t1 int) (int, int) {
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

// feed appends text range [t0, t1) to the builder, raw runs as source text (white space
// collapsed, quotes straightened) and decoded runs as decoded pieces.
func (c *catString) feed(b *document.Builder, t0, t1 int) {
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

// catalogString is one string of a catalog, ready to emit.
type catalogString struct {
	key  string
	esc  document.Escape
	role document.Role
	str  *catString
}

// emitCatalog turns a catalog string into segments: placeholders masked, markup dropped (block tags
// break the text), and each ICU plural or select branch its own segment. The string's own
// text, with a whole ICU block read as one placeholder, comes first.
func emitCatalog(b *document.Builder, cs catalogString) {
	parts := scanCatalogText(cs.str.text)
	emitParts(b, cs, parts, 0, len(cs.str.text))
}

// emitParts emits text range [t0, t1) of a string whose marks are parts, then the branches of
// every ICU block directly inside it.
func emitParts(b *document.Builder, cs catalogString, parts []catPart, t0, t1 int) {
	c := cs.str
	b.Start(cs.role, cs.key, cs.esc)
	at := t0
	var blocks []catPart
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		if p.start < at || p.end > t1 {
			continue
		}
		c.feed(b, at, p.start)
		switch p.kind {
		case partValue, partICU:
			s0, s1 := c.srcRange(p.start, p.end)
			b.Placeholder(s0, s1)
			if p.kind == partICU {
				blocks = append(blocks, p)
			}
		case partBreak:
			b.Start(cs.role, cs.key, cs.esc)
		case partDecoded:
			s0, s1 := c.srcRange(p.start, p.end)
			b.Decoded(s0, s1, p.text)
		case partTag:
		}
		at = p.end
	}
	c.feed(b, at, t1)
	b.Flush()
	for _, blk := range blocks {
		for _, br := range blk.branches {
			emitParts(b, cs, br.parts, br.start, br.end)
		}
	}
}

// dropEmpty removes segments with no letter or digit: a string that is only a placeholder or
// an ICU block has nothing to lint of its own.
func dropEmpty(segs []document.Segment) []document.Segment {
	out := segs[:0]
	for _, s := range segs {
		if hasAlnum(s.Text) {
			out = append(out, s)
		}
	}
	return out
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// ParseError is a syntax error in a file, at a line and column (1-based, the column in code
// points).
type ParseError struct {
	Path      string
	Line, Col int
	Msg       string
}

// Error formats the error as path:line:col: message.
func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
}

// errAt makes a ParseError at byte offset off of doc.
func errAt(doc *document.Document, off int, format string, args ...any) error {
	p := doc.Position(off)
	return &ParseError{Path: doc.Path, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)}
}

// truncateKey shortens a key made of source text (a .po msgid) for display.
func truncateKey(s string, n int) string {
	if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// scopeToEntry turns each farewell-disable-next-line comment recorded since directive index
// from into a region that runs to end, the end of the catalog entry that follows the comment:
// in .po and XML catalogs the text of an entry may lie lines below it. It returns the index
// the next entry's comments start at.
func scopeToEntry(d *document.Document, from, end int) int {
	for i := from; i < len(d.Directives); i++ {
		if ds := &d.Directives[i]; ds.Kind == document.DisableNextLine {
			ds.Kind = document.Disable
			d.Directives = append(d.Directives, document.Directive{Kind: document.Enable, Rules: ds.Rules, Start: end, End: end})
		}
	}
	return len(d.Directives)
}

// scopeNextString widens each farewell-disable-next-line comment of a catalog to the whole
// string that starts on the next line or the one after (a YAML block scalar starts below its
// key), so that a string written over several lines is silenced whole.
func scopeNextString(d *document.Document) {
	n := len(d.Directives)
	for i := 0; i < n; i++ {
		dir := &d.Directives[i]
		if dir.Kind != document.DisableNextLine {
			continue
		}
		line := d.Position(dir.End).Line
		k := sort.Search(len(d.Segments), func(k int) bool {
			start, _ := d.Segments[k].SourceRange(0, 0)
			return start >= dir.End
		})
		if k == len(d.Segments) {
			continue
		}
		start, _ := d.Segments[k].SourceRange(0, 0)
		if d.Position(start).Line > line+2 {
			continue
		}
		end := 0
		for _, s := range d.Segments[k:] {
			if s.Key != d.Segments[k].Key {
				break
			}
			_, e := s.SourceRange(0, len(s.Text))
			end = max(end, e)
		}
		dir.Kind = document.Disable
		d.Directives = append(d.Directives, document.Directive{Kind: document.Enable, Rules: dir.Rules, Start: end, End: end})
	}
	// The silencer pairs each disable with the next enable: keep them in source order.
	sort.SliceStable(d.Directives, func(i, j int) bool { return d.Directives[i].Start < d.Directives[j].Start })
}
