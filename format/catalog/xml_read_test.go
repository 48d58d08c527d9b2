package catalog

import (
	"strings"
	"testing"
)

// TestNextContentByte checks that nextContentByte, which reads eight bytes at a time, stops
// where a byte at a time would: every byte value at every offset of runs longer and shorter
// than a word, at the end of the source and before more.
func TestNextContentByte(t *testing.T) {
	for n := 1; n <= 19; n++ {
		for at := 0; at < n; at++ {
			for c := range 256 {
				src := []byte(strings.Repeat("ab é", 5)[:n])
				src[at] = byte(c)
				on := append(append([]byte(nil), src...), `<&\"<&\"`...) // a source that goes on
				for from := 0; from <= at; from += 3 {
					want := from
					for want < n && !xmlContentByte(src[want]) {
						want++
					}
					if got := nextContentByte(src, from, n); got != want {
						t.Fatalf("nextContentByte(%q, %d, %d) = %d, want %d", src, from, n, got, want)
					}
					if got := nextContentByte(on, from, n); got != want {
						t.Fatalf("nextContentByte(%q, %d, %d) = %d, want %d", on, from, n, got, want)
					}
				}
			}
		}
	}
}
