package format_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// TestDisableEditSilences applies the disable edit of every finding of every test input
// (and of the text, Markdown and HTML files of the shared corpora when present) and lints
// again: the finding's rule must no longer report on that line, now below the comment.
func TestDisableEditSilences(t *testing.T) {
	l := linttest.Builtin(t)
	var files []string
	for _, dir := range []string{"../testdata/golden", "../testdata/examples", "../testdata/calibration"} {
		files = append(files, linttest.Inputs(t, dir)...)
	}
	if _, err := os.Stat("../../shared/corpora"); err == nil {
		for in := range lint.Walk([]string{linttest.Shared(t, "corpora")}, lint.WalkOptions{}) {
			files = append(files, in.File)
		}
	}
	checked := 0
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in := lint.Input{Path: filepath.ToSlash(p), Data: data}
		res := l.LintInput(in, lint.RunOptions{})
		if res.Err != nil || res.Skipped != "" {
			continue
		}
		for _, f := range res.Findings {
			e, ok := format.DisableEdit(res.Doc, f.Rule.ID, f.Start)
			if !ok {
				continue
			}
			checked++
			fixed, err := document.ApplyEdits(data, []document.Edit{e})
			if err != nil {
				t.Fatal(err)
			}
			again := l.LintInput(lint.Input{Path: in.Path, Data: fixed}, lint.RunOptions{})
			line := res.Doc.Position(f.Start).Line
			for _, g := range again.Findings {
				if g.Rule == f.Rule && again.Doc.Position(g.Start).Line == line+1 {
					t.Errorf("%s:%d: %s still reported after inserting %q", p, line, f.Rule.ID, e.New)
				}
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d findings checked", checked)
	}
	t.Logf("%d disable edits checked", checked)
}
