package catalog

import (
	"encoding/xml"
	"unsafe"
)

// store keeps a walker's start tokens, their attributes and the names and values read from
// tags, in chunks that are only ever appended to: a catalog's tens of thousands of tags take
// a few allocations rather than three each, and what a reader holds stays valid, since no
// byte or element of a chunk is written twice.
type store struct {
	starts []xml.StartElement
	attrs  []xml.Attr
	strs   Strings
	// reuse says that start tokens and their attributes are written over once a chunk is
	// full, rather than kept (see Walker.ReuseTokens); names and values are kept still.
	reuse bool
}

// Chunk sizes of a store.
const (
	startChunk = 64
	attrChunk  = 128
	textChunk  = 4 << 10
)

// keepStart returns a pointer to a copy of se in the store: a token that needs no allocation
// of its own when it is made an xml.Token.
func (s *store) keepStart(se xml.StartElement) *xml.StartElement {
	switch {
	case len(s.starts) < cap(s.starts):
	case s.reuse && cap(s.starts) > 0:
		s.starts = s.starts[:0]
	default:
		s.starts = make([]xml.StartElement, 0, startChunk)
	}
	s.starts = append(s.starts, se)
	return &s.starts[len(s.starts)-1]
}

// addAttr appends a to the attributes of the tag being read, which start at base, and
// returns where they start now: a full chunk moves them to a new one.
func (s *store) addAttr(base int, a xml.Attr) int {
	if len(s.attrs) == cap(s.attrs) {
		n := len(s.attrs) - base
		if s.reuse && 2*n <= cap(s.attrs) { // the tag's attributes so far to the front
			copy(s.attrs, s.attrs[base:])
			s.attrs = append(s.attrs[:n], a)
			return 0
		}
		moved := make([]xml.Attr, n, max(attrChunk, 2*n))
		copy(moved, s.attrs[base:])
		s.attrs, base = moved, 0
	}
	s.attrs = append(s.attrs, a)
	return base
}

// str returns b as a string kept in the store.
func (s *store) str(b []byte) string { return s.strs.Of(b) }

// Strings makes strings of byte slices, for the keys and names a reader makes many of: the
// short ones share a few allocations, copied into chunks that are only ever appended to. The
// zero Strings is ready to use.
type Strings struct {
	chunk []byte
}

// Of returns b as a string; a long b is its own allocation.
func (s *Strings) Of(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if len(b) > textChunk/8 {
		return string(b)
	}
	if cap(s.chunk)-len(s.chunk) < len(b) {
		s.chunk = make([]byte, 0, textChunk)
	}
	start := len(s.chunk)
	s.chunk = append(s.chunk, b...)
	// The bytes at start are never written again: the chunk is only appended to, and a
	// new chunk is made rather than this one reused.
	return unsafe.String(&s.chunk[start], len(b)) //nolint:gosec // audited: see above
}
