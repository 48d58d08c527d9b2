package rules

// HasExceptions reports whether the rule has sentence-level exceptions.
func (r *Rule) HasExceptions() bool { return len(r.exceptions) > 0 }

// exceptionKey names one search of a rule's exceptions: the rule and the stretch of text.
type exceptionKey struct {
	rule       *Rule
	start, end int
}

// maxKeptExceptions is the number of cached searches past which Reset drops the cache rather
// than clearing it, so a text with thousands of sentences does not make every later reset pay
// for the table it grew.
const maxKeptExceptions = 64

// exceptionSpans returns the matches of r's exceptions in t.S[start:end], as offsets into
// t.S. Each stretch is searched once per text and rule, however many matches of the rule it
// holds: a long sentence with thousands of matches is searched once, not once per match.
func (t *Text) exceptionSpans(r *Rule, start, end int) []Span {
	k := exceptionKey{r, start, end}
	if spans, ok := t.exceptions[k]; ok {
		return spans
	}
	lower := t.Lower()[start:end]
	spans := []Span{}
	for _, re := range r.exceptions {
		if re.load(); !guarded(re.guards, lower) {
			continue
		}
		// The stretch is searched from here: by the automaton, then, where it may match, by
		// the expression.
		t.searched += end - start
		if !re.automatonMatches(t.S[start:end]) {
			continue
		}
		for _, loc := range re.get().FindAllStringIndex(t.S[start:end], -1) {
			spans = append(spans, Span{Start: start + loc[0], End: start + loc[1]})
		}
	}
	if t.exceptions == nil {
		t.exceptions = map[exceptionKey][]Span{}
	}
	t.exceptions[k] = spans
	return spans
}

// Searched returns the number of bytes rule exceptions have searched, by automaton or by
// expression, in this Text over every text it held: tests use it to check that the work grows
// linearly with the input.
func (t *Text) Searched() int { return t.searched }

// resetExceptions forgets the cached searches of the previous text.
func (t *Text) resetExceptions() {
	if len(t.exceptions) > maxKeptExceptions {
		t.exceptions = nil
		return
	}
	clear(t.exceptions)
}
