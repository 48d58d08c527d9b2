// Package linttest carries the weight of farewell's lint tests: it lints every input in a
// directory, checks the invariants that make positions exact, and compares a rendering of
// segments, messages and findings with a golden file beside each input.
package linttest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// Builtin returns a linter with the built-in pack, failing the test if it does not compile.
func Builtin(t testing.TB) *lint.Linter {
	t.Helper()
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return lint.New(p)
}

// Inputs returns the files under dir that are test inputs: everything but .golden files and
// configuration, in lexical order.
func Inputs(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !strings.HasSuffix(p, ".golden") && !strings.HasPrefix(d.Name(), ".farewell") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// LintFile lints one file as the CLI would, with default settings.
func LintFile(t testing.TB, l *lint.Linter, path string) *lint.Result {
	t.Helper()
	display := filepath.ToSlash(path)
	return l.LintInput(lint.Input{Path: display, File: path}, lint.RunOptions{})
}

// Run lints every input under dir, checks the invariants, and compares each rendering with
// the input's .golden file.
func Run(t *testing.T, dir string, l *lint.Linter) {
	t.Helper()
	for _, in := range Inputs(t, dir) {
		t.Run(filepath.ToSlash(in), func(t *testing.T) {
			res := LintFile(t, l, in)
			Check(t, res)
			golden.Check(t, in+".golden", Render(res))
		})
	}
}

// Render writes a result as the golden format: segments, messages and findings, one per
// line, with fixes and advice indented below their finding.
func Render(r *lint.Result) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "format: %s\n", r.Format)
	if r.Err != nil {
		fmt.Fprintf(&b, "error: %v\n", r.Err)
	}
	if r.Skipped != "" {
		fmt.Fprintf(&b, "skipped: %s\n", r.Skipped)
	}
	if r.Doc == nil {
		return []byte(b.String())
	}
	b.WriteString("\n# segments\n")
	for _, s := range r.Doc.Segments {
		start, end := s.SourceRange(0, len(s.Text))
		fmt.Fprintf(&b, "%d-%d %s", start, end, roleName(s.Role))
		if s.Key != "" {
			fmt.Fprintf(&b, " key=%s", s.Key)
		}
		for _, c := range s.CTAs {
			fmt.Fprintf(&b, " cta=%q", s.Text[c.Start:c.End])
		}
		fmt.Fprintf(&b, " %q\n", s.Text)
	}
	b.WriteString("\n# messages\n")
	for _, m := range r.Messages {
		fmt.Fprintf(&b, "%s kind=%s (%s) lines %d-%d words=%d present=%v missing=%v\n",
			m.ID, m.Kind, m.KindSource, r.Doc.Position(m.Start).Line, r.Doc.Position(m.End).Line, m.Words, m.Present, m.Missing)
		fmt.Fprintf(&b, "    score %d (%s)\n", m.Score, message.Band(m.Score))
		for _, it := range m.Breakdown().Items {
			fmt.Fprintf(&b, "    %+d %s", it.Points, it.Kind)
			if it.Rule != "" {
				fmt.Fprintf(&b, " %s", it.Rule)
			}
			if it.Kind == message.ScoreDeduction {
				p := r.Doc.Position(it.Start)
				fmt.Fprintf(&b, " %s at %d:%d", it.Severity, p.Line, p.Col)
			}
			fmt.Fprintf(&b, ": %s\n", it.Reason)
		}
	}
	b.WriteString("\n# findings\n")
	for _, f := range r.Findings {
		start, end := r.Doc.Position(f.Start), r.Doc.Position(f.End)
		fmt.Fprintf(&b, "%d:%d-%d:%d %s %s: %s\n", start.Line, start.Col, end.Line, end.Col,
			f.Severity, f.Rule.ID, f.Message)
		fmt.Fprintf(&b, "    match %d-%d: %q\n", f.Start, f.End, f.Match)
		for _, fx := range f.Fixes {
			e := f.Edit(fx)
			fmt.Fprintf(&b, "    fix %d-%d: %q\n", e.Start, e.End, e.New)
		}
		for _, a := range f.Advice {
			fmt.Fprintf(&b, "    advice: %q\n", a)
		}
	}
	return []byte(b.String())
}

func roleName(r document.Role) string {
	if r == document.RoleHeading {
		return "heading"
	}
	return "body"
}
