package document

import "fmt"

// ParseError is a syntax error in a file, at a line and column (1-based, the column in code
// points).
type ParseError struct {
	Path      string
	Line, Col int
	Msg       string
}

// Error formats the error as path:line:col: message.
func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
}

// ErrorAt makes a *ParseError at byte offset off of d.
func (d *Document) ErrorAt(off int, format string, args ...any) error {
	p := d.Position(off)
	return &ParseError{Path: d.Path, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)}
}
