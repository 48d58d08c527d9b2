package lint

import (
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// requires checks, for every message of which elements are expected, which of the elements
// that fit its kind and moment are present, and reports those it lacks as one finding (see
// missingFinding). An element counts only where it is not part of a finding's match (findings
// silenced by a directive are already gone): "after everything we've done for you these two
// years" acknowledges no time together. A directive that silences a missing element by name
// where the message ends, or where its finding is anchored, takes it out of the message's
// expectations, as if it were off.
func (l *Linter) requires(res *Result, sev []rules.Severity, sc *scratch, sil *silencer) {
	var wanted []bool // made at the first message that expects elements: most files have none
	for mi := range res.Messages {
		if m := &res.Messages[mi]; m.ExpectsElements() && l.anyExpected(m, sev) {
			if wanted == nil {
				wanted = make([]bool, len(res.Messages))
			}
			wanted[mi] = true
		}
	}
	if wanted == nil {
		return
	}
	cues := l.moments()
	present := make([]bool, len(l.pack.Rules))
	byMsg := findingsByMessage(res, wanted)
	for mi := range res.Messages {
		m := &res.Messages[mi]
		if !wanted[mi] {
			continue
		}
		clear(present)
		for _, si := range m.Segments {
			l.markPresent(res, si, sev, present, &byMsg[mi], sc)
		}
		anchor := anchorOf(res.Doc, m, cues)
		var gaps []MissingElement
		for ri, r := range l.pack.Rules {
			if !expected(r, sev[ri], m) {
				continue
			}
			if present[ri] {
				m.Present = append(m.Present, r.ID)
				continue
			}
			if !elementSilenced(sil, r.ID, anchor.offset, res.Doc.Position(anchor.offset).Line) &&
				!elementSilenced(sil, r.ID, m.End, res.Doc.Position(m.End).Line) {
				m.Missing = append(m.Missing, r.ID)
				gaps = append(gaps, MissingElement{Rule: r, Severity: sev[ri], Sentence: r.SuggestFor(m.Kind)})
			}
		}
		if len(gaps) > 0 {
			res.Findings = append(res.Findings, missingFinding(res.Doc, mi, m, anchor, gaps, l.missing))
		}
	}
}

// expected reports whether a rule of severity sev expects its element of message m: a requires
// rule that is on and fits the message's kind and moment.
func expected(r *rules.Rule, sev rules.Severity, m *message.Message) bool {
	return r.Type == rules.Requires && sev != rules.Off && r.AppliesTo(m.Kind) && r.FitsMoment(m.Kind, m.Moment)
}

// elementSilenced reports whether a directive that names the requires rule id (or a prefix of
// it), or the missing-elements finding that lists it (rules.MissingElementsID), covers offset
// off on line line. A directive that names no rule is about the wording of a line or region,
// not about what the whole message lacks, so it does not silence elements.
func elementSilenced(sil *silencer, id string, off, line int) bool {
	names := func(list []string) bool {
		return len(list) > 0 && (matchesRule(list, id) || matchesRule(list, rules.MissingElementsID))
	}
	for _, d := range sil.next[line] {
		if names(d.Rules) {
			return true
		}
	}
	for _, r := range sil.regs {
		// A missing element is anchored just after a body sentence or the message's last byte:
		// a region that ends there covers it.
		if off >= r.start && off <= r.end && names(r.rules) {
			return true
		}
	}
	return false
}

// anyExpected reports whether some rule expects its element of message m.
func (l *Linter) anyExpected(m *message.Message, sev []rules.Severity) bool {
	for ri, r := range l.pack.Rules {
		if expected(r, sev[ri], m) {
			return true
		}
	}
	return false
}

// findingsByMessage lists, for each wanted message, the source ranges of the findings that
// are matches (not missing elements); each message's list is made at its final size.
func findingsByMessage(res *Result, wanted []bool) []spanIndex {
	out := make([]spanIndex, len(res.Messages))
	counted := func(f *Finding) bool {
		return f.Rule.Type != rules.Requires && f.MessageIndex < len(out) && wanted[f.MessageIndex]
	}
	n := make([]int32, len(out))
	for i := range res.Findings {
		if f := &res.Findings[i]; counted(f) {
			n[f.MessageIndex]++
		}
	}
	for i := range out {
		out[i].reserve(int(n[i]))
	}
	for i := range res.Findings {
		if f := &res.Findings[i]; counted(f) {
			out[f.MessageIndex].add(f.Start, f.End)
		}
	}
	for i := range out {
		out[i].index()
	}
	return out
}

// markPresent marks the requires rules whose element occurs in segment si outside every
// finding's match.
func (l *Linter) markPresent(res *Result, si int, sev []rules.Severity, present []bool, found *spanIndex, sc *scratch) {
	seg := &res.Doc.Segments[si]
	m := &res.Messages[seg.Message]
	sc.text.Reset(sc.texts[si])
	want := func(ri int) bool {
		return !present[ri] && expected(l.pack.Rules[ri], sev[ri], m)
	}
	counts := func(r *rules.Rule, m rules.Match) bool {
		if start, end := seg.SourceRange(m.Start, m.End); found.overlaps(start, end) {
			return false
		}
		return !r.ExceptionOverlaps(&sc.text, m)
	}
	if len(sc.marked) < len(l.pack.Rules) {
		sc.marked = make([]bool, len(l.pack.Rules))
	}
	run := sc.runList[:0]
	l.eachHit(sc, si, func(h hit) {
		for _, t := range l.targets.of(h.id) {
			ri := int(t.rule)
			if t.kind == targetCue || t.kind == targetGuard || t.kind == targetMention || !want(ri) {
				continue
			}
			r := l.pack.Rules[ri]
			if t.kind == targetToken {
				m := rules.Match{Start: int(h.start), End: l.hitEnd(h), Token: int(t.token), Count: 1}
				present[ri] = r.LiteralAt(&sc.text, int(t.token), m.Start, m.End) && counts(r, m)
				continue
			}
			if !sc.marked[ri] {
				sc.marked[ri] = true
				run = append(run, ri)
			}
		}
	})
	for _, ri := range l.always {
		if !sc.marked[ri] && want(ri) {
			sc.marked[ri] = true
			run = append(run, ri)
		}
	}
	for _, ri := range run {
		sc.marked[ri] = false
		if !want(ri) {
			continue
		}
		r := l.pack.Rules[ri]
		present[ri] = r.AnyPattern(&sc.text, func(m rules.Match) bool { return counts(r, m) })
	}
	sc.runList = run[:0]
}
