// Package eval measures a rule pack on a labelled data set: which rows it should report
// (recall, by area) and which it should leave alone (false positives).
//
// A data set is a tab-separated file with a header line and at least the columns text and
// expect; fields may be wrapped in double quotes (with doubled inner quotes), and a
// two-character \n in a text stands for a line break. expect is flag (the pack should report
// the row), pass (it should report nothing) or any (outside the pack's scope: counted neither
// way); area names the concern of a flag row (guilt, friction, pressure, ...). Optional
// columns: kind, the message kind the row belongs to, which the report compares with the kind
// farewell infers; and source, where the row was quoted from, which splits the set into halves
// (see Half).
package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// The values of the expect column.
const (
	ExpectFlag = "flag"
	ExpectPass = "pass"
	ExpectAny  = "any"
)

// Row is one labelled text of a data set.
type Row struct {
	// Line is the line of the file where the row starts.
	Line   int
	Text   string
	Expect string
	// Area is the concern of a flag row; it is empty for pass and any rows.
	Area string
	// Kind is the labelled message kind, empty when the data set has no kind column.
	Kind string
	// Source is where the text was quoted from, empty when the data set has no source column.
	Source string
}

// Read parses a data set; name is used in errors, which give the line and column.
func Read(r io.Reader, name string) ([]Row, error) {
	cr := csv.NewReader(r)
	cr.Comma = '\t'
	cr.LazyQuotes = true
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: empty data set: want a header line with text and expect columns", name)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(strings.ToLower(h))] = i
	}
	textCol, ok1 := col["text"]
	expectCol, ok2 := col["expect"]
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("%s:1:1: the header needs text and expect columns, got %q", name, header)
	}
	areaCol, hasArea := col["area"]
	kindCol, hasKind := col["kind"]
	sourceCol, hasSource := col["source"]
	var rows []Row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) <= max(textCol, expectCol) {
			return nil, fmt.Errorf("%s:%d:1: %d fields, want at least %d", name, line, len(rec), max(textCol, expectCol)+1)
		}
		row := Row{Line: line, Text: strings.ReplaceAll(rec[textCol], `\n`, "\n"), Expect: strings.TrimSpace(rec[expectCol])}
		if hasKind && kindCol < len(rec) {
			row.Kind = strings.TrimSpace(rec[kindCol])
		}
		if hasSource && sourceCol < len(rec) {
			row.Source = strings.TrimSpace(rec[sourceCol])
		}
		switch row.Expect {
		case ExpectFlag:
			if hasArea && areaCol < len(rec) {
				row.Area = strings.TrimSpace(rec[areaCol])
			}
			if row.Area == "" {
				row.Area = "(none)"
			}
		case ExpectPass, ExpectAny:
		default:
			_, c := cr.FieldPos(expectCol)
			return nil, fmt.Errorf("%s:%d:%d: expect is %q, want flag, pass or any", name, line, c, row.Expect)
		}
		rows = append(rows, row)
	}
}

// Outcome is what the pack made of one row.
type Outcome struct {
	Row Row
	// Reported is whether the row has a finding at warning or error.
	Reported bool
	// Rules are the ids of the rules with findings at warning or error, sorted.
	Rules []string
	// Kind is the kind farewell inferred for the row's message.
	Kind rules.MessageKind
}

// Reported reports whether a lint result counts as reporting its text: a finding at warning
// or error does; suggestions are style nudges and missing-element notes, which fire on almost
// every short text, and do not.
func Reported(res *lint.Result) []string {
	var ids []string
	for _, f := range res.Findings {
		if f.Severity >= rules.Warning && !slices.Contains(ids, f.Rule.ID) {
			ids = append(ids, f.Rule.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

// Run lints each row's text as one plain-text message whose kind is inferred from its
// words, as farewell would read a text file holding it.
func Run(l *lint.Linter, rows []Row) []Outcome {
	out := make([]Outcome, len(rows))
	for i, row := range rows {
		res := l.LintText(row.Text, "", rules.ScopeSentence)
		ids := Reported(res)
		out[i] = Outcome{Row: row, Reported: len(ids) > 0, Rules: ids, Kind: rules.Other}
		if len(res.Messages) > 0 {
			out[i].Kind = res.Messages[0].Kind
		}
	}
	return out
}
