package linttest

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
)

// Check verifies the properties that make farewell's positions exact by construction:
//   - every segment's pieces tile its text, lie inside the file in order, and copy verbatim
//     text byte for byte from the source;
//   - every finding's offsets lie in the file, Match is exactly the source bytes between them,
//     its line and columns agree with an independent count, and its normalised text starts and
//     ends on the same letters as the source it points at;
//   - every fix edit lies in the file, inside or at the finding's range.
func Check(t testing.TB, r *lint.Result) {
	t.Helper()
	if r.Doc == nil {
		return
	}
	src := r.Doc.Src
	for i, s := range r.Doc.Segments {
		checkSegment(t, r.Path, i, &s, src)
	}
	for _, f := range r.Findings {
		if f.Start < 0 || f.End < f.Start || f.End > len(src) {
			t.Errorf("%s: %s: range %d-%d outside the file (%d bytes)", r.Path, f.Rule.ID, f.Start, f.End, len(src))
			continue
		}
		if f.Match != string(src[f.Start:f.End]) {
			t.Errorf("%s: %s: match %q is not the source bytes %q", r.Path, f.Rule.ID, f.Match, src[f.Start:f.End])
		}
		for _, p := range []document.Position{r.Doc.Position(f.Start), r.Doc.Position(f.End)} {
			line, col, col16 := countPosition(src, p.Offset, utf16Order(r))
			if p.Line != line || p.Col != col || p.Col16 != col16 {
				t.Errorf("%s: %s: offset %d reported at %d:%d (utf16 %d), counted %d:%d (utf16 %d)",
					r.Path, f.Rule.ID, p.Offset, p.Line, p.Col, p.Col16, line, col, col16)
			}
		}
		if f.Text != "" && !strings.Contains(f.Text, document.MaskPlaceholder) && !spansBranches(f.Match) {
			checkEdges(t, r, &f)
		}
	}
}

func checkSegment(t testing.TB, path string, i int, s *document.Segment, src []byte) {
	t.Helper()
	next, lastSrc := 0, 0
	s.Pieces(func(ts, te, ss, se int, verbatim bool) {
		if ts != next {
			t.Errorf("%s: segment %d: piece starts at text %d, want %d", path, i, ts, next)
		}
		next = te
		if ss < lastSrc || se < ss || se > len(src) {
			t.Errorf("%s: segment %d: piece source %d-%d out of order or outside the file", path, i, ss, se)
			return
		}
		lastSrc = se
		if verbatim && s.Text[ts:te] != string(src[ss:se]) {
			t.Errorf("%s: segment %d: verbatim piece %q is not the source %q", path, i, s.Text[ts:te], src[ss:se])
		}
	})
	if next != len(s.Text) {
		t.Errorf("%s: segment %d: pieces cover %d of %d text bytes", path, i, next, len(s.Text))
	}
}

// CountPosition returns the line, column in code points and column in UTF-16 code units of
// byte offset off in UTF-8 src, counted from the start independently of document.Document.
func CountPosition(src []byte, off int) (line, col, col16 int) {
	return countPosition(src, off, nil)
}

// countPosition counts line and columns from the start of the file, independently of
// document.Document: lines end at \n, \r\n or a lone \r. A UTF-16 file (order is not nil) is
// counted in UTF-16 code units.
func countPosition(src []byte, off int, order binary.ByteOrder) (line, col, col16 int) {
	if order != nil {
		return countPosition16(src, off, order)
	}
	line, col, col16 = 1, 1, 1
	for i := 0; i < off; {
		c := src[i]
		if c == '\n' || (c == '\r' && (i+1 >= len(src) || src[i+1] != '\n')) {
			line, col, col16 = line+1, 1, 1
			i++
			continue
		}
		if c == '\r' {
			i++
			col++
			col16++
			continue
		}
		r, n := utf8.DecodeRune(src[i:min(off, len(src))])
		i += n
		col++
		col16++
		if r >= 0x10000 {
			col16++
		}
	}
	return line, col, col16
}

// utf16Order returns the byte order a UTF-16 byte order mark announces in a .strings file,
// the one format farewell reads in UTF-16, or nil.
func utf16Order(r *lint.Result) binary.ByteOrder {
	if r.Format != format.Strings {
		return nil
	}
	src := r.Doc.Src
	switch {
	case len(src) >= 2 && src[0] == 0xFF && src[1] == 0xFE:
		return binary.LittleEndian
	case len(src) >= 2 && src[0] == 0xFE && src[1] == 0xFF:
		return binary.BigEndian
	}
	return nil
}

func units(b []byte, order binary.ByteOrder) []uint16 {
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = order.Uint16(b[2*i:])
	}
	return out
}

func decode16(b []byte, order binary.ByteOrder) string {
	return string(utf16.Decode(units(b, order)))
}

// countPosition16 counts lines and columns in UTF-16 code units.
func countPosition16(src []byte, off int, order binary.ByteOrder) (line, col, col16 int) {
	line, col, col16 = 1, 1, 1
	u := units(src[:off], order)
	for i := 0; i < len(u); i++ {
		switch {
		case u[i] == '\n' || u[i] == '\r' && (2*(i+1) >= len(src) || order.Uint16(src[2*(i+1):]) != '\n'):
			line, col, col16 = line+1, 1, 1
		case 0xD800 <= u[i] && u[i] < 0xDC00 && i+1 < len(u) && 0xDC00 <= u[i+1] && u[i+1] < 0xE000:
			col++
			col16 += 2
			i++
		default:
			col++
			col16++
		}
	}
	return line, col, col16
}
