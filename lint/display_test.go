package lint

import (
	"path/filepath"
	"testing"
)

// TestDisplayPathIn checks displayPathIn against what filepath.Rel makes of each path and
// working directory: relative when the path lies below the directory, else the path, cleaned.
func TestDisplayPathIn(t *testing.T) {
	if filepath.Separator != '/' {
		t.Skip("the paths are Unix paths")
	}
	dirs := []string{"", ".", "/", "/work", "/work/main", "/work/main/bench", "/tmp"}
	paths := []string{"a.html", "./a/../b.md", "/", "/work", "/work/", "/work/main", "/work/mainly/x.html",
		"/work/main/x.html", "/work/main/bench/./y/z.txt", "/work/main/../main/x.html", "/tmp/tpm//ten/a.html", "//x"}
	for _, wd := range dirs {
		for _, p := range paths {
			want := filepath.Clean(p)
			if wd != "" && filepath.IsAbs(p) {
				if rel, err := filepath.Rel(wd, p); err == nil && !startsWithDotDot(rel) {
					want = filepath.Clean(rel)
				}
			}
			if got := displayPathIn(filepath.Clean(wd), p); got != want {
				t.Errorf("displayPathIn(%q, %q) = %q, want %q", wd, p, got, want)
			}
		}
	}
}
