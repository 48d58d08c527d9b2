package format

import (
	"bytes"
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// ScriptSettings configure the reading of call-centre and chat scripts.
type ScriptSettings struct {
	// Company lists the speaker labels of the company's lines (default: DefaultCompanySpeakers).
	Company []string
	// Customer lists the speaker labels of the customer's lines, which are context only
	// (default: DefaultCustomerSpeakers).
	Customer []string
	// Turns makes each company turn its own message.
	Turns bool
}

// DefaultCompanySpeakers are the speaker labels of the company's lines in scripts.
func DefaultCompanySpeakers() []string {
	return []string{"Agent", "Bot", "Chatbot", "Assistant", "Rep", "Representative", "Support",
		"Advisor", "Adviser", "Operator", "CSR", "Host", "Company"}
}

// DefaultCustomerSpeakers are the speaker labels of the customer's lines in scripts.
func DefaultCustomerSpeakers() []string {
	return []string{"Customer", "Caller", "User", "Client", "Member", "Visitor", "Guest",
		"Subscriber", "Prospect", "Patient"}
}

// scriptTurn is the source range of one speaker's turn: from after its label to the next
// label (or the end of the file).
type scriptTurn struct {
	label, start, end int
	company           bool
}

// applyScript turns a text or Markdown file whose lines carry speaker labels (AGENT:,
// **Bot:**, Caller:) into a script: only the company's turns are linted, without their
// labels; the customer's turns and text outside any turn are context. With Turns set, each
// company turn is its own message.
func applyScript(doc *document.Document, set ScriptSettings) {
	turns := findTurns(doc.Src, set)
	if turns == nil {
		return
	}
	var segs []document.Segment
	for i := range doc.Segments {
		for _, t := range turns {
			if !t.company {
				continue
			}
			if s := doc.Segments[i].Clip(t.start, t.end); catalog.HasAlnum(s.Text) {
				segs = append(segs, s)
			}
		}
	}
	doc.Segments = segs
	if set.Turns {
		for _, t := range turns {
			if t.company {
				doc.Labels = append(doc.Labels, document.Label{Offset: t.label})
			}
		}
		sort.SliceStable(doc.Labels, func(i, j int) bool { return doc.Labels[i].Offset < doc.Labels[j].Offset })
	}
}

// findTurns finds the speaker turns of a script, or nil when the file is not one: it needs
// two labelled lines, one of them the company's.
func findTurns(src []byte, set ScriptSettings) []scriptTurn {
	l := newTurnList(set)
	// A label ends in a colon: only the lines that hold one are read, each from its start,
	// the byte after the last line break before the colon.
	for off := 0; off < len(src); {
		colon := bytes.IndexByte(src[off:], ':')
		if colon < 0 {
			break
		}
		colon += off
		for q := colon - 1; q >= off; q-- {
			if src[q] == '\n' || src[q] == '\r' {
				off = q + 1
				break
			}
		}
		end := lineEnd(src, off)
		l.line(src, off, end)
		off = skipLineBreak(src, end)
	}
	return l.result()
}

// turnList gathers a script's speaker turns from the lines it is given, in order.
type turnList struct {
	company, customer []string
	turns             []scriptTurn
	sawCompany        bool
}

func newTurnList(set ScriptSettings) turnList {
	return turnList{company: set.Company, customer: set.Customer}
}

// speakers returns the company's and the customer's speaker labels, the default ones for
// those the settings leave empty, made only once a line holds a label (most texts have none).
func (l *turnList) speakers() (company, customer []string) {
	if len(l.company) == 0 {
		l.company = DefaultCompanySpeakers()
	}
	if len(l.customer) == 0 {
		l.customer = DefaultCustomerSpeakers()
	}
	return l.company, l.customer
}

// line reads the line src[off:end]: a turn begins there when it starts with the label of a
// company or customer speaker, and ends the turn before it.
func (l *turnList) line(src []byte, off, end int) {
	name, at, textStart, ok := speakerLabel(src, off, end)
	if !ok {
		return
	}
	company, customer := l.speakers()
	isCompany, isCustomer := hasFold(company, name), hasFold(customer, name)
	if !isCompany && !isCustomer {
		return
	}
	if n := len(l.turns); n > 0 {
		l.turns[n-1].end = at
	}
	l.turns = append(l.turns, scriptTurn{label: at, start: textStart, end: len(src), company: isCompany})
	l.sawCompany = l.sawCompany || isCompany
}

// result returns the turns, or nil unless there are two and one is the company's.
func (l *turnList) result() []scriptTurn {
	if len(l.turns) < 2 || !l.sawCompany {
		return nil
	}
	return l.turns
}

func hasFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// speakerLabel reads a label at the start of the line src[off:end]: optional list or quote
// marker, optional ** or __, a name of up to four words (with an optional "(Sam)"), and a
// colon. It returns the name, where the label starts and where the turn's text starts.
func speakerLabel(src []byte, off, end int) (string, int, int, bool) {
	i := off
	for i < end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i+1 < end && (src[i] == '-' || src[i] == '*' || src[i] == '>') && src[i+1] == ' ' {
		i += 2
	}
	at := i
	emph := 0
	for i < end && (src[i] == '*' || src[i] == '_') && emph < 2 {
		i++
		emph++
	}
	nameStart := i
	for i < end && i-nameStart < 40 && (isLetter(src[i]) || src[i] == ' ' || src[i] == '.' || src[i] == '-') {
		i++
	}
	nameEnd := i
	if i < end && src[i] == '(' { // Agent (Sam):
		for i < end && src[i] != ')' {
			i++
		}
		i++
	}
	for k := 0; k < emph && i < end && (src[i] == '*' || src[i] == '_'); k++ {
		i++
	}
	if i >= end || src[i] != ':' {
		return "", 0, 0, false // most lines: no name is written out for them
	}
	name := strings.TrimSpace(string(src[nameStart:nameEnd]))
	if name == "" || strings.Count(name, " ") > 3 {
		return "", 0, 0, false
	}
	i++
	for k := 0; k < emph && i < end && (src[i] == '*' || src[i] == '_'); k++ {
		i++
	}
	return name, at, i, true
}
