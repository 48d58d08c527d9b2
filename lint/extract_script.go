package lint

import (
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/rules"
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
func applyScript(doc *Document, set ScriptSettings) {
	turns := findTurns(doc.Src, set)
	if turns == nil {
		return
	}
	var segs []Segment
	for i := range doc.Segments {
		for _, t := range turns {
			if !t.company {
				continue
			}
			if s, ok := clipSegment(&doc.Segments[i], t.start, t.end); ok {
				segs = append(segs, s)
			}
		}
	}
	doc.Segments = segs
	if set.Turns {
		for _, t := range turns {
			if t.company {
				doc.Labels = append(doc.Labels, Label{Offset: t.label})
			}
		}
		sort.SliceStable(doc.Labels, func(i, j int) bool { return doc.Labels[i].Offset < doc.Labels[j].Offset })
	}
}

// findTurns finds the speaker turns of a script, or nil when the file is not one: it needs
// two labelled lines, one of them the company's.
func findTurns(src []byte, set ScriptSettings) []scriptTurn {
	company, customer := set.Company, set.Customer
	if len(company) == 0 {
		company = DefaultCompanySpeakers()
	}
	if len(customer) == 0 {
		customer = DefaultCustomerSpeakers()
	}
	var turns []scriptTurn
	sawCompany := false
	for off := 0; off < len(src); {
		end := lineEnd(src, off)
		if name, at, textStart, ok := speakerLabel(src, off, end); ok {
			isCompany, isCustomer := hasFold(company, name), hasFold(customer, name)
			if isCompany || isCustomer {
				if n := len(turns); n > 0 {
					turns[n-1].end = at
				}
				turns = append(turns, scriptTurn{label: at, start: textStart, end: len(src), company: isCompany})
				sawCompany = sawCompany || isCompany
			}
		}
		off = skipLineBreak(src, end)
	}
	if len(turns) < 2 || !sawCompany {
		return nil
	}
	return turns
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
	name := strings.TrimSpace(string(src[nameStart:i]))
	if i < end && src[i] == '(' { // Agent (Sam):
		for i < end && src[i] != ')' {
			i++
		}
		i++
	}
	for k := 0; k < emph && i < end && (src[i] == '*' || src[i] == '_'); k++ {
		i++
	}
	if i >= end || src[i] != ':' || name == "" || strings.Count(name, " ") > 3 {
		return "", 0, 0, false
	}
	i++
	for k := 0; k < emph && i < end && (src[i] == '*' || src[i] == '_'); k++ {
		i++
	}
	return name, at, i, true
}

// clipSegment returns the part of s whose source lies in [start, end), without white space
// at its ends; ok is false when no text lies there.
func clipSegment(s *Segment, start, end int) (Segment, bool) {
	out := Segment{Role: s.Role, Key: s.Key, Escape: s.Escape}
	var buf []byte
	for _, p := range s.pieces {
		ps, pe := int(p.src), int(p.src+p.srcN)
		if p.kind == verbatim {
			cs, ce := max(ps, start), min(pe, end)
			if cs >= ce {
				continue
			}
			t0 := int(p.text) + cs - ps
			out.pieces = append(out.pieces, piece{text: int32(len(buf)), n: int32(ce - cs), src: int32(cs), srcN: int32(ce - cs), kind: verbatim})
			buf = append(buf, s.Text[t0:t0+ce-cs]...)
			continue
		}
		if ps < start || ps >= end {
			continue
		}
		out.pieces = append(out.pieces, piece{text: int32(len(buf)), n: p.n, src: p.src, srcN: p.srcN, kind: p.kind})
		buf = append(buf, s.Text[p.text:p.text+p.n]...)
	}
	out.Text = string(buf)
	clipCTAs(s, &out)
	lead := trimSegment(&out)
	for k := range out.CTAs { // trimming moved the text
		c := &out.CTAs[k]
		c.Start = max(0, min(c.Start-lead, len(out.Text)))
		c.End = max(c.Start, min(c.End-lead, len(out.Text)))
	}
	return out, hasAlnum(out.Text)
}

// trimSegment drops white space at both ends of a segment and returns how many text bytes
// it dropped at the start.
func trimSegment(s *Segment) int {
	for len(s.pieces) > 0 {
		p := &s.pieces[0]
		txt := s.Text[p.text : p.text+p.n]
		rest := strings.TrimLeft(txt, " ")
		if rest == "" {
			s.pieces = s.pieces[1:]
			continue
		}
		if k := int32(len(txt) - len(rest)); k > 0 && p.kind == verbatim {
			p.text, p.n, p.src, p.srcN = p.text+k, p.n-k, p.src+k, p.srcN-k
		}
		break
	}
	for len(s.pieces) > 0 {
		p := &s.pieces[len(s.pieces)-1]
		txt := s.Text[p.text : p.text+p.n]
		rest := strings.TrimRight(txt, " ")
		if rest == "" {
			s.pieces = s.pieces[:len(s.pieces)-1]
			continue
		}
		if k := int32(len(txt) - len(rest)); k > 0 && p.kind == verbatim {
			p.n, p.srcN = p.n-k, p.srcN-k
		}
		break
	}
	if len(s.pieces) == 0 {
		s.Text = ""
		return 0
	}
	t0, last := s.pieces[0].text, s.pieces[len(s.pieces)-1]
	s.Text = s.Text[t0 : last.text+last.n]
	for k := range s.pieces {
		s.pieces[k].text -= t0
	}
	return int(t0)
}

// clipCTAs carries the link and button texts of s that lie wholly inside the clipped segment
// over to it.
func clipCTAs(s *Segment, out *Segment) {
	for _, c := range s.CTAs {
		a, b := s.SourceRange(c.Start, c.End)
		start, end := -1, -1
		for _, p := range out.pieces {
			if int(p.src) == a || start < 0 && int(p.src) <= a && a < int(p.src+p.srcN) && p.kind == verbatim {
				start = int(p.text) + a - int(p.src)
			}
			if int(p.src+p.srcN) == b || int(p.src) < b && b <= int(p.src+p.srcN) && p.kind == verbatim {
				end = int(p.text) + b - int(p.src) - int(p.srcN) + int(p.n)
			}
		}
		if start >= 0 && end > start {
			out.CTAs = append(out.CTAs, rules.Span{Start: start, End: end})
		}
	}
}
