package lint_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// TestFixesRoundTrip applies every fix of every golden input to its source, reads the file
// again and checks that the replacement now reads as text: so each format's escaping writes
// what its reader decodes (a quote in JSON, an apostrophe in single-quoted YAML, UTF-16).
func TestFixesRoundTrip(t *testing.T) {
	l := linttest.Builtin(t)
	fixes := 0
	for _, in := range linttest.Inputs(t, "../testdata/golden") {
		res := linttest.LintFile(t, l, in)
		if res.Doc == nil || res.Err != nil || res.Skipped != "" {
			continue
		}
		for _, f := range res.Findings {
			for _, fx := range f.Fixes {
				e := f.Edit(fx)
				src := string(res.Doc.Src[:e.Start]) + e.New + string(res.Doc.Src[e.End:])
				path := filepath.ToSlash(in)
				again := l.Lint(&document.Document{Path: path, Format: res.Format, Src: []byte(src)}, nil)
				if again.Err != nil {
					t.Errorf("%s: the fix %q breaks the file: %v", path, fx.Title, again.Err)
					continue
				}
				if !containsText(again.Doc.Segments, fx.Title) {
					t.Errorf("%s: after the fix %q no text holds it", path, fx.Title)
				}
				fixes++
			}
		}
	}
	if fixes < 20 {
		t.Errorf("only %d fixes checked", fixes)
	}
}

func containsText(segs []document.Segment, title string) bool {
	want := strings.NewReplacer("\u2019", "'", "\u201c", `"`, "\u201d", `"`).Replace(title)
	for _, s := range segs {
		if strings.Contains(s.Text, want) {
			return true
		}
	}
	return false
}
