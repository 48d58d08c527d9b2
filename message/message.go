// Package message is the model of what farewell reports per message: a message is what one
// reader sees at once (a file, or the strings of a catalog that share a parent key), with its
// kind and where the kind came from, the elements of a good goodbye it holds or lacks, and its
// grace score with the breakdown that explains it. Group makes the messages of a document;
// GraceScore is a pure function of a message's elements and findings; Band and ScoreTally
// turn scores into what reports show.
//
// The engine (lint) groups a document's segments before it matches rules, since rules apply
// to kinds, and scores each message once its findings are known; reports, lsp, serve and eval
// read the messages of a lint.Result. It imports document, format and rules; never lint or
// anything downstream.
package message

import (
	"fmt"
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/rules"
)

// Message is one message unit: what one reader sees at once. A text, Markdown or HTML file is
// one message unless `farewell:` labels split it; in a catalog, the strings that share a
// parent key are one message.
type Message struct {
	ID   string
	Kind rules.MessageKind
	// KindSource says where Kind came from: "label" (a `farewell: kind=` comment), "config"
	// (a glob or key pattern in .farewell.yaml), "key" (cue words in the catalog key), "path"
	// (cue words in the file or folder name), "text" (cue phrases in the text) or "default".
	KindSource string
	// Start and End are the source range from the first to the last byte of its text.
	Start, End  int
	Pos, EndPos document.Position
	// Words counts the words of the message's text; template values are not words.
	Words int
	// Present lists the requires rules whose element the message contains; Missing those whose
	// element it lacks. Both are empty when no elements are expected of the message.
	Present, Missing []string
	// Score is the message's grace score and the deductions and credits that make it up.
	Score Score
	// Segments are the indices of the message's segments in its document, in source order.
	Segments []int
}

// MinGoodbyeWords is the fewest words a message must have for elements to be expected of it
// when its kind was inferred: a shorter text is a fragment (a button, a label, a subject line),
// not a whole goodbye. A kind set by a label or by configuration always expects them.
const MinGoodbyeWords = 8

// CountWords counts the words of a normalised text as a message counts them: runs of letters
// and digits; the placeholder that stands for a template value is not a word.
func CountWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		word := r != '\uFFFC' && (unicode.IsLetter(r) || unicode.IsDigit(r) || (in && r == '\''))
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

// ExpectsElements reports whether m is a goodbye whose elements are checked: its kind is not
// other, and it is long enough to hold them or its kind was set on purpose.
func (m *Message) ExpectsElements() bool {
	if m.Kind == rules.Other || m.Kind == "" {
		return false
	}
	return m.KindSource == "label" || m.KindSource == "config" || m.Words >= MinGoodbyeWords
}

// Grouping says how a document's segments become messages and how each gets its kind.
type Grouping struct {
	// KeyDepth groups catalog strings by the first KeyDepth parts of their keys (0: by the
	// parent key); see CatalogMessageID.
	KeyDepth int
	// Kind, when set, is the kind of every message that no label or key pattern names.
	Kind rules.MessageKind
	// KeyKind, when set, returns the kind configured for a catalog message id or key.
	KeyKind func(key string) (rules.MessageKind, bool)
	// Infer returns the kind the cues of a message point to, and where they were found ("key",
	// "path", "text", or "default" when there are none).
	Infer func(m *Message) (rules.MessageKind, string)
}

// Group groups the document's segments into messages, in source order, sets each segment's
// Message, and settles each message's kind: a label wins, then a configured key pattern, then
// a configured kind for the file, then inference. A label naming an unknown kind is an error
// at the label.
func Group(doc *document.Document, g *Grouping) ([]Message, error) {
	var msgs []Message
	byID := map[string]int{}
	catalog := format.IsCatalog(doc.Format)
	for i := range doc.Segments {
		seg := &doc.Segments[i]
		id, label := messageID(doc, seg, catalog, g.KeyDepth)
		mi, ok := byID[id]
		if !ok {
			mi = len(msgs)
			byID[id] = mi
			msgs = append(msgs, Message{ID: id, Start: -1})
			if err := applyLabel(doc, &msgs[mi], label); err != nil {
				return nil, err
			}
		}
		seg.Message = mi
		m := &msgs[mi]
		m.Segments = append(m.Segments, i)
		m.Words += CountWords(seg.Text)
		start, _ := seg.SourceRange(0, 0)
		_, end := seg.SourceRange(0, len(seg.Text))
		if m.Start < 0 || start < m.Start {
			m.Start = start
		}
		m.End = max(m.End, end)
	}
	if catalog {
		if err := labelCatalog(doc, msgs); err != nil {
			return nil, err
		}
	}
	for i := range msgs {
		m := &msgs[i]
		if m.KindSource != "" {
			continue
		}
		if k, ok := keyKind(doc, m, catalog, g); ok {
			m.Kind, m.KindSource = k, "config"
			continue
		}
		if g.Kind != "" {
			m.Kind, m.KindSource = g.Kind, "config"
			continue
		}
		m.Kind, m.KindSource = g.Infer(m)
	}
	return msgs, nil
}

