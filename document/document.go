// Package document is the first stage of farewell's flow: what every format reader makes of a
// file's bytes. A Document holds the source as stored, its line starts and positions (in code
// points and in UTF-16 units), the inline directives and labels its comments hold, and its
// Segments: the lintable texts, each with a map from every text byte back to the source bytes
// it came from, through entities, escapes, collapsed white space and masked template code. The
// Builder makes segments; template masking, with each branch of a template block read with the
// text around it, happens as it does.
//
// It imports only the standard library, golang.org/x/net/html and internal/textseg; every
// other package of farewell may import it.
package document

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// MaxSize is the largest source a document may have: offsets into it are held in 32 bits.
// Larger input is skipped with a reason before it is read.
const MaxSize = 1 << 30

// Document is one file's bytes and the lintable text extracted from it.
type Document struct {
	// Path is the file's path as shown in output: relative and forward-slashed.
	Path   string
	Format Format
	// Src is the file exactly as stored. It must not change once read: segments' texts may
	// be runs of it rather than copies.
	Src []byte
	// Segments are the lintable texts, in source order.
	Segments []Segment
	// Directives are the inline disable and enable comments.
	Directives []Directive
	// Labels are the leading `farewell:` comments that name a message's kind or id.
	Labels []Label
	// Locale is the language of the text, from the path, a header or a root key ("" if unknown).
	Locale string

	lines []int
	marks []colMark // column marks on long lines, computed on first use
	// work counts the bytes counted into columns, a step that runs once per finding. Tests
	// check that it grows linearly with the input.
	work int
	enc  uint8 // encUTF8, or the UTF-16 byte order a .strings file was stored in
}

// Format names the format a document is read as; the format package defines the formats and
// their readers.
type Format string

// Position is a place in a document: 1-based line, and 1-based columns counted in Unicode
// code points and in UTF-16 code units.
type Position struct {
	Offset  int
	Line    int
	Col     int
	Col16   int
	ColByte int
}

// utf8BOM is the UTF-8 byte order mark some editors write at the start of a file.
const utf8BOM = "\xEF\xBB\xBF"

// lineStarts returns the offset of every line start; "\n", "\r\n" and a lone "\r" end a line.
// The first line starts after a byte order mark, which editors do not show and columns do not
// count.
func (d *Document) lineStarts() []int {
	if d.lines != nil {
		return d.lines
	}
	if d.enc != encUTF8 {
		d.lines = d.lineStarts16()
		return d.lines
	}
	src := d.Src
	lines := make([]int, 1, bytes.Count(src, []byte{'\n'})+2)
	if bytes.HasPrefix(src, []byte(utf8BOM)) {
		lines[0] = len(utf8BOM)
	}
	if bytes.IndexByte(src, '\r') < 0 {
		for i := lines[0]; ; {
			k := bytes.IndexByte(src[i:], '\n')
			if k < 0 {
				break
			}
			i += k + 1
			lines = append(lines, i)
		}
		d.lines = lines
		return lines
	}
	for i := lines[0]; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lines = append(lines, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			lines = append(lines, i+1)
		}
	}
	d.lines = lines
	return lines
}

// Position converts a byte offset into a line and columns. Invalid UTF-8 bytes count as one
// code point and one UTF-16 unit each.
func (d *Document) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(d.Src) {
		off = len(d.Src)
	}
	lines := d.lineStarts()
	i := max(sort.Search(len(lines), func(i int) bool { return lines[i] > off })-1, 0)
	start := min(lines[i], off) // an offset inside the byte order mark is column 1
	col, col16 := d.columns(start, off)
	return Position{Offset: off, Line: i + 1, Col: col, Col16: col16, ColByte: off - start + 1}
}

// LineCount returns the number of lines in the document.
func (d *Document) LineCount() int { return len(d.lineStarts()) }

// Line returns the bytes of 1-based line n without its line ending.
func (d *Document) Line(n int) []byte {
	lines := d.lineStarts()
	if n < 1 || n > len(lines) {
		return nil
	}
	start, end := lines[n-1], len(d.Src)
	if n < len(lines) {
		end = lines[n]
	}
	if d.enc != encUTF8 {
		return d.line16(start, end)
	}
	for end > start && (d.Src[end-1] == '\n' || d.Src[end-1] == '\r') {
		end--
	}
	return d.Src[start:end]
}

// OffsetOf converts a 1-based line and a column in the given unit back into a byte offset,
// clamping to the line's end. It is the inverse of Position for editors.
func (d *Document) OffsetOf(line, col int, utf16 bool) int {
	lines := d.lineStarts()
	if line < 1 {
		return 0
	}
	if line > len(lines) {
		return len(d.Src)
	}
	off := lines[line-1]
	if d.enc != encUTF8 {
		for c := 1; c < col && off+1 < len(d.Src); c++ {
			r, n := d.rune16(off)
			if r == '\n' || r == '\r' {
				break
			}
			off += n
			if utf16 && n == 4 {
				c++
			}
		}
		return off
	}
	lineEnd := off + len(d.Line(line))
	for c := 1; c < col && off < lineEnd; {
		r, n := utf8.DecodeRune(d.Src[off:lineEnd])
		off += n
		c++
		if utf16 && r >= 0x10000 {
			c++
		}
	}
	return off
}
