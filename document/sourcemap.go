package document

import (
	"sort"
	"unicode/utf8"
)

// SourceMap maps a view of part of a document, decoded from the way the document stores it
// (an e-mail part in quoted-printable or base64), back to the source bytes every view byte
// came from. A reader builds the view and its map run by run, reads the view as a document of
// its own, and moves what it found onto the source with Remap.
type SourceMap struct {
	runs []mapRun
	n    int // view bytes mapped so far
}

// mapRun maps view[view:view+n] to src[src:srcEnd]; a raw run copies its source byte for byte.
type mapRun struct {
	view, n     int
	src, srcEnd int
	raw         bool
}

// Raw maps the next view bytes to the source bytes [start, end), which they copy.
func (m *SourceMap) Raw(start, end int) {
	if start >= end {
		return
	}
	if k := len(m.runs) - 1; k >= 0 && m.runs[k].raw && m.runs[k].srcEnd == start {
		m.runs[k].n += end - start
		m.runs[k].srcEnd = end
	} else {
		m.runs = append(m.runs, mapRun{view: m.n, n: end - start, src: start, srcEnd: end, raw: true})
	}
	m.n += end - start
}

// Decoded maps the next n view bytes to the source bytes [start, end), which encode them.
func (m *SourceMap) Decoded(start, end, n int) {
	if n <= 0 {
		return
	}
	m.runs = append(m.runs, mapRun{view: m.n, n: n, src: start, srcEnd: end})
	m.n += n
}

// Offset returns the source offset where view byte v starts: for a byte decoded from several
// source bytes, the start of those bytes.
func (m *SourceMap) Offset(v int) int { return m.start(v) }

// Len returns how many view bytes are mapped.
func (m *SourceMap) Len() int { return m.n }

// run returns the index of the run holding view byte v (the last run for v past the end).
func (m *SourceMap) run(v int) int {
	return max(0, sort.Search(len(m.runs), func(k int) bool { return m.runs[k].view > v })-1)
}

// Recode returns view, the text this map maps, decoded byte by byte to UTF-8 with decode (a
// single-byte charset such as ISO-8859-1), and the map of the new view: a byte that decodes to
// itself keeps its mapping, any other maps to the source of its byte.
func (m *SourceMap) Recode(view []byte, decode func(byte) rune) ([]byte, *SourceMap) {
	out, om := make([]byte, 0, len(view)), &SourceMap{}
	for v, c := range view {
		r := decode(c)
		s0, s1 := m.start(v), m.end(v+1)
		if r == rune(c) && r < utf8.RuneSelf && m.runs[m.run(v)].raw {
			om.Raw(s0, s1)
		} else {
			om.Decoded(s0, s1, utf8.RuneLen(r))
		}
		out = utf8.AppendRune(out, r)
	}
	return out, om
}

// start maps view offset v to the source offset where the byte at v starts.
func (m *SourceMap) start(v int) int {
	if len(m.runs) == 0 {
		return 0
	}
	r := m.runs[m.run(v)]
	switch {
	case v >= r.view+r.n:
		return r.srcEnd
	case r.raw:
		return r.src + v - r.view
	}
	return r.src
}

// end maps the end of view range [..., v) to the source offset where the byte before v ends.
func (m *SourceMap) end(v int) int {
	if len(m.runs) == 0 || v <= 0 {
		return m.start(v)
	}
	r := m.runs[m.run(v-1)]
	if r.raw {
		return r.src + min(v-r.view, r.n)
	}
	return r.srcEnd
}

// Remap moves the segments, directives and labels of sub, a document read from this map's
// view, onto d, whose source the view was decoded from, appending them to d's own. Text that
// came through a decoded run stands for the whole run; with encoded set, every segment's
// rewrites become advice (Escape is EscapeEncoded), since they would have to be encoded again.
func (m *SourceMap) Remap(sub, d *Document, encoded bool) {
	for _, s := range sub.Segments {
		out := Segment{Text: s.Text, Role: s.Role, Key: s.Key, CTAs: s.CTAs, Escape: s.Escape}
		if encoded {
			out.Escape = EscapeEncoded
		}
		for _, p := range s.all() {
			out.pieces = m.remapPiece(out.pieces, p)
		}
		d.Segments = append(d.Segments, out)
	}
	for _, dir := range sub.Directives {
		dir.Start, dir.End = m.start(dir.Start), m.end(dir.End)
		d.Directives = append(d.Directives, dir)
	}
	for _, l := range sub.Labels {
		l.Offset = m.start(l.Offset)
		d.Labels = append(d.Labels, l)
	}
}

// remapPiece appends piece p, whose source range is in the view, to out with its range in the
// source: verbatim text split where runs meet, and a piece that would overlap the one before it
// (two view bytes from one decoded run) merged into it.
func (m *SourceMap) remapPiece(out []piece, p piece) []piece {
	if p.kind != verbatim || len(m.runs) == 0 {
		s0, s1 := m.start(int(p.src)), m.end(int(p.src+p.srcN))
		return appendPiece(out, piece{text: p.text, n: p.n, src: int32(s0), srcN: int32(max(s1, s0) - s0), kind: p.kind})
	}
	v, vEnd, t := int(p.src), int(p.src+p.srcN), p.text
	for k := m.run(v); v < vEnd && k < len(m.runs); k++ {
		r := m.runs[k]
		if r.view+r.n <= v {
			continue
		}
		stop := min(vEnd, r.view+r.n)
		q := piece{text: t, n: int32(stop - v), src: int32(r.src), srcN: int32(r.srcEnd - r.src), kind: decoded}
		if r.raw {
			q.src, q.srcN, q.kind = int32(r.src+v-r.view), int32(stop-v), verbatim
		}
		out = appendPiece(out, q)
		t += int32(stop - v)
		v = stop
	}
	return out
}

// appendPiece appends q to out, merging it into the last piece when their source ranges
// overlap or when both copy contiguous source.
func appendPiece(out []piece, q piece) []piece {
	if len(out) == 0 {
		return append(out, q)
	}
	last := &out[len(out)-1]
	lastEnd := last.src + last.srcN
	switch {
	case q.src < lastEnd:
		last.n += q.n
		last.srcN = max(lastEnd, q.src+q.srcN) - last.src
		if last.kind != masked {
			last.kind = decoded
			if q.kind == masked {
				last.kind = masked
			}
		}
		return out
	case q.kind == verbatim && last.kind == verbatim && q.src == lastEnd:
		last.n += q.n
		last.srcN += q.srcN
		return out
	}
	return append(out, q)
}
