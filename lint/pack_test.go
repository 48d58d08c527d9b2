package lint_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
	"github.com/farewell-protocol/farewell/rules"
)

// packLinter compiles a pack written inline and builds a linter for it.
func packLinter(t *testing.T, yaml string) *lint.Linter {
	t.Helper()
	p := filepath.Join(t.TempDir(), "pack.yaml")
	if err := os.WriteFile(p, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	pack, err := rules.LoadPath(p)
	if err != nil {
		t.Fatal(err)
	}
	return lint.New(pack)
}

// findings lints text as one text file and lists its findings as "rule:match".
func findings(l *lint.Linter, name, text string) []string {
	res := l.LintInput(lint.Input{Path: name, Data: []byte(text)}, lint.RunOptions{})
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Rule.ID+":"+f.Match)
	}
	return out
}

// checkFindings lints each text as a text file and compares its findings, "rule:match" joined
// by spaces, with want.
func checkFindings(t *testing.T, l *lint.Linter, cases []struct{ text, want string }) {
	t.Helper()
	for _, tc := range cases {
		if got := strings.Join(findings(l, "x.txt", tc.text), " "); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestUnless checks that an unless pattern anywhere in the message excuses the rule in the
// whole message, and only in that message.
func TestUnless(t *testing.T) {
	l := packLinter(t, `rules:
  - id: acme.hostage.deleted
    type: existence
    severity: warning
    message: no way out
    why: Offer an export.
    patterns: ['\bpermanently deleted\b']
    unless: ['\bexport\b']
`)
	checkFindings(t, l, []struct{ text, want string }{
		{"Your data will be permanently deleted.\n", "acme.hostage.deleted:permanently deleted"},
		{"Your data will be permanently deleted.\n\nYou can export it from Settings until then.\n", ""},
		{"Export your data first.\n\nYour data will be permanently deleted.\n", ""},
		{"# farewell: id=a\nYour data will be permanently deleted.\n# farewell: id=b\nExport it now.\n", "acme.hostage.deleted:permanently deleted"},
	})
}

// TestOneFindingPerWords checks how findings of different rules that cover the same words are
// resolved: the most severe stays, then the one with a fix, then the longer; findings that do
// not overlap, and overlaps within one rule's own matches, are left alone.
func TestOneFindingPerWords(t *testing.T) {
	l := packLinter(t, `rules:
  - id: acme.a.loud
    type: existence
    severity: suggestion
    message: loud
    why: Calm down.
    patterns: ['\bPLEASE STAY\b']
    case_sensitive: true
  - id: acme.b.plea
    type: existence
    severity: error
    message: plea
    why: Let them go.
    tokens: [please stay]
  - id: acme.c.fixable
    type: substitution
    severity: error
    message: fixable
    why: Say it warmly.
    swap: {"stay": ["keep going"]}
  - id: acme.d.apart
    type: existence
    severity: warning
    message: apart
    why: Elsewhere.
    tokens: [goodbye]
`)
	got := findings(l, "x.txt", "PLEASE STAY. Goodbye.\n")
	want := []string{"acme.c.fixable:STAY", "acme.d.apart:Goodbye"}
	sort.Strings(got)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBuiltinFixesResolve applies every fix the built-in pack offers on its own flag examples
// and checks that the fixed text no longer draws that finding and draws no new problem: no
// rule reports more warnings or errors after the fix than before. A fix that leaves the
// problem in place, or trades it for another ("Wait! Don't go!" fixed into "Wait! We'll miss
// you!"), is not a fix.
func TestBuiltinFixesResolve(t *testing.T) {
	l := linttest.Builtin(t)
	fixes := 0
	for _, r := range l.Pack().Rules {
		for _, ex := range r.Examples.Flag {
			res := l.LintText(ex, lint.ExampleKind(r), r.Scope)
			before := problemsByRule(res)
			for _, f := range res.Findings {
				if f.Rule != r {
					continue
				}
				for _, fx := range f.Fixes {
					fixed := apply(ex, []document.Edit{f.Edit(fx)})
					after := l.LintText(fixed, lint.ExampleKind(r), r.Scope)
					for _, g := range after.Findings {
						if g.Rule == r && g.Start <= f.Start+len(fx.New) && g.End >= f.Start {
							t.Errorf("%s: fixing %q to %q still draws %q", r.ID, ex, fixed, g.Match)
						}
					}
					for id, n := range problemsByRule(after) {
						if n > before[id] {
							t.Errorf("%s: fixing %q to %q adds a finding of %s", r.ID, ex, fixed, id)
						}
					}
					fixes++
				}
			}
		}
	}
	if fixes < 20 {
		t.Errorf("only %d fixes checked", fixes)
	}
}

// problemsByRule counts a result's warnings and errors by rule id.
func problemsByRule(res *lint.Result) map[string]int {
	n := map[string]int{}
	for _, f := range res.Findings {
		if f.Severity >= rules.Warning {
			n[f.Rule.ID]++
		}
	}
	return n
}

func apply(src string, edits []document.Edit) string {
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		src = src[:e.Start] + e.New + src[e.End:]
	}
	return src
}

// TestBuiltinExamples checks the whole built-in pack as `farewell rules test` does: every flag
// example is reported by its rule and no pass example is.
func TestBuiltinExamples(t *testing.T) {
	l := linttest.Builtin(t)
	for _, r := range l.Pack().Rules {
		for _, f := range l.CheckExamples(r) {
			if f.Flag {
				t.Errorf("%s: %q should be flagged", r.ID, f.Example)
			} else {
				t.Errorf("%s: %q should pass", r.ID, f.Example)
			}
		}
	}
}

// TestFoldedLetters checks that the Kelvin sign and the long s, which case-insensitive
// expressions match as k and s, reach keywords and guards as those letters: a text that
// spells a phrase with them has the same findings as one that does not, at the source's bytes.
func TestFoldedLetters(t *testing.T) {
	l := packLinter(t, `rules:
  - id: acme.desperation.miss
    type: existence
    severity: warning
    message: desperate
    why: Plain words are enough.
    patterns: ['\bwe(?:''ll| will) miss you\b', '\bkeep\s+your\s+plan\b']
`)
	checkFindings(t, l, []struct{ text, want string }{
		{"We'll miss you.\n", "acme.desperation.miss:We'll miss you"},
		{"We'll miſs you.\n", "acme.desperation.miss:We'll miſs you"},
		{"We will miſſ you.\n", "acme.desperation.miss:We will miſſ you"},
		{"\u212Aeep your plan.\n", "acme.desperation.miss:\u212Aeep your plan"},
	})
}
