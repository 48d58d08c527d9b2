package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// text writes findings for people: `path:line:col: severity rule-id: message`, the source line
// with the match underlined, `-> try:` rewrites, and a summary line.
type text struct {
	w    *bufio.Writer
	opts Options

	bold, dim, red, yellow, cyan, green *color.Color
}

func newText(w io.Writer, opts Options) *text {
	t := &text{w: bufio.NewWriter(w), opts: opts}
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if opts.Color {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	t.bold, t.dim = mk(color.Bold), mk(color.Faint)
	t.red, t.yellow, t.cyan, t.green = mk(color.FgRed, color.Bold), mk(color.FgYellow, color.Bold), mk(color.FgCyan), mk(color.FgGreen)
	return t
}

func (t *text) sevColor(s rules.Severity) *color.Color {
	switch s {
	case rules.Error:
		return t.red
	case rules.Warning:
		return t.yellow
	}
	return t.cyan
}

func (t *text) File(r *lint.Result) error {
	if r.Skipped != "" && t.opts.Verbose {
		fmt.Fprintf(t.w, "%s: %s %s\n", t.bold.Sprint(r.Path), t.dim.Sprint("skipped:"), r.Skipped)
	}
	if t.opts.Quiet || r.Err != nil || r.Skipped != "" {
		return nil
	}
	for i := range r.Findings {
		t.finding(r, &r.Findings[i])
	}
	for i := range r.Messages {
		t.message(r, &r.Messages[i])
	}
	return nil
}

// message prints a message's grace score with a bar, and with ExplainScore every deduction and
// credit. A message of kind other that scores 100 has nothing to report and is left out.
func (t *text) message(r *lint.Result, m *message.Message) {
	v := m.Score
	if m.Kind == rules.Other && v == message.BaseComplete && !t.opts.ExplainScore {
		return
	}
	kind := string(m.Kind)
	if m.KindSource != "default" {
		kind += ", from " + m.KindSource
	}
	c := t.scoreColor(v)
	fmt.Fprintf(t.w, "%s: message %s (%s): score %s %s %s\n",
		t.bold.Sprintf("%s:%d", r.Path, r.Doc.Position(m.Start).Line), m.ID, kind,
		c.Sprintf("%d", v), c.Sprint(Bar(v)), message.Band(v))
	if !t.opts.ExplainScore {
		return
	}
	for _, e := range m.Evidence {
		fmt.Fprintf(t.w, "    %5s  %s: %s\n", "", t.dim.Sprint("kind"), e)
	}
	for _, it := range m.Breakdown().Items {
		label := string(it.Kind)
		switch {
		case it.Kind == message.ScoreDeduction:
			p := r.Doc.Position(it.Start)
			label = fmt.Sprintf("%d:%d %s %s", p.Line, p.Col, it.Severity, it.Rule)
		case it.Rule != "":
			label = it.Rule
		}
		fmt.Fprintf(t.w, "    %5s  %s: %s\n", fmt.Sprintf("%+d", it.Points), t.dim.Sprint(label), it.Reason)
	}
}

func (t *text) scoreColor(v int) *color.Color {
	switch {
	case v >= message.GraciousScore:
		return t.green
	case v >= 40:
		return t.yellow
	}
	return t.red
}

// Bar draws a score as ten cells, one per ten points, rounded to the nearest cell.
func Bar(score int) string {
	n := min(10, max(0, (score+5)/10))
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", 10-n) + "]"
}

func (t *text) finding(r *lint.Result, f *lint.Finding) {
	p := r.Doc.Position(f.Start)
	fmt.Fprintf(t.w, "%s: %s %s: %s\n",
		t.bold.Sprintf("%s:%d:%d", r.Path, p.Line, p.Col),
		t.sevColor(f.Severity).Sprint(f.Severity), t.dim.Sprint(f.Rule.ID), f.Message)
	if f.Key != "" {
		fmt.Fprintf(t.w, "  %s %s\n", t.dim.Sprint("key:"), f.Key)
	}
	t.excerpt(r.Doc, f)
	if len(f.Elements()) > 0 { // what a message lacks: one paragraph to add where the caret points
		for _, a := range f.Advice {
			fmt.Fprintf(t.w, "  %s %s\n", t.green.Sprint("-> add:"), a)
		}
		return
	}
	for _, s := range f.Suggestions() {
		fmt.Fprintf(t.w, "  %s %s\n", t.green.Sprint("-> try:"), s)
	}
}

// excerpt prints the finding's first line with the matched part underlined.
func (t *text) excerpt(doc *document.Document, f *lint.Finding) {
	start, end := doc.Position(f.Start), doc.Position(f.End)
	line := doc.Line(start.Line)
	if line == nil || len(line) > 400 {
		return
	}
	endCol := utf8.RuneCount(line) + 1
	if end.Line == start.Line {
		endCol = end.Col
	}
	num := fmt.Sprintf("%d", start.Line)
	shown := strings.ReplaceAll(string(line), "\t", " ")
	fmt.Fprintf(t.w, "  %s %s %s\n", t.dim.Sprint(num), t.dim.Sprint("|"), shown)
	width := max(1, endCol-start.Col)
	fmt.Fprintf(t.w, "  %s %s %s%s\n", strings.Repeat(" ", len(num)), t.dim.Sprint("|"),
		strings.Repeat(" ", start.Col-1), t.sevColor(f.Severity).Sprint(strings.Repeat("^", width)))
}

func (t *text) Close(s *Summary) error {
	parts := []string{
		plural(s.BySev["error"], "error", "errors"),
		plural(s.BySev["warning"], "warning", "warnings"),
		plural(s.BySev["suggestion"], "suggestion", "suggestions"),
	}
	line := fmt.Sprintf("%s in %s", strings.Join(parts, ", "), plural(s.Linted, "file", "files"))
	if s.Skipped > 0 {
		line += fmt.Sprintf(" (%s skipped)", plural(s.Skipped, "file", "files"))
	}
	if s.Errors > 0 {
		line += fmt.Sprintf(", %s", plural(s.Errors, "file could not be read", "files could not be read"))
	}
	if s.Findings == 0 && s.Errors == 0 {
		line = fmt.Sprintf("No problems in %s.", plural(s.Linted, "file", "files"))
		if s.Skipped > 0 {
			line = strings.TrimSuffix(line, ".") + fmt.Sprintf(" (%s skipped).", plural(s.Skipped, "file", "files"))
		}
	}
	if s.Score != nil {
		line = strings.TrimSuffix(line, ".") + fmt.Sprintf(". Grace score %d (%s).", *s.Score, message.Band(*s.Score))
	}
	fmt.Fprintln(t.w, t.bold.Sprint(line))
	for _, reason := range s.skipReasons() {
		by := ""
		if reason == format.SkipLocale && len(s.SkippedLocales) > 0 {
			by = " (" + s.skippedLocales() + ")"
		}
		fmt.Fprintf(t.w, "  %s %s: %s%s\n", t.dim.Sprint("skipped"), plural(s.SkipReasons[reason], "file", "files"), reason, by)
	}
	for _, reason := range s.NotFixed {
		fmt.Fprintf(t.w, "  %s %s\n", t.sevColor(rules.Error).Sprint("not fixed:"), reason)
	}
	return t.w.Flush()
}
