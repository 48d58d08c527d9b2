package rules

import (
	"iter"
	"strings"
)

// Guards are the guard sets of an expression: every match of it holds, in lower-case ASCII, a
// literal of each set. They are one string, each set's literals separated by guardLit and the
// sets by guardSet, so that the built-in pack carries them as constants rather than as slices
// built at start-up. The zero value has no set.
type Guards string

// GuardSet is one set of Guards: its literals separated by guardLit.
type GuardSet string

// Separators of the encoding of Guards. A derived literal that holds one of them is dropped with
// its set: a set the encoding leaves out guards nothing, and skips no text.
const (
	guardSet = "\x00"
	guardLit = "\x01"
)

// encodeGuards returns the Guards of sets.
func encodeGuards(sets [][]string) Guards {
	var b strings.Builder
next:
	for _, set := range sets {
		if len(set) == 0 {
			continue
		}
		for _, lit := range set {
			if lit == "" || strings.ContainsAny(lit, guardSet+guardLit) {
				continue next
			}
		}
		if b.Len() > 0 {
			b.WriteString(guardSet)
		}
		b.WriteString(strings.Join(set, guardLit))
	}
	return Guards(b.String())
}

// Sets yields the guard sets in order.
func (g Guards) Sets() iter.Seq[GuardSet] {
	return func(yield func(GuardSet) bool) {
		for s := string(g); s != ""; {
			set, rest, _ := strings.Cut(s, guardSet)
			if !yield(GuardSet(set)) {
				return
			}
			s = rest
		}
	}
}

// Literals yields the set's literals.
func (s GuardSet) Literals() iter.Seq[string] {
	return func(yield func(string) bool) {
		for l := string(s); l != ""; {
			lit, rest, _ := strings.Cut(l, guardLit)
			if !yield(lit) {
				return
			}
			l = rest
		}
	}
}

// PatternGuards returns the guard sets of each of the rule's patterns, by pattern: every match
// of pattern i holds a literal of each of its sets, in lower-case ASCII. An engine that finds
// these literals in one pass over a text, with the rules' keywords, passes what it found to
// FindPatternsListed (the patterns whose guards all held).
func (r *Rule) PatternGuards() []Guards {
	out := make([]Guards, len(r.patterns))
	for i, p := range r.patterns {
		p.load()
		out[i] = p.guards
	}
	return out
}

// FindPatternsListed is FindPatterns for a caller that has searched t for the literals of
// PatternGuards: listed holds, in increasing order, the patterns whose guard sets each have a
// literal in t (it may list a pattern whose sets do not, never leave out one whose sets do);
// the others are not read, and t is not searched again for the literals.
func (r *Rule) FindPatternsListed(t *Text, listed []int32, emit func(Match)) {
	switch r.Type {
	case Occurrence:
		if len(listed) > 0 && listed[0] == 0 {
			r.findOccurrences(t, true, emit)
		}
	case Sequence:
		r.findSequences(t, emit)
	default:
		for _, i := range listed {
			r.findPattern(int(i), t, true, emit)
		}
	}
}

// findPattern calls emit for each match of pattern i in t; held is mayMatch's.
func (r *Rule) findPattern(i int, t *Text, held bool, emit func(Match)) {
	if !r.mayMatch(i, t, held) {
		return
	}
	for _, loc := range r.findAll(i, t.S) {
		emit(Match{Start: loc[0], End: loc[1], Token: -1, Count: 1})
	}
}

// mayMatch reports whether pattern i can match t: every match contains a literal of each of
// the pattern's guard sets (and a digit, for patterns that require one), so a text that lacks
// them is skipped without running the regular expression, and the expression's automaton
// rules out most of the texts that hold them. The rule-level keywords decide whether a rule
// runs at all; guards decide, at no cost to the result, which of its patterns need to. held
// says that the caller found the literals of each set in t (see FindPatternsListed), which
// is then not searched for them.
func (r *Rule) mayMatch(i int, t *Text, held bool) bool {
	p := r.patterns[i]
	p.load()
	if p.digit && !t.HasDigit() {
		return false
	}
	if !held {
		lw := withLower(t.S, t.Lower())
		return p.possible(&lw)
	}
	return p.automatonMatches(t.S)
}

// guardBytes returns the literals of the first set of g whose literals are each one byte that
// is not an ASCII letter, joined ("" when no set is): every match holds one of these bytes,
// the same in a text and in its lower-case form.
func guardBytes(g Guards) string {
next:
	for set := range g.Sets() {
		var b []byte
		for lit := range set.Literals() {
			if len(lit) != 1 || 'a' <= lit[0]|0x20 && lit[0]|0x20 <= 'z' {
				continue next
			}
			b = append(b, lit[0])
		}
		return string(b)
	}
	return ""
}

// holdsByte reports whether s holds one of the bytes of bs: a guard set has one to a few, and
// a search for each runs many bytes at a time where strings.ContainsAny reads one at a time.
func holdsByte(s, bs string) bool {
	for i := 0; i < len(bs); i++ {
		if strings.IndexByte(s, bs[i]) >= 0 {
			return true
		}
	}
	return false
}

// guarded reports whether lower, lower-case text, holds a literal of every set of g (true when
// g has none): otherwise the expression they guard cannot match.
func guarded(g Guards, lower string) bool {
	for s := string(g); s != ""; {
		set, rest, _ := strings.Cut(s, guardSet)
		s = rest
		found := false
		for set != "" {
			lit, more, _ := strings.Cut(set, guardLit)
			set = more
			if strings.Contains(lower, lit) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
