package lint

import (
	"cmp"
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/rules"
)

// candidate is a match of rule before overlap, scope and exception checks, in 20 bytes: a
// segment with a match every few bytes has as many candidates (document.MaxSize keeps its
// offsets within 32 bits).
type candidate struct {
	rule, start, end, token, count int32
}

// newCandidate returns match m of rule ri as a candidate.
func newCandidate(ri int, m rules.Match) candidate {
	return candidate{int32(ri), int32(m.Start), int32(m.End), int32(m.Token), int32(m.Count)}
}

// match returns the candidate's match.
func (c candidate) match() rules.Match {
	return rules.Match{Start: int(c.start), End: int(c.end), Token: int(c.token), Count: int(c.count)}
}

// lintSegment finds the matches of every rule whose keywords occur in segment si (and of the
// rules that always run) and turns them into findings.
func (l *Linter) lintSegment(res *Result, si int, sev []rules.Severity, sc *scratch) {
	doc := res.Doc
	seg := &doc.Segments[si]
	msg := &res.Messages[seg.Message]
	text := sc.texts[si]
	sc.text.Reset(text)
	if len(sc.marked) < len(l.pack.Rules) {
		sc.marked = make([]bool, len(l.pack.Rules))
	}
	sc.guards.Grow(&l.guardLayout, len(l.pack.Rules))
	defer sc.guards.Clear(&l.guardLayout)
	run := sc.runList[:0]
	cands := sc.cands[:0]
	l.eachHitGuard(sc, si, func(h hit) {
		for _, t := range l.targets.of(h.id) {
			ri := int(t.rule)
			switch t.kind {
			case targetToken:
				r := l.pack.Rules[ri]
				if r.Type == rules.Requires || !l.active(ri, sev, msg.Kind, seg) {
					continue
				}
				if end := l.hitEnd(h); r.LiteralAt(&sc.text, int(t.token), int(h.start), end) {
					cands = append(cands, candidate{int32(ri), h.start, int32(end), t.token, 1})
				}
			case targetKeyword:
				if !sc.marked[ri] {
					sc.marked[ri] = true
					run = append(run, ri)
				}
			case targetGuard:
				sc.guards.Add(t.rule, t.token, &l.guardLayout)
			}
		}
	}, func(id int32) {
		for _, t := range l.targets.of(id) {
			sc.guards.Add(t.rule, t.token, &l.guardLayout)
		}
	})
	for _, ri := range l.always {
		if !sc.marked[ri] {
			sc.marked[ri] = true
			run = append(run, ri)
		}
	}
	for _, ri := range run {
		sc.marked[ri] = false
		r := l.pack.Rules[ri]
		if r.Type == rules.Requires || !l.active(ri, sev, msg.Kind, seg) {
			continue
		}
		emit := func(m rules.Match) { cands = append(cands, newCandidate(ri, m)) }
		listed := l.guardOpen[ri]
		if sc.guards.Held(ri) {
			listed = sc.guards.Listed(l.guardBase[ri], l.guardBase[ri+1], listed)
		}
		if r.Scope != rules.ScopeCTA {
			r.FindPatternsListed(&sc.text, listed, emit)
			continue
		}
		for _, span := range seg.CTAs {
			sc.sub.Reset(text[span.Start:span.End])
			// The segment's guard hits hold for its CTA text or say too much, never too little.
			r.FindPatternsListed(&sc.sub, listed, func(m rules.Match) {
				m.Start, m.End = m.Start+span.Start, m.End+span.Start
				emit(m)
			})
		}
	}
	sc.runList = run[:0]
	l.report(res, si, sev, cands, sc)
	sc.cands = cands[:0]
	if cap(cands) > maxKeptHits {
		sc.cands = nil // a large segment's are not kept for the next
	}
}

// active reports whether rule ri runs on a segment of a message of kind k.
func (l *Linter) active(ri int, sev []rules.Severity, k rules.MessageKind, seg *document.Segment) bool {
	if sev[ri] == rules.Off {
		return false
	}
	r := l.pack.Rules[ri]
	if !r.AppliesTo(k) {
		return false
	}
	switch r.Scope {
	case rules.ScopeHeading:
		return seg.Role == document.RoleHeading
	case rules.ScopeCTA:
		return len(seg.CTAs) > 0
	}
	return true
}

// report keeps, for each rule, the longest of overlapping matches, drops those outside a CTA
// for cta rules and those an exception excuses, and records findings.
func (l *Linter) report(res *Result, si int, sev []rules.Severity, cands []candidate, sc *scratch) {
	// slices.SortFunc runs the algorithm sort.Slice does, from the same template, without
	// boxing the slice in an interface for each segment: the same order, ties included.
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.rule != b.rule {
			return cmp.Compare(a.rule, b.rule)
		}
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	seg := &res.Doc.Segments[si]
	res.Findings = sc.growth.grow(res.Findings, len(cands), si, len(res.Doc.Segments))
	first := len(res.Findings)
	lastRule, lastEnd := -1, -1
	for _, c := range cands {
		m, ri := c.match(), int(c.rule)
		if ri == lastRule && m.Start < lastEnd {
			continue
		}
		r := l.pack.Rules[ri]
		if r.Scope == rules.ScopeCTA && !insideCTA(seg, m) {
			continue
		}
		if !r.InContext(&sc.text, m) || r.Excepted(&sc.text, m) ||
			(r.HasMessageContext() && !l.inMessageContext(res, seg.Message, ri, sc)) ||
			(r.HasUnless() && l.excused(res, seg.Message, ri, sc)) {
			continue
		}
		lastRule, lastEnd = ri, m.End
		if r.Scope == rules.ScopeMessage && !sc.firstInMessage(seg.Message, ri) && r.Type != rules.Occurrence {
			continue
		}
		if r.Type == rules.Occurrence && r.Scope == rules.ScopeMessage {
			st := sc.occurrence(seg.Message, ri)
			if st.count++; st.count == r.Max()+1 {
				st.f = l.finding(res, si, c, sev[ri], sc)
			}
			continue
		}
		res.Findings = append(res.Findings, l.finding(res, si, c, sev[ri], sc))
	}
	res.Findings = append(res.Findings[:first], oneFindingPerWords(res.Findings[first:], &res.work)...)
}

