package document

import (
	"bytes"
)

// maxMergeTag bounds the length of a single-brace or Mailchimp merge tag.
const maxMergeTag = 80

// scanMergeTag reads the merge tags of e-mail platforms: Mailchimp's *|FNAME|* (with
// *|IF:...|*, *|ELSE:|* and *|END:IF|* as a block) and single-brace tokens such as Mautic's
// {unsubscribe_text} or {contactfield=firstname}, which print a value.
func scanMergeTag(src []byte, at int) (region, bool) {
	lim := min(len(src), at+maxMergeTag)
	if src[at] == '*' {
		end := bytes.Index(src[at+2:lim], []byte("|*"))
		if end <= 0 {
			return region{}, false
		}
		inner := src[at+2 : at+2+end]
		r := region{start: at, end: at + 2 + end + 2, kind: maskValue, innerStart: at + 2, innerEnd: at + 2 + end}
		for _, c := range inner {
			if !(isAlnum(c) || c == '_' || c == ':' || c == '-' || c == '.' || c == ' ' || c == '=' || c == '"') {
				return region{}, false
			}
		}
		switch {
		case bytes.HasPrefix(inner, []byte("IF:")), bytes.HasPrefix(inner, []byte("IFNOT:")),
			bytes.HasPrefix(inner, []byte("INTERESTED:")):
			r.kind = maskOpen
		case bytes.HasPrefix(inner, []byte("ELSE:")), bytes.HasPrefix(inner, []byte("ELSEIF:")):
			r.kind = maskBranch
		case bytes.HasPrefix(inner, []byte("END:")):
			r.kind = maskClose
		}
		return r, true
	}
	for j := at + 1; j < lim; j++ {
		c := src[j]
		switch {
		case c == '}':
			return region{start: at, end: j + 1, kind: maskValue, innerStart: at + 1, innerEnd: j}, j > at+1
		case !(isAlnum(c) || c == '_' || c == '=' || c == '-' || c == '.' || c == ':'):
			return region{}, false
		}
	}
	return region{}, false
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isMergeOpener reports the first two bytes of a merge tag.
func isMergeOpener(c, d byte) bool {
	return c == '*' && d == '|' || c == '{' && isLetter(d)
}

// closeQuoted finds closer after a tag's opener like bytes.Index, but skips quoted strings
// inside the tag ({{ "}}" }} prints "}}"); a quote with no partner on its line is a character.
func closeQuoted(src []byte, from int, closer string) int {
	for i := from; i < len(src); i++ {
		c := src[i]
		if c == '"' || c == '\'' {
			line := src[i+1:]
			if k := bytes.IndexAny(line, "\r\n"); k >= 0 {
				line = line[:k]
			}
			if end := bytes.IndexByte(line, c); end >= 0 {
				i += end + 1
				continue
			}
		}
		if bytes.HasPrefix(src[i:], []byte(closer)) {
			return i - from
		}
	}
	return -1
}

// openerIndex finds template openers ("{{", "{%", "{#", "<%", "${", "*|", "{" before a
// letter) in src from increasing offsets. It finds each byte an opener begins with by
// bytes.IndexByte, keeping where the next opener of each begins for the searches after: HTML
// has a '<' every few dozen bytes, and a loop that tested every byte for all four took most
// of the search. For "<%" and "*|" it looks for their second byte and steps back to the one
// before: '<' begins every HTML tag, and '*' fills the rules of text e-mails and CSS
// comments, five and fifteen times as often as '%' and '|' in the corpora's HTML and text.
// A byte that begins no opener (the braces of a style sheet, the '%' of a width) is passed
// by the search for its own kind alone (openerOf), not weighed against the other three.
type openerIndex struct {
	src []byte
	// pos is where the next opener that each of openerBytes marks begins, len(src) when
	// none does; ready says the first call has set it.
	pos   [4]int
	ready bool
}

// openerBytes are the bytes searched for, openerBack how far before each an opener begins:
// '{' and '$' begin one, '%' is the second byte of "<%" and '|' that of "*|".
const (
	openerBytes = "{%$|"
	openerBack  = "\x00\x01\x00\x01"
)

// next returns the offset of the first opener at or after from, or -1; from must not be less
// than in the call before.
func (o *openerIndex) next(from int) int {
	if !o.ready {
		o.pos, o.ready = [4]int{-1, -1, -1, -1}, true
	}
	at := len(o.src)
	for k, p := range o.pos {
		if p < from {
			p = o.openerOf(k, from)
			o.pos[k] = p
		}
		at = min(at, p)
	}
	if at >= len(o.src) {
		return -1
	}
	return at
}

// openerOf returns the offset of the first opener at or after from that the k-th of
// openerBytes marks, or len(src).
func (o *openerIndex) openerOf(k, from int) int {
	src := o.src
	back, c := int(openerBack[k]), openerBytes[k]
	for i := from + back; i < len(src); i++ {
		j := bytes.IndexByte(src[i:], c)
		if j < 0 {
			break
		}
		i += j // the byte, at an opener's start (back 0) or just after it (back 1)
		switch at := i - back; {
		case at+1 >= len(src):
			return len(src)
		case c == '{':
			if d := src[at+1]; d == '{' || d == '%' || d == '#' || isLetter(d) {
				return at
			}
		case c == '%':
			if src[at] == '<' {
				return at
			}
		case c == '$':
			if src[at+1] == '{' {
				return at
			}
		default: // '|'
			if src[at] == '*' {
				return at
			}
		}
	}
	return len(src)
}
