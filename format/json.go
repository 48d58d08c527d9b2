package format

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
	"github.com/farewell-protocol/farewell/locale"
)

// DefaultMaxDepth bounds the nesting of JSON and YAML catalogs unless configured otherwise;
// real catalogs nest a few levels.
const DefaultMaxDepth = 1000

// readJSON reads JSON catalogs: nested and flat i18next files, Flutter .arb (whose
// "@"-metadata is skipped and whose "@@locale" names the locale), and chatbot reply lists.
// Every string value is a segment keyed by its path ("a.b", "replies[0]"). The scanner is
// iterative and exact: each string maps to its source bytes, escapes included. JSONC comments
// are allowed and may hold directives.
func readJSON(doc *document.Document, rd *reading) error {
	if first := bytes.TrimLeft(bytes.TrimPrefix(doc.Src, []byte("\xef\xbb\xbf")), " \t\r\n"); len(first) > 0 && first[0] == '[' {
		rd.catalog = true // a top-level list of replies
	}
	if strings.HasSuffix(strings.ToLower(doc.Path), ".arb") {
		rd.catalog = true
	}
	s := &jsonScanner{doc: doc, src: doc.Src, b: rd.builder(doc.Src, document.Templates{})}
	s.b.ExpectSegments(expectedSegments(doc.Src, 1)) // a string a line, at most, when indented
	if err := s.run(rd); err != nil {
		return err
	}
	doc.Segments = catalog.DropEmpty(s.b.Segments())
	rd.keepRoom(s.b)
	return nil
}

type jsonScanner struct {
	doc   *document.Document
	src   []byte
	i     int
	b     *document.Builder
	str   catalog.String
	path  []byte
	keys  catalog.Strings
	stack []jsonFrame
	skip  int // stack depth at which an ARB metadata value started, or 0
	// keyStart and keyEnd are the source range of the last key read at the top level when
	// it is written verbatim (see key).
	keyStart, keyEnd int
}

type jsonFrame struct {
	array   bool
	index   int
	pathLen int
}

type jsonState uint8

const (
	jsonValue jsonState = iota
	jsonAfter
	jsonKey
	jsonArrayStart
)

func (s *jsonScanner) run(rd *reading) error {
	if strings.HasPrefix(string(s.src[:min(3, len(s.src))]), "\uFEFF") {
		s.i = 3
	}
	if err := s.ws(); err != nil || s.i >= len(s.src) {
		return err
	}
	state := jsonValue
	var localeValue bool
	for {
		if err := s.ws(); err != nil {
			return err
		}
		if s.i >= len(s.src) {
			if len(s.stack) == 0 && state == jsonAfter {
				return nil
			}
			return s.doc.ErrorAt(s.i, "unexpected end of JSON")
		}
		c := s.src[s.i]
		switch state {
		case jsonValue:
			switch c {
			case '{', '[':
				if len(s.stack) >= rd.depth() {
					return s.doc.ErrorAt(s.i, "JSON nested deeper than %d levels (limits.max_depth)", rd.depth())
				}
				s.stack = append(s.stack, jsonFrame{array: c == '[', pathLen: len(s.path)})
				s.i++
				state = jsonKey
				if c == '[' {
					s.pushIndex(0)
					state = jsonArrayStart
				}
				continue
			case '"':
				if err := s.readString(); err != nil {
					return err
				}
				if localeValue && rd.Locale == "" && s.doc.Locale == "" {
					s.doc.Locale = locale.Parse(string(s.str.Text()))
				}
				if s.skip == 0 {
					catalog.Emit(s.b, catalog.Entry{Key: s.key(), Esc: document.EscapeJSON, Str: &s.str})
				}
			default:
				if err := s.literal(); err != nil {
					return err
				}
			}
			localeValue = false
			s.endValue()
			state = jsonAfter
		case jsonArrayStart:
			if c == ']' {
				s.i++
				s.pop()
				state = jsonAfter
				continue
			}
			state = jsonValue
		case jsonKey:
			if c == '}' {
				s.i++
				s.pop()
				state = jsonAfter
				continue
			}
			if c != '"' {
				return s.doc.ErrorAt(s.i, "expected a key in double quotes, found %s", quoteByte(c))
			}
			if err := s.readString(); err != nil {
				return err
			}
			key := s.str.Text() // read before the next string: not copied to a string of its own
			top := &s.stack[len(s.stack)-1]
			s.path = s.path[:top.pathLen]
			if len(s.path) > 0 {
				s.path = append(s.path, '.')
			} else if start, end, ok := s.str.Verbatim(); ok {
				s.keyStart, s.keyEnd = start, end // the path is this key, for now
			}
			s.path = append(s.path, key...)
			if len(key) > 0 && key[0] == '@' && s.skip == 0 {
				s.skip = len(s.stack)
				localeValue = string(bytes.TrimSpace(key)) == "@@locale"
			}
			if err := s.ws(); err != nil {
				return err
			}
			if s.i >= len(s.src) || s.src[s.i] != ':' {
				return s.doc.ErrorAt(s.i, "expected ':' after the key %q", key)
			}
			s.i++
			state = jsonValue
		case jsonAfter:
			if len(s.stack) == 0 {
				return s.doc.ErrorAt(s.i, "unexpected %s after the JSON value", quoteByte(c))
			}
			top := &s.stack[len(s.stack)-1]
			switch {
			case c == ',':
				s.i++
				state = jsonKey
				if top.array {
					top.index++
					s.pushIndex(top.index)
					state = jsonArrayStart // a trailing comma may close the array
				}
			case c == ']' && top.array, c == '}' && !top.array:
				s.i++
				s.pop()
			default:
				want := "'}'"
				if top.array {
					want = "']'"
				}
				return s.doc.ErrorAt(s.i, "expected ',' or %s, found %s", want, quoteByte(c))
			}
		}
	}
}

