//go:build unix

package lint

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadFile checks what readFile makes of a regular file, one over the limit, a directory,
// a named pipe and a missing file, and that it tells sized of a file it reads.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(text, []byte("We will miss you."), 0o644); err != nil {
		t.Fatal(err)
	}
	var sizes []int64
	sized := func(n int64) { sizes = append(sizes, n) }
	data, skip, err := readFile(text, 100, sized)
	if string(data) != "We will miss you." || skip != "" || err != nil || len(sizes) != 1 || sizes[0] != 17 {
		t.Errorf("regular file: %q, %q, %v, sizes %v", data, skip, err, sizes)
	}
	if _, skip, err := readFile(text, 10, sized); !strings.Contains(skip, "larger than the 10-byte limit (17 bytes)") || err != nil || len(sizes) != 1 {
		t.Errorf("over the limit: %q, %v, sizes %v", skip, err, sizes)
	}
	if _, _, err := readFile(dir, 100, sized); err == nil || err.Error() != "is a directory" {
		t.Errorf("directory: %v", err)
	}
	if _, _, err := readFile(filepath.Join(dir, "none.txt"), 100, sized); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
	pipe := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipe: %v", err)
	}
	// Nobody writes to the pipe: a reader that opened it blocking would wait for ever.
	if _, _, err := readFile(pipe, 100, sized); err == nil || err.Error() != "not a regular file (p---------)" {
		t.Errorf("named pipe: %v", err)
	}
	if len(sizes) != 1 {
		t.Errorf("sized told of files not read: %v", sizes)
	}
}
