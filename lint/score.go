package lint

import (
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// occurrences reports the message-scope occurrence rules that went over their limit.
func (l *Linter) occurrences(res *Result, sc *scratch) {
	for k, st := range sc.occ {
		r := l.pack.Rules[int(uint32(k))]
		if st.count > r.Max() {
			st.f.Message = r.FormatMessage(st.f.Text, st.count)
			res.Findings = append(res.Findings, st.f)
		}
	}
}

// scoreMessages computes every message's grace score from its findings and elements. The
// findings are ordered by offset; when each message's findings are one run of them, as they
// are unless catalog messages interleave, the runs are read in place rather than copied.
func scoreMessages(res *Result) {
	byMsg, ok := findingRuns(res)
	if !ok {
		for _, f := range res.Findings {
			if f.MessageIndex < len(byMsg) {
				byMsg[f.MessageIndex] = append(byMsg[f.MessageIndex], f)
			}
		}
	}
	// Every message's flaws are carved from one slice, allocated once at its final size.
	n := 0
	for i := range res.Findings {
		if res.Findings[i].Rule.Type != rules.Requires && res.Findings[i].MessageIndex < len(byMsg) {
			n++
		}
	}
	all := make([]message.Flaw, 0, n)
	for i := range res.Messages {
		m := &res.Messages[i]
		start := len(all)
		all = flawsOf(byMsg[i], all)
		m.Flaws = all[start:len(all):len(all)]
		if len(m.Flaws) == 0 {
			m.Flaws = nil
		}
		m.Score = message.GraceValue(m.ScoreInput())
	}
}

// flawsOf appends to dst the findings of fs about wording, as the grace score reads them:
// every finding but a missing element, which costs its credit instead.
func flawsOf(fs []Finding, dst []message.Flaw) []message.Flaw {
	for i := range fs {
		if f := &fs[i]; f.Rule.Type != rules.Requires {
			dst = append(dst, message.Flaw{Rule: f.Rule.ID, Severity: f.Severity, Start: f.Start, Message: f.Message})
		}
	}
	return dst
}

// findingRuns returns, by message, its findings as a run of res.Findings, and whether every
// message's findings are one run; when they are not, the lists come back empty.
func findingRuns(res *Result) ([][]Finding, bool) {
	byMsg := make([][]Finding, len(res.Messages))
	fs := res.Findings
	for i := 0; i < len(fs); {
		mi, j := fs[i].MessageIndex, i+1
		for j < len(fs) && fs[j].MessageIndex == mi {
			j++
		}
		if mi < len(byMsg) {
			if byMsg[mi] != nil {
				clear(byMsg)
				return byMsg, false
			}
			byMsg[mi] = fs[i:j:j]
		}
		i = j
	}
	return byMsg, true
}
