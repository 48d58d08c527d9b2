package rules

import (
	"strings"

	"github.com/farewell-protocol/farewell/internal/textseg"
)

// negationWindow is how many words before an excuse a negation may stand and still govern it.
const negationWindow = 4

// negatedAt reports whether a negation governs the text that starts at byte i of lower, a
// lower-case text: a negating word ("not", "never", "cannot", "no", a contraction in "n't",
// "unable", "nor") among the few words before i, within the same clause (a comma, a colon, a
// semicolon, a dash, a bracket or a sentence end closes a clause). "Cancellations cannot be
// processed online" does not offer an online way out, and "you can't export your data" does
// not offer an export. An interjection ("No thanks, ...", "No, ...") negates nothing. The
// search stops at floor. negs are the negating words of another language than English, in
// folded text ("nicht", "jamais", "n'*", "nunca").
func negatedAt(lower string, i, floor int, negs []string) bool {
	words := 0
	for j := i; j > floor && words < negationWindow; {
		// Skip the spaces before the word, stopping at the clause's start.
		k := j
		for k > floor && lower[k-1] == ' ' {
			k--
		}
		if k == floor || strings.IndexByte(",;:.!?()[]\"|\u2014\u2013", lower[k-1]) >= 0 || (lower[k-1] == '-' && k < j) {
			return false
		}
		end := k
		for k > floor && (textseg.IsWordByte(lower[k-1]) || lower[k-1] == '\'') {
			k--
		}
		if k == end { // a symbol that is not a word: it ends the clause too
			return false
		}
		word := lower[k:end]
		words++
		if negates(word, negs) && !(word == "no" && interjection(lower, end)) {
			return true
		}
		j = k
	}
	return false
}

// negates reports whether word negates in English (negs nil) or in the language of negs.
func negates(word string, negs []string) bool {
	if negs == nil {
		return isNegation(word)
	}
	for _, n := range negs {
		if p, ok := strings.CutSuffix(n, "*"); ok && strings.HasPrefix(word, p) || n == word {
			return true
		}
	}
	return false
}

func isNegation(w string) bool {
	switch w {
	case "not", "never", "cannot", "no", "unable", "nor", "neither", "nothing", "none", "nobody":
		return true
	}
	return strings.HasSuffix(w, "n't")
}

// interjection reports whether the "no" ending at end starts a reply ("no thanks", "no
// thank you") rather than negating what follows.
func interjection(lower string, end int) bool {
	rest := strings.TrimLeft(lower[end:], " ")
	return strings.HasPrefix(rest, "thank") || strings.HasPrefix(rest, "thx") || strings.HasPrefix(rest, "gracias")
}
