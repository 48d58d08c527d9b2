package format

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	gmtext "github.com/yuin/goldmark/text"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/htmllex"
)

// readMarkdown reads Markdown with goldmark: paragraphs, list items and headings are
// segments, link text is a CTA, inline code is a placeholder, code blocks and front matter are
// skipped, image alt text is its own segment, and raw HTML is read as HTML.
func readMarkdown(doc *document.Document, rd *reading) error {
	tpl := rd.templates(doc.Src)
	err := readMarkdownWith(doc, rd, tpl, rd.markdownParser())
	rd.keepTemplates(tpl)
	return err
}

// markdownParser returns goldmark's default parser: that of the options' Buffers when there
// are some, made on their first Markdown file. A parser keeps nothing of what it parsed (a
// parse's state is in its context), and sets itself up on its first parse: a new one for each
// file was a large allocation, and that setup again.
func (rd *reading) markdownParser() parser.Parser {
	if rd == nil || rd.Buffers == nil {
		return goldmark.DefaultParser()
	}
	if rd.Buffers.md == nil {
		rd.Buffers.md = goldmark.DefaultParser()
	}
	return rd.Buffers.md
}

// readMarkdownWith reads Markdown whose code is tpl with parser p.
func readMarkdownWith(doc *document.Document, rd *reading, tpl document.Templates, p parser.Parser) error {
	fm := frontMatterEnd(doc.Src)
	if fm > 0 {
		for off := 0; off < fm; {
			end := lineEnd(doc.Src, off)
			if line := doc.Src[off:end]; bytes.Contains(line, []byte("farewell")) {
				doc.ScanComment(string(line), off, end)
			}
			off = skipLineBreak(doc.Src, end)
		}
		tpl = tpl.WithFrontMatter(fm)
	}
	doc.ScanComments(tpl)
	view := rd.masked(tpl, doc.Src)
	m := &mdExtractor{doc: doc, view: view, b: rd.proseBuilder(doc.Src, tpl, false), attrs: rd.proseBuilder(doc.Src, tpl, true), lex: rd.htmlLexer()}
	m.cur = m.b
	root := p.Parse(gmtext.NewReader(view))
	_ = ast.Walk(root, m.visit)
	doc.Segments = document.MergeSegments(m.b, m.attrs)
	rd.keepRoom(m.b)
	rd.keepAttrRoom(m.attrs)
	rd.keepHTMLLexer(m.lex)
	applyScript(doc, rd.Script)
	return nil
}

// frontMatterEnd returns the end of a leading YAML front matter block ("---" to "---" or
// "..."), or 0 when there is none.
func frontMatterEnd(src []byte) int {
	if !bytes.HasPrefix(src, []byte("---\n")) && !bytes.HasPrefix(src, []byte("---\r\n")) {
		return 0
	}
	for off := bytes.IndexByte(src, '\n') + 1; off < len(src); {
		end := lineEnd(src, off)
		line := bytes.TrimRight(src[off:end], " \t")
		if bytes.Equal(line, []byte("---")) || bytes.Equal(line, []byte("...")) {
			return skipLineBreak(src, end)
		}
		off = skipLineBreak(src, end)
	}
	return 0
}

type mdExtractor struct {
	doc      *document.Document
	view     []byte
	b, attrs *document.Builder
	cur      *document.Builder // b, or attrs inside an image
	lex      *htmllex.Lexer    // the lexer of its blocks of HTML
}

