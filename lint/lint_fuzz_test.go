package lint_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// FuzzLint lints mutations of the golden inputs in their own format and checks the position
// invariants on every finding.
func FuzzLint(f *testing.F) {
	for _, p := range linttest.Inputs(f, "../testdata/golden") {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.ToSlash(p), data)
		}
	}
	l := linttest.Builtin(f)
	f.Fuzz(func(t *testing.T, path string, data []byte) {
		fm, ok := format.Detect(path, data)
		if !ok {
			return
		}
		res := l.Lint(&document.Document{Path: "fuzz", Format: fm, Src: data}, &lint.FileSettings{Locale: "en"})
		linttest.Check(t, res)
	})
}
