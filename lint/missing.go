package lint

import (
	"cmp"
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// MissingElement is one element a message lacks, as the message's missing-elements finding
// lists it.
type MissingElement struct {
	// Rule is the element's requires rule.
	Rule *rules.Rule
	// Severity is the rule's severity after configuration.
	Severity rules.Severity
	// Sentence is the ready sentence the rule offers for the message's kind.
	Sentence string
	// Insert adds Sentence where the message's paragraph belongs (see Addition.Insert); its
	// New is empty where the sentence cannot be written into the source.
	Insert document.Edit
}

// anchor is where a message's missing-elements finding points: just after the last sentence
// of its body, before a sign-off, outside markup. seg is the segment that sentence ends, or -1
// when the message has no body sentence (the finding then points at its end).
type anchor struct {
	offset, seg int
}

// anchorOf finds where the paragraph a message lacks belongs: after the last sentence of the
// last body text before its sign-off (headings, attribute values such as an image's alt
// text, labels and buttons, and link text at a sentence's end are passed over); cues tell a
// sign-off.
func anchorOf(doc *document.Document, m *message.Message, cues *message.MomentCues) anchor {
	catalog := format.IsCatalog(doc.Format)
	last := len(m.Segments)
	for k, si := range m.Segments {
		if k > 0 && !message.IsHeading(doc, &doc.Segments[si]) && cues.IsSignOff(doc.Segments[si].Text) {
			last = k
			break
		}
	}
	for k := last - 1; k >= 0; k-- {
		si := m.Segments[k]
		seg := &doc.Segments[si]
		if message.IsHeading(doc, seg) || (!catalog && seg.Key != "") ||
			message.CountWords(seg.Text)-message.CTAWords(seg) < message.MinSentenceWords {
			continue
		}
		if end, ok := bodyEnd(seg); ok {
			_, off := seg.SourceRange(end-1, end)
			return anchor{offset: off, seg: si}
		}
	}
	return anchor{offset: m.End, seg: -1}
}

// bodyEnd returns the end of the segment's last sentence that does not end in link or button
// text, trailing white space left out.
func bodyEnd(seg *document.Segment) (int, bool) {
	ss := textseg.Sentences(seg.Text, nil)
	for i := len(ss) - 1; i >= 0; i-- {
		end := ss[i].End
		for end > ss[i].Start && seg.Text[end-1] == ' ' {
			end--
		}
		if end > ss[i].Start && !insideCTA(seg, rules.Match{Start: end - 1, End: end}) {
			return end, true
		}
	}
	return 0, false
}

// missingFinding reports what message mi lacks as one finding at its anchor: a message that
// names every missing element, in the order of their rules in the pack's files (the order a
// letter holds them), one paragraph of their sentences as advice, an edit that adds
// the paragraph and, per element, its sentence and an edit that adds it. Its severity is the
// highest of the elements'.
func missingFinding(doc *document.Document, mi int, m *message.Message, a anchor, gaps []MissingElement, rule *rules.Rule) Finding {
	slices.SortStableFunc(gaps, func(x, y MissingElement) int { // the order of their rule files
		return cmp.Or(cmp.Compare(x.Rule.Pos.File, y.Rule.Pos.File), cmp.Compare(x.Rule.Pos.Line, y.Rule.Pos.Line))
	})
	names := make([]string, len(gaps))
	sentences := make([]string, len(gaps))
	f := Finding{Rule: rule, Severity: rules.Suggestion, Start: a.offset, End: a.offset, MessageIndex: mi}
	for i := range gaps {
		g := &gaps[i]
		names[i], sentences[i] = g.Rule.ElementName(), g.Sentence
		f.Severity = max(f.Severity, g.Severity)
		g.Insert = insertion(doc, a, g.Sentence, false)
	}
	paragraph := strings.Join(sentences, " ")
	f.Message = "This " + strings.ReplaceAll(string(m.Kind), "-", " ") + " " + momentNoun(m.Moment) + " could add " + joinAnd(names)
	f.Advice = []string{paragraph}
	f.Addition = &Addition{Elements: gaps, Insert: insertion(doc, a, paragraph, true)}
	if a.seg >= 0 {
		f.Key = doc.Segments[a.seg].Key
	}
	return f
}

// insertion returns the edit that adds text at the anchor, escaped for the segment it joins:
// after a space, or in text and Markdown, as a paragraph of its own when paragraph is set. Its
// New is empty where the text cannot be written there (a gettext msgid, template code).
func insertion(doc *document.Document, a anchor, text string, paragraph bool) document.Edit {
	e := document.Edit{Start: a.offset, End: a.offset}
	if a.seg < 0 {
		return e
	}
	esc := doc.Segments[a.seg].Escape
	if !format.Fixable(esc, text) {
		return e
	}
	sep := " "
	if paragraph && (esc == document.EscapeNone || esc == document.EscapeMarkdown) && !format.IsCatalog(doc.Format) {
		sep = "\n\n"
	}
	e.New = sep + document.EscapeText(esc, text)
	return e
}

// momentNoun names a message at its moment: a dialog that asks to confirm, a notice that it is
// done, a message with room for more.
func momentNoun(m rules.Moment) string {
	switch m {
	case rules.MomentConfirm:
		return "dialog"
	case rules.MomentDone:
		return "notice"
	}
	return "message"
}

// joinAnd joins names as a list: "a", "a and b", "a, b and c".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
