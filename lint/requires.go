package lint

import (
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// requires checks, for every message of which elements are expected, which elements its kind
// calls for are present; each missing one is a finding anchored at the end of the message with
// a ready sentence to add. An element counts only where it is not part of a finding's match
// (findings silenced by a directive are already gone): "after everything we've done for you
// these two years" acknowledges no time together. A directive that silences a missing element
// by name at the end of the message takes it out of the message's expectations, as if it were
// off.
func (l *Linter) requires(res *Result, sev []rules.Severity, sc *scratch, sil *silencer) {
	doc := res.Doc
	present := make([]bool, len(l.pack.Rules))
	byMsg := findingsByMessage(res)
	suggestions := suggestionLists{}
	for mi := range res.Messages {
		m := &res.Messages[mi]
		if !m.ExpectsElements() || !l.anyRequires(m.Kind, sev) {
			continue
		}
		clear(present)
		for _, si := range m.Segments {
			l.markPresent(res, si, sev, present, &byMsg[mi], sc)
		}
		for ri, r := range l.pack.Rules {
			if r.Type != rules.Requires || sev[ri] == rules.Off || !r.AppliesTo(m.Kind) {
				continue
			}
			if present[ri] {
				m.Present = append(m.Present, r.ID)
				continue
			}
			f := Finding{
				Rule: r, Severity: sev[ri], Message: r.FormatMessage("", 0),
				Start: m.End, End: m.End, MessageIndex: mi,
				Advice: suggestions.of(r, m.Kind),
			}
			f.Pos, f.EndPos = doc.Position(f.Start), doc.Position(f.End)
			if !elementSilenced(sil, r.ID, f.Start, f.Pos.Line) {
				m.Missing = append(m.Missing, r.ID)
				res.Findings = append(res.Findings, f)
			}
		}
	}
}

// suggestionLists shares, within one file, the advice of missing-element findings: one list
// per rule and kind, not one per message. Advice lists are never changed in place.
type suggestionLists map[suggestionKey][]string

type suggestionKey struct {
	rule *rules.Rule
	kind rules.MessageKind
}

func (s suggestionLists) of(r *rules.Rule, k rules.MessageKind) []string {
	key := suggestionKey{r, k}
	list, ok := s[key]
	if !ok {
		list = []string{r.SuggestFor(k)}
		s[key] = list[:1:1]
	}
	return list[:1:1]
}

// elementSilenced reports whether a directive that names the requires rule id (or a prefix of
// it) covers offset off on line line. A directive that names no rule is about the wording of a
// line or region, not about what the whole message lacks, so it does not silence elements.
func elementSilenced(sil *silencer, id string, off, line int) bool {
	for _, d := range sil.next[line] {
		if len(d.Rules) > 0 && matchesRule(d.Rules, id) {
			return true
		}
	}
	for _, r := range sil.regs {
		// A missing element is anchored just after the message's last byte: a region that
		// ends there covers it.
		if len(r.rules) > 0 && off >= r.start && off <= r.end && matchesRule(r.rules, id) {
			return true
		}
	}
	return false
}

// anyRequires reports whether some active requires rule applies to kind k.
func (l *Linter) anyRequires(k rules.MessageKind, sev []rules.Severity) bool {
	for ri, r := range l.pack.Rules {
		if r.Type == rules.Requires && sev[ri] != rules.Off && r.AppliesTo(k) {
			return true
		}
	}
	return false
}

// findingsByMessage lists, by message, the source ranges of the findings that are matches
// (not missing elements).
func findingsByMessage(res *Result) []spanIndex {
	out := make([]spanIndex, len(res.Messages))
	for _, f := range res.Findings {
		if f.Rule.Type != rules.Requires && f.MessageIndex < len(out) {
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
	kind := res.Messages[seg.Message].Kind
	sc.text.Reset(seg.Text)
	want := func(ri int) bool {
		r := l.pack.Rules[ri]
		return r.Type == rules.Requires && !present[ri] && sev[ri] != rules.Off && r.AppliesTo(kind)
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
	for _, h := range sc.hits[sc.segHits[si]:sc.segHits[si+1]] {
		for _, t := range l.targets[h.id] {
			ri := int(t.rule)
			if t.kind == targetCue || t.kind == targetGuard || !want(ri) {
				continue
			}
			r := l.pack.Rules[ri]
			if t.kind == targetToken {
				m := rules.Match{Start: int(h.start), End: int(h.end), Token: int(t.token), Count: 1}
				present[ri] = r.LiteralAt(&sc.text, int(t.token), m.Start, m.End) && counts(r, m)
				continue
			}
			if !sc.marked[ri] {
				sc.marked[ri] = true
				run = append(run, ri)
			}
		}
	}
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
	var flaws []message.Flaw
	for i := range res.Messages {
		m := &res.Messages[i]
		flaws = flawsOf(byMsg[i], flaws[:0])
		m.Score = message.GraceScore(message.ScoreInput{Kind: m.Kind, Present: m.Present, Missing: m.Missing, Flaws: flaws})
	}
}

// flawsOf appends to dst the findings of fs about wording, as the grace score reads them:
// every finding but a missing element, which costs its credit instead.
func flawsOf(fs []Finding, dst []message.Flaw) []message.Flaw {
	for i := range fs {
		if f := &fs[i]; f.Rule.Type != rules.Requires {
			dst = append(dst, message.Flaw{Rule: f.Rule.ID, Severity: f.Severity, Pos: f.Pos, Message: f.Message})
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
