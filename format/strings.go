package format

import (
	"bytes"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
)

// readStrings reads iOS/macOS .strings files, UTF-8 or UTF-16 with a byte order mark:
// `"key" = "value";` entries (unquoted keys too), each value a segment keyed by its key, with
// /* */ and // comments scanned for directives. A UTF-16 file is read through a UTF-8
// transcoding that remembers, for every byte, the code units it came from, so offsets are
// into the file as stored and fixes are written back in UTF-16.
func readStrings(doc *document.Document, _ *reading) error {
	s := &stringsScanner{doc: doc, view: doc.Src, b: document.NewBuilder(doc.Src, document.Templates{}), esc: document.EscapeCString}
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
	doc.Segments = dropEmpty(s.b.Segments())
	return nil
}

type stringsScanner struct {
	doc  *document.Document
	view []byte // the text as UTF-8: the source itself, or its transcoding
	m    []int  // view offset -> source offset, for UTF-16 files
	i    int
	b    *document.Builder
	str  catString
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
			return errAt(s.doc, s.at(min(s.i, len(s.view))), "expected '=' after the key %q", truncateKey(key, 40))
		}
		s.i++
		if err := s.ws(); err != nil {
			return err
		}
		if s.i >= len(s.view) {
			return errAt(s.doc, s.at(len(s.view)), "expected a value for %q", truncateKey(key, 40))
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
				mapped := mapUTF16(&s.str, s.view, s.m)
				str = &mapped
			}
			emitCatalog(s.b, catalogString{key: key, esc: s.esc, str: str})
		}
		if err := s.ws(); err != nil {
			return err
		}
		if s.i >= len(s.view) || s.view[s.i] != ';' {
			return errAt(s.doc, s.at(min(s.i, len(s.view))), "expected ';' after the value of %q", truncateKey(key, 40))
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
		return string(s.str.text), nil
	}
	start := s.i
	for s.i < len(s.view) && !isASCIISpace(s.view[s.i]) && s.view[s.i] != '=' && s.view[s.i] != ';' && s.view[s.i] != '"' {
		s.i++
	}
	if s.i == start {
		return "", errAt(s.doc, s.at(start), "unexpected %s", quoteByte(s.view[start]))
	}
	return string(s.view[start:s.i]), nil
}

// quoted reads the string at s.i into s.str (in view offsets).
func (s *stringsScanner) quoted() error {
	v := s.view
	open := s.i
	s.str.reset()
	run := open + 1
	for i := open + 1; i < len(v); {
		switch v[i] {
		case '"':
			s.str.raw(v, run, i)
			s.i = i + 1
			return nil
		case '\\':
			if i+1 >= len(v) {
				i++
				continue
			}
			s.str.raw(v, run, i)
			n, dec := cEscape(v[i:])
			s.str.dec(i, i+n, dec)
			i += n
			run = i
		default:
			i++
		}
	}
	return errAt(s.doc, s.at(open), "unterminated string")
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
				return errAt(s.doc, s.at(s.i), "unterminated comment")
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

// mapUTF16 rewrites a string read from the UTF-8 transcoding view into one on the stored
// UTF-16 bytes: every code point becomes a decoded run over its code units.
func mapUTF16(in *catString, view []byte, m []int) catString {
	var out catString
	for k, sp := range in.spans {
		te := in.spanEnd(k)
		if !sp.raw {
			out.dec(m[sp.src], m[sp.srcEnd], string(in.text[sp.text:te]))
			continue
		}
		for p := sp.src; p < sp.srcEnd; {
			_, n := utf8.DecodeRune(view[p:sp.srcEnd])
			out.dec(m[p], m[p+n], string(view[p:p+n]))
			p += n
		}
	}
	return out
}
