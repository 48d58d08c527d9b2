package rules

import (
	"fmt"
	"regexp"
	"slices"
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

// Anchored reports whether the matches of the mention in s, a normalised text, are those FindAt
// finds at the positions where the mention's keyword occurs in s, its bytes compared in ASCII
// case folding (as the keyword automaton compares them): every match begins with the keyword,
// so no other position can begin one. Where that does not hold (a keyword that is not ASCII,
// a text with a character that folds to an ASCII letter, the Kelvin sign or the long s), use
// Find.
func (m *Mention) Anchored(s string) bool {
	return m.CanAnchor() && !FoldsToASCII(s)
}

// CanAnchor reports whether the mention can be anchored at its keyword's occurrences in a text
// where FoldsToASCII does not hold: Anchored(s) is CanAnchor() && !FoldsToASCII(s), which lets
// a caller that tries many mentions in one text look at the text once.
func (m *Mention) CanAnchor() bool {
	l := m.re
	l.anchorOnce.Do(func() {
		l.load()
		l.crossesSentences = strings.ContainsAny(strings.ReplaceAll(m.Text, "...", " "), ".!?")
		l.canAnchor = m.Keyword != "" && isASCII(m.Keyword) && isWordByte(m.Keyword[0]) && strings.HasPrefix(l.src, `\b`)
		l.beyond = guardsBeyond(l.guards, m.Keyword)
		if l.canAnchor {
			l.literal = literalOf(m.Text)
		}
	})
	return l.canAnchor
}

// FoldsToASCII reports whether s holds a character outside ASCII that folds to an ASCII
// letter (the Kelvin sign, the long s): where it does, no mention is anchored (see Anchored).
func FoldsToASCII(s string) bool {
	return strings.ContainsRune(s, '\u212a') || strings.ContainsRune(s, '\u017f')
}

// FindAt returns the match of the mention that begins at byte at of s, if there is one; at
// must be where the mention's keyword occurs, and Anchored(s) must hold. The first such match
// of the keyword's occurrences in order is the match Find returns.
func (m *Mention) FindAt(s string, at int) (Span, bool) {
	return m.findAtLower(s, "", at, sentenceEnd(s, at))
}

// findAtLower is FindAt for a caller that tries many mentions at the same places of one text
// (see MentionText): lower is s with its ASCII letters lowered, byte for byte ("" to fold s
// here), and end is sentenceEnd(s, at), both found once for all of them; a literal phrase of
// one part (see literalPhrase) reads neither.
func (m *Mention) findAtLower(s, lower string, at, end int) (Span, bool) {
	if at > 0 && isWordByte(s[at-1]) == isWordByte(s[at]) {
		return Span{}, false // no \b before the keyword
	}
	lit := m.re.literal
	if lit != nil && len(lit.parts) == 1 {
		// Its words, compared, with no guard or expression to run, on s from at: they hold
		// no '.', '!' or '?' when it does not cross sentences, so their match ends before
		// the first one, and the \b that may end it sees the same there as at the end of
		// s[at:end]. end and lower are not read.
		if n, ok, _ := lit.match(s[at:]); ok { // sure: one part has no gap
			return Span{Start: at, End: at + n}, true
		}
		return Span{}, false
	}
	if m.re.crossesSentences {
		end = len(s)
	}
	w := s[at:end]
	if lower != "" && !guardedBeyond(m.re.beyond, lower[at:end]) || lower == "" && !guardedFold(m.re.guards, w) {
		return Span{}, false // a literal every match holds is not there
	}
	if lit != nil { // parts and gaps compared, where few enough ways to try them are
		if n, ok, sure := lit.match(w); sure {
			if ok {
				return Span{Start: at, End: at + n}, true
			}
			return Span{}, false
		}
	}
	if loc := m.anchored().FindStringIndex(w); loc != nil {
		return Span{Start: at, End: at + loc[1]}, true
	}
	return Span{}, false
}

// sentenceEnd returns where the part of s from at that a mention's match beginning at at can
// read ends, for a mention whose parts hold no '.', '!' or '?': such a mention never matches
// across one (its gaps stay in a sentence), and its expression decides the same on s up to
// the first as on all of s (the \b that may end it sees a word character before either end),
// so the expression runs only to there: the backtracking matcher clears memory for every byte
// of its input first. A mention whose parts hold one reads s to its end.
func sentenceEnd(s string, at int) int {
	if end := strings.IndexAny(s[at:], ".!?"); end >= 0 {
		return at + end
	}
	return len(s)
}

// anchored returns the mention's expression anchored at the start of a text without its
// leading \b, which FindAt tests itself; CanAnchor must hold. It is compiled the first time
// a text holds the mention's guards where its keyword occurs: most mentions' guards fail
// everywhere in most inputs. An expression that does not compile matches nothing, as Find's
// does (the anchored one compiles exactly when the mention's expression does).
func (m *Mention) anchored() *regexp.Regexp {
	l := m.re
	l.anchorCompile.Do(func() {
		re, err := regexp.Compile(`(?i)\A(?:` + strings.TrimPrefix(l.src, `\b`) + `)`)
		if err != nil {
			re = regexp.MustCompile(`[^\x00-\x{10FFFF}]`) // a constant that matches nothing
		}
		l.anchored = re
	})
	return l.anchored
}

// guardsBeyond returns the sets of g, decoded, that keyword does not itself hold a literal
// of: a match of a mention tried where its keyword occurs holds those (every match holds a
// literal of every set, so testing fewer of them decides nothing differently).
func guardsBeyond(g Guards, keyword string) [][]string {
	var sets [][]string
	for set := range g.Sets() {
		lits := slices.Collect(set.Literals())
		if !slices.ContainsFunc(lits, func(lit string) bool { return strings.Contains(keyword, lit) }) {
			sets = append(sets, lits)
		}
	}
	return sets
}

// guardedBeyond is guarded on sets decoded by guardsBeyond: whether lower holds a literal of
// every set.
func guardedBeyond(sets [][]string, lower string) bool {
	for _, set := range sets {
		if !slices.ContainsFunc(set, func(lit string) bool { return strings.Contains(lower, lit) }) {
			return false
		}
	}
	return true
}

// guardedFold is guarded on a text not yet lower-cased: whether s holds, in ASCII case
// folding, a literal of every set of g.
func guardedFold(g Guards, s string) bool {
	for rest := string(g); rest != ""; {
		set, more, _ := strings.Cut(rest, guardSet)
		rest = more
		found := false
		for set != "" {
			lit, others, _ := strings.Cut(set, guardLit)
			set = others
			if containsFold(s, lit) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// containsFold reports whether s holds lit, a lower-case literal, in ASCII case folding.
func containsFold(s, lit string) bool {
	if lit == "" {
		return true
	}
	for i := 0; i+len(lit) <= len(s); i++ {
		if lowerByte(s[i]) != lit[0] {
			continue
		}
		j := 1
		for j < len(lit) && lowerByte(s[i+j]) == lit[j] {
			j++
		}
		if j == len(lit) {
			return true
		}
	}
	return false
}

// lowerByte lowers an ASCII letter.
func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// isWordByte reports whether b is an ASCII word character, as \b in an expression counts one.
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
