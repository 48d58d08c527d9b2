package rules

import "strings"

// literalPhrase is a mention of one part, without "...", whose words are ASCII ("miss you",
// "unsubscrib*"): its anchored expression, the words joined by \s+, the last one followed by
// \w* when it ends in *, and then by \b unless the mention ends in *, all in ASCII case
// folding, matches where match finds its words, so FindAt compares them rather than compiling
// and running the expression. Where a mention is tried so (Anchored), the text holds neither
// the Kelvin sign nor the long s, the only characters outside ASCII that fold to an ASCII
// letter; the words hold no other.
type literalPhrase struct {
	words []string // lower case, as phraseExpr reads them
	stem  bool     // the last word may go on with word bytes (\w*)
	bound bool     // a word boundary ends the match (\b)
}

// literalOf returns the literal phrase of a mention's text, or nil when it is not one (see
// literalPhrase).
func literalOf(text string) *literalPhrase {
	if strings.Contains(text, "...") {
		return nil
	}
	words := strings.Fields(normalizeToken(text))
	if len(words) == 0 {
		return nil
	}
	last := len(words) - 1
	stem := strings.HasSuffix(words[last], "*") && len(words[last]) > 1
	if stem {
		words[last] = strings.TrimSuffix(words[last], "*")
	}
	for i, w := range words {
		if !isASCII(w) || strings.Contains(w, "*") {
			return nil
		}
		words[i] = lowerASCII(w)
	}
	return &literalPhrase{words: words, stem: stem, bound: !strings.HasSuffix(strings.TrimSpace(text), "*")}
}

// match returns the length of the match of the phrase at the start of w, if there is one, as
// the mention's anchored expression finds it: the words in ASCII case folding, each after the
// first after one or more of \s's bytes (ASCII spaces, tabs, line and form feeds, carriage
// returns), then the word bytes a stem goes on with, all of them (the expression's \w* is
// greedy and nothing follows it), and the word boundary.
func (p *literalPhrase) match(w string) (int, bool) {
	i := 0
	for k, word := range p.words {
		if k > 0 {
			j := i
			for j < len(w) && isPerlSpace(w[j]) {
				j++
			}
			if j == i {
				return 0, false
			}
			i = j
		}
		if len(w)-i < len(word) {
			return 0, false
		}
		for q := 0; q < len(word); q++ {
			if lowerByte(w[i+q]) != word[q] {
				return 0, false
			}
		}
		i += len(word)
	}
	if p.stem {
		for i < len(w) && isWordByte(w[i]) {
			i++
		}
	}
	if p.bound && (i > 0 && isWordByte(w[i-1])) == (i < len(w) && isWordByte(w[i])) {
		return 0, false
	}
	return i, true
}

// isPerlSpace reports whether b is a byte of \s: '\t', '\n', '\f', '\r' or ' '.
func isPerlSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}
