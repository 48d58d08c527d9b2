package document_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// FuzzLineEnd checks LineEnd, which searches a window at a time, against its definition: the
// first "\r" or "\n" at or after off.
func FuzzLineEnd(f *testing.F) {
	for _, s := range []string{"", "a\nb", "a\r\nb", "one\rtwo\rthree", strings.Repeat("x", 1500) + "\r" + strings.Repeat("y", 600) + "\n",
		strings.Repeat("x", 511) + "\r\n", strings.Repeat("x", 512) + "\n", strings.Repeat("x", 1023) + "\r", strings.Repeat("x", 1024)} {
		f.Add(s, 0)
		f.Add(s, 2)
	}
	f.Fuzz(func(t *testing.T, s string, off int) {
		if off < 0 || off > len(s) {
			return
		}
		want := len(s)
		if i := bytes.IndexAny([]byte(s[off:]), "\r\n"); i >= 0 {
			want = off + i
		}
		if got := document.LineEnd([]byte(s), off); got != want {
			t.Fatalf("LineEnd(%q, %d) = %d, want %d", s, off, got, want)
		}
	})
}
