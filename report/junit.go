package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// JUnit XML for CI dashboards: a test suite per file and a test case per message; each finding
// at or above --fail-on is a failure of its message's test case, lower ones are listed in the
// case's output. Unreadable files are errors, skipped files skipped cases.

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	ClassName string         `xml:"classname,attr"`
	Name      string         `xml:"name,attr"`
	Failures  []junitProblem `xml:"failure"`
	Error     *junitProblem  `xml:"error"`
	Skipped   *junitSkipped  `xml:"skipped"`
	SystemOut string         `xml:"system-out,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

type junit struct {
	w      io.Writer
	failOn rules.Severity
	doc    junitSuites
}

func newJUnit(w io.Writer, opts Options) *junit {
	failOn := opts.FailOn
	if failOn == rules.Off {
		failOn = rules.Error
	}
	return &junit{w: w, failOn: failOn, doc: junitSuites{Name: "farewell"}}
}

func (j *junit) File(r *lint.Result) error {
	suite := junitSuite{Name: r.Path}
	switch {
	case r.Err != nil:
		suite.Cases = []junitCase{{ClassName: r.Path, Name: r.Path, Error: &junitProblem{Message: r.Err.Error(), Type: "error"}}}
	case r.Skipped != "":
		suite.Cases = []junitCase{{ClassName: r.Path, Name: r.Path, Skipped: &junitSkipped{Message: r.Skipped}}}
	default:
		suite.Cases = j.cases(r)
	}
	for _, c := range suite.Cases {
		suite.Tests++
		switch {
		case c.Error != nil:
			suite.Errors++
		case c.Skipped != nil:
			suite.Skipped++
		case len(c.Failures) > 0:
			suite.Failures++
		}
	}
	j.doc.Tests += suite.Tests
	j.doc.Failures += suite.Failures
	j.doc.Errors += suite.Errors
	j.doc.Skipped += suite.Skipped
	j.doc.Suites = append(j.doc.Suites, suite)
	return nil
}

// cases makes a test case per message (or one for a file without text) holding its findings.
func (j *junit) cases(r *lint.Result) []junitCase {
	cases := make([]junitCase, max(1, len(r.Messages)))
	for i := range cases {
		cases[i] = junitCase{ClassName: r.Path, Name: r.Path}
		if i < len(r.Messages) {
			m := r.Messages[i]
			cases[i].Name = fmt.Sprintf("%s (%s)", m.ID, m.Kind)
		}
	}
	out := make([]strings.Builder, len(cases))
	for _, f := range r.Findings {
		i := min(f.MessageIndex, len(cases)-1)
		p := r.Doc.Position(f.Start)
		line := fmt.Sprintf("%s:%d:%d: %s %s: %s", r.Path, p.Line, p.Col, f.Severity, f.Rule.ID, f.Message)
		if f.Severity >= j.failOn {
			cases[i].Failures = append(cases[i].Failures, junitProblem{Message: f.Message, Type: f.Rule.ID, Text: line})
		} else {
			_, _ = out[i].WriteString(line + "\n") // a strings.Builder never fails
		}
	}
	for i := range cases {
		cases[i].SystemOut = out[i].String()
	}
	return cases
}

func (j *junit) Close(*Summary) error {
	if _, err := io.WriteString(j.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(j.w)
	enc.Indent("", "  ")
	if err := enc.Encode(j.doc); err != nil {
		return err
	}
	_, err := io.WriteString(j.w, "\n")
	return err
}
