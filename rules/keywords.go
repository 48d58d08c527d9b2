package rules

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxClassKeywords bounds how many alternatives a character class may expand to.
const maxClassKeywords = 4

// requiredLiterals returns a set of lower-case literals such that every match of pattern
// contains at least one of them, or nil when no such set can be derived. The keyword
// prefilter uses it so that authors rarely need to list keywords by hand.
func requiredLiterals(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	set, ok := literalSet(re.Simplify())
	if !ok {
		return nil
	}
	return dedupe(set)
}

func literalSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpCapture:
		return literalSet(re.Sub[0])
	case syntax.OpPlus:
		return literalSet(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalSet(re.Sub[0])
		}
	case syntax.OpCharClass:
		return classSet(re)
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set, ok := literalSet(sub)
			if !ok {
				return nil, false
			}
			all = append(all, set...)
		}
		return all, true
	case syntax.OpConcat:
		return concatSet(re.Sub)
	}
	return nil, false
}

// concatSet joins runs of adjacent literals and picks the child set whose shortest literal is
// longest, the most selective keyword choice.
func concatSet(subs []*syntax.Regexp) ([]string, bool) {
	var best []string
	bestLen := 0
	consider := func(set []string) {
		if l := shortest(set); l > bestLen {
			best, bestLen = set, l
		}
	}
	var run strings.Builder
	for _, sub := range subs {
		if sub.Op == syntax.OpLiteral {
			run.WriteString(strings.ToLower(string(sub.Rune)))
			continue
		}
		if run.Len() > 0 {
			consider([]string{run.String()})
			run.Reset()
		}
		if set, ok := literalSet(sub); ok {
			consider(set)
		}
	}
	if run.Len() > 0 {
		consider([]string{run.String()})
	}
	return best, best != nil
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

func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if l := utf8.RuneCountInString(s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

func dedupe(set []string) []string {
	seen := make(map[string]bool, len(set))
	out := set[:0]
	for _, s := range set {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
