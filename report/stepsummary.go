package report

import (
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
)

// maxSummaryRows bounds the messages a job summary lists, worst first; GitHub keeps at most
// 1 MB of summary per step.
const maxSummaryRows = 100

// stepSummary writes the Markdown job summary of a GitHub Actions run ($GITHUB_STEP_SUMMARY):
// the counts, and each message with its grace score, worst first.
type stepSummary struct {
	w      io.Writer
	rows   []summaryRow
	failed []string // files that could not be linted
}

// summaryRow is one message of the summary.
type summaryRow struct {
	path, id, kind  string
	line            int
	score, findings int
}

func (s *stepSummary) add(r *lint.Result) {
	if r.Err != nil {
		s.failed = append(s.failed, r.Err.Error())
		return
	}
	shown := make([]int, len(r.Messages))
	for i := range r.Findings {
		if m := r.Findings[i].MessageIndex; m >= 0 && m < len(shown) {
			shown[m]++
		}
	}
	for i := range r.Messages {
		m := &r.Messages[i]
		s.rows = append(s.rows, summaryRow{path: r.Path, id: m.ID, kind: string(m.Kind), line: r.Doc.Position(m.Start).Line,
			score: m.Score, findings: shown[i]})
	}
}

func (s *stepSummary) write(sum *Summary) error {
	var b strings.Builder
	b.WriteString("## farewell\n\n")
	fmt.Fprintf(&b, "**%s, %s, %s** in %s",
		plural(sum.BySev["error"], "error", "errors"), plural(sum.BySev["warning"], "warning", "warnings"),
		plural(sum.BySev["suggestion"], "suggestion", "suggestions"), plural(sum.Linted, "file", "files"))
	if sum.Skipped > 0 {
		fmt.Fprintf(&b, " (%s skipped)", plural(sum.Skipped, "file", "files"))
	}
	b.WriteString(".")
	if sum.Score != nil {
		fmt.Fprintf(&b, " Grace score **%d** (%s).", *sum.Score, message.Band(*sum.Score))
	}
	b.WriteString("\n\n")
	if len(s.failed) > 0 {
		fmt.Fprintf(&b, "%s could not be linted:\n\n", plural(len(s.failed), "file", "files"))
		for _, f := range s.failed {
			fmt.Fprintf(&b, "- %s\n", mdCell(f))
		}
		b.WriteString("\n")
	}
	sort.SliceStable(s.rows, func(i, j int) bool {
		a, c := s.rows[i], s.rows[j]
		if a.score != c.score {
			return a.score < c.score
		}
		if a.path != c.path {
			return a.path < c.path
		}
		return a.line < c.line
	})
	if len(s.rows) > 0 {
		b.WriteString("| score | message | kind | findings shown |\n| ---: | --- | --- | ---: |\n")
		for _, r := range s.rows[:min(len(s.rows), maxSummaryRows)] {
			where := fmt.Sprintf("`%s:%d`", mdCode(r.path), r.line)
			if r.id != r.path && r.id != path.Base(r.path) {
				where += " " + mdCell(r.id)
			}
			fmt.Fprintf(&b, "| %d %s | %s | %s | %d |\n", r.score, message.Band(r.score), where, r.kind, r.findings)
		}
		if rest := len(s.rows) - maxSummaryRows; rest > 0 {
			fmt.Fprintf(&b, "\n%d more not listed, each scoring %d or higher.\n", rest, s.rows[maxSummaryRows].score)
		}
		b.WriteString("\nScores count every finding of a message, shown or not (`--min-severity`, `--baseline`).\n")
	}
	_, err := io.WriteString(s.w, b.String())
	return err
}

// mdCell escapes text for a Markdown table cell or list item.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;", "`", "'", "*", `\*`, "_", `\_`, "[", `\[`).Replace(s)
}

// mdCode makes text safe inside a Markdown code span in a table cell.
func mdCode(s string) string {
	return strings.NewReplacer("`", "'", "|", `\|`, "\n", " ").Replace(s)
}
