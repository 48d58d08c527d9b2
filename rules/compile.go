package rules

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/internal/literal"
	"github.com/farewell-protocol/farewell/internal/yamlx"
)

// compileRule checks a decoded rule and turns it into an immutable Rule; lists are the pack's
// word lists, which its expressions may name.
func compileRule(w *wireRule, lists map[string]listDef, lang *Language) (*Rule, error) {
	c := compiler{w: w, lists: lists, fold: lang != nil}
	r := &Rule{
		ID:       w.ID.Value,
		Message:  w.Message.Value,
		Why:      w.Why.Value,
		Link:     w.Link,
		Rewrites: w.Rewrites,
		Informal: w.Informal,
		Examples: Examples{Flag: w.Examples.Flag, Pass: w.Examples.Pass},
		Pos:      w.Pos,
	}
	if lang != nil {
		r.Language, r.negations = lang.Tag, lang.Negations
	}
	r.caseSensitive = w.CaseSensitive
	c.required(w.ID, "id")
	if c.err == nil && !validID(r.ID) {
		return nil, yamlx.Errorf(w.ID.Pos, "rule id %q must be lower-case words joined by dots, like farewell.guilt.confirmshaming", r.ID)
	}
	c.required(w.Type, "type")
	c.required(w.Severity, "severity")
	c.required(w.Message, "message")
	c.required(w.Why, "why")
	if c.err != nil {
		return nil, c.err
	}
	if r.Law = w.Law.Value; r.Law != "" && !slices.Contains(Laws(), r.Law) {
		return nil, yamlx.Errorf(w.Law.Pos, "unknown law %q (want one of %s)", r.Law, strings.Join(Laws(), ", "))
	}
	r.Category = w.Category.Value
	if r.Category == "" {
		parts := strings.Split(r.ID, ".")
		r.Category = parts[len(parts)-2]
	}
	var err error
	if r.Type, err = parseType(w.Type.Value); err != nil {
		return nil, yamlx.Errorf(w.Type.Pos, "%v", err)
	}
	if r.Severity, err = ParseSeverity(w.Severity.Value); err != nil || r.Severity == Off {
		return nil, yamlx.Errorf(w.Severity.Pos, "unknown severity %q (want suggestion, warning or error)", w.Severity.Value)
	}
	if r.Scope, err = parseScope(w.Scope.Value); err != nil {
		return nil, yamlx.Errorf(w.Scope.Pos, "%v", err)
	}
	for _, k := range w.Kinds {
		kind, err := ParseMessageKind(k.Value)
		if err != nil {
			return nil, yamlx.Errorf(k.Pos, "%v", err)
		}
		r.Kinds = append(r.Kinds, kind)
	}
	c.rule = r
	c.typeFields()
	c.tokens()
	c.patterns()
	c.exceptions()
	c.context()
	c.sequence()
	c.suggest()
	c.moments()
	c.rewritesFor()
	if c.err != nil {
		return nil, c.err
	}
	c.keywords()
	return r, c.err
}

// compiler carries the first error while a rule's fields are checked in turn.
type compiler struct {
	w     *wireRule
	rule  *Rule
	lists map[string]listDef
	// fold: the rule's language is matched on folded text.
	fold bool
	err  error
	// patternLits are the required literals of each pattern (nil when none can be derived).
	patternLits [][]string
	// seqWords are the sequence steps' word expressions, lists expanded.
	seqWords []string
	// sentenceLits are the required literals of each sentence_has pattern, when keywords are
	// derived (see sentenceTrigger).
	sentenceLits [][]string
}

func (c *compiler) fail(pos yamlx.Pos, format string, args ...any) {
	if c.err == nil {
		c.err = yamlx.Errorf(pos, format, args...)
	}
}

func (c *compiler) required(s yamlx.String, field string) {
	if strings.TrimSpace(s.Value) == "" {
		pos := s.Pos
		if pos.Line == 0 {
			pos = c.w.Pos
		}
		name := c.w.ID.Value
		if name == "" {
			name = "rule"
		}
		c.fail(pos, "%s: missing required field %q", name, field)
	}
}

func (c *compiler) tokens() {
	add := func(s yamlx.String, rewrites []string) {
		text := foldToken(normalizeToken(s.Value), c.fold)
		if text == "" {
			c.fail(s.Pos, "%s: empty token", c.w.ID.Value)
			return
		}
		c.rule.tokens = append(c.rule.tokens, Token{Text: text, Rewrites: rewrites})
	}
	for _, s := range c.w.Tokens {
		add(s, nil)
	}
	for _, p := range c.w.Swap {
		var rewrites []string
		for _, v := range p.Values {
			rewrites = append(rewrites, v.Value)
		}
		if len(rewrites) == 0 {
			c.fail(p.Key.Pos, "%s: %q has no rewrite", c.w.ID.Value, p.Key.Value)
		}
		add(p.Key, rewrites)
	}
}

