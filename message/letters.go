package message

// inLetterBlock reports a rune of a block whose every code point is a letter (basic Cyrillic,
// kana, CJK ideographs, Hangul syllables): the scripts of most non-Latin catalogs, answered
// without a search of package unicode's tables (TestLetterBlocks checks them against it).
func inLetterBlock(r rune) bool {
	switch {
	case r < 0x0410:
		return false
	case r <= 0x044F:
		return true
	case r < 0x3041:
		return false
	case r <= 0x3096, r >= 0x30A1 && r <= 0x30FA, r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3:
		return true
	}
	return false
}
