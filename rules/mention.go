package rules

import (
	"fmt"
	"strings"
)

// Mention is a phrase that names the subject of a goodbye without saying that it happens
// ("cancel* ... subscription*" finds "cancel your yearly subscription"). Its parts are list
// phrases (a trailing * matches the rest of a word), and "..." between two parts stands for up
// to five words of the same sentence. Kind cues use mentions as weak evidence: a text that
// mentions cancelling a subscription may be a help page or a settings notice, not a goodbye.
type Mention struct {
	// Text is the mention as written in the pack.
	Text string
	// Keyword is the lower-case literal every match begins with; the keyword automaton looks
	// for it, and the mention's expression runs only on texts where it occurs.
	Keyword string

	re *lazyRegexp
}

// mentionGap stands for "...": up to five more words of the same sentence between two parts.
const mentionGap = `(?:[^\w.!?]+[\w'-]+){0,5}?[^\w.!?]+`

// compileMention compiles one mention; a mention with an empty part is an error.
func compileMention(text string) (Mention, error) {
	parts := strings.Split(text, "...")
	exprs := make([]string, len(parts))
	for i, p := range parts {
		e, ok := phraseExpr(p)
		if !ok {
			return Mention{}, fmt.Errorf("mention %q has an empty part", text)
		}
		exprs[i] = e
	}
	expr := `\b` + strings.Join(exprs, mentionGap)
	if !strings.HasSuffix(strings.TrimSpace(text), "*") {
		expr += `\b`
	}
	first := strings.Fields(normalizeToken(parts[0]))[0]
	return Mention{
		Text:    text,
		Keyword: strings.ToLower(strings.TrimSuffix(first, "*")),
		re:      &lazyRegexp{src: expr, expr: "(?i)" + expr},
	}, nil
}

// Find returns where the mention first occurs in s, a normalised text. The expression runs
// only where its automaton finds a match: most texts a mention's keyword occurs in do not
// mention it.
func (m *Mention) Find(s string) (Span, bool) {
	if !m.re.automatonMatches(s) {
		return Span{}, false
	}
	loc := m.re.get().FindStringIndex(s)
	if loc == nil {
		return Span{}, false
	}
	return Span{Start: loc[0], End: loc[1]}, true
}
