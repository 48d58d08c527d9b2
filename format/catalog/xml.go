package catalog

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"iter"
	"strconv"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/swar"
)

// Walker drives encoding/xml over a document and tells, for each token, the exact source
// range it came from. XML catalogs (Android, .stringsdict, XLIFF, .resx) use the decoder for
// structure and read the bytes of each string's content themselves with ReadXML.
type Walker struct {
	doc   *document.Document
	d     *xml.Decoder
	r     *bytes.Reader // what d reads: skipText moves it past plain text
	skew  int           // bytes skipText moved r past d's count: d's offsets are this short
	stack []xml.Name    // open elements: RawToken does not check that end tags match
	err   error         // what stopped Tokens, if not the end of the document
	// selfClosed is set when the last token was a start tag ending in "/>", whose end
	// element the decoder returns next without reading: no text may be skipped before it.
	selfClosed bool
	noSkip     bool        // leave every byte to the decoder (tests compare the two)
	valid      bool        // the source is valid UTF-8 (SourceValid)
	kept       bool        // the source is the document's, which never changes (SourceKept)
	ends       []xml.Token // end elements fastTag made, to return again (see endToken)
	store                  // where start tokens, attributes and names are kept
}

// NewWalker returns a walker over doc's source.
func NewWalker(doc *document.Document) *Walker {
	r := bytes.NewReader(doc.Src)
	d := xml.NewDecoder(r)
	d.Strict = true
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return &Walker{doc: doc, d: d, r: r}
}

// ReuseTokens lets the walker write over the start tokens it returned, and their attributes,
// once it reads on, rather than keep every one: for a reader that reads what it needs of a
// start token before it asks for the next token. The names and values read from them stay
// valid still.
func (w *Walker) ReuseTokens() { w.reuse = true }

// next returns the next token with its source range; comments are handed to the directive
// scanner. At the end of the document tok is nil. A start tag is a *xml.StartElement, kept
// by the walker: a reader can hold it, and the values in it, as long as it likes. Names are as written (xliff:g has the
// space "xliff"): catalogs name their elements without namespaces.
func (w *Walker) next() (tok xml.Token, start, end int, err error) {
	w.skipText()
	start = int(w.d.InputOffset()) + w.skew
	if tok = w.fastTag(); tok == nil {
		tok, err = w.d.RawToken()
		if se, ok := tok.(xml.StartElement); ok {
			tok = w.keepStart(se)
		}
	}
	end = int(w.d.InputOffset()) + w.skew
	w.selfClosed = false
	if errors.Is(err, io.EOF) {
		if len(w.stack) > 0 {
			return nil, start, end, w.doc.ErrorAt(end, "unexpected end of the document: <%s> is not closed", w.stack[len(w.stack)-1].Local)
		}
		return nil, start, end, nil
	}
	if err != nil {
		var se *xml.SyntaxError
		msg := err.Error()
		if errors.As(err, &se) {
			msg = se.Msg
		}
		return nil, start, end, w.doc.ErrorAt(end, "%s", msg)
	}
	switch t := tok.(type) {
	case xml.Comment:
		w.doc.ScanComment(string(t), start, end)
	case *xml.StartElement:
		w.stack = append(w.stack, t.Name)
		w.selfClosed = end >= 2 && w.doc.Src[end-2] == '/'
	case xml.EndElement:
		if len(w.stack) == 0 {
			return nil, start, end, w.doc.ErrorAt(start, "unexpected end tag </%s>", t.Name.Local)
		}
		if open := w.stack[len(w.stack)-1]; open != t.Name {
			return nil, start, end, w.doc.ErrorAt(start, "element <%s> closed by </%s>", xmlName(open), xmlName(t.Name))
		}
		w.stack = w.stack[:len(w.stack)-1]
	}
	return tok, start, end, nil
}

// Tokens yields each token, as next returns it, with the end of its source range, until the
// document ends; an error stops it and is left for Err.
func (w *Walker) Tokens() iter.Seq2[xml.Token, int] {
	return func(yield func(xml.Token, int) bool) {
		for {
			tok, _, end, err := w.next()
			if err != nil {
				w.err = err
				return
			}
			if tok == nil || !yield(tok, end) {
				return
			}
		}
	}
}

