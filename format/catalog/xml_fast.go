package catalog

import (
	"bytes"
	"encoding/xml"
	"io"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/internal/swar"
)

// fastTag reads the start or end tag at the walker's position itself when it is plain:
// ASCII names with at most one colon, double- or single-quoted attribute values of allowed
// characters without references, markup, ']' or white space other than spaces, and no
// "/>". It returns the token as encoding/xml's RawToken would and moves the reader past
// the tag; for anything else, or when the decoder holds a byte it read back, it returns
// nil and leaves the tag to the decoder.
func (w *Walker) fastTag() xml.Token {
	if w.noSkip || w.selfClosed || w.d == nil {
		return nil
	}
	src := w.doc.Src
	pos := len(src) - w.r.Len()
	if pos != int(w.d.InputOffset())+w.skew || pos+1 >= len(src) || src[pos] != '<' {
		return nil
	}
	var tok xml.Token
	var n int
	if src[pos+1] == '/' {
		var name xml.Name
		if name, n = w.endTag(src[pos:]); n > 0 {
			tok = w.endToken(name)
		}
	} else {
		tok, n = w.startTag(src[pos:])
	}
	if tok == nil {
		return nil
	}
	if _, err := w.r.Seek(int64(n), io.SeekCurrent); err != nil {
		return nil
	}
	w.skew += n
	return tok
}

// startTag parses a plain start tag at the start of s; see fastTag. The token and its
// attributes are kept in the walker's store.
func (w *Walker) startTag(s []byte) (xml.Token, int) {
	name, i := w.tagName(s, 1)
	if i == 0 {
		return nil, 0
	}
	base := len(w.attrs)
	for {
		j := spaces(s, i)
		if j == len(s) || j == i && s[j] != '>' {
			// at the end, or an attribute not set off by white space: left to the decoder
			w.attrs = w.attrs[:base]
			return nil, 0
		}
		if s[j] == '>' {
			attr := w.attrs[base:len(w.attrs):len(w.attrs)]
			if base == len(w.attrs) {
				attr = []xml.Attr{} // as the decoder has it; a tag without attributes is rare
			}
			return w.keepStart(xml.StartElement{Name: name, Attr: attr}), j + 1
		}
		a, end := w.attr(s, j)
		if end == 0 {
			w.attrs = w.attrs[:base]
			return nil, 0
		}
		base = w.addAttr(base, a)
		i = end
	}
}

// attr parses a plain attribute at s[j:] and returns it with the index after it, or 0.
func (w *Walker) attr(s []byte, j int) (xml.Attr, int) {
	var a xml.Attr
	var i int
	if a.Name, i = w.tagName(s, j); i == 0 {
		return a, 0
	}
	if i = spaces(s, i); i == len(s) || s[i] != '=' {
		return a, 0
	}
	if i = spaces(s, i+1); i == len(s) || s[i] != '"' && s[i] != '\'' {
		return a, 0
	}
	k := bytes.IndexByte(s[i+1:], s[i])
	if k < 0 {
		return a, 0
	}
	end := i + 1 + k
	if !plainAttr(s[i+1 : end]) {
		return a, 0
	}
	a.Value = w.attrValue(s[i+1 : end])
	return a, end + 1
}

// plainAttr reports an attribute value startTag reads itself: character data plainTextLen
// reads whole, without a tab or a line break (which the decoder turns into spaces). Its ASCII
// bytes are tested in one pass, eight at a time while eight remain.
func plainAttr(v []byte) bool {
	i := 0
	for ; i+8 <= len(v); i += 8 {
		x := swar.Load(v, i)
		if !swar.ASCII(x) {
			break
		}
		if attrStops(x) != 0 {
			return false
		}
	}
	for ; i < len(v); i++ {
		c := v[i]
		if c >= utf8.RuneSelf {
			return plainTextLen(v[i:]) == len(v)-i && !bytes.ContainsAny(v[i:], "\t\n\r")
		}
		if c < 0x20 || c == '<' || c == '&' || c == ']' {
			return false
		}
	}
	return true
}

// attrStops returns, as swar.Eq does, the bytes of x, eight ASCII bytes, that plainAttr
// refuses: control characters, '<', '&' and ']'.
func attrStops(x uint64) uint64 {
	other := swar.NonZero(x^'<'*swar.Ones) & swar.NonZero(x^'&'*swar.Ones) & swar.NonZero(x^']'*swar.Ones)
	return (^(x + (0x80-0x20)*swar.Ones) | ^other) & swar.Highs
}

// endTag parses a plain end tag at the start of s, returning its name and length, or a
// length of 0; see fastTag.
func (w *Walker) endTag(s []byte) (xml.Name, int) {
	name, i := w.tagName(s, 2)
	if i == 0 {
		return xml.Name{}, 0
	}
	if i = spaces(s, i); i == len(s) || s[i] != '>' {
		return xml.Name{}, 0
	}
	return name, i + 1
}

// maxEnds is how many end elements a walker keeps as tokens.
const maxEnds = 8

// endToken returns the end element of name as a token, made once per walker for the first
// few names: a catalog closes the same few elements many times, and a token is immutable.
func (w *Walker) endToken(name xml.Name) xml.Token {
	for _, t := range w.ends {
		if t.(xml.EndElement).Name == name {
			return t
		}
	}
	t := xml.Token(xml.EndElement{Name: name})
	if len(w.ends) < maxEnds {
		w.ends = append(w.ends, t)
	}
	return t
}

// spaces returns the index of the first byte at or after i that is not XML white space.
func spaces(s []byte, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// attrValue returns b as a string, without copying the values catalogs repeat
// (translatable="false", quantity="one").
func (w *Walker) attrValue(b []byte) string {
	switch string(b) {
	case "false":
		return "false"
	case "true":
		return "true"
	case "zero":
		return "zero"
	case "one":
		return "one"
	case "two":
		return "two"
	case "few":
		return "few"
	case "many":
		return "many"
	case "other":
		return "other"
	case "string":
		return "string"
	}
	return w.srcString(b)
}

// nameString returns b as a string, without copying the names XML catalogs use most.
func (w *Walker) nameString(b []byte) string {
	switch string(b) {
	case "string":
		return "string"
	case "name":
		return "name"
	case "item":
		return "item"
	case "plurals":
		return "plurals"
	case "quantity":
		return "quantity"
	case "translatable":
		return "translatable"
	case "string-array":
		return "string-array"
	case "formatted":
		return "formatted"
	case "key":
		return "key"
	case "dict":
		return "dict"
	case "trans-unit":
		return "trans-unit"
	case "source":
		return "source"
	case "target":
		return "target"
	case "id":
		return "id"
	case "data":
		return "data"
	case "value":
		return "value"
	}
	return w.srcString(b)
}
