package format

import (
	"bytes"
	"unsafe"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
	"github.com/farewell-protocol/farewell/format/htmllex"
)

// readHTML reads HTML and HTML e-mail templates (including MJML) with the x/net/html
// tokenizer: visible text by block, link and button text as CTAs, headings and <title> as
// headings, alt/title/aria-label/placeholder and button values as their own segments. Script,
// style and <head> (but its title) are skipped; comments may hold directives.
func readHTML(doc *document.Document, rd *reading) error {
	tpl := rd.templates(doc.Src)
	doc.ScanComments(tpl)
	view := rd.masked(tpl, doc.Src)
	e := &htmlExtractor{doc: doc, view: view, b: rd.proseBuilder(doc.Src, tpl, false), attrs: rd.proseBuilder(doc.Src, tpl, true), lex: rd.htmlLexer()}
	// Markup is most of an HTML file: its text is a sixteenth of the source in the shared
	// corpora, and its attributes' text far less.
	e.b.ExpectText(len(view) / 8)
	e.attrs.ExpectText(len(view) / 64)
	e.run(0, len(view))
	doc.Segments = catalog.DropEmpty(document.MergeSegments(e.b, e.attrs))
	rd.keepRoom(e.b)
	rd.keepAttrRoom(e.attrs)
	rd.keepTemplates(tpl)
	rd.keepHTMLLexer(e.lex)
	return nil
}

// htmlExtractor walks HTML tokens; b receives running text, attrs attribute text.
type htmlExtractor struct {
	doc      *document.Document
	view     []byte
	b, attrs *document.Builder

	lex     *htmllex.Lexer
	attrBuf []attribute // the attributes of the tag being read, reused from tag to tag

	inHead  bool
	inTitle bool
	skip    int // depth inside <script>, <style> or <template>
	heading int
}

// run tokenizes view[from:to] and feeds the builders.
func (e *htmlExtractor) run(from, to int) {
	l := e.lex
	l.Reset(e.view, from, to)
	for {
		tt, start, end, name := l.Next()
		switch tt {
		case html.ErrorToken:
			return
		case html.TextToken:
			if e.skip == 0 && (!e.inHead || e.inTitle) {
				if l.Space() {
					e.b.Space(start, end)
				} else {
					e.textRun(start, end)
				}
			}
		case html.CommentToken:
			e.comment(start, end)
		case html.StartTagToken, html.SelfClosingTagToken:
			e.startTag(name, tt == html.SelfClosingTagToken, start+1+len(name), end)
		case html.EndTagToken:
			e.endTag(name)
		}
	}
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
	tag := nameString(name)
	e.attributes(tag == "input", attrs, end)
	if catalog.IsHeadingTag(tag) {
		e.heading++
		e.b.Start(document.RoleHeading, "", document.EscapeHTML)
	} else if catalog.IsBlockTag(tag) {
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
	if tag := nameString(name); catalog.IsHeadingTag(tag) {
		e.closeHeading()
	} else if catalog.IsBlockTag(tag) {
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
	var attrs []attribute
	if lexed, ok := e.lex.Attrs(); ok { // found as the lexer read the tag: not scanned again
		attrs = keptAttributes(e.attrBuf[:0], e.view, lexed)
	} else {
		attrs = scanAttributes(e.attrBuf[:0], e.view, from, end)
	}
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

// nameString returns a tag's name as a string without a copy, for the tests of the tag
// functions, which keep nothing of it: the conversion each of them was handed copied the name
// of every tag twice. The name is not written while the string is in use.
func nameString(name []byte) string {
	return unsafe.String(unsafe.SliceData(name), len(name)) //nolint:gosec // audited: see above
}

func isCTATag(name []byte) bool {
	switch string(name) {
	case "a", "button", "mj-button":
		return true
	}
	return false
}
