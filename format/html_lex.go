package format

import (
	"bytes"
	"encoding/binary"
	"io"

	"golang.org/x/net/html"
)

// htmlLexer drives the x/net/html tokenizer over view[from:to] and gives each token's type
// and source range. The tokenizer reads every byte it is given one at a time, and most of an
// HTML file's bytes outside its style sheets are the text between tags (white space between
// tags alone is a third of them), which the reader only passes on by range. So the lexer
// hands the tokenizer its input through htmlFeed, in pieces that end after each '>' that text
// follows; when a token ends where the tokenizer's input does (it holds no byte it has not
// tokenized) and the tokenizer is in its data state, the lexer finds the end of the text token
// that comes next itself, by the one rule the tokenizer ends it with (before the first '<'
// followed by an ASCII letter, '/', '!' or '?'), and gives the tokenizer its input from there.
// The tokenizer then returns the same tokens it would have after that text: between tokens
// in the data state it keeps nothing of the text but bytes in its buffer. The same holds
// after a start tag of a raw text element (style, title, textarea and the like, but script,
// whose end has rules of its own), whose text ends at its end tag (rawTextEnd).
type htmlLexer struct {
	z    *html.Tokenizer
	feed htmlFeed
	off  int // where the next token begins
	to   int
	// raw is the raw text element the tokenizer's next token is the text of: the name of
	// the start tag it has just read, when that is one (rawTextTag); else "".
	raw     string
	nameBuf []byte // a tag name written in lower case, reused from tag to tag
	// space says the text token next returned last is all white space.
	space bool
}

// reset starts the lexer on view[from:to].
func (l *htmlLexer) reset(view []byte, from, to int) {
	l.feed = htmlFeed{view: view, pos: from, end: to}
	l.z = html.NewTokenizer(&l.feed)
	l.off, l.to, l.raw = from, to, ""
}

// next returns the next token's type and source range, and a tag's name in lower case (valid
// until the next call); html.ErrorToken at the end.
func (l *htmlLexer) next() (tt html.TokenType, start, end int, name []byte) {
	view := l.feed.view
	start, l.space = l.off, false
	if start == l.feed.pos && start < l.to { // the tokenizer holds no byte past start
		switch end = l.textEnd(); {
		case end < 0: // raw text to the end: the tokenizer would give it, and stop
			l.off, l.feed.pos, l.raw = l.to, l.to, ""
			return html.TextToken, start, l.to, nil
		case end > start:
			l.off, l.feed.pos, l.raw = end, end, ""
			return html.TextToken, start, end, nil
		}
		if l.raw == "" {
			if end = commentEnd(view, start, l.to); end > 0 {
				l.off, l.feed.pos = end, end
				return html.CommentToken, start, end, nil
			}
		}
	} else if l.raw != "" && l.raw != "script" && l.raw != "plaintext" {
		// A raw text element's start tag ends where '<' follows, and the tokenizer holds
		// the text after it: go on after the text with a new tokenizer.
		end = rawTextEnd(view, start, l.to, l.raw)
		if end < 0 {
			end = l.to
		}
		l.reset(view, end, l.to)
		if end > start {
			return html.TextToken, start, end, nil
		}
	}
	tt = l.z.Next()
	if tt == html.ErrorToken {
		return tt, start, start, nil
	}
	end = start + len(l.z.Raw())
	l.off, l.raw = end, ""
	switch tt {
	case html.StartTagToken, html.SelfClosingTagToken:
		name = l.tagName(start+1, end)
		l.raw = rawTextTag(name)
	case html.EndTagToken:
		name = l.tagName(start+2, end)
	}
	return tt, start, end, name
}

// textEnd returns where the text token at l.off ends when the lexer can tell: in the data
// state, before a '<' and a byte that begin a tag, comment or declaration before l.to (or
// l.off when there is none: the tokenizer reads such text to the end); after a raw text
// element's start tag, at its end tag, or -1 when there is none. The tokenizer holds no byte
// past l.off.
func (l *htmlLexer) textEnd() int {
	view, from := l.feed.view, l.off
	switch l.raw {
	case "":
	case "script", "plaintext": // script data has rules of its own; plaintext runs to the end
		return from
	default:
		return rawTextEnd(view, from, l.to, l.raw)
	}
	// Most text between tags is white space, the indentation of markup: passed eight spaces
	// at a time, and told to the reader (l.space), whose builder need not read it again.
	v, i := view[:l.to], from
	for i < len(v) {
		c := v[i]
		if c == ' ' && i+8 <= len(v) && binary.LittleEndian.Uint64(v[i:]) == 0x2020202020202020 {
			i += 8
			continue
		}
		if c > ' ' || !isHTMLSpace(c) {
			break
		}
		i++
	}
	if i+1 < len(v) && v[i] == '<' && tagStart(v[i+1]) {
		l.space = i > from
		return i
	}
	for {
		k := bytes.IndexByte(v[i:], '<')
		if k < 0 {
			return from
		}
		i += k + 1
		if i >= len(v) {
			return from
		}
		if tagStart(v[i]) {
			return i - 1
		}
	}
}

