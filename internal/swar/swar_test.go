package swar

import "testing"

// TestEq checks Eq against a byte-at-a-time reading of words made of every
// byte value in every position, beside neighbours that could carry or borrow into it.
func TestEq(t *testing.T) {
	targets := []byte{0, '\t', '\n', 0x20, '"', '&', '<', '\\', ']', '{', 0x7F}
	var buf [8]byte
	for v := 0; v < 256; v++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{0x00, 0x7F, 0x80, 0xFF, 'a'} {
				for k := range buf {
					buf[k] = fill
				}
				buf[pos] = byte(v)
				x := Load(buf[:], 0)
				for _, c := range targets {
					got, want := Eq(x, c), uint64(0)
					for k, b := range buf {
						if b == c {
							want |= 0x80 << (8 * k)
						}
					}
					if got != want {
						t.Fatalf("Eq(% x, %#x) = %#x, want %#x", buf, c, got, want)
					}
				}
			}
		}
	}
	if First(0) != 8 || First(0x80<<24) != 3 || First(Highs) != 0 {
		t.Error("First does not return the first byte set")
	}
	if !ASCII(0x7F7F7F7F7F7F7F7F) || ASCII(0x80) {
		t.Error("ASCII misreads a word")
	}
}

// TestHas4Before checks Has4 against Eq and Before against a mask of the first bytes.
func TestHas4Before(t *testing.T) {
	var buf [8]byte
	for v := 0; v < 256; v++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{0x00, '"', 0x80, 0xA2, 'a'} {
				for k := range buf {
					buf[k] = fill
				}
				buf[pos] = byte(v)
				x := Load(buf[:], 0)
				if got, want := Has4(x, '"', '\\', '\n', '\r'), Eq(x, '"')|Eq(x, '\\')|Eq(x, '\n')|Eq(x, '\r'); got != want {
					t.Fatalf("Has4(% x) = %#x, want %#x", buf, got, want)
				}
			}
		}
	}
	for n := 1; n <= 9; n++ {
		got, want := Before(Highs, n), uint64(0)
		for k := 0; k < min(n, 8); k++ {
			want |= 0x80 << (8 * k)
		}
		if got != want {
			t.Errorf("Before(Highs, %d) = %#x, want %#x", n, got, want)
		}
	}
}
