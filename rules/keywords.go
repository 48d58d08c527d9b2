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
	for _, lit := range set {
		if strings.TrimSpace(lit) == "" {
			return nil // white space guards nothing in normalised text
		}
	}
	return dedupe(set)
}

// maxExact bounds the size of an exact set (see exactSet).
const maxExact = 16

func literalSet(re *syntax.Regexp) ([]string, bool) {
	if ex, ok := exactSet(re); ok {
		if set := trimmedSet(ex); set != nil {
			return set, true
		}
	}
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

// concatSet joins runs of adjacent sub-expressions whose matches are known exactly ("do",
// (?:n't|nt| not)) into their cross product, and picks the candidate set whose shortest literal
// is longest, the most selective keyword choice.
func concatSet(subs []*syntax.Regexp) ([]string, bool) {
	var best []string
	bestLen := 0
	consider := func(set []string) {
		if l := shortest(set); l > bestLen {
			best, bestLen = set, l
		}
	}
	cur := []string{""}
	flush := func() {
		if set := trimmedSet(cur); set != nil {
			consider(set)
		}
		cur = []string{""}
	}
	for _, sub := range subs {
		if ex, ok := exactSet(sub); ok {
			if prod := product(cur, ex); prod != nil {
				cur = prod
				continue
			}
			flush()
			cur = ex
			continue
		}
		flush()
		if set, ok := literalSet(sub); ok {
			consider(set)
		}
	}
	flush()
	return best, best != nil
}

// exactSet returns every string re can match, in lower case, when they are few (at most
// maxExact): literals, small classes, alternations, optional parts and zero-width
// assertions. A run of white space counts as the one space it is in normalised text.
func exactSet(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}, true
	case syntax.OpCapture:
		return exactSet(re.Sub[0])
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
		ex, ok := exactSet(re.Sub[0])
		if !ok || len(ex) >= maxExact {
			return nil, false
		}
		return append([]string{""}, ex...), true
	case syntax.OpAlternate:
		var set []string
		for _, sub := range re.Sub {
			ex, ok := exactSet(sub)
			if !ok {
				return nil, false
			}
			set = append(set, ex...)
		}
		set = uniq(set)
		return set, len(set) <= maxExact
	case syntax.OpConcat:
		cur := []string{""}
		for _, sub := range re.Sub {
			ex, ok := exactSet(sub)
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
	return dedupe(out)
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

// requiresDigit reports whether every match of pattern contains an ASCII digit, so that a
// text without digits can skip it.
func requiresDigit(pattern string) bool {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return false
	}
	return needsDigit(re.Simplify())
}

func needsDigit(re *syntax.Regexp) bool {
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
		return needsDigit(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min >= 1 && needsDigit(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if needsDigit(sub) {
				return true
			}
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !needsDigit(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// uniq removes repeated strings, keeping the empty one (which exact sets need).
func uniq(set []string) []string {
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
