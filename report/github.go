package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// github writes GitHub Actions workflow commands, which the runner turns into annotations on
// the pull request: `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`.
// Suggestions become `notice` annotations; columns are 1-based code points. With a job summary
// writer, it also writes a Markdown summary of the messages and their scores there.
type github struct {
	w       *bufio.Writer
	summary *stepSummary // nil without a job summary
}

func newGitHub(w io.Writer, opts Options) *github {
	g := &github{w: bufio.NewWriter(w)}
	if opts.StepSummary != nil {
		g.summary = &stepSummary{w: opts.StepSummary}
	}
	return g
}

func githubLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a workflow command's message as the runner requires.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command property value: data escapes plus ':' and ','.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

func (g *github) File(r *lint.Result) error {
	if g.summary != nil {
		g.summary.add(r)
	}
	if r.Err != nil {
		fmt.Fprintf(g.w, "::error file=%s,title=%s::%s\n", escapeProperty(r.Path), escapeProperty("farewell"), escapeData(r.Err.Error()))
		return nil
	}
	for i := range r.Findings {
		f := &r.Findings[i]
		msg, start, end := f.Message, r.Doc.Position(f.Start), r.Doc.Position(f.End)
		if s := f.Suggestions(); len(s) > 0 {
			msg += "\nTry: " + s[0]
		}
		fmt.Fprintf(g.w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubLevel(f.Severity), escapeProperty(r.Path), start.Line, start.Col, end.Line, end.Col,
			escapeProperty(f.Rule.ID), escapeData(msg))
	}
	return nil
}

func (g *github) Close(s *Summary) error {
	fmt.Fprintf(g.w, "%s, %s, %s in %s\n",
		plural(s.BySev["error"], "error", "errors"), plural(s.BySev["warning"], "warning", "warnings"),
		plural(s.BySev["suggestion"], "suggestion", "suggestions"), plural(s.Linted, "file", "files"))
	if g.summary != nil {
		if err := g.summary.write(s); err != nil {
			return fmt.Errorf("job summary: %w", err)
		}
	}
	return g.w.Flush()
}
