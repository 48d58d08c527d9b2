package rules

import (
	"regexp"
	"regexp/syntax"
	"sync"

	"github.com/farewell-protocol/farewell/internal/dfa"
	"github.com/farewell-protocol/farewell/internal/literal"
)

// lazyRegexp is a regular expression checked when its rule is loaded and compiled, with what
// is derived from it, the first time it runs. Most expressions of a pack never run on a given
// file (the keyword prefilter sees to that), and compiling every one of them costs more than
// linting an editor's file.
type lazyRegexp struct {
	src      string // as the rule wrote it
	expr     string // as compiled: with (?i) unless the rule is case-sensitive
	once     sync.Once
	derived  sync.Once
	filtered sync.Once
	re       *regexp.Regexp
	// filter says quickly whether the expression can match a text at all (nil: it may), and
	// needs, found with it, are bytes every match holds one of (see guardBytes).
	filter *dfa.Filter
	needs  string
	// groups are the indexes of the groups named "match" (none: the whole match).
	groups []int
	// guards are sets of lower-case ASCII literals: every match contains a literal of each set
	// (none: no guard).
	guards Guards
	// digit says every match contains an ASCII digit.
	digit bool
	// canAnchor says a mention can be tried where its keyword occurs, and crossesSentences
	// that its parts hold '.', '!' or '?' (see sentenceEnd), both found once.
	anchorOnce       sync.Once
	canAnchor        bool
	crossesSentences bool
	// beyond are a mention's guard sets its keyword does not hold (see guardsBeyond).
	beyond [][]string
	// literal is a mention of one plain phrase, which FindAt matches without its expression
	// (see literalOf); nil for others.
	literal *literalPhrase
	// anchored is a mention's expression matching only at the start of a text, without its
	// leading \b, compiled when first needed.
	anchorCompile sync.Once
	anchored      *regexp.Regexp
}

// derivedRegexp returns an expression whose guards were derived when the binary was built
// (the built-in pack): loading it derives nothing.
func derivedRegexp(src, expr string, digit bool, guards Guards) *lazyRegexp {
	l := &lazyRegexp{src: src, expr: expr, guards: guards, digit: digit}
	l.derived.Do(func() {})
	return l
}

// get returns the compiled expression. The expression parsed when the rule was loaded, so
// compiling cannot fail; if it ever did, the expression would match nothing rather than stop a
// lint.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() {
		re, err := regexp.Compile(l.expr)
		if err != nil {
			re = regexp.MustCompile(`[^\x00-\x{10FFFF}]`) // a constant that matches nothing
		}
		l.re = re
		for i, name := range re.SubexpNames() {
			if name == "match" {
				l.groups = append(l.groups, i)
			}
		}
	})
	return l.re
}

// lowered is a text and its lower-case form, made the first time it is asked for (see
// lowerOf): the guards read it, and a text an automaton rules out first never needs it.
type lowered struct {
	s, lower string
	done     bool
}

// lowerOf returns s, whose lower-case form is made when first asked for.
func lowerOf(s string) lowered { return lowered{s: s} }

// withLower returns s, whose lower-case form is lower.
func withLower(s, lower string) lowered { return lowered{s: s, lower: lower, done: true} }

// get returns the text in lower case.
func (t *lowered) get() string {
	if !t.done {
		t.lower, t.done = lowerASCII(t.s), true
	}
	return t.lower
}

// possible reports whether the expression may match t: its guards hold in t's lower-case
// form and its automaton finds a match in t. False means it matches nowhere in t, and costs
// a fraction of running the expression: most texts that hold the guards' literals still do
// not match.
func (l *lazyRegexp) possible(t *lowered) bool {
	matched, _ := l.screen(t, false)
	return matched
}

// screen runs the expression's guards on t in lower case and its automaton on t, in the
// order that costs least, and reports whether both let a match through. With exact it also
// reports whether that yes is the expression's own answer (see dfa.Filter.Match), which costs
// a pass over t; a no always is.
func (l *lazyRegexp) screen(t *lowered, exact bool) (matched, sure bool) {
	l.load()
	many := len(l.guards) > manyGuards
	if !many && !guarded(l.guards, t.get()) {
		return false, true
	}
	if f := l.automaton(); f != nil {
		if exact {
			matched, sure = f.Match(t.s)
		} else {
			matched = f.MayMatch(t.s)
		}
		if !matched {
			return false, true
		}
	}
	if many && !guarded(l.guards, t.get()) {
		return false, true
	}
	return true, sure
}

// manyGuards is the length above which guards are checked after the automaton rather than
// before: one pass of the automaton over a text costs less than looking for each of dozens of
// literals in it, and where it finds no match the guards need not be looked at.
const manyGuards = 256

// automatonMatches reports whether the expression's automaton finds a match in s: false means
// the expression matches nowhere in s. The guards' bytes (see guardBytes), where they have
// any, are looked for first: one search for a byte costs less than the automaton's pass.
func (l *lazyRegexp) automatonMatches(s string) bool {
	f := l.automaton()
	if l.needs != "" && !holdsByte(s, l.needs) {
		return false
	}
	return f == nil || f.MayMatch(s)
}

// matchString reports whether the expression matches somewhere in t: the guards and the
// automaton decide, and the expression runs (and is compiled) only where the automaton may be
// wrong, on text that is not ASCII (see dfa.Filter.Match).
func (l *lazyRegexp) matchString(t *lowered) bool {
	matched, sure := l.screen(t, true)
	return matched && (sure || l.get().MatchString(t.s))
}

// automaton returns the expression's automaton (nil: there is none, and the expression may
// match any text). The automaton of an expression of the built-in pack comes ready from
// builtinFilters; any other is compiled the first time it runs.
func (l *lazyRegexp) automaton() *dfa.Filter {
	l.filtered.Do(func() {
		l.needs = guardBytes(l.guards) // none until load has derived the guards, if it must
		if f, ok := filterFor(builtinFilters, l.expr, dfa.DecodeTrusted); ok {
			l.filter = f
		} else if f, err := dfa.Compile(l.expr); err == nil {
			l.filter = f
		}
	})
	return l.filter
}

// load derives the expression's guards (guards and digit), which decide whether it needs to
// be compiled and run at all.
func (l *lazyRegexp) load() {
	l.derived.Do(func() {
		if tree, err := syntax.Parse(l.src, syntax.Perl); err == nil {
			tree = tree.Simplify()
			l.guards = encodeGuards(literal.GuardSets(tree))
			l.digit = literal.NeedsDigit(tree)
		}
	})
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
