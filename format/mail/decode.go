package mail

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime/quotedprintable"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/farewell-protocol/farewell/document"
)

// decode returns the body src[start:end] of a part decoded from its transfer encoding cte,
// with the map of the decoded bytes back to the source; the map is nil for a body stored as it
// reads (7bit, 8bit, binary).
func (e *reader) decode(cte string, start, end int) ([]byte, *document.SourceMap, error) {
	src := e.doc.Src[start:end]
	switch cte {
	case "quoted-printable":
		view, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(src)))
		if err != nil {
			return nil, nil, e.doc.ErrorAt(start, "a quoted-printable part that cannot be decoded: %v", err)
		}
		return view, qpMap(e.doc.Src, start, end, view), nil
	case "base64":
		clean := bytes.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
				return -1
			}
			return r
		}, src)
		view := make([]byte, base64.StdEncoding.DecodedLen(len(clean)))
		n, err := base64.StdEncoding.Decode(view, clean)
		if err != nil {
			return nil, nil, e.doc.ErrorAt(start, "a base64 part that cannot be decoded: %v", err)
		}
		return view[:n], base64Map(e.doc.Src, start, end, n), nil
	}
	return src, nil, nil
}

// qpMap maps view, the decoded quoted-printable body src[start:end], back to it byte for byte,
// walking both as quotedprintable decoded one from the other: =XX is the byte it encodes, a
// soft line break and white space at a line's end are nothing. Should the walk lose step, the
// rest of the view maps to the rest of the body as a whole.
func qpMap(src []byte, start, end int, view []byte) *document.SourceMap {
	m := &document.SourceMap{}
	i, v := start, 0
	for i < end && v < len(view) {
		c := src[i]
		if c == '=' {
			if j := softBreakEnd(src, i+1, end); j > 0 {
				i = j
				continue
			}
			if isHexByte(src, i+1, end) && isHexByte(src, i+2, end) && view[v] == hexVal(src[i+1])<<4|hexVal(src[i+2]) {
				m.Decoded(i, i+3, 1)
				i, v = i+3, v+1
				continue
			}
		}
		if view[v] == c {
			m.Raw(i, i+1)
			v++
		}
		i++ // a byte the decoder dropped: white space before a line break
	}
	if v < len(view) {
		m.Decoded(i, end, len(view)-v)
	}
	return m
}

// softBreakEnd returns the offset after a soft line break whose '=' ends just before i (white
// space, then a line break or the end of the body), or 0.
func softBreakEnd(src []byte, i, end int) int {
	for i < end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	switch {
	case i >= end:
		return end
	case src[i] == '\n' || src[i] == '\r':
		return document.SkipLineBreak(src, i)
	}
	return 0
}

func isHexByte(src []byte, i, end int) bool {
	if i >= end {
		return false
	}
	c := src[i] | 0x20
	return '0' <= src[i] && src[i] <= '9' || 'a' <= c && c <= 'f'
}

func hexVal(c byte) byte {
	if c <= '9' {
		return c - '0'
	}
	return (c | 0x20) - 'a' + 10
}

// base64Map maps the n bytes decoded from the base64 body src[start:end] back to it: each
// group of four characters to the three bytes it encodes (fewer at the padded end).
func base64Map(src []byte, start, end, n int) *document.SourceMap {
	m := &document.SourceMap{}
	q, qStart := 0, 0
	for i := start; i < end && m.Len() < n; i++ {
		if c := src[i]; c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			continue
		}
		if q == 0 {
			qStart = i
		}
		if q++; q == 4 {
			m.Decoded(qStart, i+1, min(3, n-m.Len()))
			q = 0
		}
	}
	return m
}

// recode decodes view, text in a single-byte charset named cs, to UTF-8, with its map; ok is
// false for a charset that is not single-byte.
func recode(view []byte, m *document.SourceMap, cs string) ([]byte, *document.SourceMap, bool) {
	enc, err := htmlindex.Get(cs)
	if err != nil {
		return nil, nil, false
	}
	cm, ok := enc.(*charmap.Charmap)
	if !ok {
		return nil, nil, false
	}
	out, om := m.Recode(view, cm.DecodeByte)
	return out, om, true
}
