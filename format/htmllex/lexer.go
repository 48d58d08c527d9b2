// Package htmllex lexes HTML for farewell's HTML and Markdown readers: it drives the x/net/html
// tokenizer, which stays the judge of every token with a choice in it (script, declarations
// but DOCTYPE, a start tag of an odd shape, anything cut short), and passes itself, by the
// rules the tokenizer ends each with, the tokens the tokenizer would only hand back: text
// between tags, comments, DOCTYPE, end tags, start tags whose attributes have the common shapes
// (startTag) and the text of raw text elements such as style. It follows x/net/html v0.62.0's rules; its tests compare
// it with the tokenizer token by token.
package htmllex

import (
	"bytes"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/internal/swar"
)

// Lexer drives the x/net/html tokenizer over view[from:to] and gives each token's type
// and source range. The tokenizer reads every byte it is given one at a time, and most of an
// HTML file's bytes outside its style sheets are the text between tags (white space between
// tags alone is a third of them), which the reader only passes on by range, and most of the
// rest are start tags, of which the reader needs only the name and the end (it reads the
// attributes it looks at from the source). So the lexer hands the tokenizer its input through
// feed, in pieces that end after each '>'; when a token ends where the tokenizer's input does
// (it holds no byte it has not tokenized) and the tokenizer is in its data state, the lexer
// finds the end of the token that comes next itself when it can: a text token by the one rule
// the tokenizer ends it with (before the first '<' followed by an ASCII letter, '/', '!' or
// '?'), a comment, a DOCTYPE, an end tag without attributes or a start tag of a shape
// startTag is sure of; and gives the tokenizer its input from there. The tokenizer then
// returns the same tokens it would have after that token: between tokens in the data state it
// keeps nothing of a token but bytes in its buffer. The same holds after a start tag of a raw
// text element (style, title, textarea and the like, but script, whose end has rules of its
// own, and plaintext), whose text ends at its end tag (rawTextEnd): when the lexer read the
// start tag, it passes the text and the end tag too, and the tokenizer, which never left its
// data state, reads what comes after as it would have; when the tokenizer read it, it reads
// the end tag, which ends its raw text state. A document of the common shapes needs no
// tokenizer at all, and the lexer makes one only when it needs it.
//
// A lexer's tokenizer is used again for the next input when it has read the last one without
// meeting its end (the lexer found the last text token, or there was none) and is in its data
// state with nothing buffered: as it would be at the start of a new input.
type Lexer struct {
	z   *html.Tokenizer
	in  feed
	off int // where the next token begins
	to  int
	// raw is the raw text element the tokenizer's next token is the text of: the name of
	// the start tag it has just read, when that is one (rawTextTag); else "". zRaw says the
	// tokenizer's last token was such a start tag, whose text the lexer may have passed.
	raw     string
	zRaw    bool
	longest int    // the longest token the tokenizer has read, which its buffer may hold
	nameBuf []byte // a tag name written in lower case, reused from tag to tag
	// space says the text token next returned last is all white space.
	space bool
	// attrs are the attributes of the start tag Next returned last when the lexer read it
	// itself (attrsOK), reused from tag to tag.
	attrs   []Attr
	attrsOK bool
}

// Space reports whether the text token Next returned last is all white space.
func (l *Lexer) Space() bool { return l.space }

// Attrs returns the attributes of the start tag Next returned last, in the order they come,
// valid until the next call, and true, when the lexer read the tag itself; else nil and
// false, and the caller reads the attributes from the source itself.
func (l *Lexer) Attrs() ([]Attr, bool) {
	if !l.attrsOK {
		return nil, false
	}
	return l.attrs, true
}

// Reset starts the lexer on view[from:to], with a new tokenizer, made when first needed,
// unless its own can go on.
func (l *Lexer) Reset(view []byte, from, to int) {
	if l.in.eof || l.off != l.in.pos || l.zRaw {
		l.in = feed{}
		l.z, l.zRaw, l.longest = nil, false, 0
	}
	l.in.view, l.in.pos, l.in.end = view, from, to
	l.off, l.to, l.raw = from, to, ""
}

// minRestart is the shortest raw text a new tokenizer is started after rather than the
// tokenizer left to read it: a new one costs its buffer, about as many bytes.
const minRestart = 4 << 10

// maxKeptToken bounds the longest token a tokenizer kept from one input to the next has read,
// which bounds its buffer.
const maxKeptToken = 64 << 10

// Release lets go of the input, and of the tokenizer when it cannot go on or its buffer may
// have grown large.
func (l *Lexer) Release() {
	l.in.view = nil
	if l.longest > maxKeptToken {
		l.z = nil
	}
}

