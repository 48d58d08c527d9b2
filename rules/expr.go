package rules

import (
	"fmt"
	"regexp/syntax"
)

// Expr is a regular expression for the code around the rules, such as the cues that tell a
// message's moment: it runs only where its automaton (internal/dfa) finds a match, which rules
// most texts out at one table lookup a byte, and is compiled the first time it runs. It is safe
// for concurrent use.
type Expr struct {
	l lazyRegexp
}

// CompileExpr checks expr, in Go's syntax, and returns it.
func CompileExpr(expr string) (*Expr, error) {
	if _, err := syntax.Parse(expr, syntax.Perl); err != nil {
		return nil, fmt.Errorf("expression %q: %w", expr, err)
	}
	return &Expr{l: lazyRegexp{src: expr, expr: expr}}, nil
}

// ConstExpr returns expr, a constant of the program, without checking it first: parsing the
// cues a one-file run needs costs more than that run's matching with them. An expr that does
// not parse matches nothing, so its caller's tests must check the constant with CompileExpr.
func ConstExpr(expr string) *Expr {
	return &Expr{l: lazyRegexp{src: expr, expr: expr}}
}

// MatchString reports whether the expression matches somewhere in s. On ASCII text the
// automaton's answer is exact (see dfa.Filter.Match), and the expression is neither compiled
// nor run.
func (e *Expr) MatchString(s string) bool {
	matched, sure := true, false
	if f := e.l.automaton(); f != nil {
		matched, sure = f.Match(s)
	}
	return matched && (sure || e.l.get().MatchString(s))
}
