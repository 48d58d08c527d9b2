package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
)

// JSON output is a stable contract: fields are added, never renamed or removed. Files are
// written as they are linted, so memory does not grow with the run.

type jsonFile struct {
	Path     string        `json:"path"`
	Format   string        `json:"format,omitempty"`
	Findings []jsonFinding `json:"findings"`
	Messages []jsonMessage `json:"messages,omitempty"`
	Skipped  string        `json:"skipped,omitempty"`
	Error    string        `json:"error,omitempty"`
	// Score is the file's grace score (absent when the file has no message).
	Score *int `json:"score,omitempty"`
}

type jsonFinding struct {
	Rule        string           `json:"rule"`
	Category    string           `json:"category"`
	Severity    string           `json:"severity"`
	Message     string           `json:"message"`
	Match       string           `json:"match"`
	Line        int              `json:"line"`
	Column      int              `json:"column"`
	EndLine     int              `json:"end_line"`
	EndColumn   int              `json:"end_column"`
	Offset      int              `json:"offset"`
	EndOffset   int              `json:"end_offset"`
	Suggestions []jsonSuggestion `json:"suggestions"`
	Key         string           `json:"key,omitempty"`
	MessageID   string           `json:"message_id,omitempty"`
	// Elements and Insert are set on the missing-elements finding of a message: each element
	// it lacks, and the edit that adds its paragraph where it belongs.
	Elements []jsonElement `json:"elements,omitempty"`
	Insert   *jsonEdit     `json:"insert,omitempty"`
}

// jsonElement is one element a message lacks: its requires rule, that rule's severity and
// message, the sentence it offers and the edit that adds the sentence (absent where the source
// cannot hold it).
type jsonElement struct {
	Rule string `json:"rule"`
	// Name names the element in a list ("an open door").
	Name     string    `json:"name"`
	Severity string    `json:"severity"`
	Message  string    `json:"message"`
	Sentence string    `json:"sentence"`
	Insert   *jsonEdit `json:"insert,omitempty"`
}

// jsonEvidence is one cue that kind inference weighed.
type jsonEvidence struct {
	Kind   string `json:"kind"`
	Where  string `json:"where"`
	Cue    string `json:"cue"`
	Points int    `json:"points"`
	Note   string `json:"note,omitempty"`
}

type jsonSuggestion struct {
	Text  string     `json:"text"`
	Edits []jsonEdit `json:"edits,omitempty"`
}

type jsonEdit struct {
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	New       string `json:"new"`
}

type jsonMessage struct {
	ID         string `json:"id"`
	Kind       string `json:"kind"`
	KindSource string `json:"kind_source"`
	// KindEvidence lists the cues kind inference weighed (absent when a label or the
	// configuration set the kind); Moment is when the message meets its reader.
	KindEvidence []jsonEvidence  `json:"kind_evidence,omitempty"`
	Moment       string          `json:"moment,omitempty"`
	Line         int             `json:"line"`
	EndLine      int             `json:"end_line"`
	Present      []string        `json:"present"`
	Missing      []string        `json:"missing"`
	Score        int             `json:"score"`
	Band         string          `json:"band"`
	Breakdown    []jsonScoreItem `json:"breakdown"`
}

