package rules

import (
	"regexp"
	"regexp/syntax"
	"sync"
)

// lazyRegexp is a regular expression checked when its rule is loaded and compiled the first
// time it runs. Most patterns of a pack never run on a given file (the keyword prefilter sees
// to that), and compiling every one of them costs more than linting an editor's file.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// get returns the compiled expression. The expression parsed when the rule was loaded, so
// compiling cannot fail; if it ever did, the expression would match nothing rather than stop
// a lint.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() {
		re, err := regexp.Compile(l.expr)
		if err != nil {
			re = regexp.MustCompile(`[^\x00-\x{10FFFF}]`) // a constant that matches nothing
		}
		l.re = re
	})
	return l.re
}

// matchesEmpty reports whether re can match the empty string.
func matchesEmpty(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpNoMatch:
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return matchesEmpty(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || matchesEmpty(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !matchesEmpty(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if matchesEmpty(s) {
				return true
			}
		}
		return false
	}
	return true // empty match, assertions, star, quest
}
