package lint

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/farewell-protocol/farewell/internal/yamlx"
)

// extractYAML reads YAML catalogs: Rails-style locale files (a single locale root key, which
// names the locale and is left out of key paths), nested keys, and Rasa chatbot domains (only
// the `text` and button `title` of each response). yaml.v3 gives the structure and where each
// scalar starts; the scalar's bytes are then read again by hand, so that plain, quoted, block
// and folded scalars, escapes included, map back to the exact source bytes.
func extractYAML(doc *Document, opts *extractOptions) error {
	scanYAMLComments(doc)
	root, err := yamlx.Parse("", doc.Src)
	if err != nil {
		var ye *yamlx.Error
		if errors.As(err, &ye) {
			return fmt.Errorf("%d:%d: %s", ye.Pos.Line, ye.Pos.Col, ye.Msg)
		}
		return err
	}
	if root == nil {
		return nil
	}
	y := &yamlScanner{doc: doc, b: newBuilder(doc.Src, nil)}
	if root.Kind == yaml.MappingNode && len(root.Content) == 2 && root.Content[1].Kind == yaml.MappingNode {
		if loc := parseLocale(root.Content[0].Value, false); loc != "" {
			if doc.Locale == "" && !opts.localeForced {
				doc.Locale = loc
			}
			root = root.Content[1]
		}
	}
	if responses := rasaResponses(root); responses != nil {
		y.rasa = true
		y.walk(responses, []byte("responses"), 0)
	} else {
		y.walk(root, nil, 0)
	}
	doc.Segments = dropEmpty(y.b.segments())
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
	doc  *Document
	b    *builder
	str  catString
	rasa bool
}

func (y *yamlScanner) walk(n *yaml.Node, path []byte, depth int) {
	if depth > maxNesting {
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			y.walk(c, path, depth+1)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if k == "<<" {
				continue
			}
			y.walk(n.Content[i+1], appendKey(path, k), depth+1)
		}
	case yaml.SequenceNode:
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
		esc := EscapeNone
		switch n.Style {
		case yaml.DoubleQuotedStyle:
			esc = EscapeCString
		case yaml.SingleQuotedStyle:
			esc = EscapeSingleQuoted
		}
		if !y.scalar(n) {
			return
		}
		if y.rasa && last == "title" {
			// A button belongs to its response's message: its key is the button's own path.
			y.b.start(RoleBody, strings.TrimSuffix(key, ".title"), esc)
			y.b.beginCTA()
			y.str.feed(y.b, 0, len(y.str.text))
			y.b.flush()
			return
		}
		y.b.emitCatalog(catalogString{key: key, esc: esc, str: &y.str})
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
	y.str.reset()
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
	return sameWords(string(y.str.text), n.Value)
}

// sameWords reports whether a and b hold the same words.
func sameWords(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) != len(fb) {
		return false
	}
	for i := range fa {
		if fa[i] != fb[i] {
			return false
		}
	}
	return true
}

// yamlFold records the line folding at src[ws:] (trailing blanks, line breaks, indentation)
// as white space and returns where the next text starts.
func yamlFold(c *catString, src []byte, ws int) int {
	j := ws
	for j < len(src) && (isASCIISpace(src[j])) {
		j++
	}
	c.dec(ws, j, " ")
	return j
}

// yamlQuoted reads a double- or single-quoted scalar opening at src[off].
func yamlQuoted(c *catString, src []byte, off int, q byte) {
	i := off + 1
	run := i
	for i < len(src) {
		ch := src[i]
		switch {
		case ch == q && q == '\'' && i+1 < len(src) && src[i+1] == '\'':
			c.raw(src, run, i)
			c.dec(i, i+2, "'")
			i += 2
			run = i
		case ch == q:
			c.raw(src, run, i)
			return
		case ch == '\\' && q == '"' && i+1 < len(src):
			c.raw(src, run, i)
			n, dec := yamlEscape(src, i)
			c.dec(i, i+n, dec)
			i += n
			run = i
		case ch == '\n' || ch == '\r':
			ws := i
			for ws > run && (src[ws-1] == ' ' || src[ws-1] == '\t') {
				ws--
			}
			c.raw(src, run, ws)
			i = yamlFold(c, src, ws)
			run = i
		default:
			i++
		}
	}
	c.raw(src, run, i)
}

// yamlEscape decodes the double-quoted escape at src[i].
func yamlEscape(src []byte, i int) (int, string) {
	simple := map[byte]string{'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n",
		'v': "\v", 'f': "\f", 'r': "\r", 'e': "\x1b", ' ': " ", '"': `"`, '/': "/", '\\': `\`,
		'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029"}
	e := src[i+1]
	if s, ok := simple[e]; ok {
		return 2, s
	}
	width := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
	if width > 0 && i+2+width <= len(src) {
		if v, err := strconv.ParseUint(string(src[i+2:i+2+width]), 16, 32); err == nil {
			return 2 + width, string(rune(v))
		}
	}
	if e == '\n' || e == '\r' { // an escaped line break joins the lines
		j := i + 1
		for j < len(src) && isASCIISpace(src[j]) {
			j++
		}
		return j - i, " "
	}
	return 2, string(e)
}

// yamlPlain reads a plain scalar starting at src[off], line by line until its words are those
// of the parsed value.
func yamlPlain(c *catString, src []byte, off int, value string) {
	want := len(strings.Fields(value))
	flow := !strings.ContainsAny(value, ",]}")
	i := off
	for {
		end := lineEnd(src, i)
		if k := bytes.Index(src[i:end], []byte(" #")); k >= 0 {
			end = i + k
		}
		if k := bytes.IndexAny(src[i:end], ",]}"); k >= 0 && flow {
			end = i + k // the end of a scalar inside a flow collection
		}
		te := end
		for te > i && (src[te-1] == ' ' || src[te-1] == '\t') {
			te--
		}
		c.raw(src, i, te)
		if len(strings.Fields(string(c.text))) >= want || end >= len(src) {
			return
		}
		next := yamlFold(c, src, te)
		if next >= len(src) || next == te {
			return
		}
		i = next
	}
}

// yamlBlock reads a literal (|) or folded (>) block scalar whose indicator is at src[off].
func yamlBlock(c *catString, src []byte, off int) {
	i := skipLineBreak(src, lineEnd(src, off))
	indent := -1
	for i < len(src) {
		end := lineEnd(src, i)
		ind := 0
		for i+ind < end && src[i+ind] == ' ' {
			ind++
		}
		if i+ind == end { // blank line
			i = skipLineBreak(src, end)
			continue
		}
		if indent < 0 {
			indent = ind
		}
		if ind < indent {
			return
		}
		if len(c.text) > 0 {
			last := c.spans[len(c.spans)-1]
			c.dec(last.srcEnd, i+indent, " ")
		}
		c.raw(src, i+indent, end)
		i = skipLineBreak(src, end)
	}
}

// scanYAMLComments hands every # comment that holds a farewell directive or label to the
// directive scanner.
func scanYAMLComments(doc *Document) {
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
				doc.scanComment(string(line[k+1:]), off+k, end)
			}
		}
		off = skipLineBreak(src, end)
	}
}
