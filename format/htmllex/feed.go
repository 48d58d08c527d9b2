package htmllex

import (
	"bytes"
	"io"
)

// feed is the tokenizer's input: view[pos:end], handed out in pieces that end after each '>',
// so that a token that ends with a '>' ends where the input the tokenizer holds does, and the
// lexer may read what comes next (text, a comment, an end tag, most start tags).
type feed struct {
	view     []byte
	pos, end int
	eof      bool // the tokenizer has met the end of an input
}

// Read copies the next piece of the input into p.
func (f *feed) Read(p []byte) (int, error) {
	if f.pos >= f.end {
		f.eof = true
		return 0, io.EOF
	}
	stop := min(f.end, f.pos+len(p))
	if k := bytes.IndexByte(f.view[f.pos:stop], '>'); k >= 0 {
		stop = f.pos + k + 1
	}
	n := copy(p, f.view[f.pos:stop])
	f.pos = stop
	return n, nil
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

// doctypeEnd returns the end of a declaration that begins at view[at] with "<!DOCTYPE" in
// any ASCII case, before to, where the tokenizer ends it in the data state (its
// readMarkupDeclaration, readDoctype): after the first '>' that follows; or -1 when none does
// (the tokenizer then reads the declaration to the end) or the declaration is not one.
func doctypeEnd(view []byte, at, to int) int {
	body := at + len("<!DOCTYPE")
	if body > to || view[at] != '<' || view[at+1] != '!' || !EqualFold(view[at+2:body], "doctype") {
		return -1
	}
	if k := bytes.IndexByte(view[body:to], '>'); k >= 0 {
		return body + k + 1
	}
	return -1
}

// endTagEnd returns the end of an end tag that begins at view[at] ("</" and an ASCII letter),
// before to, where the tokenizer ends it in the data state, when it has no attributes: after
// the first '>' when no white space or '/' comes before it (the tokenizer's tag name runs to
// the first of those three, and the tag ends at the '>' after it); or -1, when the lexer
// leaves the tag to the tokenizer.
func endTagEnd(view []byte, at, to int) int {
	if at+1 >= to || view[at] != '<' || view[at+1] != '/' {
		return -1
	}
	return plainTagEnd(view, at+2, to)
}

// plainTagEnd returns the end of a tag whose name begins at view[name] when it is an ASCII
// letter and the name runs to a '>' with no white space or '/' before it, else -1.
func plainTagEnd(view []byte, name, to int) int {
	v := view[:to] // indexed below its length: one bound to check
	if name >= len(v) || !('a' <= v[name]|0x20 && v[name]|0x20 <= 'z') {
		return -1
	}
	for i := name + 1; i < len(v); i++ {
		if c := v[i]; c <= '>' && (IsSpace(c) || c == '/' || c == '>') { // letters pass the first test
			if c == '>' {
				return i + 1
			}
			return -1
		}
	}
	return -1
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
		if k+len(tag) < to && EqualFold(view[k:k+len(tag)], tag) {
			switch view[k+len(tag)] {
			case ' ', '\n', '\r', '\t', '\f', '/', '>':
				return at
			}
		}
		i = at + 1
	}
	return -1
}
