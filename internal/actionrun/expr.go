package actionrun

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// value is an expression's value: nil, bool, float64 or string.
type value any

// lookup resolves a context path such as inputs.paths or steps.lint.outputs.exit-code, and a
// status function (always, success, failure, cancelled).
type lookup interface {
	get(path []string) (value, error)
	status(name string) (bool, error)
}

// interpolate replaces each ${{ expression }} of s with its value as a string.
func interpolate(s string, ctx lookup) (string, error) {
	var b strings.Builder
	for {
		open := strings.Index(s, "${{")
		if open < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		end := strings.Index(s[open:], "}}")
		if end < 0 {
			return "", fmt.Errorf("unterminated expression in %q", s)
		}
		v, err := eval(s[open+3:open+end], ctx)
		if err != nil {
			return "", err
		}
		b.WriteString(s[:open])
		b.WriteString(str(v))
		s = s[open+end+2:]
	}
}

// condition evaluates a step's if: as the runner does: a condition that calls no status
// function holds only when every step before succeeded.
func condition(s string, ctx lookup) (bool, error) {
	s = strings.TrimSpace(s)
	if inner, ok := strings.CutPrefix(s, "${{"); ok && strings.HasSuffix(s, "}}") {
		s = strings.TrimSuffix(inner, "}}")
	}
	if s == "" {
		s = "success()"
	}
	v, err := eval(s, ctx)
	if err != nil {
		return false, err
	}
	if !strings.Contains(s, "always()") && !strings.Contains(s, "failure()") && !strings.Contains(s, "cancelled()") &&
		!strings.Contains(s, "success()") {
		ok, _ := ctx.status("success")
		return ok && truthy(v), nil
	}
	return truthy(v), nil
}

// parser evaluates the expression language as far as composite actions use it: literals,
// context paths, status functions, !, ==, !=, && and || with parentheses.
type parser struct {
	src string
	pos int
	ctx lookup
}

func eval(src string, ctx lookup) (value, error) {
	p := &parser{src: src, ctx: ctx}
	v, err := p.or()
	if err == nil && p.skip() < len(p.src) {
		err = fmt.Errorf("unexpected %q in %q", p.src[p.pos:], src)
	}
	return v, err
}

func (p *parser) skip() int {
	for p.pos < len(p.src) && strings.ContainsRune(" \t\r\n", rune(p.src[p.pos])) {
		p.pos++
	}
	return p.pos
}

func (p *parser) eat(op string) bool {
	if strings.HasPrefix(p.src[p.skip():], op) {
		p.pos += len(op)
		return true
	}
	return false
}

func (p *parser) or() (value, error) {
	v, err := p.and()
	for err == nil && p.eat("||") {
		var r value
		if r, err = p.and(); !truthy(v) {
			v = r
		}
	}
	return v, err
}

func (p *parser) and() (value, error) {
	v, err := p.compare()
	for err == nil && p.eat("&&") {
		var r value
		if r, err = p.compare(); truthy(v) {
			v = r
		}
	}
	return v, err
}

func (p *parser) compare() (value, error) {
	v, err := p.unary()
	for err == nil {
		switch {
		case p.eat("=="):
			var r value
			r, err = p.unary()
			v = equal(v, r)
		case p.eat("!="):
			var r value
			r, err = p.unary()
			v = !equal(v, r)
		default:
			return v, nil
		}
	}
	return v, err
}

func (p *parser) unary() (value, error) {
	if p.eat("!") {
		v, err := p.unary()
		return !truthy(v), err
	}
	if p.eat("(") {
		v, err := p.or()
		if err == nil && !p.eat(")") {
			err = fmt.Errorf("missing ) in %q", p.src)
		}
		return v, err
	}
	start := p.skip()
	if start < len(p.src) && p.src[start] == '\'' {
		var b strings.Builder
		for i := start + 1; i < len(p.src); i++ {
			if p.src[i] == '\'' {
				if i+1 < len(p.src) && p.src[i+1] == '\'' {
					b.WriteByte('\'')
					i++
					continue
				}
				p.pos = i + 1
				return b.String(), nil
			}
			b.WriteByte(p.src[i])
		}
		return nil, fmt.Errorf("unterminated string in %q", p.src)
	}
	for p.pos < len(p.src) && (isWord(p.src[p.pos]) || p.src[p.pos] == '.') {
		p.pos++
	}
	word := p.src[start:p.pos]
	switch {
	case word == "":
		return nil, fmt.Errorf("expected a value at %q in %q", p.src[start:], p.src)
	case p.eat("("):
		if !p.eat(")") {
			return nil, fmt.Errorf("%s: only functions without arguments are known", word)
		}
		return p.ctx.status(word)
	case word == "true", word == "false":
		return word == "true", nil
	case word == "null":
		return nil, nil
	}
	if n, err := strconv.ParseFloat(word, 64); err == nil {
		return n, nil
	}
	return p.ctx.get(strings.Split(word, "."))
}

func isWord(c byte) bool {
	return c == '_' || c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func truthy(v value) bool {
	switch v := v.(type) {
	case bool:
		return v
	case float64:
		return v != 0 && !math.IsNaN(v)
	case string:
		return v != ""
	}
	return false
}

// equal compares as the runner does: strings without regard to case, other types as numbers.
func equal(a, b value) bool {
	as, aok := a.(string)
	bs, bok := b.(string)
	if aok && bok {
		return strings.EqualFold(as, bs)
	}
	return number(a) == number(b)
}

func number(v value) float64 {
	switch v := v.(type) {
	case bool:
		if v {
			return 1
		}
		return 0
	case float64:
		return v
	case string:
		if strings.TrimSpace(v) == "" {
			return 0
		}
		if n, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
			return n
		}
		return math.NaN()
	}
	return 0
}

// str is a value as interpolation writes it.
func str(v value) string {
	switch v := v.(type) {
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		return v
	}
	return ""
}
