package format

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
)

// ParseError is a syntax error in a file, at a line and column; readers return it with
// Document.ErrorAt.
type ParseError = document.ParseError

// truncateKey shortens a key made of source text (a .po msgid) for display: white space
// collapsed to single spaces, when it holds a tab, a line break or two spaces in a row, and
// cut to n bytes or fewer followed by an ellipsis.
func truncateKey(s string, n int) string {
	return string(appendShortKey(nil, []byte(s), n))
}

// appendShortKey appends truncateKey(string(s), n) to dst, without making a string of s.
func appendShortKey(dst, s []byte, n int) []byte {
	if !needsJoin(s) {
		if len(s) <= n {
			return append(dst, s...)
		}
		return append(append(dst, s[:runeCut(s, n)]...), "…"...)
	}
	// The words are joined only as far as the cut: a long msgid is not copied whole.
	start := len(dst)
	for w := range bytes.FieldsSeq(s) {
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
		if len(dst)-start > n {
			break
		}
	}
	if len(dst)-start <= n {
		return dst
	}
	return append(dst[:start+runeCut(dst[start:], n)], "…"...)
}

// needsJoin reports a key whose white space truncateKey collapses: one that holds a tab, a
// line break or two spaces in a row.
func needsJoin(s []byte) bool {
	return bytes.IndexByte(s, '\n') >= 0 || bytes.IndexByte(s, '\t') >= 0 ||
		bytes.IndexByte(s, '\r') >= 0 || bytes.Contains(s, []byte("  "))
}

// runeCut returns the greatest index at most n (n < len(b)) where a character of b starts,
// or 0.
func runeCut[T string | []byte](b T, n int) int {
	cut := n
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return cut
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
