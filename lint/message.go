package lint

import (
	"fmt"
	"path"
	"strings"

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

	segments []int
}

// MinGoodbyeWords is the fewest words a message must have for elements to be expected of it
// when its kind was inferred: a shorter text is a fragment (a button, a label, a subject line),
// not a whole goodbye. A kind set by a label or by configuration always expects them.
const MinGoodbyeWords = 8

// messages groups the document's segments into messages and settles each message's kind: a
// label wins, then a configured key pattern, then a configured file glob, then inference.
func (l *Linter) messages(doc *document.Document, fs *FileSettings, sc *scratch) ([]Message, error) {
	var msgs []Message
	byID := map[string]int{}
	catalog := format.IsCatalog(doc.Format)
	for i := range doc.Segments {
		seg := &doc.Segments[i]
		id, label := messageID(doc, seg, fs.KeyDepth)
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
		m.segments = append(m.segments, i)
		m.Words += countWords(seg.Text)
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
		if k, ok := keyKind(doc, m, fs); ok {
			m.Kind, m.KindSource = k, "config"
			continue
		}
		if fs.Kind != "" {
			m.Kind, m.KindSource = fs.Kind, "config"
			continue
		}
		m.Kind, m.KindSource = l.inferKind(doc, m, sc)
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
func keyKind(doc *document.Document, m *Message, fs *FileSettings) (rules.MessageKind, bool) {
	if fs.KeyKind == nil || !format.IsCatalog(doc.Format) {
		return "", false
	}
	if k, ok := fs.KeyKind(m.ID); ok {
		return k, true
	}
	for _, si := range m.segments {
		if key := doc.Segments[si].Key; key != "" {
			if k, ok := fs.KeyKind(key); ok {
				return k, true
			}
		}
	}
	return "", false
}

// messageID names the message a segment belongs to, and the label that opened it.
func messageID(doc *document.Document, seg *document.Segment, depth int) (string, *document.Label) {
	if format.IsCatalog(doc.Format) && seg.Key != "" {
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
