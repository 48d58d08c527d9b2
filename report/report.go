// Package report writes lint results in each output format: one file per format, each with
// its own wire structs. Reporters stream: they receive results one file at a time, in order,
// and a summary at the end. It is the last stage of the flow: it imports lint, message and
// document, and only cmd, lsp and serve import it.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// Reporter writes results as they arrive and the summary at the end.
type Reporter interface {
	// File reports one file's result.
	File(r *lint.Result) error
	// Close reports the summary and flushes the output.
	Close(s *Summary) error
}

// Options configure a reporter.
type Options struct {
	// Color enables ANSI colour (text format).
	Color bool
	// Pack is the rule pack of the run, for rule metadata.
	Pack *rules.Pack
	// Version is farewell's version, for formats that name their tool.
	Version string
	// Quiet reports only the summary (text format).
	Quiet bool
	// Verbose lists every skipped file by name, with the reason (text format; the summary
	// counts them by reason either way).
	Verbose bool
	// FailOn is the severity at which findings fail the run (JUnit failures).
	FailOn rules.Severity
	// ExplainScore lists each message's score deductions and credits (text format; JSON
	// always carries them).
	ExplainScore bool
	// StepSummary, when set, receives a Markdown job summary: the messages and their scores
	// (github format, for $GITHUB_STEP_SUMMARY).
	StepSummary io.Writer
}

// Names lists the output formats.
func Names() []string {
	return []string{"text", "json", "sarif", "github", "junit", "checkstyle", "html"}
}

// New returns the reporter for a format name.
func New(name string, w io.Writer, opts Options) (Reporter, error) {
	switch name {
	case "text":
		return newText(w, opts), nil
	case "json":
		return newJSON(w, opts), nil
	case "sarif":
		return newSARIF(w, opts), nil
	case "github":
		return newGitHub(w, opts), nil
	case "junit":
		return newJUnit(w, opts), nil
	case "checkstyle":
		return newCheckstyle(w), nil
	case "html":
		return newHTML(w, opts)
	}
	return nil, fmt.Errorf("unknown format %q (want one of %v)", name, Names())
}

// Summary counts what a run found.
type Summary struct {
	Files    int            `json:"files"`
	Linted   int            `json:"linted"`
	Skipped  int            `json:"skipped"`
	Errors   int            `json:"errors"`
	Findings int            `json:"findings"`
	Messages int            `json:"messages"`
	BySev    map[string]int `json:"by_severity"`
	// SkipReasons counts skipped files by reason.
	SkipReasons map[string]int `json:"skip_reasons,omitempty"`
	// SkippedLocales counts the files skipped for having no rules for their locale, by the
	// locale's language (it, ja, pt).
	SkippedLocales map[string]int `json:"skipped_locales,omitempty"`
	// Score is the run's grace score: the mean score of its goodbye messages, or of all its
	// messages when none is a goodbye (absent when no message was linted).
	Score *int `json:"score,omitempty"`
	// NotFixed says, for each file whose fixes could not be written, why (--fix).
	NotFixed []string `json:"not_fixed,omitempty"`
	// Worst is the highest severity found (Off when nothing was found).
	Worst rules.Severity `json:"-"`

	tally message.ScoreTally
}

// NewSummary returns an empty summary.
func NewSummary() *Summary {
	return &Summary{BySev: map[string]int{"error": 0, "warning": 0, "suggestion": 0}}
}

// Add counts one file's result.
func (s *Summary) Add(r *lint.Result) {
	s.Files++
	if r.FixErr != nil {
		s.NotFixed = append(s.NotFixed, r.FixErr.Error())
	}
	switch {
	case r.Err != nil:
		s.Errors++
		return
	case r.Skipped != "":
		s.Skipped++
		if s.SkipReasons == nil {
			s.SkipReasons = map[string]int{}
		}
		s.SkipReasons[r.Skipped]++
		if r.Locale != "" {
			if s.SkippedLocales == nil {
				s.SkippedLocales = map[string]int{}
			}
			lang, _, _ := strings.Cut(r.Locale, "-")
			s.SkippedLocales[lang]++
		}
		return
	}
	s.Linted++
	s.Messages += len(r.Messages)
	s.tally.Add(r.Messages)
	if v, ok := s.tally.Score(); ok {
		s.Score = &v
	}
	for _, f := range r.Findings {
		s.Findings++
		s.BySev[f.Severity.String()]++
		if f.Severity > s.Worst {
			s.Worst = f.Severity
		}
	}
}

// skipReasons returns the skip reasons in a stable order.
func (s *Summary) skipReasons() []string {
	out := make([]string, 0, len(s.SkipReasons))
	for k := range s.SkipReasons {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// skippedLocales lists the languages of the files skipped for their locale, the most
// skipped first, eight at most: "it 12, ja 3".
func (s *Summary) skippedLocales() string {
	langs := make([]string, 0, len(s.SkippedLocales))
	for k := range s.SkippedLocales {
		langs = append(langs, k)
	}
	sort.Slice(langs, func(i, j int) bool {
		a, b := s.SkippedLocales[langs[i]], s.SkippedLocales[langs[j]]
		return a > b || a == b && langs[i] < langs[j]
	})
	const shown = 8
	var parts []string
	for i, l := range langs {
		if i == shown {
			parts = append(parts, fmt.Sprintf("%d more", len(langs)-shown))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", l, s.SkippedLocales[l]))
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
