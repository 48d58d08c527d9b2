package lsp

import (
	"bufio"
	"io"
	"runtime"
	"strings"
	"testing"
)

// TestHeaderLineBounded feeds a header line of 20 MB that never ends: reading it fails within
// the reader's buffer instead of holding the line in memory.
func TestHeaderLineBounded(t *testing.T) {
	line := io.MultiReader(strings.NewReader("Content-Length: "), &repeatReader{n: 20 << 20})
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := readHeaders(bufio.NewReader(line))
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "header line longer than") {
		t.Errorf("got %v", err)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 1<<20 {
		t.Errorf("reading the header allocated %d bytes", grown)
	}
}

// repeatReader yields n digits.
type repeatReader struct{ n int }

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := range k {
		p[i] = '1'
	}
	r.n -= k
	return k, nil
}
