package lint

import (
	"github.com/farewell-protocol/farewell/rules"
)

// requires checks, for every message, which elements its kind calls for are present; each
// missing one is a finding anchored at the end of the message with a ready sentence to add. It
// also reports message-scope occurrence rules over their limit.
func (l *Linter) requires(res *Result, sev []rules.Severity, sc *scratch) {
	doc := res.Doc
	present := make([]bool, len(l.pack.Rules))
	for mi := range res.Messages {
		m := &res.Messages[mi]
		clear(present)
		for _, si := range m.segments {
			l.markPresent(doc, si, present, sc)
		}
		for ri, r := range l.pack.Rules {
			if r.Type != rules.Requires || sev[ri] == rules.Off || !r.AppliesTo(m.Kind) {
				continue
			}
			if present[ri] {
				m.Present = append(m.Present, r.ID)
				continue
			}
			m.Missing = append(m.Missing, r.ID)
			res.Findings = append(res.Findings, Finding{
				Rule: r, Severity: sev[ri], Message: r.FormatMessage("", 0),
				Start: m.End, End: m.End, MessageIndex: mi,
				Advice: []string{r.SuggestFor(m.Kind)},
			})
		}
	}
	for k, st := range sc.occ {
		r := l.pack.Rules[int(uint32(k))]
		if st.count > r.Max() {
			st.f.Message = r.FormatMessage(st.f.Text, st.count)
			res.Findings = append(res.Findings, st.f)
		}
	}
}

// markPresent marks the requires rules whose tokens or patterns match segment si.
func (l *Linter) markPresent(doc *Document, si int, present []bool, sc *scratch) {
	seg := &doc.Segments[si]
	sc.text.Reset(seg.Text)
	for _, h := range sc.hits[sc.segHits[si]:sc.segHits[si+1]] {
		for _, t := range l.targets[h.id] {
			ri := int(t.rule)
			if t.kind == targetCue || present[ri] {
				continue
			}
			r := l.pack.Rules[ri]
			if r.Type != rules.Requires {
				continue
			}
			if t.kind == targetToken {
				m := rules.Match{Start: int(h.start), End: int(h.end), Token: int(t.token)}
				present[ri] = r.LiteralAt(&sc.text, int(t.token), m.Start, m.End) && !r.Excepted(&sc.text, m)
				continue
			}
			present[ri] = l.anyPattern(r, &sc.text)
		}
	}
	for _, ri := range l.always {
		if r := l.pack.Rules[ri]; r.Type == rules.Requires && !present[ri] {
			present[ri] = l.anyPattern(r, &sc.text)
		}
	}
}

func (l *Linter) anyPattern(r *rules.Rule, t *rules.Text) bool {
	found := false
	r.FindPatterns(t, func(m rules.Match) {
		if !found && !r.Excepted(t, m) {
			found = true
		}
	})
	return found
}
