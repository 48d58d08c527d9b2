package report

import (
	"bufio"
	"encoding/xml"
	"io"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// checkstyle writes checkstyle XML, which reviewdog and many CI tools read: a <file> per file
// with an <error> per finding (severity error, warning or info). Files are streamed.

type checkstyleFile struct {
	XMLName xml.Name          `xml:"file"`
	Name    string            `xml:"name,attr"`
	Errors  []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

type checkstyle struct {
	w   *bufio.Writer
	enc *xml.Encoder
}

func newCheckstyle(w io.Writer) *checkstyle {
	c := &checkstyle{w: bufio.NewWriter(w)}
	// A bufio.Writer keeps its first error and returns it from Flush, in Close.
	_, _ = c.w.WriteString(xml.Header + `<checkstyle version="4.3">` + "\n")
	c.enc = xml.NewEncoder(c.w)
	c.enc.Indent("  ", "  ")
	return c
}

func checkstyleSeverity(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "info"
}

func (c *checkstyle) File(r *lint.Result) error {
	f := checkstyleFile{Name: r.Path}
	if r.Err != nil {
		f.Errors = append(f.Errors, checkstyleError{Line: 1, Column: 1, Severity: "error", Message: r.Err.Error(), Source: "farewell"})
	}
	for _, fd := range r.Findings {
		p := r.Doc.Position(fd.Start)
		f.Errors = append(f.Errors, checkstyleError{
			Line: p.Line, Column: p.Col, Severity: checkstyleSeverity(fd.Severity),
			Message: fd.Message, Source: fd.Rule.ID,
		})
	}
	if r.Skipped != "" {
		return nil
	}
	if err := c.enc.Encode(f); err != nil {
		return err
	}
	_, err := c.w.WriteString("\n")
	return err
}

func (c *checkstyle) Close(*Summary) error {
	if _, err := c.w.WriteString("</checkstyle>\n"); err != nil {
		return err
	}
	return c.w.Flush()
}
