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
	flush := func() {
		if lit := strings.TrimSpace(run.String()); lit != "" {
			consider([]string{lit})
		}
		run.Reset()
	}
	for _, sub := range subs {
		switch {
		case sub.Op == syntax.OpLiteral:
			run.WriteString(strings.ToLower(string(sub.Rune)))
			continue
		case isSpaceRun(sub):
			// Rules see normalised text, where every run of white space is one space.
			run.WriteByte(' ')
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
