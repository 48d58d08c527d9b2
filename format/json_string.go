package format

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/format/catalog"
	"github.com/farewell-protocol/farewell/internal/swar"
)

// readString reads the string at s.i into s.str, mapping escapes to their source bytes.
func (s *jsonScanner) readString() error {
	open := s.i
	s.str.Reset()
	src := s.src
	i := open + 1
	run := i
	for {
		if i >= len(src) {
			return s.doc.ErrorAt(open, "unterminated string")
		}
		switch src[i] {
		case '"':
			s.str.Raw(src, run, i)
			s.i = i + 1
			return nil
		case '\n', '\r':
			return s.doc.ErrorAt(open, "unterminated string (a line break inside it must be written \\n)")
		case '\\':
			s.str.Raw(src, run, i)
			n, dec, err := s.escape(i)
			if err != nil {
				return err
			}
			s.str.Dec(i, i+n, dec)
			i += n
			run = i
		default:
			i = stringStop(src, i+1)
		}
	}
}

// stringStop returns the index of the first '"', '\\', line feed or carriage return in src
// from i, or len(src): the bytes readString does more with than pass. It reads eight bytes at
// a time while eight remain.
func stringStop(src []byte, i int) int {
	for ; i+8 <= len(src); i += 8 {
		x := swar.Load(src, i)
		if m := swar.Has4(x, '"', '\\', '\n', '\r'); m != 0 {
			return i + swar.First(m)
		}
	}
	for i < len(src) && src[i] != '"' && src[i] != '\\' && src[i] != '\n' && src[i] != '\r' {
		i++
	}
	return i
}

// escape decodes the escape at src[i] ('\\'), returning its length and meaning.
func (s *jsonScanner) escape(i int) (int, string, error) {
	src := s.src
	if i+1 >= len(src) {
		return 0, "", s.doc.ErrorAt(i, "unterminated string")
	}
	switch src[i+1] {
	case '"', '\\', '/':
		return 2, string(src[i+1]), nil
	case 'b':
		return 2, "\b", nil
	case 'f':
		return 2, "\f", nil
	case 'n':
		return 2, "\n", nil
	case 'r':
		return 2, "\r", nil
	case 't':
		return 2, "\t", nil
	case 'u':
		r, ok := catalog.Hex4(src, i+2)
		if !ok {
			return 0, "", s.doc.ErrorAt(i, "invalid \\u escape")
		}
		if utf16.IsSurrogate(r) {
			if r2, ok := catalog.Hex4(src, i+8); ok && i+7 < len(src) && src[i+6] == '\\' && src[i+7] == 'u' {
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					return 12, string(d), nil
				}
			}
			return 6, "\uFFFD", nil
		}
		return 6, string(r), nil
	}
	return 0, "", s.doc.ErrorAt(i, "invalid escape %s", quoteByte(src[i+1]))
}

func quoteByte(c byte) string {
	if c < 0x20 || c >= 0x7f {
		return "byte 0x" + strconv.FormatUint(uint64(c), 16)
	}
	return "'" + string(c) + "'"
}
