package lint

import (
	"bytes"
	"sort"

	"golang.org/x/net/html"
)

// extractHTML reads HTML and HTML e-mail templates (including MJML) with the x/net/html
// tokenizer: visible text by block, link and button text as CTAs, headings and <title> as
// headings, alt/title/aria-label/placeholder and button values as their own segments. Script,
// style and <head> (but its title) are skipped; comments may hold directives.
func extractHTML(doc *Document) {
	regions := findTemplates(doc.Src)
	for _, r := range regions {
		if r.kind == maskComment {
			doc.scanComment(string(doc.Src[r.innerStart:r.innerEnd]), r.start, r.end)
		}
	}
	view := maskedCopy(doc.Src, regions)
	e := &htmlExtractor{doc: doc, view: view, b: newBuilder(doc.Src, regions), attrs: newBuilder(doc.Src, regions)}
	e.run(0, len(view))
	doc.Segments = dropEmpty(mergeSegments(e.b.segments(), e.attrs.segments()))
}

// htmlExtractor walks HTML tokens; b receives running text, attrs attribute text.
type htmlExtractor struct {
	doc      *Document
	view     []byte
	b, attrs *builder

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
			name, _ := z.TagName()
			e.startTag(string(name), tt == html.SelfClosingTagToken, start, off)
		case html.EndTagToken:
			name, _ := z.TagName()
			e.endTag(string(name), start, off)
		}
	}
}

// textRun adds a text token's source, decoding character references.
func (e *htmlExtractor) textRun(start, end int) {
	decodeEntities(e.b, e.view, start, end)
}

func (e *htmlExtractor) comment(start, end int) {
	body := e.doc.Src[start:end]
	body = bytes.TrimPrefix(body, []byte("<!--"))
	body = bytes.TrimSuffix(body, []byte("-->"))
	e.doc.scanComment(string(body), start, end)
}

func (e *htmlExtractor) startTag(name string, selfClosing bool, start, end int) {
	switch name {
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
		e.b.start(RoleBody, "", EscapeHTML)
		return
	case "body":
		e.inHead = false
	case "title", "mj-title":
		e.inTitle = true
		e.heading++
		e.b.start(RoleHeading, "", EscapeHTML)
		return
	case "br":
		e.b.start(e.role(), "", EscapeHTML)
		return
	case "wbr":
		return
	}
	if e.skip > 0 || e.inHead {
		return
	}
	e.attributes(name, start, end)
	if isHeadingTag(name) {
		e.heading++
		e.b.start(RoleHeading, "", EscapeHTML)
	} else if isBlockTag(name) {
		e.b.start(e.role(), "", EscapeHTML)
	}
	if isCTATag(name) && !selfClosing {
		e.b.beginCTA()
	}
}

func (e *htmlExtractor) endTag(name string, start, end int) {
	switch name {
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
		e.b.start(e.role(), "", EscapeHTML)
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
		e.b.endCTA()
	}
	if isHeadingTag(name) {
		e.closeHeading()
	} else if isBlockTag(name) {
		e.b.start(e.role(), "", EscapeHTML)
	}
}

func (e *htmlExtractor) closeHeading() {
	if e.heading > 0 {
		e.heading--
	}
	e.b.start(e.role(), "", EscapeHTML)
}

func (e *htmlExtractor) role() Role {
	if e.heading > 0 {
		return RoleHeading
	}
	return RoleBody
}

// attributes lints the human-visible attribute values of a start tag: alt, title,
// aria-label and placeholder, and the value of a submit or button input, which is a CTA.
func (e *htmlExtractor) attributes(name string, start, end int) {
	attrs := scanAttributes(e.view, start, end)
	isButton := false
	if name == "input" {
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
		e.attrs.start(RoleBody, a.name, attributeEscape(a.quote))
		if a.name == "value" {
			e.attrs.beginCTA()
		}
		decodeEntities(e.attrs, e.view, a.valStart, a.valEnd)
		e.attrs.flush()
	}
}

// attributeEscape is how text is written into an attribute value with this quote.
func attributeEscape(quote byte) Escape {
	switch quote {
	case '"':
		return EscapeHTML
	case '\'':
		return EscapeHTMLSingle
	}
	return EscapeHTMLUnquoted
}

func isHeadingTag(name string) bool {
	return len(name) == 2 && name[0] == 'h' && '1' <= name[1] && name[1] <= '6'
}

func isCTATag(name string) bool {
	return name == "a" || name == "button" || name == "mj-button"
}

// isBlockTag reports tags whose start and end break running text into separate segments.
func isBlockTag(name string) bool {
	switch name {
	case "p", "div", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "li", "ul", "ol",
		"dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main",
		"blockquote", "pre", "hr", "center", "body", "html", "form", "fieldset", "legend",
		"figure", "figcaption", "option", "select", "textarea", "address", "caption", "button",
		"details", "summary", "dialog":
		return true
	}
	return len(name) > 3 && name[:3] == "mj-"
}

// mergeSegments joins two source-ordered segment lists into one, ordered by source offset.
func mergeSegments(a, b []Segment) []Segment {
	if len(b) == 0 {
		return a
	}
	out := append(a, b...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].pieces[0].src < out[j].pieces[0].src })
	return out
}
