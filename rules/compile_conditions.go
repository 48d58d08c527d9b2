package rules

import (
	"regexp/syntax"
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/internal/literal"
	"github.com/farewell-protocol/farewell/internal/yamlx"
)

// context compiles the conditions a match needs around it: sentence_has patterns must each
// match in the sentence that holds it, message_has patterns each somewhere in its message.
func (c *compiler) context() {
	if c.rule.Type == Requires && (len(c.w.SentenceHas) > 0 || len(c.w.MessageHas) > 0) {
		pos := append(c.w.SentenceHas, c.w.MessageHas...)[0].Pos
		c.fail(pos, "%s: a requires rule does not take sentence_has or message_has", c.w.ID.Value)
		return
	}
	for _, s := range c.w.SentenceHas {
		if re, tree := c.regexp(s, "sentence_has pattern"); re != nil {
			if matchesEmpty(tree) {
				c.fail(s.Pos, "%s: sentence_has pattern %q matches empty text", c.w.ID.Value, s.Value)
			}
			c.rule.sentenceHas = append(c.rule.sentenceHas, re)
			if len(c.w.Keywords) == 0 {
				c.sentenceLits = append(c.sentenceLits, literal.RequiredOf(tree))
			}
		}
	}
	for _, s := range c.w.MessageHas {
		if re, tree := c.regexp(s, "message_has pattern"); re != nil {
			if matchesEmpty(tree) {
				c.fail(s.Pos, "%s: message_has pattern %q matches empty text", c.w.ID.Value, s.Value)
			}
			c.rule.messageHas = append(c.rule.messageHas, re)
		}
	}
}

// sentenceTrigger returns the keywords that let the rule run: set, the literals one of which
// every match of its patterns holds (nil: none), or the literals of a sentence_has pattern when
// they are more selective (their shortest is longer) or the patterns have none. Either is
// sound: a match counts only in a sentence where every sentence_has pattern matches (see
// InContext), so a segment that holds none of a sentence_has pattern's literals holds no
// finding of the rule. A business-hours rule need not run on every text with an "m" in it, only
// on those that say "cancel" or the like.
func (c *compiler) sentenceTrigger(set []string) []string {
	best := literal.Shortest(set)
	for _, lits := range c.sentenceLits {
		if n := literal.Shortest(lits); lits != nil && n > best {
			set, best = lits, n
		}
	}
	return set
}

func (c *compiler) sequence() {
	for _, st := range c.w.Sequence {
		if st.Word.Value == "" && st.Tag.Value == "" {
			c.fail(st.Pos, "%s: a sequence step needs a word or a tag", c.w.ID.Value)
			continue
		}
		var step seqToken
		step.optional = st.Optional
		word := ""
		if st.Word.Value != "" {
			if re, _ := c.regexp(st.Word, "word"); re != nil {
				word = re.src
				step.word, _ = c.regexp(yamlx.String{Value: "^(?:" + word + ")$", Pos: st.Word.Pos}, "word")
			}
		}
		c.seqWords = append(c.seqWords, word)
		if st.Tag.Value != "" {
			if _, err := syntax.Parse(st.Tag.Value, syntax.Perl); err != nil {
				c.fail(st.Tag.Pos, "%s: bad tag %q: %v", c.w.ID.Value, st.Tag.Value, err)
			} else {
				step.tag = &lazyRegexp{expr: "^(?:" + st.Tag.Value + ")$"}
			}
		}
		c.rule.sequence = append(c.rule.sequence, step)
	}
}

// uncoveredTriggers returns, for each pattern of r that its hand-listed keywords do not find,
// the literals of its most selective guard set, which added to the keywords find it; lits are
// each pattern's required literals, as the compiler derived them. A pattern is found when each
// of its required literals, or of the literals of one of its guard sets, holds a keyword: every
// match holds one of them. A pattern whose sets hold only literals shorter than minTrigger bytes
// (a unit letter after a number, which guards cannot express) is left to the keywords the
// author wrote for it, as is one with no guard sets.
func uncoveredTriggers(r *Rule, lits [][]string) []string {
	var out []string
	for i, p := range r.patterns {
		p.load()
		if p.guards == "" || found(p.guards, lits[i], r.keywords) {
			continue
		}
		var best []string
		bestLen := 0
		for s := range p.guards.Sets() {
			lits := slices.Collect(s.Literals())
			shortest := len(slices.MinFunc(lits, func(a, b string) int { return len(a) - len(b) }))
			if shortest > bestLen {
				best, bestLen = lits, shortest
			}
		}
		if bestLen >= minTrigger {
			out = append(out, best...)
		}
	}
	return literal.Dedupe(out)
}

// minTrigger is the shortest literal uncoveredTriggers adds as a keyword.
const minTrigger = 3

// found reports whether keywords find every text a pattern can match: each of its required
// literals lits (see literal.Required), or each literal of one of its guard sets g, holds one.
func found(g Guards, lits, keywords []string) bool {
	return lits != nil && allHold(lits, keywords) || coveredBy(g, keywords)
}

// allHold reports whether each of lits holds one of keywords.
func allHold(lits, keywords []string) bool {
	for _, lit := range lits {
		if !slices.ContainsFunc(keywords, func(k string) bool { return strings.Contains(lit, k) }) {
			return false
		}
	}
	return true
}

// coveredBy reports whether some set of g has one of keywords in each of its literals.
func coveredBy(g Guards, keywords []string) bool {
	for s := range g.Sets() {
		if allHold(slices.Collect(s.Literals()), keywords) {
			return true
		}
	}
	return false
}
