package literal

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// This file holds the parts of literal derivation that know every string a small expression
// can match (exact sets), and the guards that let a pattern skip texts it cannot match.

// computeExact returns every string re can match, in lower case, when they are few (at most
// maxExact): literals, small classes, alternations, optional parts and zero-width
// assertions. A run of white space counts as the one space it is in normalised text. It asks
// d for the exact sets of sub-expressions, which d remembers.
func (d *deriver) computeExact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}, true
	case syntax.OpCapture:
		return d.exactSet(re.Sub[0])
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxClassKeywords {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				c := unicode.ToLower(r)
				if unicode.IsSpace(r) {
					c = ' '
				}
				set = append(set, string(c))
			}
		}
		set = uniq(set)
		return set, len(set) > 0 && len(set) <= 2*maxClassKeywords
	case syntax.OpQuest:
		ex, ok := d.exactSet(re.Sub[0])
		if !ok || len(ex) >= maxExact {
			return nil, false
		}
		return append([]string{""}, ex...), true
	case syntax.OpAlternate:
		var set []string
		for _, alt := range re.Sub {
			ex, ok := d.exactSet(alt)
			if !ok {
				return nil, false
			}
			for _, s := range ex {
				if !slices.Contains(set, s) {
					if set = append(set, s); len(set) > maxExact {
						return nil, false
					}
				}
			}
		}
		return set, true
	case syntax.OpConcat:
		cur := []string{""}
		for _, part := range re.Sub {
			ex, ok := d.exactSet(part)
			if !ok {
				return nil, false
			}
			if cur = product(cur, ex); cur == nil {
				return nil, false
			}
		}
		return cur, true
	}
	if isSpaceRun(re) {
		return []string{" "}, true
	}
	return nil, false
}

// product returns every concatenation of a string of a with one of b, or nil when there would
// be more than maxExact; adjacent spaces merge, as they do in normalised text.
func product(a, b []string) []string {
	if len(a)*len(b) > maxExact {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			if strings.HasSuffix(x, " ") && strings.HasPrefix(y, " ") {
				y = y[1:]
			}
			out = append(out, x+y)
		}
	}
	return uniq(out)
}

// trimmedSet trims the white space at the ends of each string, which need not be part of the
// text, and returns nil when one of them is left empty: then nothing is required.
func trimmedSet(set []string) []string {
	out := make([]string, 0, len(set))
	for _, s := range set {
		s = strings.TrimSpace(s)
		if s == "" {
			return nil
		}
		out = append(out, s)
	}
	return Dedupe(out)
}

// isSpaceRun reports a repetition, at least once, of white space only (\s+, [ \t]{1,3}):
// in normalised text it always matches exactly one space.
func isSpaceRun(re *syntax.Regexp) bool {
	if !(re.Op == syntax.OpPlus || re.Op == syntax.OpRepeat && re.Min >= 1) {
		return false
	}
	class := re.Sub[0]
	if class.Op != syntax.OpCharClass {
		return false
	}
	hasSpace := false
	for i := 0; i+1 < len(class.Rune); i += 2 {
		for r := class.Rune[i]; r <= class.Rune[i+1]; r++ {
			switch r {
			case ' ':
				hasSpace = true
			case '\t', '\n', '\v', '\f', '\r':
			default:
				return false
			}
		}
	}
	return hasSpace
}

// NeedsDigit reports whether every match of re, parsed and simplified, contains an ASCII
// digit, so that a text without digits can skip it.
func NeedsDigit(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return false
			}
		}
		return true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if '0' <= r && r <= '9' {
				return true
			}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return NeedsDigit(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min >= 1 && NeedsDigit(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if NeedsDigit(sub) {
				return true
			}
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !NeedsDigit(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// maxGuardSets bounds the literal sets one expression is guarded by: each costs a search of
// the text, and a third set rarely rules out what two did not.
const maxGuardSets = 3

// GuardSets returns sets of lower-case ASCII literals such that every match of re, parsed and
// simplified, contains a literal of each set. A text must hold a literal of every set for re
// to run: a friction pattern that needs both a word for cancelling and a weekday is skipped on
// a text that only cancels. Sets are checked in order: first the substrings shared by all the
// literals of a set, one search each, then the sets, most selective (longest Shortest literal)
// first.
func GuardSets(re *syntax.Regexp) [][]string {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	d := deriver{exact: map[*syntax.Regexp]exactResult{}}
	var sets [][]string
	keep := func(set []string) {
		for _, lit := range set {
			if strings.TrimSpace(lit) == "" {
				return // white space guards nothing in normalised text
			}
		}
		if set = asciiLiterals(Dedupe(slices.Clone(set))); len(set) > 0 {
			sets = append(sets, withoutSuperstrings(set))
		}
	}
	if re.Op == syntax.OpConcat {
		d.concatCandidates(re.Sub, keep)
	} else if set, ok := d.literalSet(re); ok {
		keep(set)
	}
	slices.SortStableFunc(sets, func(a, b []string) int { return Shortest(b) - Shortest(a) })
	if len(sets) > maxGuardSets {
		sets = sets[:maxGuardSets]
	}
	// A set of many literals costs a search for each; when they share a substring ("due to
	// your", "because of your": " your"), a text without it is skipped after one search.
	var common [][]string
	for _, set := range sets {
		if len(set) < 2 {
			continue
		}
		if c := commonSubstring(set); len(strings.TrimSpace(c)) >= minCommon {
			common = append(common, []string{c})
		}
	}
	return append(common, sets...)
}

// minCommon is the Shortest substring, spaces aside, worth a search of its own.
const minCommon = 3

// commonSubstring returns the longest string every literal of set contains ("" when set is
// empty or they share nothing).
func commonSubstring(set []string) string {
	if len(set) == 0 {
		return ""
	}
	short := set[0]
	for _, lit := range set[1:] {
		if len(lit) < len(short) {
			short = lit
		}
	}
	for n := len(short); n > 0; n-- {
		for i := 0; i+n <= len(short); i++ {
			sub := short[i : i+n]
			if !slices.ContainsFunc(set, func(lit string) bool { return !strings.Contains(lit, sub) }) {
				return sub
			}
		}
	}
	return ""
}

// withoutSuperstrings drops the literals of a guard set that contain another of its literals:
// a text holding "monday" holds "mon", so "mon" alone guards as well and is searched once.
func withoutSuperstrings(set []string) []string {
	return slices.DeleteFunc(slices.Clone(set), func(lit string) bool {
		return slices.ContainsFunc(set, func(other string) bool { return other != lit && strings.Contains(lit, other) })
	})
}

// asciiLiterals returns lits when every literal is ASCII, and nil otherwise: a guard is checked
// against text lower-cased byte by byte, which folds only ASCII letters.
func asciiLiterals(lits []string) []string {
	for _, l := range lits {
		for i := 0; i < len(l); i++ {
			if l[i] >= 0x80 {
				return nil
			}
		}
	}
	return lits
}

// uniq removes repeated strings in place, keeping the empty one (which exact sets need).
func uniq(set []string) []string {
	if len(set) <= 2*maxExact { // small sets, the usual case: no map
		out := set[:0]
		for _, s := range set {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
		return out
	}
	seen := make(map[string]bool, len(set))
	out := set[:0]
	for _, s := range set {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
