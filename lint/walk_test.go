package lint_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/lint"
)

// TestWalkListed checks a directory walk's order and what it leaves out (hidden entries,
// version control and dependencies, files of no format read, links to directories), and that
// WalkOptions.Listed is told each directory walked into, with its entries, before any file in
// it is yielded.
func TestWalkListed(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"a/sub", ".git", "node_modules"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"b.md", "a/c.md", "a/.hidden.md", ".git/x.md", "node_modules/y.md", "a/sub/d.txt", "z.bin"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte("Goodbye.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("a/c.md", filepath.Join(root, "l.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink("a/sub", filepath.Join(root, "lnk")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	rel := func(p string) string { // a path as given, relative to the root: the same whatever the form
		abs, _ := filepath.Abs(p)
		r, _ := filepath.Rel(root, abs)
		return filepath.ToSlash(r)
	}
	for _, arg := range []string{".", root, "./a/..", root + "/"} {
		var events []string
		opt := lint.WalkOptions{Listed: func(dir string, entries []fs.DirEntry) {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			events = append(events, "listed "+rel(dir)+": "+strings.Join(names, " "))
		}}
		for in := range lint.Walk([]string{arg}, opt) {
			if in.Err != nil {
				t.Fatalf("%s: %v", arg, in.Err)
			}
			if rel(in.File) != in.Path {
				t.Errorf("%s: file %q shown as %q", arg, in.File, in.Path)
			}
			events = append(events, in.Path)
		}
		want := []string{
			"listed .: .git a b.md l.md lnk node_modules z.bin",
			"listed a: .hidden.md c.md sub",
			"a/c.md",
			"listed a/sub: d.txt",
			"a/sub/d.txt",
			"b.md",
			"l.md",
		}
		if !slices.Equal(events, want) {
			t.Errorf("%s: walk\n%s\nwant\n%s", arg, strings.Join(events, "\n"), strings.Join(want, "\n"))
		}
	}
}
