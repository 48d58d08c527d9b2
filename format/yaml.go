package format

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
	"github.com/farewell-protocol/farewell/internal/yamlx"
	"github.com/farewell-protocol/farewell/locale"
)

// readYAML reads YAML catalogs: Rails-style locale files (a single locale root key, which
// names the locale and is left out of key paths), nested keys, and Rasa chatbot domains (only
// the `text` and button `title` of each response). yaml.v3 gives the structure and where each
// scalar starts; the scalar's bytes are then read again by hand, so that plain, quoted, block
// and folded scalars, escapes included, map back to the exact source bytes.
func readYAML(doc *document.Document, rd *reading) error {
	scanYAMLComments(doc)
	root, err := yamlx.Parse("", doc.Src)
	if err != nil {
		var ye *yamlx.Error
		if errors.As(err, &ye) {
			return &ParseError{Path: doc.Path, Line: ye.Pos.Line, Col: ye.Pos.Col, Msg: ye.Msg}
		}
		return err
	}
	if root == nil {
		return nil
	}
	y := &yamlScanner{doc: doc, b: rd.builder(doc.Src, document.Templates{}), maxDepth: rd.depth()}
	y.b.ExpectSegments(expectedSegments(doc.Src, 1)) // a string a line, about
	if root.Kind == yaml.MappingNode && len(root.Content) == 2 && root.Content[1].Kind == yaml.MappingNode {
		if loc := locale.ParseName(root.Content[0].Value); loc != "" {
			if doc.Locale == "" && rd.Locale == "" {
				doc.Locale = loc
			}
			root = root.Content[1]
		}
	}
	if responses := rasaResponses(root); responses != nil {
		y.rasa = true
		rd.catalog = true
		y.walk(responses, []byte("responses"), 0)
	} else {
		y.walk(root, nil, 0)
	}
	if n := y.tooDeep; n != nil {
		return &ParseError{Path: doc.Path, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf("YAML nested deeper than %d levels (limits.max_depth)", y.maxDepth)}
	}
	doc.Segments = catalog.DropEmpty(y.b.Segments())
	rd.keepRoom(y.b)
	return nil
}

// rasaResponses returns the `responses` mapping of a Rasa domain file, or nil.
func rasaResponses(root *yaml.Node) *yaml.Node {
	if root.Kind != yaml.MappingNode {
		return nil
	}
	var responses *yaml.Node
	rasa := false
	for i := 0; i+1 < len(root.Content); i += 2 {
		switch root.Content[i].Value {
		case "responses":
			responses = root.Content[i+1]
		case "version", "intents", "entities", "slots", "actions", "forms", "nlu", "stories", "rules", "session_config":
			rasa = true
		}
	}
	if rasa && responses != nil && responses.Kind == yaml.MappingNode {
		return responses
	}
	return nil
}

type yamlScanner struct {
	maxDepth int
	tooDeep  *yaml.Node // the first node nested deeper than maxDepth
	doc      *document.Document
	b        *document.Builder
	str      catalog.String
	rasa     bool
	flow     int // depth inside flow collections
}

func (y *yamlScanner) walk(n *yaml.Node, path []byte, depth int) {
	if depth > y.maxDepth {
		if y.tooDeep == nil {
			y.tooDeep = n
		}
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			y.walk(c, path, depth+1)
		}
	case yaml.MappingNode:
		if n.Style&yaml.FlowStyle != 0 {
			y.flow++
			defer func() { y.flow-- }()
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if k == "<<" {
				continue
			}
			y.walk(n.Content[i+1], appendKey(path, k), depth+1)
		}
	case yaml.SequenceNode:
		if n.Style&yaml.FlowStyle != 0 {
			y.flow++
			defer func() { y.flow-- }()
		}
		for i, c := range n.Content {
			y.walk(c, append(append(append(path[:len(path):len(path)], '['), strconv.Itoa(i)...), ']'), depth+1)
		}
	case yaml.ScalarNode:
		if n.Tag != "!!str" || n.Value == "" {
			return
		}
		last := string(path[bytes.LastIndexByte(path, '.')+1:])
		key := string(path)
		if y.rasa && last != "text" && last != "title" {
			return
		}
		esc := document.EscapeYAMLPlain
		switch n.Style {
		case yaml.DoubleQuotedStyle:
			esc = document.EscapeCString
		case yaml.SingleQuotedStyle:
			esc = document.EscapeSingleQuoted
		case yaml.LiteralStyle, yaml.FoldedStyle:
			esc = document.EscapeYAMLBlock
		default:
			if y.flow > 0 {
				esc = document.EscapeYAMLFlow
			}
		}
		if !y.scalar(n) {
			return
		}
		if y.rasa && last == "title" {
			// A button belongs to its response's message: its key is the button's own path.
			y.b.Start(document.RoleBody, strings.TrimSuffix(key, ".title"), esc)
			y.b.BeginCTA()
			y.str.Feed(y.b, 0, len(y.str.Text()))
			y.b.Flush()
			return
		}
		catalog.Emit(y.b, catalog.Entry{Key: key, Esc: esc, Str: &y.str})
	}
}

func appendKey(path []byte, k string) []byte {
	out := make([]byte, 0, len(path)+1+len(k))
	out = append(out, path...)
	if len(out) > 0 {
		out = append(out, '.')
	}
	return append(out, k...)
}

// scalar reads the source of a scalar node into y.str and checks that it reads, white space
// aside, as the value the parser gave; it reports false (and the scalar is not linted) when
// it does not.
func (y *yamlScanner) scalar(n *yaml.Node) bool {
	src := y.doc.Src
	off := y.doc.OffsetOf(n.Line, n.Column, false)
	for off < len(src) && (src[off] == '&' || src[off] == '!') { // anchor or tag
		for off < len(src) && !isASCIISpace(src[off]) {
			off++
		}
		for off < len(src) && (src[off] == ' ' || src[off] == '\t') {
			off++
		}
	}
	y.str.Reset()
	if off >= len(src) {
		return false
	}
	switch n.Style {
	case yaml.DoubleQuotedStyle:
		yamlQuoted(&y.str, src, off, '"')
	case yaml.SingleQuotedStyle:
		yamlQuoted(&y.str, src, off, '\'')
	case yaml.LiteralStyle, yaml.FoldedStyle:
		yamlBlock(&y.str, src, off)
	default:
		yamlPlain(&y.str, src, off, n.Value)
	}
	return sameWords(string(y.str.Text()), n.Value)
}

// scanYAMLComments hands every # comment that holds a farewell directive or label to the
// directive scanner.
func scanYAMLComments(doc *document.Document) {
	src := doc.Src
	for off := 0; off < len(src); {
		end := lineEnd(src, off)
		line := src[off:end]
		if bytes.Contains(line, []byte("farewell")) {
			k := bytes.IndexByte(line, '#')
			for k > 0 && line[k-1] != ' ' && line[k-1] != '\t' {
				n := bytes.IndexByte(line[k+1:], '#')
				if n < 0 {
					k = -1
					break
				}
				k += 1 + n
			}
			if k >= 0 {
				doc.ScanComment(string(line[k+1:]), off+k, end)
			}
		}
		off = skipLineBreak(src, end)
	}
}
