package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDocsLinks checks the README and docs/: every relative link names a file that exists, and
// a heading there when it has an anchor; every page of docs/ is linked from the README; and the
// README says how to install from a clone as well as from the published module.
func TestDocsLinks(t *testing.T) {
	root := filepath.Join("..", "..")
	pages, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("docs/*.md: %v, %d pages", err, len(pages))
	}
	readme := filepath.Join(root, "README.md")
	link := regexp.MustCompile(`\]\(([^)\s]+)\)`)
	for _, page := range append(pages, readme) {
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range link.FindAllStringSubmatch(string(data), -1) {
			target := m[1]
			if strings.Contains(target, "://") {
				continue
			}
			file, anchor, _ := strings.Cut(target, "#")
			path := page
			if file != "" {
				path = filepath.Join(filepath.Dir(page), file)
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("%s: link %s: %v", page, target, err)
				continue
			}
			if anchor != "" && !hasAnchor(t, path, anchor) {
				t.Errorf("%s: link %s: no heading #%s in %s", page, target, anchor, path)
			}
		}
	}
	text, _ := os.ReadFile(readme)
	for _, page := range pages {
		if name := "docs/" + filepath.Base(page); !strings.Contains(string(text), "]("+name) {
			t.Errorf("README does not link %s", name)
		}
	}
	for _, want := range []string{"go install ./cmd/farewell", "go install github.com/farewell-protocol/farewell/cmd/farewell@latest"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("README does not say %q", want)
		}
	}
}

// hasAnchor reports whether the Markdown file at path has a heading whose GitHub anchor is anchor.
func hasAnchor(t *testing.T, path, anchor string) bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	drop := regexp.MustCompile(`[^\p{L}\p{N} _-]`)
	for _, line := range strings.Split(string(data), "\n") {
		if h := strings.TrimLeft(line, "#"); h != line && strings.HasPrefix(h, " ") {
			slug := strings.ReplaceAll(drop.ReplaceAllString(strings.ToLower(strings.TrimSpace(h)), ""), " ", "-")
			if slug == anchor {
				return true
			}
		}
	}
	return false
}
