// Package swar tests eight bytes at once, as one 64-bit word: which of them are given ASCII
// bytes. The catalog readers use it to pass runs of plain text, where most bytes are letters,
// a word at a time rather than a byte at a time; mentions use it to find a sentence's end and
// to lower a text's letters (text.go).
package swar

import (
	"encoding/binary"
	"math/bits"
)

const (
	// Ones has every byte 0x01.
	Ones = 0x0101010101010101
	// Highs has every byte 0x80, the high bit of each byte.
	Highs = 0x8080808080808080
	// Low7 has every byte 0x7F, the seven low bits of each byte.
	Low7 = 0x7F7F7F7F7F7F7F7F
)

// Load returns b[i:i+8] as one little-endian word: byte b[i+k] is bits 8k to 8k+7.
func Load(b []byte, i int) uint64 { return binary.LittleEndian.Uint64(b[i : i+8]) }

// ASCII reports whether every byte of x is below 0x80.
func ASCII(x uint64) bool { return x&Highs == 0 }

// Eq returns a word whose byte k has its high bit set when byte k of x is c, and every other
// bit clear; c is ASCII. A byte of x at or above 0x80 never matches.
func Eq(x uint64, c byte) uint64 { return ^(NonZero(x&Low7^uint64(c)*Ones) | x) & Highs }

// Has4 is Eq(x, a) | Eq(x, b) | Eq(x, c) | Eq(x, d), in fewer steps.
func Has4(x uint64, a, b, c, d byte) uint64 {
	y := x & Low7
	nz := NonZero(y^uint64(a)*Ones) & NonZero(y^uint64(b)*Ones) & NonZero(y^uint64(c)*Ones) & NonZero(y^uint64(d)*Ones)
	return ^(nz | x) & Highs
}

// NonZero returns a word whose byte k has its high bit set when byte k of t, a word of bytes
// below 0x80, is not zero: t+0x7F carries into a byte's high bit, and never into the next
// byte, exactly then. Its other bits are noise.
func NonZero(t uint64) uint64 { return t + Low7 | t }

// First returns the index of the first byte of m with a bit set (8 when none has): the first
// byte a mark Eq or Has4 returned has set, or, given two words' XOR, the first where they differ.
func First(m uint64) int { return bits.TrailingZeros64(m) >> 3 }

// Before returns mark m with only its first n bytes (n > 0) kept: a word loaded past the end
// of a run, whose bytes there are not the run's.
func Before(m uint64, n int) uint64 {
	if n < 8 {
		m &= 1<<(8*n) - 1
	}
	return m
}
