package document

import "bytes"

// LineEnd returns the offset of the line break that ends the line of src starting at off (the
// end of src for the last line).
func LineEnd(src []byte, off int) int {
	// Two byte searches, a window at a time: faster than a search for either byte, and a
	// file whose lines end in "\r" alone is not searched to its end for a "\n" on each line.
	s := src[off:]
	for k := 0; k < len(s); k += lineWindow {
		w := s[k:min(k+lineWindow, len(s))]
		n := bytes.IndexByte(w, '\n')
		if n < 0 {
			n = len(w)
		}
		if r := bytes.IndexByte(w[:n], '\r'); r >= 0 {
			return off + k + r
		}
		if n < len(w) {
			return off + k + n
		}
	}
	return len(src)
}

// lineWindow is how many bytes LineEnd searches at a time.
const lineWindow = 512

// SkipLineBreak returns the offset after the line break at end of src ("\n", "\r\n" or "\r").
func SkipLineBreak(src []byte, end int) int {
	switch {
	case end >= len(src):
		return end
	case src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n':
		return end + 2
	}
	return end + 1
}
