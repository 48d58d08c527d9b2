package swar

import "encoding/binary"

// zeros returns a word whose lowest set bit is the high bit of the first zero byte of x
// (little-endian), if x has one, and 0 if it has none; bytes above the first zero may be
// flagged too.
func zeros(x uint64) uint64 { return (x - Ones) &^ x & Highs }

// IndexAny3 returns the index of the first of bytes a, b and c in s, or -1: what
// strings.IndexAny(s, string([]byte{a, b, c})) returns for ASCII a, b and c.
func IndexAny3(s string, a, b, c byte) int {
	i := 0
	if len(s) >= 8 {
		wa, wb, wc := Ones*uint64(a), Ones*uint64(b), Ones*uint64(c)
		for ; i+8 <= len(s); i += 8 {
			x := load8(s[i : i+8])
			if m := zeros(x^wa) | zeros(x^wb) | zeros(x^wc); m != 0 {
				return i + First(m)
			}
		}
	}
	for ; i < len(s); i++ {
		if d := s[i]; d == a || d == b || d == c {
			return i
		}
	}
	return -1
}

// load8 reads the eight bytes of s, little-endian, in one load.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// AppendLower appends s to dst with its ASCII letters lowered, byte for byte: other bytes,
// those of runes outside ASCII among them, are copied as they are.
func AppendLower(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i : i+8])
		h := x &^ Highs // each byte's low seven bits: adding to them carries into no other byte
		upper := (h + Ones*(0x80-'A')) &^ (h + Ones*(0x80-'Z'-1)) &^ x & Highs
		if upper != 0 {
			binary.LittleEndian.PutUint64(b[i:i+8], x|upper>>2) // 0x80>>2 is 'a'-'A'
		}
	}
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// HasDigit reports whether s holds an ASCII digit: what strings.ContainsAny(s, "0123456789")
// reports, eight bytes at a time.
func HasDigit(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s[i : i+8])
		h := x &^ Highs // each byte's low seven bits: adding to them carries into no other byte
		if (h+Ones*(0x80-'0'))&^(h+Ones*(0x80-'9'-1))&^x&Highs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return true
		}
	}
	return false
}
