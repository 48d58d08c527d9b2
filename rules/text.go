package rules

import (
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/internal/swar"
	"github.com/farewell-protocol/farewell/internal/textseg"
)

// Span is a half-open byte range [Start, End) in a Text.
type Span = textseg.Span

// Tagger assigns a part-of-speech tag (Penn Treebank: VB, NN, PRP, ...) to each word of a
// sentence. Implementations load their model lazily and must be safe for concurrent use.
type Tagger interface {
	Tag(sentence string, words []Span) []string
}

// Text is one segment's normalised text as rules see it. Its sentences are computed on first
// use; a Text is reused across segments by one goroutine and is not safe for concurrent use.
type Text struct {
	S      string
	Tagger Tagger
	// Lang is the language of the text ("" or "en" for English; any other is folded text, see
	// textseg.Fold), which says where its sentences end.
	Lang string

	sentences []Span
	split     bool
	lower     string
	lowered   bool
	digit     int8 // 0 unknown, 1 has an ASCII digit, -1 has none

	exceptions map[exceptionKey][]Span // exception matches by rule and stretch, on first use
	searched   int                     // bytes the exceptions searched, over every text
}

// Reset points t at a new text, keeping its buffers.
func (t *Text) Reset(s string) {
	t.S = s
	t.sentences = t.sentences[:0]
	t.split = false
	t.lower, t.lowered = "", false
	t.digit = 0
	t.resetExceptions()
}

// HasDigit reports whether the text holds an ASCII digit, computed on first use.
func (t *Text) HasDigit() bool {
	if t.digit == 0 {
		t.digit = -1
		if swar.HasDigit(t.S) {
			t.digit = 1
		}
	}
	return t.digit > 0
}

// Lower returns the text with ASCII letters in lower case, computed on first use.
func (t *Text) Lower() string {
	if !t.lowered {
		t.lower, t.lowered = lowerASCII(t.S), true
	}
	return t.lower
}

func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	// Built in place: one allocation, not a byte slice and then its string copy.
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // s[from:i] is written as it is
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// Sentences returns the sentences of the text.
func (t *Text) Sentences() []Span {
	if !t.split {
		t.sentences = textseg.SentencesIn(t.Lang, t.S, t.sentences[:0])
		t.split = true
	}
	return t.sentences
}

// SentenceAt returns the sentence that contains byte i (or the whole text when none does).
func (t *Text) SentenceAt(i int) Span {
	ss := t.Sentences()
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > i })
	if k < len(ss) && ss[k].Start <= i {
		return ss[k]
	}
	return Span{Start: 0, End: len(t.S)}
}

// Match is a place where a rule matched, in Text byte offsets.
type Match struct {
	Start, End int
	// Token is the index of the literal token that matched, or -1 for a pattern.
	Token int
	// Count is the number of occurrences an occurrence match stands for.
	Count int
}
