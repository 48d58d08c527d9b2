package document

import "bytes"

// LineEnd returns the offset of the line break that ends the line of src starting at off (the
// end of src for the last line).
func LineEnd(src []byte, off int) int {
	i := bytes.IndexAny(src[off:], "\r\n")
	if i < 0 {
		return len(src)
	}
	return off + i
}

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
