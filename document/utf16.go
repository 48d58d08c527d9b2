package document

import (
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// Text encodings of a document's source.
const (
	encUTF8 uint8 = iota
	encUTF16LE
	encUTF16BE
)

// utf16Encoding returns the encoding a byte order mark announces, or encUTF8.
func utf16Encoding(src []byte) uint8 {
	switch {
	case len(src) >= 2 && src[0] == 0xFF && src[1] == 0xFE:
		return encUTF16LE
	case len(src) >= 2 && src[0] == 0xFE && src[1] == 0xFF:
		return encUTF16BE
	}
	return encUTF8
}

func (d *Document) unit(i int) uint16 {
	if d.enc == encUTF16BE {
		return binary.BigEndian.Uint16(d.Src[i:])
	}
	return binary.LittleEndian.Uint16(d.Src[i:])
}

// rune16 decodes the code point at byte offset i of a UTF-16 document and its length in bytes.
func (d *Document) rune16(i int) (rune, int) {
	if i+1 >= len(d.Src) {
		return utf8.RuneError, len(d.Src) - i
	}
	u := d.unit(i)
	if utf16.IsSurrogate(rune(u)) && i+3 < len(d.Src) {
		if r := utf16.DecodeRune(rune(u), rune(d.unit(i+2))); r != utf8.RuneError {
			return r, 4
		}
	}
	return rune(u), 2
}

// lineStarts16 finds the line starts of a UTF-16 document: after U+000A, U+000D U+000A, or a
// lone U+000D.
func (d *Document) lineStarts16() []int {
	lines := []int{2} // after the byte order mark a UTF-16 document always has
	for i := 2; i+1 < len(d.Src); i += 2 {
		switch d.unit(i) {
		case '\n':
			lines = append(lines, i+2)
		case '\r':
			if i+3 < len(d.Src) && d.unit(i+2) == '\n' {
				continue
			}
			lines = append(lines, i+2)
		}
	}
	return lines
}

// DecodeUTF16 reads a source stored as UTF-16 with a byte order mark: it marks the document
// so that its positions count UTF-16 code units and its lines are read in UTF-16, and returns
// the text as UTF-8 with, for every UTF-8 byte, the source offset of the code unit it came from
// (one more entry for the end), and whether the order is big-endian. ok is false, and the
// document is left as it is, when the source has no UTF-16 byte order mark.
func (d *Document) DecodeUTF16() (text []byte, offsets []int, bigEndian, ok bool) {
	d.enc = utf16Encoding(d.Src)
	if d.enc == encUTF8 {
		return nil, nil, false, false
	}
	text, offsets = d.transcode16()
	return text, offsets, d.enc == encUTF16BE, true
}

// transcode16 decodes a UTF-16 document (after its byte order mark) into UTF-8 and returns,
// for every UTF-8 byte, the source offset of the code unit it came from, with one more entry
// for the end.
func (d *Document) transcode16() ([]byte, []int) {
	out := make([]byte, 0, len(d.Src)/2)
	m := make([]int, 0, len(d.Src)/2+1)
	for i := 2; i < len(d.Src); {
		r, n := d.rune16(i)
		var buf [4]byte
		k := utf8.EncodeRune(buf[:], r)
		for j := 0; j < k; j++ {
			m = append(m, i)
		}
		out = append(out, buf[:k]...)
		i += n
	}
	return out, append(m, len(d.Src))
}

// encodeUTF16 encodes replacement text for a UTF-16 document.
func encodeUTF16(s string, be bool) string {
	units := utf16.Encode([]rune(s))
	out := make([]byte, 2*len(units))
	for i, u := range units {
		if be {
			binary.BigEndian.PutUint16(out[2*i:], u)
		} else {
			binary.LittleEndian.PutUint16(out[2*i:], u)
		}
	}
	return string(out)
}

// line16 returns line n of a UTF-16 document as UTF-8, for display.
func (d *Document) line16(start, end int) []byte {
	var out []byte
	for p := start; p < end; {
		r, n := d.rune16(p)
		p += n
		if r == '\n' || r == '\r' {
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}
