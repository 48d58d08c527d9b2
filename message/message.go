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
	"slices"

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
	// Evidence lists the cues inference weighed, in the order found: those that counted toward
	// a kind, and those that did not (a key word the text does not confirm, counter-evidence).
	// It is empty when a label or the configuration set the kind.
	Evidence []Evidence
	// KindPoints is what the evidence for Kind weighs: a mention alone is 1, a phrase that says
	// the goodbye happens 2, a key word the text confirms 2 more.
	KindPoints int
	// Start and End are the source range from the first to the last byte of its text; the
	// document's Position method gives them as lines and columns.
	Start, End int
	// Moment is when the message meets its reader, which decides the elements that fit it
	// (see MomentCues.MomentOf); empty for a message of kind other.
	Moment rules.Moment
	// Words counts the words of the message's text; template values are not words.
	Words int
	// BodyWords counts the words of its sentences: texts of MinSentenceWords words or more,
	// link and button text aside. A group of buttons and labels has none.
	BodyWords int
	// Present lists the requires rules whose element the message contains; Missing those whose
	// element it lacks. Both are empty when no elements are expected of the message.
	Present, Missing []string
	// Score is the message's grace score, 0 to 100; Breakdown gives the base, credits,
	// deductions and caps that make it up.
	Score int
	// Flaws are the findings about its wording that the score deducts, in source order,
	// whether or not they are reported.
	Flaws []Flaw
	// Segments are the indices of the message's segments in its document, in source order.
	Segments []int
}

// MinGoodbyeWords is the fewest words of sentences (BodyWords) a message must have for
// elements to be expected of it when its kind was inferred: buttons, labels and a subject line
// alone are fragments, not a goodbye. A kind set by a label or by configuration always expects
// them.
const MinGoodbyeWords = 8

// MinSentenceWords is the fewest words a text must have to count as a sentence of a message
// rather than a label or a button.
const MinSentenceWords = 4

// ExpectsElements reports whether m is a goodbye whose elements are checked: its kind is not
// other, and it was set on purpose, or else inferred from evidence that agrees (MinKindPoints)
// for a message long enough to hold them.
func (m *Message) ExpectsElements() bool {
	if m.Kind == rules.Other || m.Kind == "" {
		return false
	}
	return m.KindSource == "label" || m.KindSource == "config" ||
		m.BodyWords >= MinGoodbyeWords && m.KindPoints >= MinKindPoints
}

// MinKindPoints is the least evidence for an inferred kind that makes a message a goodbye whose
// elements are checked: a phrase that says the goodbye happens, or a mention confirmed by a key,
// a file name, a heading or another string. A mention alone ("you can cancel anytime" in a
// welcome e-mail) gives the message its kind, for the rewrites offered, but no elements.
const MinKindPoints = 2

// Grouping says how a document's segments become messages and how each gets its kind.
type Grouping struct {
	// KeyDepth groups catalog strings by the first KeyDepth parts of their keys (0: by the
	// parent key); see CatalogMessageID.
	KeyDepth int
	// Kind, when set, is the kind of every message that no label or key pattern names.
	Kind rules.MessageKind
	// KeyKind, when set, returns the kind configured for a catalog message id or key.
	KeyKind func(key string) (rules.MessageKind, bool)
	// Moment, when set, is the moment of every goodbye (see MomentCues.MomentOf).
	Moment rules.Moment
	// Moments are the cues that tell a goodbye's moment when Moment is not set (nil: compiled
	// for this call).
	Moments *MomentCues
	// Infer returns the kind the cues of a message point to, where they were found ("key",
	// "path", "text", or "default" when there are none), and the evidence it weighed.
	Infer func(m *Message) (rules.MessageKind, string, []Evidence)
	// Scratch, when set, holds buffers kept from one call to the next (nil: made for this
	// call).
	Scratch *GroupScratch
}

