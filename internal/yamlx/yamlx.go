// Package yamlx decodes YAML strictly into plain structs and reports every problem with the
// file, line and column it comes from.
//
// yaml.v3 parses; this package walks the node tree against the target type so that unknown
// fields, wrong shapes and alias bombs are errors that point at the offending bytes.
package yamlx

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// Pos is a place in a YAML file: 1-based line and column.
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats the position as file:line:col.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Error is a problem at a position in a YAML file.
type Error struct {
	Pos Pos
	Msg string
}

// Error formats the problem as file:line:col: message.
func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Errorf makes an Error at pos.
func Errorf(pos Pos, format string, args ...any) error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// String is a scalar string that remembers where it was written.
type String struct {
	Value string
	Pos   Pos
}

// Pair is one entry of a mapping whose order matters: a key and one or more string values.
type Pair struct {
	Key    String
	Values []String
}

// Pairs is a mapping decoded in source order.
type Pairs []Pair

// DefaultMaxNodes bounds how many nodes one document may expand to through aliases.
const DefaultMaxNodes = 1_000_000

// Parse parses data as one YAML document; an empty document yields a nil node.
func Parse(file string, data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, syntaxError(file, data, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

var lineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns yaml.v3's "yaml: line N: msg" into file:line:col, taking the column of the
// first non-blank byte on that line because the parser does not report one.
func syntaxError(file string, data []byte, err error) error {
	m := lineRE.FindStringSubmatch(err.Error())
	if m == nil {
		return &Error{Pos: Pos{File: file, Line: 1, Col: 1}, Msg: err.Error()}
	}
	line, _ := strconv.Atoi(m[1])
	return &Error{Pos: Pos{File: file, Line: line, Col: firstColumn(data, line)}, Msg: m[2]}
}

func firstColumn(data []byte, line int) int {
	for i := 1; i < line; i++ {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			return 1
		}
		data = data[nl+1:]
	}
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		data = data[:nl]
	}
	col := 1
	for _, c := range data {
		if c != ' ' && c != '\t' {
			return col
		}
		col++
	}
	return 1
}

// NodePos returns the position of n in file.
func NodePos(file string, n *yaml.Node) Pos {
	return Pos{File: file, Line: n.Line, Col: n.Column}
}

// IsAliasBomb reports whether err is the decoder refusing a document that expands too far.
func IsAliasBomb(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Msg == errTooLarge
}

const errTooLarge = "document expands to too many nodes through aliases"
