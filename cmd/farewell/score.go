package main

import (
	"flag"
	"fmt"

	"github.com/farewell-protocol/farewell/baseline"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/report"
)

// scoreFlags are the grace score flags of `farewell lint`.
type scoreFlags struct {
	min     int
	scope   string
	explain bool
}

func (f *scoreFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.min, "min-score", -1, "exit 1 when a message (or, with --min-score-scope run, the run) scores below this grace score (0-100)")
	fs.StringVar(&f.scope, "min-score-scope", "message", "what --min-score applies to: message or run")
	fs.BoolVar(&f.explain, "explain-score", false, "list each message's score deductions and credits")
}

func (f *scoreFlags) check() error {
	if f.min != -1 && (f.min < 0 || f.min > 100) {
		return fmt.Errorf("--min-score must be between 0 and 100, not %d", f.min)
	}
	return oneOf("min-score-scope", f.scope, "message", "run")
}

// scoreGate counts the messages below --min-score as results arrive; a baseline (when not nil)
// tolerates the scores it recorded.
type scoreGate struct {
	flags *scoreFlags
	known *baseline.Baseline
	below int
	first string // the first message below the threshold, as path:line id
	score int
}

func (f *scoreFlags) gate(known *baseline.Baseline) *scoreGate {
	return &scoreGate{flags: f, known: known}
}

func (g *scoreGate) add(r *lint.Result) {
	if g.flags.min < 0 || g.flags.scope != "message" {
		return
	}
	for i := range r.Messages {
		m := &r.Messages[i]
		if m.Score < g.flags.min && (g.known == nil || !g.known.Tolerates(r.Path, m.ID, m.Score)) {
			if g.below == 0 {
				g.first, g.score = fmt.Sprintf("%s:%d (%s)", r.Path, r.Doc.Position(m.Start).Line, m.ID), m.Score
			}
			g.below++
		}
	}
}

// failed returns why the run fails --min-score, or "" when it passes.
func (g *scoreGate) failed(sum *report.Summary) string {
	min := g.flags.min
	switch {
	case min < 0:
		return ""
	case g.flags.scope == "run":
		if sum.Score != nil && *sum.Score < min && (g.known == nil || !g.known.ToleratesRun(*sum.Score)) {
			return fmt.Sprintf("the run's grace score %d is below --min-score %d", *sum.Score, min)
		}
	case g.below == 1:
		return fmt.Sprintf("1 message scores below --min-score %d: %s scores %d", min, g.first, g.score)
	case g.below > 1:
		return fmt.Sprintf("%d messages score below --min-score %d, the first %s with %d", g.below, min, g.first, g.score)
	}
	return ""
}
