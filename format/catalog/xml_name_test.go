package catalog

import "testing"

// TestNameByte checks nameByte's classes.
func TestNameByte(t *testing.T) {
	for c := range 256 {
		want := 0
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			want = nameFirst
		case c >= '0' && c <= '9' || c == '-' || c == '.':
			want = nameRest
		}
		if got := int(nameByte[c]); got != want {
			t.Errorf("nameByte[%#x] = %d, want %d", c, got, want)
		}
	}
}
