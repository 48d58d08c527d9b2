package format

import (
	"bytes"
	"reflect"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/js"
)

// readMDX reads MDX, Markdown with JSX, as Markdown whose JSX and ESM are code: import and
// export blocks and component tags read as nothing (a <br /> as a line break), an {expression}
// in running text reads as a placeholder and one on lines of its own as nothing, and a
// {/* comment */} may hold directives. The prose between and inside components is linted;
// attribute values are not. As in MDX, indented lines are not code blocks.
func readMDX(doc *document.Document, rd *reading) error {
	tpl := document.FindTemplates(doc.Src).WithCode(mdxCode(doc.Src, frontMatterEnd(doc.Src)))
	return readMarkdownWith(doc, rd, tpl, mdxParser())
}

// mdxParser is goldmark's parser without indented code blocks, which MDX does not have: an
// indented line is a paragraph.
func mdxParser() parser.Parser {
	code := reflect.TypeOf(parser.NewCodeBlockParser())
	paragraph := reflect.TypeOf(parser.NewParagraphParser())
	var blocks []util.PrioritizedValue
	for _, p := range parser.DefaultBlockParsers() {
		switch reflect.TypeOf(p.Value) {
		case code:
		case paragraph:
			blocks = append(blocks, util.Prioritized(indentedParagraph{p.Value.(parser.BlockParser)}, p.Priority))
		default:
			blocks = append(blocks, p)
		}
	}
	return parser.NewParser(parser.WithBlockParsers(blocks...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
}

// indentedParagraph is a paragraph parser that also opens on indented lines.
type indentedParagraph struct{ parser.BlockParser }

// CanAcceptIndentedLine reports that an indented line can open a paragraph.
func (indentedParagraph) CanAcceptIndentedLine() bool { return true }

// mdxScanner finds the JSX and ESM of an MDX source.
type mdxScanner struct {
	src   []byte
	block []byte // src up to the blank line that ends the current block
	code  []document.Code
}

// maxMDXCode bounds how far a tag or an expression is looked for: text that opens one and
// never closes it is text, found in time linear in the source.
const maxMDXCode = 16 << 10

// exprEnd returns the end of the {...} whose '{' is at i; when there is none, ok is false and
// end is how far the search read, all of which is then text.
func (m *mdxScanner) exprEnd(i int) (end int, ok bool) {
	return js.BraceEnd(m.block[:min(len(m.block), i+maxMDXCode)], i)
}

// mdxCode returns the code of an MDX source after its front matter (which ends at from), in
// order; fenced code blocks and inline code are left to the Markdown reader.
func mdxCode(src []byte, from int) []document.Code {
	m := &mdxScanner{src: src}
	fence := ""
	blockStart := true // the line starts a block: the first, or one after a blank line
	blockEnd := 0      // the blank line that ends the block: code never runs past it
	for off := from; off < len(src); {
		end := lineEnd(src, off)
		next := skipLineBreak(src, end)
		line := bytes.TrimLeft(src[off:end], " \t")
		if off >= blockEnd {
			blockEnd = nextBlankLine(src, off)
			m.block = src[:blockEnd]
		}
		switch {
		case fence != "":
			if bytes.HasPrefix(line, []byte(fence)) {
				fence = ""
			}
		case bytes.HasPrefix(line, []byte("```")) || bytes.HasPrefix(line, []byte("~~~")):
			fence = string(line[:3])
		case blockStart && (bytes.HasPrefix(line, []byte("import ")) || bytes.HasPrefix(line, []byte("export "))):
			stop := off
			for stop < len(src) && len(bytes.TrimSpace(src[stop:lineEnd(src, stop)])) > 0 {
				stop = skipLineBreak(src, lineEnd(src, stop))
			}
			m.add(document.Code{Start: off, End: stop, Kind: document.CodeHidden})
			off, blockStart = stop, false
			continue
		default:
			next = m.line(off, end) // a tag or an expression may run over the line's end
		}
		blockStart = len(line) == 0
		off = next
	}
	return m.code
}

func (m *mdxScanner) add(c document.Code) { m.code = append(m.code, c) }

// line finds the code that starts on the line src[off:end] and returns where the next line to
// scan starts: a piece of code may run over the line's end.
func (m *mdxScanner) line(off, end int) int {
	src := m.block
	for i := off; i < end; {
		switch src[i] {
		case '`':
			n := 1
			for i+n < end && src[i+n] == '`' {
				n++
			}
			close := bytes.Index(src[i+n:end], src[i:i+n])
			if close < 0 {
				return skipLineBreak(src, end)
			}
			i += 2*n + close
		case '\\':
			i = min(i+2, end)
		case '{':
			stop, ok := m.exprEnd(i)
			if !ok {
				i = stop
				continue
			}
			m.add(m.expression(i, stop))
			i = stop
		case '<':
			stop, ok := m.tag(i)
			if !ok {
				i = stop
				continue
			}
			kind := document.CodeHidden
			if name := bytes.ToLower(tagName(src[i:stop])); bytes.Equal(name, []byte("br")) {
				kind = document.CodeSpace
			}
			m.add(document.Code{Start: i, End: stop, Kind: kind})
			i = stop
		default:
			i++
		}
		if i > end { // a piece that ran over the line: the rest of its last line is scanned too
			end = lineEnd(src, i)
		}
	}
	return skipLineBreak(m.src, end)
}

// nextBlankLine returns the start of the first blank line after the line at off, or the end
// of src.
func nextBlankLine(src []byte, off int) int {
	for off = skipLineBreak(src, lineEnd(src, off)); off < len(src); off = skipLineBreak(src, lineEnd(src, off)) {
		if len(bytes.TrimSpace(src[off:lineEnd(src, off)])) == 0 {
			return off
		}
	}
	return len(src)
}

// expression makes the code of the {...} at src[start:end]: a comment, a placeholder in
// running text, or nothing when it stands on lines of its own.
func (m *mdxScanner) expression(start, end int) document.Code {
	inner := bytes.TrimSpace(m.src[start+1 : end-1])
	if bytes.HasPrefix(inner, []byte("/*")) && bytes.HasSuffix(inner, []byte("*/")) {
		is := start + 1 + bytes.Index(m.src[start+1:end], []byte("/*")) + 2
		ie := start + 1 + bytes.LastIndex(m.src[start+1:end], []byte("*/"))
		return document.Code{Start: start, End: end, Kind: document.CodeComment, InnerStart: is, InnerEnd: max(is, ie)}
	}
	ls := bytes.LastIndexAny(m.src[:start], "\r\n") + 1
	alone := len(bytes.TrimSpace(m.src[ls:start])) == 0 && len(bytes.TrimSpace(m.src[end:lineEnd(m.src, end)])) == 0
	if alone {
		return document.Code{Start: start, End: end, Kind: document.CodeHidden}
	}
	return document.Code{Start: start, End: end, Kind: document.CodeValue}
}

// tag reads the JSX tag that starts at src[i] ('<'): <Name attr="..." other={...}>, </Name>,
// <Name />, <> or </>. ok is false for text that only looks like a tag ("a < b", "<3", an
// autolink, an HTML comment); end is then how far it read, all of which is text.
func (m *mdxScanner) tag(i int) (int, bool) {
	src := m.block[:min(len(m.block), i+maxMDXCode)]
	j := i + 1
	if j < len(src) && src[j] == '/' {
		j++
	}
	if j < len(src) && src[j] == '>' {
		return j + 1, true // a fragment
	}
	if j >= len(src) || !isLetter(src[j]) {
		return i + 1, false
	}
	for j < len(src) && (js.IsIdentByte(src[j]) || src[j] == '.' || src[j] == ':' || src[j] == '-') {
		if src[j] == ':' && j+1 < len(src) && src[j+1] == '/' {
			return j, false // an autolink, <https://...>
		}
		j++
	}
	for j < len(src) {
		switch c := src[j]; {
		case c == '>':
			return j + 1, true
		case c == '/' && j+1 < len(src) && src[j+1] == '>':
			return j + 2, true
		case c == '"' || c == '\'':
			k := bytes.IndexByte(src[j+1:], c)
			if k < 0 {
				return len(src), false
			}
			j += k + 2
		case c == '{':
			stop, ok := m.exprEnd(j)
			if !ok {
				return stop, false
			}
			j = stop
		case js.IsIdentByte(c) || c == '=' || c == '-' || c == ':' || c == '.' || isASCIISpace(c):
			j++
		default:
			return j, false
		}
	}
	return len(src), false
}

// tagName returns the name of the tag in t ("<Name ...>", "</Name>").
func tagName(t []byte) []byte {
	t = bytes.TrimPrefix(bytes.TrimPrefix(t, []byte("<")), []byte("/"))
	n := 0
	for n < len(t) && (js.IsIdentByte(t[n]) || t[n] == '.' || t[n] == '-') {
		n++
	}
	return t[:n]
}
