package document

import (
	"sort"
	"unicode/utf8"
)

// markEvery is the distance in bytes between the column marks of a long line: Position counts
// at most this many bytes from the nearest mark instead of from the start of the line, so the
// positions of many findings on one long line cost time linear in the line, not quadratic.
const markEvery = 256

// colMark is a place on a long line whose columns are known.
type colMark struct {
	off, col, col16 int
}

// columns counts the code points and UTF-16 units from line start to off, starting at the
// nearest column mark when the line is long.
func (d *Document) columns(start, off int) (col, col16 int) {
	p, col, col16 := start, 1, 1
	if off-start > markEvery {
		marks := d.columnMarks()
		k := sort.Search(len(marks), func(k int) bool { return marks[k].off > off }) - 1
		if k >= 0 && marks[k].off >= start {
			p, col, col16 = marks[k].off, marks[k].col, marks[k].col16
		}
	}
	for p < off {
		if d.enc == encUTF8 && d.Src[p] < utf8.RuneSelf {
			// A run of ASCII: a column and a UTF-16 unit a byte, without decoding.
			q := p + 1
			for q < off && d.Src[q] < utf8.RuneSelf {
				q++
			}
			col, col16, d.work = col+q-p, col16+q-p, d.work+q-p
			p = q
			continue
		}
		n, units := d.step(p, off)
		p += n
		col++
		col16 += units
		d.work++
	}
	return col, col16
}

// step decodes the code point at byte p (not reading past limit) and returns its length in
// bytes and in UTF-16 units. Invalid UTF-8 bytes count as one code point and one unit each.
func (d *Document) step(p, limit int) (n, units int) {
	if d.enc != encUTF8 {
		_, n = d.rune16(p)
		return n, n / 2
	}
	r, n := utf8.DecodeRune(d.Src[p:min(limit, len(d.Src))])
	if r >= 0x10000 {
		return n, 2
	}
	return n, 1
}

// columnMarks returns, computed on first use, a mark every markEvery bytes of every line
// longer than that, in offset order.
func (d *Document) columnMarks() []colMark {
	if d.marks != nil {
		return d.marks
	}
	lines := d.lineStarts()
	marks := []colMark{}
	for i, start := range lines {
		end := len(d.Src)
		if i+1 < len(lines) {
			end = lines[i+1]
		}
		if end-start <= markEvery {
			continue
		}
		p, col, col16, next := start, 1, 1, start+markEvery
		for p < end {
			if p >= next {
				marks = append(marks, colMark{p, col, col16})
				next = p + markEvery
			}
			n, units := d.step(p, end)
			p += n
			col++
			col16 += units
		}
	}
	d.marks = marks
	return marks
}
