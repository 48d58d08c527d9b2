package format

import (
	"bytes"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// readHTML reads HTML and HTML e-mail templates (including MJML) with the x/net/html
// tokenizer: visible text by block, link and button text as CTAs, headings and <title> as
// headings, alt/title/aria-label/placeholder and button values as their own segments. Script,
// style and <head> (but its title) are skipped; comments may hold directives.
func readHTML(doc *document.Document, rd *reading) error {
	tpl := rd.templates(doc.Src)
	doc.ScanComments(tpl)
	view := rd.masked(tpl, doc.Src)
	e := &htmlExtractor{doc: doc, view: view, b: rd.proseBuilder(doc.Src, tpl, false), attrs: rd.proseBuilder(doc.Src, tpl, true)}
	// Markup is most of an HTML file: its text is a sixteenth of the source in the shared
	// corpora, and its attributes' text far less.
	e.b.ExpectText(len(view) / 8)
	e.attrs.ExpectText(len(view) / 64)
	e.run(0, len(view))
	doc.Segments = catalog.DropEmpty(document.MergeSegments(e.b, e.attrs))
	rd.keepRoom(e.b)
	rd.keepAttrRoom(e.attrs)
	rd.keepTemplates(tpl)
	return nil
}

// htmlExtractor walks HTML tokens; b receives running text, attrs attribute text.
type htmlExtractor struct {
	doc      *document.Document
	view     []byte
	b, attrs *document.Builder

	attrBuf []attribute // the attributes of the tag being read, reused from tag to tag
	nameBuf []byte      // a tag name written in lower case, reused from tag to tag

	inHead  bool
	inTitle bool
	skip    int // depth inside <script>, <style> or <template>
	heading int
}

// run tokenizes view[from:to] and feeds the builders. Offsets are the running sum of the raw
// token lengths, so every token knows its exact source range.
func (e *htmlExtractor) run(from, to int) {
	z := html.NewTokenizer(bytes.NewReader(e.view[from:to]))
	off := from
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := off
		off += len(z.Raw())
		switch tt {
		case html.TextToken:
			if e.skip == 0 && (!e.inHead || e.inTitle) {
				e.textRun(start, off)
			}
		case html.CommentToken:
			e.comment(start, off)
		case html.StartTagToken, html.SelfClosingTagToken:
			name := e.tagName(start+1, off)
			e.startTag(name, tt == html.SelfClosingTagToken, start+1+len(name), off)
			if tt == html.StartTagToken && string(name) == "style" {
				// The tokenizer would copy a style sheet into its buffer byte by byte for the
				// extractor to skip: find its end tag as the tokenizer would, and go on from
				// there with a new tokenizer (in the state the old one would be in).
				end := styleEnd(e.view, off, to)
				if end < 0 {
					return // a style sheet to the end: text the extractor skips
				}
				z, off = html.NewTokenizer(bytes.NewReader(e.view[end:to])), end
			}
		case html.EndTagToken:
			e.endTag(e.tagName(start+2, off))
		}
	}
}

// tagName returns the name of the tag token whose name begins at view[from], before end, in
// lower case: the bytes up to white space, '/' or '>', where the tokenizer ends it. It reads
// the name from the view, as the tokenizer's TagName would give it but for a NUL byte, which
// TagName writes as U+FFFD (no tag the reader knows holds either), and without TagName's
// copy of every name. The slice is valid until the next call.
func (e *htmlExtractor) tagName(from, end int) []byte {
	i, upper := from, false
	for ; i < end; i++ {
		c := e.view[i]
		if c <= '>' && (isHTMLSpace(c) || c == '/' || c == '>') { // letters pass the first test
			break
		}
		upper = upper || c-'A' < 26
	}
	name := e.view[from:i]
	if !upper {
		return name
	}
	e.nameBuf = append(e.nameBuf[:0], name...)
	for k, c := range e.nameBuf {
		if 'A' <= c && c <= 'Z' {
			e.nameBuf[k] = c + 'a' - 'A'
		}
	}
	return e.nameBuf
}

// styleEnd returns where the raw text of a style element that begins at from ends, before to:
// at the first "</style" (in any case) followed by white space, '/' or '>', where the x/net/html
// tokenizer ends it; -1 when there is none, and the raw text runs to the end.
func styleEnd(view []byte, from, to int) int {
	const tag = "style"
	for i := from; i < to; {
		j := bytes.Index(view[i:to], []byte("</"))
		if j < 0 {
			return -1
		}
		at := i + j
		k := at + 2
		if k+len(tag) < to && equalFoldASCII(view[k:k+len(tag)], tag) {
			switch view[k+len(tag)] {
			case ' ', '\n', '\r', '\t', '\f', '/', '>':
				return at
			}
		}
		i = at + 1
	}
	return -1
}

