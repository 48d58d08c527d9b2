package document

// Segments reshaped after reading: merged in source order, clipped to a source range.

import (
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/internal/textseg"
)

// Merge joins two source-ordered segment lists into one, ordered by source offset: a reader's
// running text and its attribute texts.
func Merge(a, b []Segment) []Segment {
	if len(b) == 0 {
		return a
	}
	// A new slice: appending to a could write into, and sorting would reorder, the backing
	// array the caller still holds.
	out := make([]Segment, 0, len(a)+len(b))
	out = append(append(out, a...), b...)
	sortBySource(out)
	return out
}

// sortBySource puts segments in the order of their first piece in the source, keeping the
// order of those that begin at the same byte.
func sortBySource(segs []Segment) {
	sort.SliceStable(segs, func(i, j int) bool { return segs[i].firstSrc() < segs[j].firstSrc() })
}

// Clip returns the part of s whose source lies in [start, end), without white space at its
// ends, with the link and button texts that lie wholly inside it: a script's turn cut out of
// a paragraph.
func (s *Segment) Clip(start, end int) Segment {
	out := Segment{Role: s.Role, Key: s.Key, Escape: s.Escape}
	var buf []byte
	for _, p := range s.all() {
		ps, pe := int(p.src), int(p.src+p.srcN)
		if p.kind == verbatim {
			cs, ce := max(ps, start), min(pe, end)
			if cs >= ce {
				continue
			}
			t0 := int(p.text) + cs - ps
			out.pieces = append(out.pieces, piece{text: int32(len(buf)), n: int32(ce - cs), src: int32(cs), srcN: int32(ce - cs), kind: verbatim})
			buf = append(buf, s.Text[t0:t0+ce-cs]...)
			continue
		}
		if ps < start || ps >= end {
			continue
		}
		out.pieces = append(out.pieces, piece{text: int32(len(buf)), n: p.n, src: p.src, srcN: p.srcN, kind: p.kind})
		buf = append(buf, s.Text[p.text:p.text+p.n]...)
	}
	out.Text = string(buf)
	clipCTAs(s, &out)
	lead := trimSegment(&out)
	for k := range out.CTAs { // trimming moved the text
		c := &out.CTAs[k]
		c.Start = max(0, min(c.Start-lead, len(out.Text)))
		c.End = max(c.Start, min(c.End-lead, len(out.Text)))
	}
	return out
}

// trimSegment drops white space at both ends of a segment and returns how many text bytes
// it dropped at the start.
func trimSegment(s *Segment) int {
	for len(s.pieces) > 0 {
		p := &s.pieces[0]
		txt := s.Text[p.text : p.text+p.n]
		rest := strings.TrimLeft(txt, " ")
		if rest == "" {
			s.pieces = s.pieces[1:]
			continue
		}
		if k := int32(len(txt) - len(rest)); k > 0 && p.kind == verbatim {
			p.text, p.n, p.src, p.srcN = p.text+k, p.n-k, p.src+k, p.srcN-k
		}
		break
	}
	for len(s.pieces) > 0 {
		p := &s.pieces[len(s.pieces)-1]
		txt := s.Text[p.text : p.text+p.n]
		rest := strings.TrimRight(txt, " ")
		if rest == "" {
			s.pieces = s.pieces[:len(s.pieces)-1]
			continue
		}
		if k := int32(len(txt) - len(rest)); k > 0 && p.kind == verbatim {
			p.n, p.srcN = p.n-k, p.srcN-k
		}
		break
	}
	if len(s.pieces) == 0 {
		s.Text = ""
		return 0
	}
	t0, last := s.pieces[0].text, s.pieces[len(s.pieces)-1]
	s.Text = s.Text[t0 : last.text+last.n]
	for k := range s.pieces {
		s.pieces[k].text -= t0
	}
	return int(t0)
}

// clipCTAs carries the link and button texts of s that lie wholly inside the clipped segment
// over to it.
func clipCTAs(s *Segment, out *Segment) {
	for _, c := range s.CTAs {
		a, b := s.SourceRange(c.Start, c.End)
		start, end := -1, -1
		for _, p := range out.pieces {
			if int(p.src) == a || start < 0 && int(p.src) <= a && a < int(p.src+p.srcN) && p.kind == verbatim {
				start = int(p.text) + a - int(p.src)
			}
			if int(p.src+p.srcN) == b || int(p.src) < b && b <= int(p.src+p.srcN) && p.kind == verbatim {
				end = int(p.text) + b - int(p.src) - int(p.srcN) + int(p.n)
			}
		}
		if start >= 0 && end > start {
			out.CTAs = append(out.CTAs, textseg.Span{Start: start, End: end})
		}
	}
}