// Next returns the next token's type and source range, and a tag's name in lower case (valid
// until the next call); html.ErrorToken at the end.
func (l *Lexer) Next() (tt html.TokenType, start, end int, name []byte) {
	view := l.in.view
	start, l.space, l.attrsOK = l.off, false, false
	if start == l.in.pos && l.in.pos == l.to {
		// The tokenizer holds nothing and has no more to read: it would meet the end.
		return html.ErrorToken, start, start, nil
	}
	if start == l.in.pos { // the tokenizer holds no byte past start
		switch end = l.textEnd(); {
		case end < 0: // raw text to the end: the tokenizer would give it, and stop
			l.off, l.in.pos, l.raw = l.to, l.to, ""
			return html.TextToken, start, l.to, nil
		case end > start:
			l.off, l.in.pos, l.raw = end, end, ""
			return html.TextToken, start, end, nil
		case !l.zRaw:
			// The empty raw text of an element whose start tag the lexer read: the tokenizer
			// gives no text token, and reads the end tag as in its data state.
			l.raw = ""
		}
		// The byte after the '<' tells which of the lexer's own tokens may begin there.
		if l.raw == "" && start+1 < l.to {
			switch view[start+1] {
			case '!':
				if end = commentEnd(view, start, l.to); end > 0 {
					l.off, l.in.pos = end, end
					return html.CommentToken, start, end, nil
				}
				if end = doctypeEnd(view, start, l.to); end > 0 {
					l.off, l.in.pos = end, end
					return html.DoctypeToken, start, end, nil
				}
			case '/':
				// Not the end tag of a raw text element whose text the lexer passed: the
				// tokenizer must read it, which ends its raw text state.
				if end = endTagEnd(view, start, l.to); end > 0 && !l.zRaw {
					l.off, l.in.pos = end, end
					// The name runs to the '>' (endTagEnd): only its case is read.
					return html.EndTagToken, start, end, l.lower(l.in.view[start+2 : end-1])
				}
			default:
				// A start tag of a shape startTag is sure of. After that of a raw text element
				// the lexer passes the raw text itself (textEnd), and its end tag, as the
				// tokenizer would read them; but script data, whose end has rules of its own,
				// and plaintext.
				var nameEnd int
				if end, tt, l.attrs, nameEnd = startTag(view, start, l.to, l.attrs[:0]); end > 0 && !l.zRaw {
					name = l.lower(view[start+1 : nameEnd]) // the name startTag found: only its case is read
					if raw := rawTextTag(name); raw != "script" && raw != "plaintext" {
						l.off, l.in.pos, l.attrsOK, l.raw = end, end, true, raw
						return tt, start, end, name
					}
				}
			}
		}
	} else if l.raw != "" && l.raw != "script" && l.raw != "plaintext" {
		// A raw text element's start tag ends where '<' follows, and the tokenizer holds
		// the text after it: after a long text (a style sheet), go on with a new tokenizer.
		if end = rawTextEnd(view, start, l.to, l.raw); end < 0 {
			end = l.to
		}
		if end-start >= minRestart {
			l.Reset(view, end, l.to)
			return html.TextToken, start, end, nil
		}
	}
	if l.z == nil {
		l.z = html.NewTokenizer(&l.in)
	}
	tt = l.z.Next()
	if tt == html.ErrorToken {
		return tt, start, start, nil
	}
	end = start + len(l.z.Raw())
	l.off, l.raw, l.longest = end, "", max(l.longest, end-start)
	switch tt {
	case html.StartTagToken, html.SelfClosingTagToken:
		name = l.tagName(start+1, end)
		l.raw = rawTextTag(name)
	case html.EndTagToken:
		name = l.tagName(start+2, end)
	}
	l.zRaw = l.raw != ""
	return tt, start, end, name
}

// textEnd returns where the text token at l.off ends when the lexer can tell: in the data
// state, before a '<' and a byte that begin a tag, comment or declaration before l.to, or at
// l.to when there is none; after a raw text element's start tag, at its end tag, or -1 when
// there is none. The tokenizer holds no byte past l.off, and l.off is before l.to.
func (l *Lexer) textEnd() int {
	view, from := l.in.view, l.off
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
		if (c == ' ' || c == '\t') && i+8 <= len(v) {
			// A run of spaces or tabs: up to eight at a time, to the first other byte.
			if x := swar.Load(v, i) ^ uint64(c)*swar.Ones; x != 0 {
				i += swar.First(x) // at least v[i] itself
			} else {
				i += 8
			}
			continue
		}
		if c > ' ' || !IsSpace(c) {
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
			i = len(v)
		} else {
			i += k + 1
		}
		if i >= len(v) {
			// No tag after it: the tokenizer would read the text to the end, and stop.
			return len(v)
		}
		if tagStart(v[i]) {
			return i - 1
		}
	}
}

// tagStart reports the bytes that begin a tag, comment or declaration after '<': an ASCII
// letter, '/', '!' or '?'.
func tagStart(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || c == '/' || c == '!' || c == '?'
}
