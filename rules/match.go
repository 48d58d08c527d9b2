package rules

import (
	"strings"

	"github.com/farewell-protocol/farewell/internal/textseg"
)

// LiteralAt reports whether token tok of r, found by a case-insensitive keyword search at
// [start, end) of t, is a match: the case agrees where the rule is case-sensitive, and the
// token is word-bounded on each side that begins or ends with a word character.
func (r *Rule) LiteralAt(t *Text, tok, start, end int) bool {
	lit := r.tokens[tok].Text
	if r.caseSensitive && t.S[start:end] != lit {
		return false
	}
	if textseg.IsWordByte(lit[0]) && start > 0 && textseg.IsWordByte(t.S[start-1]) {
		return false
	}
	if textseg.IsWordByte(lit[len(lit)-1]) && end < len(t.S) && textseg.IsWordByte(t.S[end]) {
		return false
	}
	return true
}

// FindPatterns calls emit for each match of the rule's patterns in t: regexp matches for
// existence, substitution and requires rules, token-pattern matches for sequence rules, and
// for occurrence rules one match per sentence (or segment, for cta and heading scope) that
// holds more than Max occurrences, or every occurrence when the scope is the whole message.
func (r *Rule) FindPatterns(t *Text, emit func(Match)) {
	switch r.Type {
	case Occurrence:
		r.findOccurrences(t, false, emit)
	case Sequence:
		r.findSequences(t, emit)
	default:
		for i := range r.patterns {
			r.findPattern(i, t, false, emit)
		}
	}
}

// findAll returns the non-empty matches of pattern i in s. A pattern with groups named
// "match" reports only the span of the first of them that took part in the match: the rest
// of the pattern is context that must be there but is not part of the finding.
func (r *Rule) findAll(i int, s string) [][]int {
	re := r.patterns[i].get()
	groups := r.patterns[i].groups
	if len(groups) == 0 {
		locs := re.FindAllStringIndex(s, -1)
		out := locs[:0]
		for _, loc := range locs {
			if loc[1] > loc[0] {
				out = append(out, loc)
			}
		}
		return out
	}
	locs := re.FindAllStringSubmatchIndex(s, -1)
	out := locs[:0]
	for _, loc := range locs {
		for _, g := range groups {
			if start, end := loc[2*g], loc[2*g+1]; start >= 0 && end > start {
				loc[0], loc[1] = start, end
				out = append(out, loc[:2])
				break
			}
		}
	}
	return out
}

// HasUnless reports whether the rule has message-level exceptions ("unless" patterns).
func (r *Rule) HasUnless() bool { return len(r.unless) > 0 }

// ExcusedBy reports whether one of the rule's unless patterns matches text, one text of a
// message, where no negation precedes the match ("you cannot export your data" offers no
// export); a match anywhere in the message excuses the rule in the whole message.
func (r *Rule) ExcusedBy(text string) bool {
	t := lowerOf(text)
	return anyAffirmed(r.unless, &t, r.negations)
}

// Excepted reports whether one of the rule's exceptions matches, unnegated, in the sentence
// that holds m. A negation inside m itself governs the match, not an exception after it:
// "you cannot sign up again with the same address" keeps its "with the same address".
func (r *Rule) Excepted(t *Text, m Match) bool {
	if len(r.exceptions) == 0 {
		return false
	}
	start, end := t.sentenceAround(m)
	lower := t.Lower()
	for _, e := range t.exceptionSpans(r, start, end) {
		if affirmed(lower, e.Start, start, Span{Start: m.Start, End: m.End}, r.negations) {
			return true
		}
	}
	return false
}

// HasMessageContext reports whether the rule needs something elsewhere in its message
// (message_has patterns).
func (r *Rule) HasMessageContext() bool { return len(r.messageHas) > 0 }

// InContext reports whether the sentence that holds m has a match of every sentence_has
// pattern of the rule.
func (r *Rule) InContext(t *Text, m Match) bool {
	if len(r.sentenceHas) == 0 {
		return true
	}
	start, end := t.sentenceAround(m)
	sentence := withLower(t.S[start:end], t.Lower()[start:end])
	return allMatch(r.sentenceHas, &sentence)
}

// MessageContext returns which of the rule's message_has patterns match text, one text of a
// message, as a bit set (bit i for pattern i); the rule's matches count where the texts of a
// message together set every bit (see MessageContextComplete).
func (r *Rule) MessageContext(text string) uint64 {
	var bits uint64
	t := lowerOf(text) // most texts an automaton rules out before the guards read it
	for i, re := range r.messageHas {
		if i < 64 && re.matchString(&t) {
			bits |= 1 << i
		}
	}
	return bits
}

// MessageContextComplete reports whether bits, the union of MessageContext over a message's
// texts, holds every message_has pattern of the rule.
func (r *Rule) MessageContextComplete(bits uint64) bool {
	n := min(len(r.messageHas), 64)
	return bits == (1<<n)-1
}

// sentenceAround returns the sentence that holds m, stretched to cover m.
func (t *Text) sentenceAround(m Match) (int, int) {
	sp := t.SentenceAt(m.Start)
	return min(sp.Start, m.Start), max(sp.End, m.End)
}