// textRun adds a text token's source, decoding character references.
func (e *htmlExtractor) textRun(start, end int) {
	e.b.Entities(e.view, start, end)
}

func (e *htmlExtractor) comment(start, end int) {
	body := e.doc.Src[start:end]
	body = bytes.TrimPrefix(body, []byte("<!--"))
	body = bytes.TrimSuffix(body, []byte("-->"))
	if !bytes.Contains(body, []byte("farewell")) {
		return // no directive or label: most comments are an e-mail client's conditionals
	}
	e.doc.ScanComment(string(body), start, end)
}

// startTag reads a start tag whose name is name; its attributes are at view[attrs:end].
func (e *htmlExtractor) startTag(name []byte, selfClosing bool, attrs, end int) {
	switch string(name) {
	case "script", "style", "template", "mj-style", "mj-attributes":
		if !selfClosing {
			e.skip++
		}
		return
	case "head", "mj-head":
		e.inHead = true
		return
	case "mj-preview": // the preview line an inbox shows beside the subject
		e.inTitle = true
		e.b.Start(document.RoleBody, "", document.EscapeHTML)
		return
	case "body":
		e.inHead = false
	case "title", "mj-title":
		e.inTitle = true
		e.heading++
		e.b.Start(document.RoleHeading, "", document.EscapeHTML)
		return
	case "br":
		e.b.Start(e.role(), "", document.EscapeHTML)
		return
	case "wbr":
		return
	}
	if e.skip > 0 || e.inHead {
		return
	}
	e.attributes(string(name) == "input", attrs, end)
	if catalog.IsHeadingTag(string(name)) {
		e.heading++
		e.b.Start(document.RoleHeading, "", document.EscapeHTML)
	} else if catalog.IsBlockTag(string(name)) {
		e.b.Start(e.role(), "", document.EscapeHTML)
	}
	if isCTATag(name) && !selfClosing {
		e.b.BeginCTA()
	}
}

func (e *htmlExtractor) endTag(name []byte) {
	switch string(name) {
	case "script", "style", "template", "mj-style", "mj-attributes":
		if e.skip > 0 {
			e.skip--
		}
		return
	case "head", "mj-head":
		e.inHead = false
		return
	case "mj-preview":
		e.inTitle = false
		e.b.Start(e.role(), "", document.EscapeHTML)
		return
	case "title", "mj-title":
		e.inTitle = false
		e.closeHeading()
		return
	}
	if e.skip > 0 || e.inHead {
		return
	}
	if isCTATag(name) {
		e.b.EndCTA()
	}
	if catalog.IsHeadingTag(string(name)) {
		e.closeHeading()
	} else if catalog.IsBlockTag(string(name)) {
		e.b.Start(e.role(), "", document.EscapeHTML)
	}
}

func (e *htmlExtractor) closeHeading() {
	if e.heading > 0 {
		e.heading--
	}
	e.b.Start(e.role(), "", document.EscapeHTML)
}

func (e *htmlExtractor) role() document.Role {
	if e.heading > 0 {
		return document.RoleHeading
	}
	return document.RoleBody
}

// attributes lints the human-visible attribute values of a start tag, whose attributes are at
// view[from:end] (input: an <input> tag): alt, title, aria-label and placeholder, and the
// value of a submit or button input, which is a CTA.
func (e *htmlExtractor) attributes(input bool, from, end int) {
	attrs := scanAttributes(e.attrBuf[:0], e.view, from, end)
	e.attrBuf = attrs
	isButton := false
	if input {
		for _, a := range attrs {
			if a.name == "type" {
				t := string(bytes.ToLower(e.view[a.valStart:a.valEnd]))
				isButton = t == "submit" || t == "button" || t == "reset"
			}
		}
	}
	for _, a := range attrs {
		switch {
		case a.name == "alt" || a.name == "title" || a.name == "aria-label" || a.name == "placeholder":
		case a.name == "value" && isButton:
		default:
			continue
		}
		e.attrs.Start(document.RoleBody, a.name, attributeEscape(a.quote))
		if a.name == "value" {
			e.attrs.BeginCTA()
		}
		e.attrs.Entities(e.view, a.valStart, a.valEnd)
		e.attrs.Flush()
	}
}

// attributeEscape is how text is written into an attribute value with this quote.
func attributeEscape(quote byte) document.Escape {
	switch quote {
	case '"':
		return document.EscapeHTML
	case '\'':
		return document.EscapeHTMLSingle
	}
	return document.EscapeHTMLUnquoted
}

func isCTATag(name []byte) bool {
	switch string(name) {
	case "a", "button", "mj-button":
		return true
	}
	return false
}
