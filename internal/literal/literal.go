// Package literal derives, from a regular expression's syntax tree, literals that every match
// contains: the keywords that trigger a rule and the guard sets that let a pattern skip a text.
package literal

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxClassKeywords bounds how many alternatives a character class may expand to.
const maxClassKeywords = 4

// Required returns a set of lower-case literals such that every match of pattern
// contains at least one of them, or nil when no such set can be derived. The keyword
// prefilter uses it so that authors rarely need to list keywords by hand.
func Required(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	return RequiredOf(re.Simplify())
}

// RequiredOf is Required for a parsed and simplified expression.
func RequiredOf(re *syntax.Regexp) []string {
	d := deriver{exact: map[*syntax.Regexp]exactResult{}}
	set, ok := d.literalSet(re)
	if !ok {
		return nil
	}
	for _, lit := range set {
		if strings.TrimSpace(lit) == "" {
			return nil // white space guards nothing in normalised text
		}
	}
	return Dedupe(set)
}

// maxExact bounds the size of an exact set (see exactSet).
const maxExact = 16

// deriver derives the literals of one expression, remembering each node's exact set: the
// derivation asks for it again at every level above the node.
type deriver struct {
	exact map[*syntax.Regexp]exactResult
}

type exactResult struct {
	set []string // shared: never modified
	ok  bool
}

// exactSet is computeExact, worked out once per node.
func (d *deriver) exactSet(re *syntax.Regexp) ([]string, bool) {
	if r, seen := d.exact[re]; seen {
		return r.set, r.ok
	}
	set, ok := d.computeExact(re)
	d.exact[re] = exactResult{set, ok}
	return set, ok
}

func (d *deriver) literalSet(re *syntax.Regexp) ([]string, bool) {
	if ex, ok := d.exactSet(re); ok {
		if set := trimmedSet(ex); set != nil {
			return set, true
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpCapture:
		return d.literalSet(re.Sub[0])
	case syntax.OpPlus:
		return d.literalSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return d.literalSet(re.Sub[0])
		}
	case syntax.OpCharClass:
		return classSet(re)
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set, ok := d.literalSet(sub)
			if !ok {
				return nil, false
			}
			all = append(all, set...)
		}
		return all, true
	case syntax.OpConcat:
		return d.concatSet(re.Sub)
	}
	return nil, false
}

// concatSet joins runs of adjacent sub-expressions whose matches are known exactly ("do",
// (?:n't|nt| not)) into their cross product, and picks the candidate set whose Shortest literal
// is longest, the most selective keyword choice.
func (d *deriver) concatSet(subs []*syntax.Regexp) ([]string, bool) {
	var best []string
	bestLen := 0
	d.concatCandidates(subs, func(set []string) {
		if l := Shortest(set); l > bestLen {
			best, bestLen = set, l
		}
	})
	return best, best != nil
}

// concatCandidates calls consider with each set of literals one of which every match of the
// concatenation subs contains: one per run of exactly known parts, one per other part that
// has a set.
func (d *deriver) concatCandidates(subs []*syntax.Regexp, consider func([]string)) {
	cur := []string{""}
	flush := func() {
		if set := trimmedSet(cur); set != nil {
			consider(set)
		}
		cur = []string{""}
	}
	for _, sub := range subs {
		if ex, ok := d.exactSet(sub); ok {
			if prod := product(cur, ex); prod != nil {
				cur = prod
				continue
			}
			flush()
			cur = ex
			continue
		}
		// A part repeated at least once (o+, !{2,}) starts with one copy of itself: the run of
		// exactly known parts before it ends with that copy ("noo+" holds "noo", not only "no").
		if started := len(cur) > 1 || cur[0] != ""; started && (sub.Op == syntax.OpPlus || sub.Op == syntax.OpRepeat && sub.Min >= 1) {
			if ex, ok := d.exactSet(sub.Sub[0]); ok {
				if prod := product(cur, ex); prod != nil {
					cur = prod
				}
			}
		}
		flush()
		if set, ok := d.literalSet(sub); ok {
			consider(set)
		}
	}
	flush()
}

func classSet(re *syntax.Regexp) ([]string, bool) {
	var set []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		lo, hi := re.Rune[i], re.Rune[i+1]
		if hi-lo >= maxClassKeywords {
			return nil, false
		}
		for r := lo; r <= hi; r++ {
			s := string(unicode.ToLower(r))
			set = append(set, s)
		}
		if len(set) > 2*maxClassKeywords {
			return nil, false
		}
	}
	return set, len(set) > 0
}

// Shortest returns the length in runes of the shortest literal of set, or -1 when it is empty.
func Shortest(set []string) int {
	n := -1
	for _, s := range set {
		if l := utf8.RuneCountInString(s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

// Dedupe returns set without repeated or empty literals, in its own storage.
func Dedupe(set []string) []string {
	out := uniq(set)
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}
