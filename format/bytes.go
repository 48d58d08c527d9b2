package format

import "bytes"

// Byte classes the readers scan with.

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// expectedSegments guesses how many segments a catalog of one string for every perLine lines
// of src makes (see document.Builder.ExpectSegments): in the shared corpora, Android
// resources and indented JSON and YAML make 0.7 to 0.9 a line, .po files 0.8 for every three.
func expectedSegments(src []byte, perLine int) int {
	return bytes.Count(src, []byte{'\n'})/perLine + 1
}