// commentEnd returns the end of a comment that begins at view[at] ("<!--"), before to, where
// the tokenizer ends it in the data state: after the first '>' with two '-' of the comment's
// own before it, or "--!" (the tokenizer counts the '-' before each byte, and a '!' after two
// of them ends the comment with a '>' after it); or -1 when the lexer leaves the comment to
// the tokenizer: none ends it, or it begins with '-' or '>' (which "<!-->" and "<!--->" end).
func commentEnd(view []byte, at, to int) int {
	body := at + len("<!--")
	if body >= to || view[at] != '<' || view[at+1] != '!' || view[at+2] != '-' || view[at+3] != '-' ||
		view[body] == '-' || view[body] == '>' {
		return -1
	}
	for i := body; ; {
		k := bytes.IndexByte(view[i:to], '>')
		if k < 0 {
			return -1
		}
		g := i + k
		if g-2 >= body && view[g-1] == '-' && view[g-2] == '-' ||
			g-3 >= body && view[g-1] == '!' && view[g-2] == '-' && view[g-3] == '-' {
			return g + 1
		}
		i = g + 1
	}
}

// tagStart reports the bytes that begin a tag, comment or declaration after '<': an ASCII
// letter, '/', '!' or '?'.
func tagStart(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || c == '/' || c == '!' || c == '?'
}

// rawTextTag returns the lower-case name of a start tag after which the tokenizer reads raw
// text (its rawTag), or "": iframe, noembed, noframes, noscript, plaintext, script, style,
// textarea, title and xmp.
func rawTextTag(name []byte) string {
	switch string(name) {
	case "iframe":
		return "iframe"
	case "noembed":
		return "noembed"
	case "noframes":
		return "noframes"
	case "noscript":
		return "noscript"
	case "plaintext":
		return "plaintext"
	case "script":
		return "script"
	case "style":
		return "style"
	case "textarea":
		return "textarea"
	case "title":
		return "title"
	case "xmp":
		return "xmp"
	}
	return ""
}

// htmlFeed is the tokenizer's input: view[pos:end], handed out in pieces that end after a '>'
// that is not followed by '<' or is by "<!" (text or a comment comes next), so that a token
// that ends with such a '>' ends where the input the tokenizer holds does.
type htmlFeed struct {
	view     []byte
	pos, end int
}

// Read copies the next piece of the input into p.
func (f *htmlFeed) Read(p []byte) (int, error) {
	if f.pos >= f.end {
		return 0, io.EOF
	}
	lim := min(f.end, f.pos+len(p))
	stop := lim
	for i := f.pos; i < lim; {
		k := bytes.IndexByte(f.view[i:lim], '>')
		if k < 0 {
			break
		}
		if i += k + 1; i < f.end && (f.view[i] != '<' || i+1 < f.end && f.view[i+1] == '!') {
			stop = i
			break
		}
	}
	n := copy(p, f.view[f.pos:stop])
	f.pos = stop
	return n, nil
}

// tagName returns the name of the tag token whose name begins at view[from], before end, in
// lower case: the bytes up to white space, '/' or '>', where the tokenizer ends it. It reads
// the name from the view, as the tokenizer's TagName would give it but for a NUL byte, which
// TagName writes as U+FFFD (no tag the reader knows holds either), and without TagName's
// copy of every name. The slice is valid until the next call.
func (l *htmlLexer) tagName(from, end int) []byte {
	view := l.feed.view
	i, upper := from, false
	for ; i < end; i++ {
		c := view[i]
		if c <= '>' && (isHTMLSpace(c) || c == '/' || c == '>') { // letters pass the first test
			break
		}
		upper = upper || c-'A' < 26
	}
	name := view[from:i]
	if !upper {
		return name
	}
	l.nameBuf = append(l.nameBuf[:0], name...)
	for k, c := range l.nameBuf {
		if 'A' <= c && c <= 'Z' {
			l.nameBuf[k] = c + 'a' - 'A'
		}
	}
	return l.nameBuf
}

// rawTextEnd returns where the raw text of an element named tag (in lower case; not script)
// that begins at from ends, before to: at the first "</" and tag (in any case) followed by
// white space, '/' or '>', where the x/net/html tokenizer ends it; -1 when there is none, and
// the raw text runs to the end.
func rawTextEnd(view []byte, from, to int, tag string) int {
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
