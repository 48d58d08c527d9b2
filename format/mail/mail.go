// Package mail reads e-mails stored as .eml files for the format stage: the MIME structure with
// net/mail and mime/multipart, each text part decoded from its transfer encoding and charset
// with a source map back to the bytes that encode it, and the Subject header. The parts
// themselves are read by the text and HTML readers the format package hands it. It imports
// document, locale and golang.org/x/text; only format imports it.
package mail

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"net/textproto"
	"strings"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/locale"
)

// PartReader reads the decoded text of one part, a document of its own, as text or HTML.
type PartReader func(part *document.Document, html bool) error

// Read reads an e-mail (RFC 5322 and MIME) into doc's segments and directives: the Subject
// header is a heading, and every text/plain and text/html part that is not an attachment,
// however deep in multipart containers, is decoded and read by read. A part in
// quoted-printable or base64 is mapped back to the bytes that encode it: byte for byte in
// quoted-printable, to the four-character groups of base64, so that a finding points at the
// line that holds it; its rewrites, and the Subject's, are advice (document.EscapeEncoded).
// Parts in a single-byte charset (ISO-8859-1, Windows-1252, ...) are decoded to Unicode, and
// parts in other charsets than UTF-8 are not read. With setLocale, a Content-Language header
// names doc's locale. A file that is no e-mail is a *document.ParseError.
func Read(doc *document.Document, setLocale bool, read PartReader) error {
	msg, err := mail.ReadMessage(bytes.NewReader(doc.Src))
	if err != nil {
		return doc.ErrorAt(0, "not an e-mail: %v", err)
	}
	body, err := io.ReadAll(msg.Body)
	if err != nil {
		return doc.ErrorAt(0, "reading the e-mail: %v", err)
	}
	start := len(doc.Src) - len(body)
	if setLocale && doc.Locale == "" {
		doc.Locale = locale.Parse(strings.TrimSpace(strings.Split(msg.Header.Get("Content-Language"), ",")[0]))
	}
	b := document.NewBuilder(doc.Src, document.Templates{})
	subject(b, doc.Src[:start])
	doc.Segments = b.Segments()
	e := &reader{doc: doc, read: read}
	return e.part(textproto.MIMEHeader(msg.Header), start, len(doc.Src), 0)
}

// reader reads the parts of one e-mail.
type reader struct {
	doc  *document.Document
	read PartReader
}

// maxDepth bounds how deep multipart containers may nest.
const maxDepth = 50

// part reads the part of header h whose body is src[start:end].
func (e *reader) part(h textproto.MIMEHeader, start, end, depth int) error {
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		mt, params = "text/plain", map[string]string{} // RFC 2045's default
	}
	disposition, _, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	switch {
	case strings.HasPrefix(mt, "multipart/"):
		if depth >= maxDepth {
			return e.doc.ErrorAt(start, "multipart parts nested deeper than %d levels", maxDepth)
		}
		return e.multipart(params["boundary"], start, end, depth+1)
	case disposition == "attachment", mt != "text/plain" && mt != "text/html":
		return nil // attachments, images, forwarded messages: not this e-mail's copy
	}
	view, m, err := e.decode(strings.ToLower(strings.TrimSpace(h.Get("Content-Transfer-Encoding"))), start, end)
	if err != nil {
		return err
	}
	encoded := m != nil
	if m == nil {
		m = &document.SourceMap{}
		m.Raw(start, end)
	}
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "us-ascii" && cs != "utf8" {
		var ok bool
		if view, m, ok = recode(view, m, cs); !ok {
			return nil // a multi-byte charset other than UTF-8: not text in a linted language
		}
		encoded = true
	}
	sub := &document.Document{Path: e.doc.Path, Src: view}
	if err := e.read(sub, mt == "text/html"); err != nil {
		return err
	}
	m.Remap(sub, e.doc, encoded)
	return nil
}

