package document

import "unicode/utf8"

// SourceValid says the builder's source is valid UTF-8, as a caller that checked the whole
// file knows: runs of plain text are then found by the class of each byte, without checking
// again that the bytes make characters.
func (b *Builder) SourceValid() { b.valid = true }

// run is plainRun over the builder's source, by runStop alone when the source is valid UTF-8.
func (b *Builder) run(i, end int) int {
	if !b.valid {
		return plainRun(b.src, i, end)
	}
	return validRun(b.src, i, end)
}

// charLen returns the length of the character at source byte i, which is not ASCII, when it
// ends by end, or 0. In valid UTF-8 a byte from 0xC0 on always leads a whole character, as
// long as its lead byte says.
func (b *Builder) charLen(i, end int) int {
	if c := b.src[i]; b.valid && c >= 0xC0 {
		n := 4
		if c < 0xE0 {
			n = 2
		} else if c < 0xF0 {
			n = 3
		}
		if i+n <= end {
			return n
		}
	}
	if r, n := utf8.DecodeRune(b.src[i:end]); r != utf8.RuneError || n > 1 {
		return n
	}
	return 0
}

// validRun is plainRun for src that is valid UTF-8 and i that begins a character. In valid
// UTF-8 every lead byte plainRun does not stop at begins a whole character, and no
// continuation byte is one plainRun stops at, so a run is the bytes runStop passes, and a
// space between two of them. Only an end that cuts a character differs: plainRun stops
// before a character it cuts, and answers for that case.
func validRun(src []byte, i, end int) int {
	s := src[i:end] // indexed from 0 to its length, with no bounds to check
	k := 0
	for k < len(s) {
		c := s[k]
		if runStop[c] == 0 {
			k++
			continue
		}
		if c == ' ' && k+1 < len(s) && runStop[s[k+1]] == 0 {
			k += 2
			continue
		}
		return i + k
	}
	if end < len(src) && src[end]&0xC0 == 0x80 {
		return plainRun(src, i, end)
	}
	return end
}

// runStop is 1 for each byte a run of plain text stops at in valid UTF-8: ASCII white space
// and the lead bytes of the characters plain writes otherwise (see plainRun).
// TestRunStop checks it against plainChar.
const runStop = "" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
