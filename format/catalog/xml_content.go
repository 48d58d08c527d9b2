package catalog

import "io"

// ReadElement reads the content of the element just started, whose start tag ends at start,
// into c (reset first) as ReadXML reads it, and moves the walker past the element's end
// tag, returning where the content ends: what SkipElement and then ReadXML over the content
// do. Content that is plain text closed by its own end tag is read in one pass, each byte
// looked at once; anything else is left to SkipElement and ReadXML.
func (w *Walker) ReadElement(c *String, start int, android bool) (int, error) {
	c.Reset()
	if end, ok := w.plainContent(c, start, android); ok {
		return end, nil
	}
	c.Reset()
	end, err := w.SkipElement()
	if err != nil {
		return 0, err
	}
	ReadXML(w.doc, c, start, end, android)
	return end, nil
}

// plainContent reads the content at start, the walker's position, into c and moves the
// walker past the end tag after it when the content is text skipText would skip whole (in a
// source known to be valid UTF-8) and the tag is a plain end tag (see fastTag) that closes
// the open element: the walk is then as SkipElement would have left it, and c as ReadXML
// would have read it. Otherwise it reports false, with the walker where it was and c
// written to.
func (w *Walker) plainContent(c *String, start int, android bool) (int, bool) {
	if !w.valid || w.noSkip || w.selfClosed || w.d == nil || len(w.stack) == 0 {
		return 0, false
	}
	src := w.doc.Src
	pos := len(src) - w.r.Len()
	if pos != start || pos != int(w.d.InputOffset())+w.skew || pos < len(src) && src[pos]&0xC0 == 0x80 {
		return 0, false
	}
	run := pos
	for i := pos; i < len(src); {
		for i+4 <= len(src) { // four bytes a test: most of a catalog string's bytes are plain
			b := src[i : i+4]
			if contentStop[b[0]]|contentStop[b[1]]|contentStop[b[2]]|contentStop[b[3]] != 0 {
				break
			}
			i += 4
		}
		if i == len(src) {
			break
		}
		ch := src[i]
		if contentStop[ch] == 0 {
			i++
			continue
		}
		switch ch {
		case '<':
			if i+1 == len(src) || src[i+1] != '/' {
				return 0, false // markup, a comment or a section
			}
			name, n := w.endTag(src[i:])
			if n == 0 || name != w.stack[len(w.stack)-1] {
				return 0, false
			}
			if _, err := w.r.Seek(int64(i+n-pos), io.SeekCurrent); err != nil {
				return 0, false
			}
			c.Raw(src, run, i)
			w.skew += i + n - pos
			w.stack = w.stack[:len(w.stack)-1]
			return i, true
		case '&':
			// skipText reads only the five predefined entities; ReadXML decodes each, as
			// html.UnescapeString does, over the bytes document.EntityEnd gives: the whole
			// reference with its ';'.
			k := predefinedEntity(src[i:])
			if k == 0 {
				return 0, false
			}
			c.Raw(src, run, i)
			c.Dec(i, i+k, predefinedText(src[i:i+k]))
			i += k
			run = i
		case '\\':
			// ReadXML decodes an escape whose second byte is before the content's end:
			// every byte but the markup and the bytes skipText stops at, which end this pass.
			if !android {
				i++
				continue
			}
			if i+1 >= len(src) || validTextStop[src[i+1]] != 0 {
				return 0, false
			}
			c.Raw(src, run, i)
			n, s := androidEscape(src[i:])
			c.Dec(i, i+n, s)
			i += n
			run = i
		case '"':
			if android { // dropped, as ReadXML drops it
				c.Raw(src, run, i)
				run = i + 1
			}
			i++
		case 0xEF:
			if i+2 < len(src) && src[i+1] == 0xBF && src[i+2] >= 0xBE {
				return 0, false // U+FFFE or U+FFFF, which the decoder refuses
			}
			i++
		default: // control characters and ']'
			return 0, false
		}
	}
	return 0, false
}

// predefinedText returns what the predefined entity ref, as predefinedEntity found it, means.
func predefinedText(ref []byte) string {
	switch string(ref) {
	case "&amp;":
		return "&"
	case "&lt;":
		return "<"
	case "&gt;":
		return ">"
	case "&quot;":
		return `"`
	}
	return "'"
}

// contentStop is validTextStop with '\\' and '"' set: the bytes plainContent looks at.
// TestContentStop checks it against validTextStop.
const contentStop = "" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x01\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x00\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