func allMatch(res []*lazyRegexp, t *lowered) bool {
	for _, re := range res {
		if !re.matchString(t) {
			return false
		}
	}
	return true
}

// anyAffirmed reports whether one of res matches t at a place no negation governs (see
// negatedAt); negs are the language's negations (nil: English).
func anyAffirmed(res []*lazyRegexp, t *lowered, negs []string) bool {
	for _, re := range res {
		if !re.possible(t) {
			continue
		}
		for _, loc := range re.get().FindAllStringIndex(t.s, -1) {
			if !negatedAt(t.get(), loc[0], 0, negs) {
				return true
			}
		}
	}
	return false
}

// affirmed reports whether an excuse starting at byte i of lower, in a clause that may start
// no earlier than floor, stands unnegated: inside the rule's own match (own) it always does,
// after it a negation counts only after the match, before it any negation in its clause does.
func affirmed(lower string, i, floor int, own Span, negs []string) bool {
	switch {
	case own.Start >= 0 && i >= own.Start && i < own.End:
		return true
	case own.End >= 0 && i >= own.End:
		return !negatedAt(lower, i, own.End, negs)
	}
	return !negatedAt(lower, i, floor, negs)
}

// Replacements returns the one-to-one rewrites a substitution rule offers for m in a message
// of kind k, adapted to the case of the matched text; other rule types offer none.
func (r *Rule) Replacements(m Match, matched string, k MessageKind) []string {
	if r.Type != Substitution {
		return nil
	}
	list := r.RewritesOf(k)
	if m.Token >= 0 && m.Token < len(r.tokens) {
		list = r.tokens[m.Token].Rewrites
	}
	out := make([]string, len(list))
	for i, rw := range list {
		out[i] = matchCase(matched, rw)
	}
	return out
}

// matchCase capitalises a rewrite's first letter when the match starts with a capital, and
// lower-cases it when the match starts in lower case and the rewrite's first word is not an
// acronym or "I".
func matchCase(matched, rewrite string) string {
	if matched == "" || rewrite == "" {
		return rewrite
	}
	m, w := matched[0], rewrite[0]
	switch {
	case 'A' <= m && m <= 'Z' && 'a' <= w && w <= 'z':
		return string(w-'a'+'A') + rewrite[1:]
	case 'a' <= m && m <= 'z' && 'A' <= w && w <= 'Z' && !keepsCapital(rewrite):
		return string(w-'A'+'a') + rewrite[1:]
	}
	return rewrite
}

func keepsCapital(s string) bool {
	word, _, _ := strings.Cut(s, " ")
	if word == "I" || strings.HasPrefix(word, "I'") {
		return true
	}
	return len(word) > 1 && 'A' <= word[1] && word[1] <= 'Z'
}

func (r *Rule) findOccurrences(t *Text, held bool, emit func(Match)) {
	if !r.mayMatch(0, t, held) {
		return
	}
	locs := r.findAll(0, t.S)
	if len(locs) == 0 {
		return
	}
	if r.Scope == ScopeMessage {
		for _, loc := range locs {
			emit(Match{Start: loc[0], End: loc[1], Token: -1, Count: 1})
		}
		return
	}
	units := []Span{{Start: 0, End: len(t.S)}}
	if r.Scope == ScopeSentence {
		units = t.Sentences()
	}
	i := 0
	for _, u := range units {
		for i < len(locs) && locs[i][0] < u.Start {
			i++
		}
		first, n := i, 0
		for i < len(locs) && locs[i][0] < u.End {
			i++
			n++
		}
		if n > r.max {
			emit(Match{Start: locs[first][0], End: locs[i-1][1], Token: -1, Count: n})
		}
	}
}

// AnyPattern reports whether some match of the rule's regular expressions in t satisfies ok,
// stopping at the first that does; requires rules use it to learn whether an element is
// present without finding every occurrence.
func (r *Rule) AnyPattern(t *Text, ok func(Match) bool) bool {
	for i, re := range r.patterns {
		if !r.mayMatch(i, t, false) {
			continue
		}
		if rx := re.get(); len(re.groups) == 0 {
			first := rx.FindStringIndex(t.S)
			if first == nil {
				continue
			}
			if first[1] > first[0] && ok(Match{Start: first[0], End: first[1], Token: -1, Count: 1}) {
				return true
			}
		}
		for _, loc := range r.findAll(i, t.S) {
			if ok(Match{Start: loc[0], End: loc[1], Token: -1, Count: 1}) {
				return true
			}
		}
	}
	return false
}

// ExceptionOverlaps reports whether one of the rule's exceptions matches text that overlaps m
// within the sentence that holds it. Requires rules use it: their exceptions name wording
// around an element that keeps it from counting ("No thanks" is not gratitude), without
// discounting everything else in the sentence.
func (r *Rule) ExceptionOverlaps(t *Text, m Match) bool {
	if len(r.exceptions) == 0 {
		return false
	}
	sp := t.SentenceAt(m.Start)
	for _, e := range t.exceptionSpans(r, min(sp.Start, m.Start), max(sp.End, m.End)) {
		if e.Start < m.End && e.End > m.Start {
			return true
		}
	}
	return false
}
