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
		r.findOccurrences(t, emit)
	case Sequence:
		r.findSequences(t, emit)
	default:
		for i := range r.patterns {
			if !r.mayMatch(i, t) {
				continue
			}
			for _, loc := range r.findAll(i, t.S) {
				emit(Match{Start: loc[0], End: loc[1], Token: -1, Count: 1})
			}
		}
	}
}

// mayMatch reports whether pattern i can match t: every match contains a literal of each of
// the pattern's guard sets (and a digit, for patterns that require one), so a text that lacks
// them is skipped without running the regular expression. The rule-level keywords decide
// whether a rule runs at all; guards decide, at no cost to the result, which of its patterns
// need to.
func (r *Rule) mayMatch(i int, t *Text) bool {
	p := r.patterns[i]
	p.load()
	if p.digit && !t.HasDigit() {
		return false
	}
	return guarded(p.guards, t.Lower())
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
// message; a match anywhere in the message excuses the rule in the whole message.
func (r *Rule) ExcusedBy(text string) bool {
	for _, re := range r.unless {
		if re.get().MatchString(text) {
			return true
		}
	}
	return false
}

// Excepted reports whether one of the rule's exceptions matches the sentence that holds m.
func (r *Rule) Excepted(t *Text, m Match) bool {
	if len(r.exceptions) == 0 {
		return false
	}
	sp := t.SentenceAt(m.Start)
	return len(t.exceptionSpans(r, sp.Start, max(sp.End, m.End))) > 0
}

// guarded reports whether lower, lower-case text, holds a literal of every set of g (true when
// g is empty): otherwise the expression they guard cannot match.
func guarded(g [][]string, lower string) bool {
next:
	for _, set := range g {
		for _, lit := range set {
			if strings.Contains(lower, lit) {
				continue next
			}
		}
		return false
	}
	return true
}

// Replacements returns the one-to-one rewrites a substitution rule offers for m, adapted to
// the case of the matched text; other rule types offer none.
func (r *Rule) Replacements(m Match, matched string) []string {
	if r.Type != Substitution {
		return nil
	}
	list := r.Rewrites
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

func (r *Rule) findOccurrences(t *Text, emit func(Match)) {
	if !r.mayMatch(0, t) {
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
		if !r.mayMatch(i, t) {
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
