// Package postag tags the words of a sentence with their parts of speech, for the sequence
// rules that ask for them: an adapter of prose's averaged-perceptron model to rules.Tagger. It
// imports only rules.
package postag

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/farewell-protocol/farewell/rules"
)

// Tagger tags words with prose's averaged-perceptron part-of-speech model. The model takes
// about 150 ms to load, so it is loaded on the first sentence that needs tags, never at
// start-up, and only sequence rules that use tags ever ask for it. The zero Tagger is ready to
// use, and safe for concurrent use.
type Tagger struct {
	once  sync.Once
	model *prose.Model
}

func (p *Tagger) load() {
	p.once.Do(func() {
		doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err == nil {
			p.model = doc.Model
		}
	})
}

// Tag returns a Penn Treebank tag for each word of sentence. prose tokenizes on its own terms
// ("don't" becomes "do" and "n't"), so its tokens are aligned with the words by walking the
// sentence left to right, and each word takes the tag of the first prose token inside it.
func (p *Tagger) Tag(sentence string, words []rules.Span) (tags []string) {
	p.load()
	tags = make([]string, len(words))
	if p.model == nil {
		return tags
	}
	// prose's tokenizer is not written for invalid UTF-8; give it a copy of the same length
	// with each invalid byte replaced, and never let a failure inside it stop a lint.
	sentence = sanitizeUTF8(sentence)
	defer func() {
		if recover() != nil {
			tags = make([]string, len(words))
		}
	}()
	doc, err := prose.NewDocument(sentence, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(p.model))
	if err != nil {
		return tags
	}
	cursor, w := 0, 0
	for _, tok := range doc.Tokens() {
		at := strings.Index(sentence[cursor:], tok.Text)
		if at < 0 {
			continue
		}
		start := cursor + at
		cursor = start + len(tok.Text)
		for w < len(words) && words[w].End <= start {
			w++
		}
		if w < len(words) && words[w].Start <= start && tags[w] == "" {
			tags[w] = tok.Tag
		}
	}
	return tags
}

// sanitizeUTF8 replaces each byte of an invalid UTF-8 sequence with a space, keeping offsets.
func sanitizeUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			b[i] = ' '
		}
		i += n
	}
	return string(b)
}
