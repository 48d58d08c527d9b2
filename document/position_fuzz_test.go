package document_test

import (
	"testing"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// FuzzPosition checks the mapping between byte offsets and lines and columns on arbitrary
// bytes: Position agrees with an independent count in code points and UTF-16 units, and
// OffsetOf turns a position back into its offset whenever the offset starts a character.
func FuzzPosition(f *testing.F) {
	f.Add([]byte("Please don't go\r\nWe\xf0\x9f\x98\xa2 miss you\rBye\n"), 7)
	f.Add([]byte("\xff\xfe\r\r\n\n\xc3"), 3)
	f.Fuzz(func(t *testing.T, src []byte, at int) {
		if len(src) == 0 {
			return
		}
		off := ((at % (len(src) + 1)) + len(src) + 1) % (len(src) + 1)
		doc := &document.Document{Path: "f.txt", Src: src}
		p := doc.Position(off)
		line, col, col16 := linttest.CountPosition(src, off)
		if p.Offset != off || p.Line != line || p.Col != col || p.Col16 != col16 {
			t.Fatalf("offset %d: Position %+v, counted line %d col %d col16 %d", off, p, line, col, col16)
		}
		if off < len(src) && !utf8.RuneStart(src[off]) {
			return
		}
		if src[max(off-1, 0)] == '\r' && off < len(src) && src[off] == '\n' {
			return // between \r and \n: no column names it
		}
		if back := doc.OffsetOf(p.Line, p.Col, false); back != off {
			t.Fatalf("offset %d -> %d:%d -> offset %d (code points)", off, p.Line, p.Col, back)
		}
		if back := doc.OffsetOf(p.Line, p.Col16, true); back != off {
			t.Fatalf("offset %d -> %d:%d -> offset %d (UTF-16)", off, p.Line, p.Col16, back)
		}
	})
}
