package message

// inLetterBlock reports a rune of a range whose every code point is a letter (most of Latin,
// Greek, Cyrillic, Hebrew, Arabic, Devanagari and Thai letters, kana, CJK ideographs, Hangul
// syllables): the scripts of most catalogs, answered without a search of package unicode's
// tables (TestLetterBlocks checks them against it).
func inLetterBlock(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0x2C1:
		return r != 0xD7 && r != 0xF7
	case r < 0x3A3:
		return false
	case r <= 0x52F:
		return r != 0x3F6 && (r <= 0x481 || r >= 0x48A)
	case r < 0x5D0:
		return false
	case r <= 0x5EA, r >= 0x620 && r <= 0x64A, r >= 0x671 && r <= 0x6D3, r >= 0x904 && r <= 0x939,
		r >= 0xE01 && r <= 0xE30, r >= 0x1E00 && r <= 0x1F15:
		return true
	case r < 0x3041:
		return false
	}
	return r <= 0x3096 || r >= 0x30A1 && r <= 0x30FA || r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7A3
}
