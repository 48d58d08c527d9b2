package lint_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// seed adds every test input of a format, and a few hand-made cases, to a fuzz corpus.
func seed(f *testing.F, exts []string, extra ...string) {
	f.Helper()
	for _, dir := range []string{"../testdata/golden", "../testdata/examples"} {
		for _, p := range linttest.Inputs(f, dir) {
			for _, ext := range exts {
				if filepath.Ext(p) == ext {
					data, err := os.ReadFile(p)
					if err != nil {
						f.Fatal(err)
					}
					f.Add(data)
				}
			}
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// fuzzFormat lints arbitrary bytes as one format and checks every invariant: no panic,
// offsets within the file, match equal to the source bytes, positions agreeing with an
// independent count, verbatim text equal to the source; and applying the fixes twice changes
// nothing more than applying them once.
func fuzzFormat(f *testing.F, fm document.Format) {
	f.Helper()
	l := linttest.Builtin(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		res := l.LintInput(lint.Input{Path: "fuzz." + string(fm), Data: data}, lint.RunOptions{Format: fm})
		if res.Err != nil {
			return
		}
		linttest.Check(t, res)
		edits := lint.FixEdits(res.Findings)
		once, err := document.ApplyEdits(data, edits)
		if err != nil {
			t.Fatalf("fix edits do not apply: %v", err)
		}
		for _, e := range edits {
			if e.Start < 0 || e.End > len(data) {
				t.Fatalf("edit %+v outside the input", e)
			}
		}
		fixed, _, _ := l.Fix(lint.Input{Path: "fuzz." + string(fm)}, data, lint.RunOptions{Format: fm})
		again, n, _ := l.Fix(lint.Input{Path: "fuzz." + string(fm)}, fixed, lint.RunOptions{Format: fm})
		if n != 0 || !bytes.Equal(again, fixed) {
			t.Fatalf("fixing twice differs from fixing once (%d more edits)", n)
		}
		_ = once
	})
}

func FuzzText(f *testing.F) {
	seed(f, []string{".txt"}, "Please don't\r\ngo!!\rNo thanks, I hate deals", "{{#if a}}x{{else}}y{{/if}} {% trans \"Please stay\" %}", "We'll miſs you. \u212Aeep your plan!")
	fuzzFormat(f, format.Text)
}

func FuzzMarkdown(f *testing.F) {
	seed(f, []string{".md"}, "# Please don't go\n\n[No thanks, I like paying more](x)\n\n```\ncode\n```\n", "---\nfarewell: kind=win-back\n---\n\\*Please stay\\*")
	fuzzFormat(f, format.Markdown)
}

func FuzzHTML(f *testing.F) {
	seed(f, []string{".html", ".mjml", ".hbs"}, "<p>Please <b>don&#39;t</b>\n go</p><a href=x>No thanks, I&rsquo;d rather pay</a>", "<title>Wait!!</title><img alt='Please stay'><!-- farewell-disable -->", "<p>We'll mi&#383;s you. &#8490;eep your plan!</p>")
	fuzzFormat(f, format.HTML)
}
