package config

import (
	"path/filepath"
	"testing"
)

// TestDirEnd checks the directory part ForFile keeps setups under: up to the last separator.
func TestDirEnd(t *testing.T) {
	if filepath.Separator != '/' {
		t.Skip("the paths are Unix paths")
	}
	for p, want := range map[string]string{"a.html": "", "/a.html": "/", "x/y/a.html": "x/y/", "/x//a": "/x//", "x/": "x/", "": ""} {
		if got := p[:dirEnd(p)]; got != want {
			t.Errorf("dirEnd(%q): %q, want %q", p, got, want)
		}
	}
}
