package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

func TestWriteKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, dir, []byte("new")); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	info, _ := os.Stat(p)
	if string(b) != "new" || info.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v", b, info.Mode())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*farewell*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestFailedWriteLeavesOriginal injects a write error half-way and checks that the original
// is intact and no temporary file is left behind.
func TestFailedWriteLeavesOriginal(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	orig := strings.Repeat("Please don't go. ", 1000)
	if err := os.WriteFile(p, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	err := writeFile(p, dir, []byte("We'll miss you."), func(f *os.File, b []byte) error {
		if _, err := f.Write(b[:5]); err != nil {
			return err
		}
		return errors.New("disk full")
	})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("got %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != orig {
		t.Error("original file changed")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*farewell*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestSymlinks(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	in := filepath.Join(root, "real.txt")
	out := filepath.Join(outside, "secret.txt")
	for _, p := range []string{in, out} {
		if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inLink, outLink := filepath.Join(root, "in.txt"), filepath.Join(root, "out.txt")
	if err := os.Symlink(in, inLink); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink(out, outLink); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(inLink, root, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(in); string(b) != "new" {
		t.Errorf("target inside the tree not written: %q", b)
	}
	if li, _ := os.Lstat(inLink); li.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if err := WriteFile(outLink, root, []byte("new")); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("link out of the tree: %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != "old" {
		t.Error("file outside the tree was written")
	}
}
