package lint

import (
	"path"
	"strings"

	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/rules"
)

// Message is one message unit: what one reader sees at once. A text, Markdown or HTML file is
// one message unless `farewell:` labels split it; in a catalog, the strings that share a
// parent key are one message.
type Message struct {
	ID   string
	Kind rules.MessageKind
	// KindSource says where Kind came from: "config", "label", "key", "text" or "default".
	KindSource string
	// Start and End are the source range from the first to the last byte of its text.
	Start, End  int
	Pos, EndPos Position
	// Present lists the requires rules whose element the message contains; Missing those whose
	// element it lacks.
	Present, Missing []string

	segments []int
}

// messages groups the document's segments into messages and infers each message's kind.
func (l *Linter) messages(doc *Document, fs *FileSettings, sc *scratch) []Message {
	var msgs []Message
	byID := map[string]int{}
	for i := range doc.Segments {
		seg := &doc.Segments[i]
		id, label := l.messageID(doc, seg)
		mi, ok := byID[id]
		if !ok {
			mi = len(msgs)
			byID[id] = mi
			msgs = append(msgs, Message{ID: id, Start: -1})
			if label != nil && label.Kind != "" {
				if k, err := rules.ParseMessageKind(label.Kind); err == nil {
					msgs[mi].Kind, msgs[mi].KindSource = k, "label"
				}
			}
		}
		seg.Message = mi
		m := &msgs[mi]
		m.segments = append(m.segments, i)
		start, _ := seg.SourceRange(0, 0)
		_, end := seg.SourceRange(0, len(seg.Text))
		if m.Start < 0 || start < m.Start {
			m.Start = start
		}
		m.End = max(m.End, end)
	}
	for i := range msgs {
		m := &msgs[i]
		switch {
		case fs.Kind != "":
			m.Kind, m.KindSource = fs.Kind, "config"
		case m.KindSource == "":
			m.Kind, m.KindSource = l.inferKind(doc, m, sc)
		}
	}
	return msgs
}

// messageID names the message a segment belongs to, and the label that opened it.
func (l *Linter) messageID(doc *Document, seg *Segment) (string, *Label) {
	if doc.Format.IsCatalog() && seg.Key != "" {
		if i := strings.LastIndexByte(seg.Key, '.'); i > 0 {
			return seg.Key[:i], nil
		}
		return seg.Key, nil
	}
	start, _ := seg.SourceRange(0, 0)
	var label *Label
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

// inferKind picks the kind whose cues the message matches most: a cue word in a catalog key
// counts three, in the file name two, a cue phrase in the text one. Ties go to the cue listed
// first in the pack; no cue at all means "other".
func (l *Linter) inferKind(doc *Document, m *Message, sc *scratch) (rules.MessageKind, string) {
	cues := l.pack.Kinds
	if len(cues) == 0 {
		return rules.Other, "default"
	}
	score := make([]int, len(cues))
	fromKey := make([]bool, len(cues))
	base := strings.ToLower(path.Base(doc.Path))
	keys := strings.ToLower(m.ID)
	for ci, cue := range cues {
		for _, k := range cue.Keys {
			if doc.Format.IsCatalog() && strings.Contains(keys, k) {
				score[ci] += 3
				fromKey[ci] = true
				break
			}
			if strings.Contains(base, k) {
				score[ci] += 2
				fromKey[ci] = true
				break
			}
		}
	}
	for _, si := range m.segments {
		text := doc.Segments[si].Text
		for _, h := range sc.hits[sc.segHits[si]:sc.segHits[si+1]] {
			for _, t := range l.targets[h.id] {
				if t.kind == targetCue && wordBounded(text, int(h.start), int(h.end)) {
					score[t.rule]++
				}
			}
		}
	}
	best := -1
	for ci := range cues {
		if score[ci] > 0 && (best < 0 || score[ci] > score[best]) {
			best = ci
		}
	}
	if best < 0 {
		return rules.Other, "default"
	}
	if fromKey[best] {
		return cues[best].Kind, "key"
	}
	return cues[best].Kind, "text"
}

func wordBounded(s string, start, end int) bool {
	if start > 0 && textseg.IsWordByte(s[start]) && textseg.IsWordByte(s[start-1]) {
		return false
	}
	return end >= len(s) || !textseg.IsWordByte(s[end-1]) || !textseg.IsWordByte(s[end])
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
