package swar

import (
	"strings"
	"testing"
)

// lowerBytes is AppendLower byte by byte.
func lowerBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestEveryByte checks the scans on texts that hold every byte value at every offset of a
// word, before, after and between the bytes sought.
func TestEveryByte(t *testing.T) {
	for v := range 256 {
		for at := range 19 {
			for _, fill := range []byte{'x', 'A', '.', 0x80, 0xff, '?' + 1, '!' - 1} {
				b := []byte(strings.Repeat(string(fill), 20))
				b[at] = byte(v)
				s := string(b)
				if got, want := IndexAny3(s, '.', '!', '?'), strings.IndexAny(s, ".!?"); got != want {
					t.Fatalf("IndexAny3(%q) = %d, want %d", s, got, want)
				}
				if got, want := string(AppendLower([]byte("Z@"), s)), "Z@"+lowerBytes(s); got != want {
					t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
				}
				if got, want := HasDigit(s[:at+1]), strings.ContainsAny(s[:at+1], "0123456789"); got != want {
					t.Fatalf("HasDigit(%q) = %v, want %v", s[:at+1], got, want)
				}
			}
		}
	}
}

// FuzzScans checks the scans against the byte-by-byte answers.
func FuzzScans(f *testing.F) {
	f.Add("Hello, World. Is it?", byte('.'), byte('!'), byte('?'))
	f.Add("ÀÉ\x80\xffZ[@`az{", byte('Z'), byte('@'), byte(0))
	f.Fuzz(func(t *testing.T, s string, a, b, c byte) {
		if a >= 0x80 || b >= 0x80 || c >= 0x80 {
			return
		}
		if got, want := IndexAny3(s, a, b, c), strings.IndexAny(s, string([]byte{a, b, c})); got != want {
			t.Fatalf("IndexAny3(%q, %q, %q, %q) = %d, want %d", s, a, b, c, got, want)
		}
		if got, want := string(AppendLower(nil, s)), lowerBytes(s); got != want {
			t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := HasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Fatalf("HasDigit(%q) = %v, want %v", s, got, want)
		}
	})
}