// excused reports whether one of rule ri's unless patterns matches a text of message mi,
// remembering the answer for the rest of the file.
func (l *Linter) excused(res *Result, mi, ri int, sc *scratch) bool {
	k := scratchKey(mi, ri)
	if v, ok := sc.excused[k]; ok {
		return v
	}
	if sc.excused == nil {
		sc.excused = map[uint64]bool{}
	}
	r := l.pack.Rules[ri]
	v := false
	for _, si := range res.Messages[mi].Segments {
		if r.ExcusedBy(sc.texts[si]) {
			v = true
			break
		}
	}
	sc.excused[k] = v
	return v
}

// inMessageContext reports whether the texts of message mi together match every message_has
// pattern of rule ri, remembering the answer for the rest of the file.
func (l *Linter) inMessageContext(res *Result, mi, ri int, sc *scratch) bool {
	k := scratchKey(mi, ri)
	if v, ok := sc.context[k]; ok {
		return v
	}
	if sc.context == nil {
		sc.context = map[uint64]bool{}
	}
	r := l.pack.Rules[ri]
	var bits uint64
	for _, si := range res.Messages[mi].Segments {
		if bits |= r.MessageContext(withoutCTAs(sc.texts[si], &res.Doc.Segments[si])); r.MessageContextComplete(bits) {
			break
		}
	}
	v := r.MessageContextComplete(bits)
	sc.context[k] = v
	return v
}

// withoutCTAs returns text, a segment's text as rules match it, with its link and button text
// blanked out: a footer's "Unsubscribe" link says nothing about what the message itself is
// about.
func withoutCTAs(text string, seg *document.Segment) string {
	if len(seg.CTAs) == 0 {
		return text
	}
	b := []byte(text)
	for _, sp := range seg.CTAs {
		for i := sp.Start; i < sp.End; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// outranks orders overlapping findings: severity, then a law check over another rule, then a
// fix, then length, then rule id.
func outranks(a, b *Finding) bool {
	if a.Severity != b.Severity {
		return a.Severity > b.Severity
	}
	if (a.Rule.Law != "") != (b.Rule.Law != "") {
		return a.Rule.Law != "" // the law the configuration asked about says more
	}
	if (len(a.Fixes) > 0) != (len(b.Fixes) > 0) {
		return len(a.Fixes) > 0
	}
	if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
		return la > lb
	}
	return a.Rule.ID < b.Rule.ID && a.Rule != b.Rule
}

func insideCTA(seg *document.Segment, m rules.Match) bool {
	for _, s := range seg.CTAs {
		if m.Start >= s.Start && m.End <= s.End {
			return true
		}
	}
	return false
}

// finding builds a Finding for a match, mapping it back to source bytes and turning one-to-one
// rewrites into fixes where the source behind the match may be replaced.
func (l *Linter) finding(res *Result, si int, c candidate, sev rules.Severity, sc *scratch) Finding {
	seg := &res.Doc.Segments[si]
	r := l.pack.Rules[c.rule]
	m := c.match()
	start, end := seg.SourceRange(m.Start, m.End)
	text := seg.Text[m.Start:m.End]
	f := Finding{
		Rule: r, Severity: sev, Message: sc.message(r, int(c.rule), text, m.Count),
		Start: start, End: end, Match: sc.match(res.Doc.Src[start:end]), Text: text,
		Key: seg.Key, MessageIndex: seg.Message,
	}
	kind := res.Messages[seg.Message].Kind
	editable := seg.Editable(m.Start, m.End)
	for _, rw := range r.Replacements(m, text, kind) {
		rw = fitPunctuation(rw, seg.Text, m.End)
		// A rewrite that cannot be written into the segment's source (see format.Fixable) is
		// advice, so that --fix, the editor's quick fix and the writers' page never write it.
		if !editable || !format.Fixable(seg.Escape, rw) {
			f.Advice = append(f.Advice, rw)
			continue
		}
		f.Fixes = append(f.Fixes, Fix{Title: rw, New: document.EscapeText(seg.Escape, rw)})
	}
	if len(f.Fixes) == 1 {
		f.Fixes = sc.fix(f.Fixes[0]) // one slice for every finding that makes the same fix
	}
	if r.Type != rules.Substitution {
		if rw := r.RewritesIn(kind, sc.informal[seg.Message]); len(f.Advice) == 0 && len(rw) > 0 {
			f.Advice = slices.Clip(rw) // the rule's own list, copied only if a finding adds to it
		} else {
			f.Advice = append(f.Advice, rw...)
		}
	}
	return f
}

// fitPunctuation drops a rewrite's closing punctuation when the text after the match already
// has some, so "Please don't go!" becomes "We'll miss you!" rather than "We'll miss you.!".
func fitPunctuation(rw, text string, end int) string {
	if end >= len(text) || !strings.ContainsRune(".!?,;:", rune(text[end])) {
		return rw
	}
	return strings.TrimRight(rw, ".!?")
}
