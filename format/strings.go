package format

import (
	"bytes"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// readStrings reads iOS/macOS .strings files, UTF-8 or UTF-16 with a byte order mark:
// `"key" = "value";` entries (unquoted keys too), each value a segment keyed by its key, with
// /* */ and // comments scanned for directives. A UTF-16 file is read through a UTF-8
// transcoding that remembers, for every byte, the code units it came from, so offsets are
// into the file as stored and fixes are written back in UTF-16.
func readStrings(doc *document.Document, rd *reading) error {
	s := &stringsScanner{doc: doc, view: doc.Src, b: rd.builder(doc.Src, document.Templates{}), esc: document.EscapeCString}
	s.b.ExpectSegments(expectedSegments(doc.Src, 1)) // a pair a line, about
	if view, m, bigEndian, ok := doc.DecodeUTF16(); ok {
		s.view, s.m, s.esc = view, m, document.EscapeCStringUTF16LE
		if bigEndian {
			s.esc = document.EscapeCStringUTF16BE
		}
	}
	if bytes.HasPrefix(s.view, []byte("\uFEFF")) {
		s.i = 3
	}
	if err := s.run(); err != nil {
		return err
	}
	doc.Segments = catalog.DropEmpty(s.b.Segments())
	rd.keepRoom(s.b)
	return nil
}

type stringsScanner struct {
	doc  *document.Document
	view []byte // the text as UTF-8: the source itself, or its transcoding
	m    []int  // view offset -> source offset, for UTF-16 files
	i    int
	b    *document.Builder
	str  catalog.String
	esc  document.Escape
}

// at maps a view offset to a source offset.
func (s *stringsScanner) at(off int) int {
	if s.m == nil {
		return off
	}
	return s.m[off]
}

func (s *stringsScanner) run() error {
	for {
		if err := s.ws(); err != nil {
			return err
		}
		if s.i >= len(s.view) {
			return nil
		}
		if s.view[s.i] == '{' || s.view[s.i] == '}' { // the braces of an old-style dictionary
			s.i++
			continue
		}
		key, err := s.token()
		if err != nil {
			return err
		}
		if err := s.ws(); err != nil {
			return err
		}
		if s.i < len(s.view) && s.view[s.i] == ';' { // "key"; means the value is the key
			s.i++
			continue
		}
		if s.i >= len(s.view) || s.view[s.i] != '=' {
			return s.doc.ErrorAt(s.at(min(s.i, len(s.view))), "expected '=' after the key %q", truncateKey(key, 40))
		}
		s.i++
		if err := s.ws(); err != nil {
			return err
		}
		if s.i >= len(s.view) {
			return s.doc.ErrorAt(s.at(len(s.view)), "expected a value for %q", truncateKey(key, 40))
		}
		if s.view[s.i] != '"' {
			if _, err := s.token(); err != nil {
				return err
			}
		} else {
			if err := s.quoted(); err != nil {
				return err
			}
			str := &s.str
			if s.m != nil {
				mapped := s.str.Remap(s.view, s.m)
				str = &mapped
			}
			catalog.Emit(s.b, catalog.Entry{Key: key, Esc: s.esc, Str: str})
		}
		if err := s.ws(); err != nil {
			return err
		}
		if s.i >= len(s.view) || s.view[s.i] != ';' {
			return s.doc.ErrorAt(s.at(min(s.i, len(s.view))), "expected ';' after the value of %q", truncateKey(key, 40))
		}
		s.i++
	}
}

// token reads a quoted or unquoted key and returns its text.
func (s *stringsScanner) token() (string, error) {
	if s.view[s.i] == '"' {
		if err := s.quoted(); err != nil {
			return "", err
		}
		if start, end, ok := s.str.Verbatim(); ok {
			return s.sourceKey(start, end), nil
		}
		return string(s.str.Text()), nil
	}
	start := s.i
	for s.i < len(s.view) && !isASCIISpace(s.view[s.i]) && s.view[s.i] != '=' && s.view[s.i] != ';' && s.view[s.i] != '"' {
		s.i++
	}
	if s.i == start {
		return "", s.doc.ErrorAt(s.at(start), "unexpected %s", quoteByte(s.view[start]))
	}
	return s.sourceKey(start, s.i), nil
}

// sourceKey returns view bytes [start, end), a key written verbatim, as a string: that run of
// the document's source when the view is the source (not a UTF-16 file's transcoding) and
// the source is kept, without a copy; else a copy.
func (s *stringsScanner) sourceKey(start, end int) string {
	if s.m == nil {
		if k, ok := s.b.SourceString(start, end); ok {
			return k
		}
	}
	return string(s.view[start:end])
}

// quoted reads the string at s.i into s.str (in view offsets).
func (s *stringsScanner) quoted() error {
	v := s.view
	open := s.i
	s.str.Reset()
	run := open + 1
	for i := open + 1; i < len(v); {
		switch v[i] {
		case '"':
			s.str.Raw(v, run, i)
			s.i = i + 1
			return nil
		case '\\':
			if i+1 >= len(v) {
				i++
				continue
			}
			s.str.Raw(v, run, i)
			n, dec := catalog.CEscape(v[i:])
			s.str.Dec(i, i+n, dec)
			i += n
			run = i
		default:
			i = stringStop(v, i+1) // a line break, which stringStop stops at too, is text here
		}
	}
	return s.doc.ErrorAt(s.at(open), "unterminated string")
}

// ws skips white space and comments, handing comments to the directive scanner.
func (s *stringsScanner) ws() error {
	v := s.view
	for s.i < len(v) {
		switch {
		case isASCIISpace(v[s.i]):
			s.i++
		case bytes.HasPrefix(v[s.i:], []byte("//")):
			end := lineEnd(v, s.i)
			s.doc.ScanComment(string(v[s.i+2:end]), s.at(s.i), s.at(end))
			s.i = end
		case bytes.HasPrefix(v[s.i:], []byte("/*")):
			k := bytes.Index(v[s.i+2:], []byte("*/"))
			if k < 0 {
				return s.doc.ErrorAt(s.at(s.i), "unterminated comment")
			}
			end := s.i + 2 + k + 2
			s.doc.ScanComment(string(v[s.i+2:end-2]), s.at(s.i), s.at(end))
			s.i = end
		default:
			return nil
		}
	}
	return nil
}
