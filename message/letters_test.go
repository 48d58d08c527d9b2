package message

import (
	"testing"
	"unicode"
)

// TestLetterBlocks checks that inLetterBlock holds only for letters of package unicode, so that
// countWords counts as it would without it.
func TestLetterBlocks(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if inLetterBlock(r) && !unicode.IsLetter(r) {
			t.Fatalf("inLetterBlock(%U) but it is not a letter", r)
		}
	}
}