// normalizeToken writes a token the way segment text is normalised: single spaces and straight
// apostrophes and quotes.
func normalizeToken(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch r {
		case '\u2018', '\u2019':
			b.WriteByte('\'')
		case '\u201c', '\u201d':
			b.WriteByte('"')
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
		}
	}
	return b.String()
}

// regexp checks an expression of the rule and returns it ready to compile on first use, with
// its parse tree.
func (c *compiler) regexp(s yamlx.String, what string) (*lazyRegexp, *syntax.Regexp) {
	src, err := expandLists(s.Value, c.lists)
	if err != nil {
		c.fail(s.Pos, "%s: %s: %v", c.w.ID.Value, what, err)
		return nil, nil
	}
	if c.fold {
		if src, err = foldExpr(src); err != nil {
			c.fail(s.Pos, "%s: bad %s %q: %v", c.w.ID.Value, what, s.Value, err)
			return nil, nil
		}
	}
	expr := src
	if !c.rule.caseSensitive {
		expr = "(?i)" + expr
	}
	tree, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		c.fail(s.Pos, "%s: bad %s %q: %v", c.w.ID.Value, what, s.Value, err)
		return nil, nil
	}
	return &lazyRegexp{src: src, expr: expr}, tree.Simplify()
}

func (c *compiler) patterns() {
	for _, s := range c.w.Patterns {
		if re, tree := c.regexp(s, "pattern"); re != nil {
			if matchesEmpty(tree) {
				c.fail(s.Pos, "%s: pattern %q matches empty text", c.w.ID.Value, s.Value)
			}
			c.rule.patterns = append(c.rule.patterns, re)
			c.patternLits = append(c.patternLits, literal.RequiredOf(tree))
		}
	}
}

func (c *compiler) exceptions() {
	for _, s := range c.w.Exceptions {
		if re, _ := c.regexp(s, "exception"); re != nil {
			c.rule.exceptions = append(c.rule.exceptions, re)
		}
	}
	if len(c.w.Unless) > 0 && c.rule.Type == Requires {
		c.fail(c.w.Unless[0].Pos, "%s: a requires rule does not take \"unless\" (list the element's tokens or patterns instead)", c.w.ID.Value)
		return
	}
	for _, s := range c.w.Unless {
		if re, _ := c.regexp(s, "unless pattern"); re != nil {
			c.rule.unless = append(c.rule.unless, re)
		}
	}
}

func (c *compiler) suggest() {
	if len(c.w.Suggest) == 0 {
		return
	}
	c.rule.Suggest = map[MessageKind]string{}
	for _, p := range c.w.Suggest {
		kind := MessageKind("")
		if p.Key.Value != "default" {
			k, err := ParseMessageKind(p.Key.Value)
			if err != nil {
				c.fail(p.Key.Pos, "%s: suggest: %v (or default)", c.w.ID.Value, err)
				return
			}
			kind = k
		}
		if len(p.Values) != 1 {
			c.fail(p.Key.Pos, "%s: suggest %q needs exactly one sentence", c.w.ID.Value, p.Key.Value)
			return
		}
		c.rule.Suggest[kind] = p.Values[0].Value
	}
	if _, ok := c.rule.Suggest[""]; !ok {
		c.fail(c.w.Suggest[0].Key.Pos, "%s: suggest needs a default sentence", c.w.ID.Value)
	}
}

// keywords derives the prefilter literals that guard the rule's patterns, unless the author
// listed them.
func (c *compiler) keywords() {
	r := c.rule
	for _, k := range c.w.Keywords {
		if kw := strings.ToLower(foldToken(normalizeToken(k.Value), c.fold)); kw != "" {
			r.keywords = append(r.keywords, kw)
		}
	}
	if len(r.keywords) > 0 {
		r.keywords = append(r.keywords, uncoveredTriggers(r, c.patternLits)...)
		return
	}
	if !r.hasPatterns() {
		return
	}
	var set []string
	unguarded := false
	for _, lits := range c.patternLits {
		if lits == nil {
			// One unguarded pattern makes the whole rule run everywhere, unless a sentence_has
			// pattern has literals.
			set, unguarded = nil, true
			break
		}
		set = append(set, lits...)
	}
	for i, st := range c.w.Sequence {
		if unguarded || st.Optional || i >= len(c.seqWords) || c.seqWords[i] == "" {
			continue
		}
		if lits := literal.Required(c.seqWords[i]); lits != nil {
			set = lits
			break
		}
	}
	r.keywords = literal.Dedupe(c.sentenceTrigger(set))
}

// String describes a rule for messages: its id and where it is defined.
func (r *Rule) String() string { return fmt.Sprintf("%s (%s)", r.ID, r.Pos) }
