package config_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/config"
)

// TestResolverListed checks that a resolver told each directory's entries, top down as a walk
// reads them, finds for every directory the configuration Discover finds: plain files of
// either name (.farewell.yaml first), none, and the entries it must not trust (a symbolic
// link, a directory of that name, a name that differs in case), which leave it to ask the
// system.
func TestResolverListed(t *testing.T) {
	root := t.TempDir()
	dirs := []string{".", "a", "a/b", "a/x", "a/x/y", "both", "link", "dir", "dir/.farewell.yaml", "case", "n", "n/m"}
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"a/.farewell.yaml", "a/x/.farewell.yml", "both/.farewell.yaml", "both/.farewell.yml", "case/.Farewell.yaml"} {
		if err := os.WriteFile(filepath.Join(root, f), []byte("builtin: false\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(root, "a/.farewell.yaml"), filepath.Join(root, "link/.farewell.yaml")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	r := config.NewResolver("", false)
	for _, d := range dirs {
		entries, err := os.ReadDir(filepath.Join(root, d))
		if err != nil {
			t.Fatal(err)
		}
		r.Listed(filepath.Join(root, d), entries)
	}
	for _, d := range dirs {
		dir := filepath.Join(root, d)
		want, werr := config.Discover(dir)
		st := r.ForDir(dir)
		switch {
		case (werr != nil) != (st.Err != nil):
			t.Errorf("%s: resolved with error %v, Discover with %v", d, st.Err, werr)
		case werr == nil && (st.Config.Path != want.Path || st.Config.Dir != want.Dir):
			t.Errorf("%s: resolved %q in %q, Discover found %q in %q", d, st.Config.Path, st.Config.Dir, want.Path, want.Dir)
		}
	}
}

// TestResolverListedTrusted checks that the entries a resolver is told are what it goes by:
// told that a directory holds nothing, it does not find the configuration file there.
func TestResolverListedTrusted(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, ".farewell.yaml"), []byte("builtin: false\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := config.NewResolver("", false)
	r.Listed(root, []fs.DirEntry{})
	if st := r.ForDir(root); st.Err != nil || st.Config.Path == filepath.Join(root, ".farewell.yaml") {
		t.Errorf("told the directory is empty, the resolver found %q (error %v)", st.Config.Path, st.Err)
	}
	r = config.NewResolver("", false)
	if st := r.ForDir(root); st.Err != nil || st.Config.Path != filepath.Join(root, ".farewell.yaml") {
		t.Errorf("untold, the resolver found %q (error %v), not the directory's own file", st.Config.Path, st.Err)
	}
}