// applyLabel sets a message's kind from the label that opened it; an unknown kind is an error
// at the label.
func applyLabel(doc *document.Document, m *Message, label *document.Label) error {
	if label == nil || label.Kind == "" {
		return nil
	}
	k, err := rules.ParseMessageKind(label.Kind)
	if err != nil {
		p := doc.Position(label.Offset)
		return fmt.Errorf("%d:%d: farewell label: %w", p.Line, p.Col, err)
	}
	m.Kind, m.KindSource = k, "label"
	return nil
}

// labelCatalog applies each label in a catalog to the message of the first string after it.
func labelCatalog(doc *document.Document, msgs []Message) error {
	for li := range doc.Labels {
		label := &doc.Labels[li]
		for si := range doc.Segments {
			if start, _ := doc.Segments[si].SourceRange(0, 0); start >= label.Offset {
				if m := &msgs[doc.Segments[si].Message]; m.KindSource == "" {
					if err := applyLabel(doc, m, label); err != nil {
						return err
					}
				}
				break
			}
		}
	}
	return nil
}

// keyKind returns the kind a configured key pattern gives a catalog message: the first
// pattern that matches its id or the key of one of its strings.
func keyKind(doc *document.Document, m *Message, catalog bool, g *Grouping) (rules.MessageKind, bool) {
	if g.KeyKind == nil || !catalog {
		return "", false
	}
	if k, ok := g.KeyKind(m.ID); ok {
		return k, true
	}
	for _, si := range m.Segments {
		if key := doc.Segments[si].Key; key != "" {
			if k, ok := g.KeyKind(key); ok {
				return k, true
			}
		}
	}
	return "", false
}

// messageID names the message a segment belongs to, and the label that opened it.
func messageID(doc *document.Document, seg *document.Segment, catalog bool, depth int) (string, *document.Label) {
	if catalog && seg.Key != "" {
		return CatalogMessageID(seg.Key, depth), nil
	}
	start, _ := seg.SourceRange(0, 0)
	var label *document.Label
	for i := range doc.Labels {
		if doc.Labels[i].Offset <= start {
			label = &doc.Labels[i]
		}
	}
	if label == nil {
		return path.Base(doc.Path), nil
	}
	if label.ID != "" {
		return label.ID, label
	}
	return path.Base(doc.Path) + "#" + itoa(label.Offset), label
}

// CatalogMessageID returns the message a catalog key belongs to. Keys are paths whose parts
// are joined by "." ("cancel.title") or, in a key without a dot, by "_" (Android's
// "delete_account_title"); a trailing index ("reasons[2]") is dropped. With depth 0 the message
// is the parent key; with depth n it is the first n parts, or the parent key when the key has n
// parts or fewer. A key with no parent, one with an empty part, or one holding white space (a
// source text used as the key, as in gettext) is a message of its own.
func CatalogMessageID(key string, depth int) string {
	if strings.ContainsAny(key, " \t\n") {
		return key
	}
	if strings.HasSuffix(key, "]") {
		if i := strings.LastIndexByte(key, '['); i > 0 {
			key = key[:i]
		}
	}
	sep := byte('.')
	if strings.IndexByte(key, '.') < 0 {
		sep = '_'
	}
	s := string(sep)
	if strings.HasPrefix(key, s) || strings.HasSuffix(key, s) || strings.Contains(key, s+s) {
		return key // an empty part: not a path
	}
	keep := strings.Count(key, s) // the parent has all parts but the last
	if depth > 0 && depth < keep {
		keep = depth
	}
	if keep < 1 {
		return key
	}
	end := -1
	for n := 0; n < keep; n++ {
		end += strings.IndexByte(key[end+1:], sep) + 1
	}
	return key[:end]
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
