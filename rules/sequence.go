package rules

import (
	"github.com/farewell-protocol/farewell/internal/textseg"
)

// seqToken is one step of a sequence rule: a word pattern, a part-of-speech tag pattern, or
// both, matched against one token; an optional step may be skipped.
type seqToken struct {
	word     *lazyRegexp
	tag      *lazyRegexp
	optional bool
}

// maxSequenceWords bounds the tokens of one sentence a sequence rule looks at, keeping the
// backtracking matcher linear in practice.
const maxSequenceWords = 400

func (r *Rule) findSequences(t *Text, emit func(Match)) {
	var words []Span
	for _, sp := range t.Sentences() {
		sentence := t.S[sp.Start:sp.End]
		words = textseg.Words(sentence, words[:0])
		if len(words) > maxSequenceWords {
			words = words[:maxSequenceWords]
		}
		if !r.wordsCouldMatch(sentence, words) {
			continue
		}
		var tags []string
		if r.NeedsTags() && t.Tagger != nil {
			tags = t.Tagger.Tag(sentence, words)
		}
		for i := 0; i < len(words); {
			end, ok := r.matchFrom(sentence, words, tags, 0, i)
			if !ok || end == i {
				i++
				continue
			}
			emit(Match{Start: sp.Start + words[i].Start, End: sp.Start + words[end-1].End, Token: -1, Count: 1})
			i = end
		}
	}
}

// wordsCouldMatch is a cheap check before tagging: every required word step must match some
// word of the sentence, in order. Sentences that fail it are never tagged.
func (r *Rule) wordsCouldMatch(sentence string, words []Span) bool {
	w := 0
	for _, st := range r.sequence {
		if st.word == nil || st.optional {
			continue
		}
		for w < len(words) && !st.word.get().MatchString(sentence[words[w].Start:words[w].End]) {
			w++
		}
		if w == len(words) {
			return false
		}
		w++
	}
	return true
}

// matchFrom matches steps[p:] against words[w:], returning the index after the last word used.
func (r *Rule) matchFrom(sentence string, words []Span, tags []string, p, w int) (int, bool) {
	if p == len(r.sequence) {
		return w, true
	}
	st := r.sequence[p]
	if w < len(words) && st.accepts(sentence, words, tags, w) {
		if end, ok := r.matchFrom(sentence, words, tags, p+1, w+1); ok {
			return end, true
		}
	}
	if st.optional {
		return r.matchFrom(sentence, words, tags, p+1, w)
	}
	return 0, false
}

func (st seqToken) accepts(sentence string, words []Span, tags []string, w int) bool {
	if st.word != nil && !st.word.get().MatchString(sentence[words[w].Start:words[w].End]) {
		return false
	}
	if st.tag != nil {
		if w >= len(tags) || !st.tag.get().MatchString(tags[w]) {
			return false
		}
	}
	return true
}