// jsonScoreItem is one deduction or credit of a message's score; the points of a message's
// breakdown add up to its score.
type jsonScoreItem struct {
	Type     string `json:"type"`
	Points   int    `json:"points"`
	Rule     string `json:"rule,omitempty"`
	Severity string `json:"severity,omitempty"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
	Reason   string `json:"reason"`
}

type jsonReporter struct {
	w     *bufio.Writer
	first bool
	err   error
}

func newJSON(w io.Writer, _ Options) *jsonReporter {
	j := &jsonReporter{w: bufio.NewWriter(w), first: true}
	j.write([]byte(`{"version":1,"files":[`))
	return j
}

func (j *jsonReporter) write(b []byte) {
	if j.err == nil {
		_, j.err = j.w.Write(b)
	}
}

func (j *jsonReporter) File(r *lint.Result) error {
	b, err := json.Marshal(toJSONFile(r))
	if err != nil {
		return err
	}
	if !j.first {
		j.write([]byte(","))
	}
	j.first = false
	j.write(b)
	return j.err
}

func (j *jsonReporter) Close(s *Summary) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	j.write([]byte(`],"summary":`))
	j.write(b)
	j.write([]byte("}\n"))
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

// FileJSON returns one file's result as `--format json` writes it under "files": other tools
// that return results, such as the writers' page API, use it so that their shape is the same
// documented contract.
func FileJSON(r *lint.Result) ([]byte, error) { return json.Marshal(toJSONFile(r)) }

func toJSONFile(r *lint.Result) jsonFile {
	jf := jsonFile{Path: r.Path, Format: string(r.Format), Skipped: r.Skipped, Findings: []jsonFinding{}}
	if r.Err != nil {
		jf.Error = r.Err.Error()
	}
	for _, m := range r.Messages {
		jm := jsonMessage{
			ID: m.ID, Kind: string(m.Kind), KindSource: m.KindSource,
			Line: r.Doc.Position(m.Start).Line, EndLine: r.Doc.Position(m.End).Line,
			Present: nonNil(m.Present), Missing: nonNil(m.Missing),
			Score: m.Score, Band: message.Band(m.Score), Breakdown: []jsonScoreItem{},
			Moment: string(m.Moment),
		}
		for _, e := range m.Evidence {
			jm.KindEvidence = append(jm.KindEvidence, jsonEvidence{Kind: string(e.Kind), Where: e.Where, Cue: e.Cue, Points: e.Points, Note: e.Note})
		}
		for _, it := range m.Breakdown().Items {
			ji := jsonScoreItem{Type: string(it.Kind), Points: it.Points, Rule: it.Rule, Reason: it.Reason}
			if it.Kind == message.ScoreDeduction {
				p := r.Doc.Position(it.Start)
				ji.Severity, ji.Line, ji.Column = it.Severity.String(), p.Line, p.Col
			}
			jm.Breakdown = append(jm.Breakdown, ji)
		}
		jf.Messages = append(jf.Messages, jm)
	}
	if v, ok := message.FileScore(r.Messages); ok && r.Err == nil && r.Skipped == "" {
		jf.Score = &v
	}
	for _, f := range r.Findings {
		jf.Findings = append(jf.Findings, toJSONFinding(r, &f))
	}
	return jf
}

func toJSONFinding(r *lint.Result, f *lint.Finding) jsonFinding {
	start, end := r.Doc.Position(f.Start), r.Doc.Position(f.End)
	out := jsonFinding{
		Rule: f.Rule.ID, Category: f.Rule.Category, Severity: f.Severity.String(),
		Message: f.Message, Match: f.Match,
		Line: start.Line, Column: start.Col, EndLine: end.Line, EndColumn: end.Col,
		Offset: f.Start, EndOffset: f.End, Key: f.Key, Suggestions: []jsonSuggestion{},
	}
	if f.MessageIndex < len(r.Messages) {
		out.MessageID = r.Messages[f.MessageIndex].ID
	}
	for _, fx := range f.Fixes {
		e := f.Edit(fx)
		out.Suggestions = append(out.Suggestions, jsonSuggestion{Text: fx.Title, Edits: []jsonEdit{{Offset: e.Start, EndOffset: e.End, New: e.New}}})
	}
	for _, a := range f.Advice {
		out.Suggestions = append(out.Suggestions, jsonSuggestion{Text: a})
	}
	for _, e := range f.Elements() {
		out.Elements = append(out.Elements, jsonElement{Rule: e.Rule.ID, Name: e.Rule.ElementName(), Severity: e.Severity.String(),
			Message: e.Rule.Message, Sentence: e.Sentence, Insert: insertJSON(e.Insert)})
	}
	if len(f.Elements()) > 0 {
		out.Insert = insertJSON(f.Insert())
	}
	return out
}

// insertJSON writes an insertion, or nothing when it cannot be written into the source.
func insertJSON(e document.Edit) *jsonEdit {
	if e.New == "" {
		return nil
	}
	return &jsonEdit{Offset: e.Start, EndOffset: e.End, New: e.New}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
