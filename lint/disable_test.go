package lint_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

func TestDisableComment(t *testing.T) {
	for _, tc := range []struct {
		format lint.Format
		want   string
		ok     bool
	}{
		{lint.FormatHTML, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{lint.FormatMarkdown, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{lint.FormatText, "# farewell-disable-next-line farewell.guilt", true},
		{lint.FormatYAML, "# farewell-disable-next-line farewell.guilt", true},
		{lint.FormatPO, "# farewell-disable-next-line farewell.guilt", true},
		{lint.FormatINI, "# farewell-disable-next-line farewell.guilt", true},
		{lint.FormatAndroid, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{lint.FormatXLIFF, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{lint.FormatStringsdict, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{lint.FormatStrings, "// farewell-disable-next-line farewell.guilt", true},
		{lint.FormatJSON, "", false},
	} {
		got, ok := lint.DisableComment(tc.format, "farewell.guilt")
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: got %q, %v; want %q, %v", tc.format, got, ok, tc.want, tc.ok)
		}
	}
}

func TestDisableLineEdit(t *testing.T) {
	for _, tc := range []struct {
		name   string
		format lint.Format
		src    string
		line   int
		want   document.Edit
		ok     bool
	}{
		{"indented html", lint.FormatHTML, "<div>\r\n    <p>Please don't go</p>\r\n</div>", 2,
			document.Edit{Start: 7, End: 7, New: "    <!-- farewell-disable-next-line r -->\r\n"}, true},
		{"last text line without a break", lint.FormatText, "Hi.\nPlease don't go", 2,
			document.Edit{Start: 4, End: 4, New: "# farewell-disable-next-line r\n"}, true},
		{"lone CR", lint.FormatText, "Hi.\rPlease don't go\r", 2,
			document.Edit{Start: 4, End: 4, New: "# farewell-disable-next-line r\r"}, true},
		{"inside a tag", lint.FormatHTML, "<img src=x\n  alt=\"Please don't go\">", 2, document.Edit{}, false},
		{"no such line", lint.FormatText, "Bye", 3, document.Edit{}, false},
		{"json", lint.FormatJSON, "{\"a\": \"Please don't go\"}", 1, document.Edit{}, false},
	} {
		doc := &document.Document{Format: tc.format, Src: []byte(tc.src)}
		got, ok := lint.DisableLineEdit(doc, "r", tc.line)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: got %+v, %v; want %+v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// TestDisableLineEditSilences applies the disable edit of every finding of every test input
// (and of the text, Markdown and HTML files of the shared corpora when present) and lints
// again: the finding's rule must no longer report on that line, now below the comment.
func TestDisableLineEditSilences(t *testing.T) {
	l := linttest.Builtin(t)
	var files []string
	for _, dir := range []string{"../testdata/golden", "../testdata/examples", "../testdata/calibration"} {
		files = append(files, linttest.Inputs(t, dir)...)
	}
	if _, err := os.Stat("../../shared/corpora"); err == nil {
		for _, in := range lint.Expand([]string{linttest.Shared(t, "corpora")}, lint.WalkOptions{}) {
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
			e, ok := lint.DisableFindingEdit(res.Doc, &f)
			if !ok {
				continue
			}
			checked++
			fixed, err := document.ApplyEdits(data, []document.Edit{e})
			if err != nil {
				t.Fatal(err)
			}
			again := l.LintInput(lint.Input{Path: in.Path, Data: fixed}, lint.RunOptions{})
			for _, g := range again.Findings {
				if g.Rule == f.Rule && g.Pos.Line == f.Pos.Line+1 {
					t.Errorf("%s:%d: %s still reported after inserting %q", p, f.Pos.Line, f.Rule.ID, e.New)
				}
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d findings checked", checked)
	}
	t.Logf("%d disable edits checked", checked)
}