// key returns the path of the string just read as a string: the run of the source that is
// the top-level key it is when that key is written verbatim (a flat catalog's, an .arb
// file's), so that the key costs no allocation of its own, else a copy.
func (s *jsonScanner) key() string {
	if n := s.keyEnd - s.keyStart; n > 0 && n == len(s.path) {
		// The source run is the key only if its bytes are the path's: checked, not assumed.
		if k, ok := s.b.SourceString(s.keyStart, s.keyEnd); ok && k == string(s.path) {
			return k
		}
	}
	return s.keys.Of(s.path)
}

// pushIndex sets the last path element to an array index: "list[2]", so that the items of a
// list share the message of the object around it, and the replies of a top-level list are
// one message each.
func (s *jsonScanner) pushIndex(n int) {
	top := s.stack[len(s.stack)-1]
	s.path = append(s.path[:top.pathLen], '[')
	s.path = strconv.AppendInt(s.path, int64(n), 10)
	s.path = append(s.path, ']')
}

func (s *jsonScanner) pop() {
	top := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.path = s.path[:top.pathLen]
	s.endValue()
}

// endValue ends ARB metadata skipping when the value that started it is complete.
func (s *jsonScanner) endValue() {
	if s.skip > len(s.stack) || s.skip == len(s.stack) && s.skip > 0 {
		s.skip = 0
	}
}

// ws skips white space and JSONC comments, handing comments to the directive scanner.
func (s *jsonScanner) ws() error {
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.i++
		case c == '/' && s.i+1 < len(s.src) && s.src[s.i+1] == '/':
			end := lineEnd(s.src, s.i)
			s.doc.ScanComment(string(s.src[s.i+2:end]), s.i, end)
			s.i = end
		case c == '/' && s.i+1 < len(s.src) && s.src[s.i+1] == '*':
			k := bytes.Index(s.src[s.i+2:], []byte("*/"))
			if k < 0 {
				return s.doc.ErrorAt(s.i, "unterminated comment")
			}
			end := s.i + 2 + k + 2
			s.doc.ScanComment(string(s.src[s.i+2:end-2]), s.i, end)
			s.i = end
		default:
			return nil
		}
	}
	return nil
}

// literal reads a number, true, false or null.
func (s *jsonScanner) literal() error {
	start := s.i
	for s.i < len(s.src) && (isAlnum(s.src[s.i]) || s.src[s.i] == '-' || s.src[s.i] == '+' || s.src[s.i] == '.') {
		s.i++
	}
	lit := string(s.src[start:s.i])
	switch {
	case lit == "true" || lit == "false" || lit == "null":
		return nil
	case lit != "":
		if _, err := strconv.ParseFloat(lit, 64); err == nil {
			return nil
		}
		return s.doc.ErrorAt(start, "invalid JSON value %q", lit)
	}
	return s.doc.ErrorAt(start, "unexpected %s where a JSON value should be", quoteByte(s.src[start]))
}
