// Package asciiscan reads ASCII text eight bytes at a time: it finds the first of a few bytes
// and lowers letters a machine word at a time rather than byte by byte.
package asciiscan

import (
	"encoding/binary"
	"math/bits"
)

const ones, highs = 0x0101010101010101, 0x8080808080808080

// zeros returns a word whose lowest set bit is the high bit of the first zero byte of x
// (little-endian), if x has one, and 0 if it has none; bytes above the first zero may be
// flagged too.
func zeros(x uint64) uint64 { return (x - ones) &^ x & highs }

// IndexAny3 returns the index of the first of bytes a, b and c in s, or -1: what
// strings.IndexAny(s, string([]byte{a, b, c})) returns for ASCII a, b and c.
func IndexAny3(s string, a, b, c byte) int {
	i := 0
	if len(s) >= 8 {
		wa, wb, wc := ones*uint64(a), ones*uint64(b), ones*uint64(c)
		for ; i+8 <= len(s); i += 8 {
			x := load8(s[i : i+8])
			if m := zeros(x^wa) | zeros(x^wb) | zeros(x^wc); m != 0 {
				return i + lowestByte(m)
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

// lowestByte returns the index of the lowest byte of m whose high bit is set; m is not 0.
func lowestByte(m uint64) int { return bits.TrailingZeros64(m) / 8 }

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
		h := x &^ highs // each byte's low seven bits: adding to them carries into no other byte
		upper := (h + ones*(0x80-'A')) &^ (h + ones*(0x80-'Z'-1)) &^ x & highs
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
