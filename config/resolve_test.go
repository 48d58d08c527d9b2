package config_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/config"
)

// TestResolverNearest checks that the resolver, which remembers the configuration file nearest
// to each directory, finds for every directory the configuration Discover finds, asked in an
// order where children come both before and after their parents, and shares one setup among
// the directories of one configuration file.
func TestResolverNearest(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"a/b/c", "a/x/y", "n/m"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"a/.farewell.yaml", "a/x/.farewell.yml"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte("builtin: false\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := config.NewResolver("", false)
	byFile := map[string]*config.Setup{}
	for _, d := range []string{"a/b/c", "a/b", "a", "a/x/y", "a/x", "n/m", "n", ".", "a/b/c"} {
		dir := filepath.Join(root, d)
		want, err := config.Discover(dir)
		if err != nil {
			t.Fatal(err)
		}
		st := r.ForDir(dir)
		if st.Err != nil {
			t.Fatalf("%s: %v", d, st.Err)
		}
		if st.Config.Path != want.Path || st.Config.Dir != want.Dir {
			t.Errorf("%s: resolved %q in %q, Discover found %q in %q", d, st.Config.Path, st.Config.Dir, want.Path, want.Dir)
		}
		if prev, ok := byFile[want.Path]; ok && prev != st {
			t.Errorf("%s: a second setup for %q", d, want.Path)
		}
		byFile[want.Path] = st
	}
	if len(byFile) != 3 {
		t.Errorf("%d setups, want 3 (two files and the defaults)", len(byFile))
	}
}

// TestResolverRelative checks that relative paths, which the resolver makes absolute with the
// working directory it asked for once, resolve as their absolute forms do.
func TestResolverRelative(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "a/b"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "a/.farewell.yaml"), []byte("builtin: false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	r := config.NewResolver("", false)
	for _, c := range []struct{ rel, dir string }{
		{"a/b/x.md", "a"}, {"a/x.md", "a"}, {"x.md", ""}, {"./a/../a/b/y.md", "a"},
	} {
		st := r.ForFile(c.rel)
		if st.Err != nil {
			t.Fatalf("%s: %v", c.rel, st.Err)
		}
		if abs := r.ForFile(filepath.Join(root, c.rel)); abs != st {
			t.Errorf("%s: a setup other than its absolute path's", c.rel)
		}
		if got := st.Config.Dir; c.dir != "" && got != filepath.Join(root, c.dir) || c.dir == "" && st.Config.Path != "" {
			t.Errorf("%s: configuration %q in %q, want the one in %q", c.rel, st.Config.Path, got, c.dir)
		}
	}
	if r.ForDir("a/b") != r.ForDir(filepath.Join(root, "a/b")) {
		t.Error("ForDir: a relative directory and its absolute form have different setups")
	}
}