// SkipElement reads to the end of the element just started and returns where its content
// ends (the start of its end tag).
func (w *Walker) SkipElement() (int, error) {
	depth := 1
	for {
		tok, start, _, err := w.next()
		if err != nil {
			return 0, err
		}
		switch tok.(type) {
		case nil:
			return 0, w.doc.ErrorAt(start, "unexpected end of the document")
		case *xml.StartElement:
			depth++
		case xml.EndElement:
			if depth--; depth == 0 {
				return start, nil
			}
		}
	}
}

// Err returns what stopped Tokens before the end of the document, or nil.
func (w *Walker) Err() error { return w.err }

func xmlName(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// Attr returns the value of the attribute with local name name.
func Attr(se *xml.StartElement, name string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

// ReadXML reads the raw element content src[start:end] into c: character references
// and entities decoded, CDATA sections unwrapped, comments dropped (and scanned for
// directives), nested markup kept as tags for the placeholder scanner. With android set,
// Android resource escapes (\', \", \n, \uXXXX) are decoded and unescaped double quotes,
// which only quote, are left out.
func ReadXML(doc *document.Document, c *String, start, end int, android bool) {
	src := doc.Src
	run := start
	for i := start; i < end; {
		ch := src[i]
		switch {
		case ch == '<' && bytes.HasPrefix(src[i:end], []byte("<![CDATA[")):
			c.Raw(src, run, i)
			inner := i + len("<![CDATA[")
			k := bytes.Index(src[inner:end], []byte("]]>"))
			if k < 0 {
				k = end - inner
			}
			readCDATA(c, src, inner, inner+k, android)
			i = min(end, inner+k+3)
			run = i
		case ch == '<' && bytes.HasPrefix(src[i:end], []byte("<!--")):
			c.Raw(src, run, i)
			k := bytes.Index(src[i:end], []byte("-->"))
			if k < 0 {
				k = end - i - 3
			}
			doc.ScanComment(string(src[i+4:i+k]), i, i+k+3)
			i += k + 3
			run = i
		case ch == '&':
			ref := document.EntityEnd(src, i, end)
			if ref > i+1 {
				if dec := html.UnescapeString(string(src[i:ref])); dec != string(src[i:ref]) {
					c.Raw(src, run, i)
					c.Dec(i, ref, dec)
					run = ref
				}
			}
			i = ref
		case android && ch == '\\' && i+1 < end:
			c.Raw(src, run, i)
			n, s := androidEscape(src[i:end])
			c.Dec(i, i+n, s)
			i += n
			run = i
		case android && ch == '"':
			c.Raw(src, run, i)
			i++
			run = i
		default:
			i = nextContentByte(src, i+1, end)
		}
	}
	c.Raw(src, run, end)
}

// nextContentByte returns the index of the first byte in src[i:end] that xmlContentByte
// reports, or end: eight bytes at a time, read on past end when the source goes on (those
// bytes are not looked at).
func nextContentByte(src []byte, i, end int) int {
	for ; i < end && i+8 <= len(src); i += 8 {
		if m := swar.Before(swar.Has4(swar.Load(src, i), '<', '&', '\\', '"'), end-i); m != 0 {
			return i + swar.First(m)
		}
	}
	if i >= end {
		return end
	}
	for i < end && !xmlContentByte(src[i]) {
		i++
	}
	return i
}

// xmlContentByte reports a byte ReadXML may do more with than copy: '<', '&', '\\' and '"'.
func xmlContentByte(c byte) bool {
	return c == '<' || c == '&' || c == '\\' || c == '"'
}

func readCDATA(c *String, src []byte, start, end int, android bool) {
	run := start
	for i := start; i < end; {
		if android && src[i] == '\\' && i+1 < end {
			c.Raw(src, run, i)
			n, s := androidEscape(src[i:end])
			c.Dec(i, i+n, s)
			i += n
			run = i
			continue
		}
		i++
	}
	c.Raw(src, run, end)
}

// androidEscape decodes the Android resource escape at the start of s.
func androidEscape(s []byte) (int, string) {
	switch s[1] {
	case 'n':
		return 2, "\n"
	case 't':
		return 2, "\t"
	case 'u':
		if len(s) >= 6 {
			if v, err := strconv.ParseUint(string(s[2:6]), 16, 32); err == nil {
				return 6, string(rune(v))
			}
		}
	}
	_, n := utf8.DecodeRune(s[1:])
	return 1 + n, string(s[1 : 1+n])
}
