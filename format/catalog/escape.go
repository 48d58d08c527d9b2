package catalog

import "strconv"

// CEscape decodes the C escape at the start of s (\n, \t, \", \\, \ooo, \xHH, \uXXXX).
func CEscape(s []byte) (int, string) {
	switch e := s[1]; e {
	case 'n':
		return 2, "\n"
	case 't':
		return 2, "\t"
	case 'r':
		return 2, "\r"
	case 'a', 'b', 'f', 'v':
		return 2, " "
	case 'x', 'u', 'U':
		// \U takes eight digits in C and four in .strings files: the longest that parses wins.
		for _, width := range []int{8, 4, 2} {
			if e == 'x' && width != 2 || e == 'u' && width != 4 || 2+width > len(s) {
				continue
			}
			if v, err := strconv.ParseUint(string(s[2:2+width]), 16, 32); err == nil && v <= 0x10FFFF {
				return 2 + width, string(rune(v))
			}
		}
	default:
		if '0' <= e && e <= '7' {
			n := 1
			for n < 3 && 1+n < len(s) && '0' <= s[1+n] && s[1+n] <= '7' {
				n++
			}
			v, _ := strconv.ParseUint(string(s[1:1+n]), 8, 32)
			return 1 + n, string(rune(v))
		}
	}
	return 2, string(s[1])
}

// Hex4 reads the four hexadecimal digits at src[at:] (a \\u escape's), ok false when they are not.
func Hex4(src []byte, at int) (rune, bool) {
	if at+4 > len(src) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(src[at:at+4]), 16, 32)
	return rune(v), err == nil
}
