package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

// writeOld creates path holding "old" with mode perm and returns the content.
func writeOld(t *testing.T, path string, perm os.FileMode) []byte {
	t.Helper()
	if err := os.WriteFile(path, []byte("old"), perm); err != nil {
		t.Fatal(err)
	}
	return []byte("old")
}

func TestWriteKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	old := writeOld(t, p, 0o640)
	if err := Replace(p, dir, old, []byte("new")); err != nil {
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

// TestRefuses checks the files replacing would change in more than their content.
func TestRefuses(t *testing.T) {
	dir := t.TempDir()
	readOnly := filepath.Join(dir, "ro.txt")
	old := writeOld(t, readOnly, 0o444)
	linked := filepath.Join(dir, "linked.txt")
	writeOld(t, linked, 0o644)
	if err := os.Link(linked, filepath.Join(dir, "other-name.txt")); err != nil {
		t.Skip("hard links unsupported:", err)
	}
	for path, want := range map[string]string{readOnly: "read-only", linked: "2 hard links"} {
		if err := Replace(path, dir, old, []byte("new")); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
		if b, _ := os.ReadFile(path); string(b) != "old" {
			t.Errorf("%s was written", path)
		}
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
	err := replace(p, dir, []byte(orig), []byte("We'll miss you."), func(f *os.File, b []byte) error {
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

// TestConcurrentChange appends a line to the file while its replacement is being written:
// the file keeps the line, and the error says why it was not written.
func TestConcurrentChange(t *testing.T) {
	for _, tc := range []struct{ name, before, meanwhile string }{
		{"appended", "Please don't go.\n", "Please don't go.\nA line added meanwhile.\n"},
		{"same size", "Please don't go.\n", "Please DON'T go.\n"},
		{"changed before", "Please stay.\n", "Please stay.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.txt")
			if err := os.WriteFile(p, []byte(tc.before), 0o644); err != nil {
				t.Fatal(err)
			}
			read := []byte(tc.before)
			if tc.name == "changed before" {
				read = []byte("Please don't go.\n") // what linting read, before an editor saved
			}
			err := replace(p, dir, read, []byte("We'll miss you.\n"), func(f *os.File, b []byte) error {
				if tc.name != "changed before" {
					if err := os.WriteFile(p, []byte(tc.meanwhile), 0o644); err != nil {
						return err
					}
				}
				return writeAll(f, b)
			})
			if !errors.Is(err, ErrChanged) {
				t.Fatalf("got %v", err)
			}
			if b, _ := os.ReadFile(p); string(b) != tc.meanwhile {
				t.Errorf("file holds %q", b)
			}
		})
	}
}

func TestSymlinks(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	in := filepath.Join(root, "real.txt")
	out := filepath.Join(outside, "secret.txt")
	for _, p := range []string{in, out} {
		writeOld(t, p, 0o644)
	}
	inLink, outLink := filepath.Join(root, "in.txt"), filepath.Join(root, "out.txt")
	if err := os.Symlink(in, inLink); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink(out, outLink); err != nil {
		t.Fatal(err)
	}
	// A directory inside the tree that links outside it: the last element is no link.
	if err := os.Symlink(outside, filepath.Join(root, "elsewhere")); err != nil {
		t.Fatal(err)
	}
	old := []byte("old")
	if err := Replace(inLink, root, old, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(in); string(b) != "new" {
		t.Errorf("target inside the tree not written: %q", b)
	}
	if li, _ := os.Lstat(inLink); li.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	for _, p := range []string{outLink, filepath.Join(root, "elsewhere", "secret.txt")} {
		if err := Replace(p, root, old, []byte("new")); err == nil || !strings.Contains(err.Error(), "outside the working directory") {
			t.Errorf("%s: %v", p, err)
		}
	}
	if b, _ := os.ReadFile(out); string(b) != "old" {
		t.Error("file outside the tree was written")
	}
}
