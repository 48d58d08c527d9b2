package lint

import (
	"slices"

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

// scoreMessages computes every message's grace score from its findings and elements. Every
// message's flaws are carved, in the order of the findings, from one slice allocated at its
// final size, with a count per message as the only other memory it takes.
func scoreMessages(res *Result) {
	offs := make([]int32, len(res.Messages)+1) // message i's flaws are all[offs[i]:offs[i+1]]
	for i := range res.Findings {
		if f := &res.Findings[i]; isFlaw(f) && f.MessageIndex < len(res.Messages) {
			offs[f.MessageIndex+1]++
		}
	}
	for i := 1; i < len(offs); i++ {
		offs[i] += offs[i-1]
	}
	all := make([]message.Flaw, offs[len(offs)-1])
	next := slices.Clone(offs[:len(offs)-1])
	for i := range res.Findings {
		if f := &res.Findings[i]; isFlaw(f) && f.MessageIndex < len(res.Messages) {
			all[next[f.MessageIndex]] = message.Flaw{Rule: f.Rule.ID, Severity: f.Severity, Start: f.Start, Message: f.Message}
			next[f.MessageIndex]++
		}
	}
	for i := range res.Messages {
		m := &res.Messages[i]
		m.Flaws = nil
		if lo, hi := offs[i], offs[i+1]; hi > lo {
			m.Flaws = all[lo:hi:hi]
		}
		m.Score = message.GraceValue(m.ScoreInput())
	}
}

// isFlaw reports whether the grace score reads f as a flaw of its message's wording: every
// finding but a missing element, which costs its credit instead.
func isFlaw(f *Finding) bool { return f.Rule.Type != rules.Requires }
