package format

import (
	"strings"
	"testing"
)

// TestStringStop checks that stringStop, which reads eight bytes at a time, stops where a byte
// at a time would: every byte value at every offset of strings longer and shorter than a word.
func TestStringStop(t *testing.T) {
	for n := 1; n <= 19; n++ {
		for at := 0; at < n; at++ {
			for c := range 256 {
				src := []byte(strings.Repeat("ab é", 5)[:n])
				src[at] = byte(c)
				for from := 0; from <= at; from += 3 {
					want := from
					for want < n && strings.IndexByte("\"\\\n\r", src[want]) < 0 {
						want++
					}
					if got := stringStop(src, from); got != want {
						t.Fatalf("stringStop(%q, %d) = %d, want %d", src, from, got, want)
					}
				}
			}
		}
	}
}