func (m *mdExtractor) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	switch t := n.(type) {
	case *ast.Heading:
		if entering {
			m.b.Start(document.RoleHeading, "", document.EscapeMarkdown)
		} else {
			m.b.Start(document.RoleBody, "", document.EscapeMarkdown)
		}
	case *ast.Paragraph, *ast.TextBlock, *ast.ListItem, *ast.Blockquote, *ast.ThematicBreak:
		m.b.Start(document.RoleBody, "", document.EscapeMarkdown)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		m.b.Start(document.RoleBody, "", document.EscapeMarkdown)
		return ast.WalkSkipChildren, nil
	case *ast.CodeSpan:
		if entering {
			m.codeSpan(t)
		}
		return ast.WalkSkipChildren, nil
	case *ast.Link:
		if entering {
			m.cur.BeginCTA()
		} else {
			m.cur.EndCTA()
		}
	case *ast.AutoLink:
		return ast.WalkSkipChildren, nil
	case *ast.Image:
		if entering {
			m.cur = m.attrs
			m.attrs.Start(document.RoleBody, "alt", document.EscapeMarkdown)
		} else {
			m.attrs.Flush()
			m.cur = m.b
		}
	case *ast.Text:
		if entering {
			m.text(t)
		}
	case *ast.RawHTML:
		if entering {
			m.rawHTML(t)
		}
	case *ast.HTMLBlock:
		if entering {
			m.htmlBlock(t)
		}
		return ast.WalkSkipChildren, nil
	}
	return ast.WalkContinue, nil
}

// text adds a text node, decoding backslash escapes and character references.
func (m *mdExtractor) text(t *ast.Text) {
	seg := t.Segment
	start, end := seg.Start, seg.Stop
	for i := start; i < end; {
		bs := bytes.IndexByte(m.view[i:end], '\\')
		if bs < 0 {
			m.cur.Entities(m.view, i, end)
			break
		}
		bs += i
		m.cur.Entities(m.view, i, bs)
		if bs+1 < end && isASCIIPunct(m.view[bs+1]) {
			m.cur.Decoded(bs, bs+2, string(m.view[bs+1]))
			i = bs + 2
		} else {
			m.cur.Text(bs, bs+1)
			i = bs + 1
		}
	}
	if t.SoftLineBreak() || t.HardLineBreak() {
		nl := end
		for nl < len(m.view) && m.view[nl] != '\n' {
			nl++
		}
		m.cur.BreakWord(end, min(nl+1, len(m.view)))
	}
}

func isASCIIPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// codeSpan puts one placeholder for inline code, backticks included.
func (m *mdExtractor) codeSpan(n *ast.CodeSpan) {
	first, last := n.FirstChild(), n.LastChild()
	ft, ok1 := first.(*ast.Text)
	lt, ok2 := last.(*ast.Text)
	if !ok1 || !ok2 {
		return
	}
	start, end := ft.Segment.Start, lt.Segment.Stop
	for start > 0 && m.view[start-1] == '`' {
		start--
	}
	for end < len(m.view) && m.view[end] == '`' {
		end++
	}
	m.cur.Placeholder(start, end)
}

// rawHTML handles inline HTML: comments may be directives, <br> breaks words, other tags are
// markup the text flows through.
func (m *mdExtractor) rawHTML(n *ast.RawHTML) {
	for i := 0; i < n.Segments.Len(); i++ {
		s := n.Segments.At(i)
		raw := m.view[s.Start:s.Stop]
		switch {
		case bytes.HasPrefix(raw, []byte("<!--")):
			body := bytes.TrimSuffix(bytes.TrimPrefix(m.doc.Src[s.Start:s.Stop], []byte("<!--")), []byte("-->"))
			m.doc.ScanComment(string(body), s.Start, s.Stop)
		case bytes.HasPrefix(bytes.ToLower(raw), []byte("<br")):
			m.cur.BreakWord(s.Start, s.Stop)
		}
	}
}

// htmlBlock reads a block of raw HTML with the HTML extractor.
func (m *mdExtractor) htmlBlock(n *ast.HTMLBlock) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if n.HasClosure() {
		end = n.ClosureLine.Stop
	}
	m.b.Flush()
	e := &htmlExtractor{doc: m.doc, view: m.view, b: m.b, attrs: m.attrs, lex: m.lex}
	e.run(start, end)
	m.b.Start(document.RoleBody, "", document.EscapeMarkdown)
}
