package rules

import "strings"

// literalPhrase is a mention whose parts are phrases of ASCII words ("miss you",
// "unsubscrib*", "cancel* ... subscription*"): its anchored expression is its parts, each its
// words joined by \s+ and the last one followed by \w* when it ends in *, joined by
// mentionGap, and then \b unless the mention ends in *, all in ASCII case folding; match finds
// what the expression finds, so FindAt compares the words rather than compiling and running
// the expression. Where a mention is tried so (Anchored), the text holds neither the Kelvin
// sign nor the long s, the only characters outside ASCII that fold to an ASCII letter, or
// into \w; the words hold no other. A mention of several parts is one only when each part
// begins with a word byte and each but the last ends with one or with its stem, so that each
// run of mentionGap's separators before a part is a whole run (see gap).
type literalPhrase struct {
	parts []phrasePart
	bound bool // a word boundary ends the match (\b)
}

// phrasePart is one part of a literal phrase.
type phrasePart struct {
	words []string // lower case, as phraseExpr reads them
	stem  bool     // the last word may go on with word bytes (\w*)
}

// maxGapWords is the most words mentionGap skips between two parts.
const maxGapWords = 5

// literalOf returns the literal phrase of a mention's text, or nil when it is not one (see
// literalPhrase).
func literalOf(text string) *literalPhrase {
	split := strings.Split(text, "...")
	p := &literalPhrase{bound: !strings.HasSuffix(strings.TrimSpace(text), "*")}
	for k, part := range split {
		if !isASCII(part) { // ASCII is as normalizeToken writes it, but for its white space
			part = normalizeToken(part)
		}
		words := strings.Fields(part)
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
		if len(split) > 1 {
			lw := words[last]
			if !isWordByte(words[0][0]) || k < len(split)-1 && !stem && !isWordByte(lw[len(lw)-1]) {
				return nil
			}
		}
		p.parts = append(p.parts, phrasePart{words: words, stem: stem})
	}
	return p
}

// match returns the length of the match of the phrase at the start of w, if there is one, as
// the mention's anchored expression finds it, and whether it is sure: a text whose gaps
// offer more ways to try than a few hundred is left to the expression.
func (p *literalPhrase) match(w string) (n int, ok, sure bool) {
	budget := maxGapTries
	n, ok = p.from(w, 0, 0, &budget)
	return n, ok, budget >= 0
}

// maxGapTries is how many runs of a gap match tries before it leaves the text to the
// expression.
const maxGapTries = 256

// from matches the parts from k on at byte i of w, as the expression does from there: the
// part, then the gap before the next, or the boundary after the last.
func (p *literalPhrase) from(w string, k, i int, budget *int) (int, bool) {
	e, ok := p.parts[k].at(w, i)
	switch {
	case !ok:
		return 0, false
	case k < len(p.parts)-1:
		return p.gap(w, k+1, e, 0, budget)
	case p.bound && (e > 0 && isWordByte(w[e-1])) == (e < len(w) && isWordByte(w[e])):
		return 0, false
	}
	return e, true
}

// gap matches mentionGap, (?:[^\w.!?]+[\w'-]+){0,5}?[^\w.!?]+, at byte i of w, it of its
// words already skipped, and then the parts from k on, trying its ways in the order the
// expression does: fewer words first, longer runs first. A run of separators followed by a
// part is the whole run, since a part begins with a word byte; one followed by a word ends
// at a byte of the word's class, an apostrophe or a hyphen, when it is not the whole run.
func (p *literalPhrase) gap(w string, k, i, it int, budget *int) (int, bool) {
	if *budget--; *budget < 0 {
		return 0, false
	}
	r := i
	for r < len(w) && isGapSeparator(w[r]) {
		r++
	}
	if r == i {
		return 0, false
	}
	if e, ok := p.from(w, k, r, budget); ok || *budget < 0 {
		return e, ok
	}
	if it == maxGapWords {
		return 0, false
	}
	for q := r; q > i; q-- { // the separators w[i:q], then a word from q
		if q == len(w) || !isGapWordByte(w[q]) {
			continue
		}
		m := q
		for m < len(w) && isGapWordByte(w[m]) {
			m++
		}
		for ; m > q; m-- { // the word w[q:m]
			if e, ok := p.gap(w, k, m, it+1, budget); ok || *budget < 0 {
				return e, ok
			}
		}
	}
	return 0, false
}

// at returns where the part ends when it matches at byte i of w: its words in ASCII case
// folding, each after the first after one or more of \s's bytes, then the word bytes a stem
// goes on with, all of them (\w* is greedy, and what follows a part, a gap or the end, begins
// with no word byte).
func (pp *phrasePart) at(w string, i int) (int, bool) {
	for k, word := range pp.words {
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
	if pp.stem {
		for i < len(w) && isWordByte(w[i]) {
			i++
		}
	}
	return i, true
}

// isPerlSpace reports whether b is a byte of \s: '\t', '\n', '\f', '\r' or ' '.
func isPerlSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// isGapSeparator reports whether b is a byte of [^\w.!?] (a byte of a character outside ASCII
// is one).
func isGapSeparator(b byte) bool {
	return !isWordByte(b) && b != '.' && b != '!' && b != '?'
}

// isGapWordByte reports whether b is a byte of [\w'-].
func isGapWordByte(b byte) bool { return isWordByte(b) || b == '\'' || b == '-' }