// multipart reads the parts of a multipart body src[start:end], each at its own source range:
// mime/multipart reads each part's header and raw body, which is then found in the source
// right after the part's delimiter line and header.
func (e *reader) multipart(boundary string, start, end, depth int) error {
	if boundary == "" {
		return e.doc.ErrorAt(start, "a multipart body without a boundary parameter")
	}
	src := e.doc.Src
	r := multipart.NewReader(bytes.NewReader(src[start:end]), boundary)
	delim := []byte("--" + boundary)
	at := start
	for {
		p, err := r.NextRawPart()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return e.doc.ErrorAt(at, "reading a multipart body: %v", err)
		}
		raw, err := io.ReadAll(p)
		if err != nil {
			return e.doc.ErrorAt(at, "reading a multipart body: %v", err)
		}
		bodyStart, ok := partBody(src, at, end, delim, raw)
		if !ok {
			return e.doc.ErrorAt(at, "a part of the multipart body could not be found in the file")
		}
		if err := e.part(p.Header, bodyStart, bodyStart+len(raw), depth); err != nil {
			return err
		}
		at = bodyStart + len(raw)
	}
}

// partBody returns where the body raw of the next part after offset at begins: after the next
// delimiter line and the part's header, which ends at its first empty line.
func partBody(src []byte, at, end int, delim, raw []byte) (int, bool) {
	for off := at; off < end; {
		k := bytes.Index(src[off:end], delim)
		if k < 0 {
			return 0, false
		}
		line := off + k
		off = line + len(delim)
		if line > 0 && src[line-1] != '\n' {
			continue // not at the start of a line
		}
		body := document.SkipLineBreak(src, document.LineEnd(src, line))
		for body < end && document.LineEnd(src, body) > body {
			body = document.SkipLineBreak(src, document.LineEnd(src, body))
		}
		body = document.SkipLineBreak(src, body)
		if body+len(raw) <= end && bytes.Equal(src[body:body+len(raw)], raw) {
			return body, true
		}
	}
	return 0, false
}

// emlSubject adds the Subject header of the header block head as a heading: folded lines
// unfolded, RFC 2047 encoded words decoded, each mapped to the bytes that encode it.
func subject(b *document.Builder, head []byte) {
	for off := 0; off < len(head); {
		end := document.LineEnd(head, off)
		if !bytes.HasPrefix(bytes.ToLower(head[off:min(end, off+8)]), []byte("subject:")) {
			off = document.SkipLineBreak(head, end)
			continue
		}
		start := off + len("subject:")
		for next := document.SkipLineBreak(head, end); next < len(head) && (head[next] == ' ' || head[next] == '\t'); next = document.SkipLineBreak(head, end) {
			end = document.LineEnd(head, next) // a folded continuation line
		}
		b.Start(document.RoleHeading, "", document.EscapeEncoded)
		encodedWords(b, head, start, end)
		b.Flush()
		return
	}
}

// encodedWords feeds src[start:end], a header value, to b: encoded words (=?charset?Q?...?=)
// decoded, white space between two of them dropped as RFC 2047 says, the rest as it is.
func encodedWords(b *document.Builder, src []byte, start, end int) {
	dec := mime.WordDecoder{CharsetReader: charsetReader}
	run, lastWord := start, -1
	for i := start; i < end; {
		k := bytes.Index(src[i:end], []byte("=?"))
		if k < 0 {
			break
		}
		ws := i + k
		we := encodedWordEnd(src, ws, end)
		if we < 0 {
			i = ws + 2
			continue
		}
		text, err := dec.Decode(string(src[ws:we]))
		if err != nil {
			i = ws + 2
			continue
		}
		if lastWord < 0 || len(bytes.TrimSpace(src[run:ws])) > 0 {
			b.Text(run, ws)
		}
		b.Decoded(ws, we, text)
		run, lastWord, i = we, we, we
	}
	b.Text(run, end)
}

// encodedWordEnd returns the end of the encoded word =?charset?enc?text?= at src[start], or -1.
func encodedWordEnd(src []byte, start, end int) int {
	q := 0
	for i := start + 2; i+1 < end; i++ {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\r' || src[i] == '\n':
			return -1
		case src[i] == '?' && q >= 2 && src[i+1] == '=':
			return i + 2
		case src[i] == '?':
			q++
		}
	}
	return -1
}

// charsetReader decodes an encoded word in a charset net/mail does not know itself.
func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	enc, err := htmlindex.Get(charset)
	if err != nil {
		return nil, err
	}
	return enc.NewDecoder().Reader(input), nil
}