// Group groups the document's segments into messages, in source order, sets each segment's
// Message, and settles each message's kind: a label wins, then a configured key pattern, then
// a configured kind for the file, then inference. A label naming an unknown kind is an error
// at the label.
func Group(doc *document.Document, g *Grouping) ([]Message, error) {
	catalog := format.IsCatalog(doc.Format)
	var ids []string
	var nums []int32 // by segment, a number of its id, when catalogIDs numbered them
	var index []int  // by id number, its message's index plus one
	byID := map[string]int{}
	var count []int // by message, its segments; then where its segments begin in segs
	sc := g.Scratch // room for ids and labels, which no message keeps
	switch {
	case catalog:
		var n int
		if sc == nil {
			sc = &GroupScratch{}
		}
		defer sc.release()
		if ids, nums, n = catalogIDs(doc, g.KeyDepth, sc); nums != nil {
			// numbered ids: at most one message each
			index, count = sc.index.zeroed(n), sc.count.zeroed(n)[:0]
		} else {
			// Most strings of a catalog are a message of their own: a map that holds them all
			// from the start is made once, not grown a few times.
			byID = make(map[string]int, len(doc.Segments))
		}
	case sc != nil:
		ids = names(&sc.ids, len(doc.Segments))
		defer sc.release()
	default:
		ids = make([]string, len(doc.Segments))
	}
	// Each segment's message id first, so that the messages are allocated once: a catalog
	// can hold a hundred thousand of them.
	if !slices.IsSortedFunc(doc.Labels, func(a, b document.Label) int { return a.Offset - b.Offset }) {
		slices.SortStableFunc(doc.Labels, func(a, b document.Label) int { return a.Offset - b.Offset })
	}
	var syms []uint8 // by segment, the facts of its text (see GroupScratch.CueSymbols)
	if g.Scratch != nil {
		syms = g.Scratch.startSymbols(len(doc.Segments))
		defer g.Scratch.endSymbols()
	}
	var labels []*document.Label // by segment, the label that opened its message: nil for keyed strings
	// base is path.Base(doc.Path), the id of running text no label names, found once.
	base := ""
	for i := range doc.Segments {
		if ids[i] == "" {
			if labels == nil {
				labels = sc.labelRoom(len(doc.Segments))
				base = path.Base(doc.Path)
			}
			ids[i], labels[i] = messageID(doc, &doc.Segments[i], base)
		}
		var mi int
		switch {
		case nums != nil:
			if mi = index[nums[i]] - 1; mi < 0 {
				mi = len(count)
				index[nums[i]] = mi + 1
				count = append(count, 0)
			}
		case i > 0 && ids[i] == ids[i-1]:
			mi = doc.Segments[i-1].Message // most running text: one message
		default:
			var ok bool
			if mi, ok = byID[ids[i]]; !ok {
				mi = len(count)
				byID[ids[i]] = mi
				count = append(count, 0)
			}
		}
		doc.Segments[i].Message = mi
		count[mi]++
	}
	// Every message's segment list in one allocation, each list capped at its length.
	segs := make([]int, len(doc.Segments))
	for mi, at := 0, 0; mi < len(count); mi++ {
		count[mi], at = at, at+count[mi]
	}
	msgs := make([]Message, 0, len(count))
	for i := range doc.Segments {
		seg := &doc.Segments[i]
		mi := seg.Message
		if mi == len(msgs) {
			end := len(segs)
			if mi+1 < len(count) {
				end = count[mi+1]
			}
			msgs = msgs[:mi+1] // the room is zeroed: set in place, not copied
			msgs[mi].ID, msgs[mi].Start, msgs[mi].Segments = ids[i], -1, segs[count[mi]:count[mi]:end]
			if labels != nil { // nil when every string is keyed: none opens a message
				if err := applyLabel(doc, &msgs[mi], labels[i]); err != nil {
					return nil, err
				}
			}
		}
		m := &msgs[mi]
		m.Segments = append(m.Segments, i)
		n, runes := countWords(seg.Text, len(seg.Text)+1) // CountWords, cuesym.Has and rules.FoldsToASCII
		if syms != nil {
			syms[i] = segFacts(n, runes)
		}
		m.Words += n
		if n -= CTAWords(seg); n >= MinSentenceWords && singularField(seg.Key) == seg.Key {
			m.BodyWords += n // a plural form says again what its singular says
		}
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
		m.Kind, m.KindSource, m.Evidence = g.Infer(m)
		for _, e := range m.Evidence {
			if e.Kind == m.Kind {
				m.KindPoints += e.Points
			}
		}
	}
	moments := g.Moments
	for i := range msgs {
		m := &msgs[i]
		switch {
		case m.Kind == rules.Other:
		case g.Moment != "":
			m.Moment = g.Moment
		default:
			if moments == nil {
				moments = NewMomentCues()
			}
			m.Moment = moments.MomentOf(doc, m)
		}
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
