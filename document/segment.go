package document

import (
	"sort"

	"github.com/farewell-protocol/farewell/internal/textseg"
)

// Role is what a segment is to the reader.
type Role uint8

// The roles a segment can play.
const (
	// RoleBody is running text.
	RoleBody Role = iota
	// RoleHeading is a heading, a page title or an e-mail subject.
	RoleHeading
)

// Escape says how replacement text must be written into a segment's source.
type Escape uint8

// The escapings readers assign.
const (
	// EscapeNone inserts text as is.
	EscapeNone Escape = iota
	// EscapeHTML escapes &, < and > (and quotes inside attributes).
	EscapeHTML
	// EscapeJSON writes a JSON string body.
	EscapeJSON
	// EscapeXML escapes as XML character data.
	EscapeXML
	// EscapeAndroid escapes as Android string resource text.
	EscapeAndroid
	// EscapeCString escapes backslashes and double quotes (.strings, .po, quoted YAML).
	EscapeCString
	// EscapeSingleQuoted doubles single quotes (single-quoted YAML).
	EscapeSingleQuoted
	// EscapeCStringUTF16LE escapes as EscapeCString and encodes as UTF-16, little-endian.
	EscapeCStringUTF16LE
	// EscapeCStringUTF16BE escapes as EscapeCString and encodes as UTF-16, big-endian.
	EscapeCStringUTF16BE
	// EscapeProperties escapes backslashes and line breaks (Java .properties).
	EscapeProperties
	// EscapeMessageFormat escapes as EscapeProperties and doubles apostrophes, for
	// .properties values read by Java's MessageFormat ({0} arguments).
	EscapeMessageFormat
	// EscapeHTMLSingle escapes as HTML inside a single-quoted attribute value.
	EscapeHTMLSingle
	// EscapeHTMLUnquoted writes white space, quotes and the other characters that end or
	// break an unquoted attribute value as character references.
	EscapeHTMLUnquoted
	// EscapeMarkdown backslash-escapes Markdown punctuation.
	EscapeMarkdown
	// EscapeYAMLPlain is a plain YAML scalar: nothing can be escaped, so text that would
	// change its meaning is advice only.
	EscapeYAMLPlain
	// EscapeYAMLFlow is a plain YAML scalar inside a flow collection ([...] or {...}), which a
	// comma or bracket also ends.
	EscapeYAMLFlow
	// EscapeYAMLBlock is a literal or folded YAML block scalar: text is written as is, on one
	// line.
	EscapeYAMLBlock
	// EscapeINIPlain is an unquoted INI value, which ends at a line break or " ;".
	EscapeINIPlain
	// EscapeINIQuoted escapes backslashes and double quotes in a double-quoted INI value.
	EscapeINIQuoted
	// EscapeKey is text that is also the key a program looks its string up by (a gettext
	// msgid): rewriting it would break the lookup, so rewrites are advice only.
	EscapeKey
	// EscapeJSSingle escapes backslashes, single quotes and line breaks (a single-quoted
	// JavaScript string).
	EscapeJSSingle
	// EscapeJSTemplate escapes backslashes, backquotes, dollar signs and line breaks (a
	// JavaScript template literal).
	EscapeJSTemplate
	// EscapeEncoded is text read through a transfer encoding (an e-mail part in base64 or
	// quoted-printable): a rewrite would have to be encoded again, so rewrites are advice only.
	EscapeEncoded
)

// Segment is a run of lintable text. Every byte of Text maps back to the source: runs copied
// verbatim map byte for byte, and decoded entities, escapes, collapsed white space and masked
// template code map to the whole source range they stand for.
type Segment struct {
	// Text is the normalised text rules match: white space collapsed to single spaces, curly
	// apostrophes and quotes straightened, entities and escapes decoded, template code masked.
	// The source mapping (SourceRange, Clip) is of this text as read: a caller that needs
	// other text builds a new segment (Clip) rather than changing Text.
	Text string
	Role Role
	// Key is the catalog key or attribute name the text belongs to ("" for running text).
	Key string
	// CTAs are the ranges of Text that are link or button text.
	CTAs []textseg.Span
	// Message is the index of the message the segment belongs to.
	Message int
	// Escape is how replacement text is written into this segment's source.
	Escape Escape

	// one, when not 0, is one plus the source offset of the segment's one piece, a verbatim
	// run of the source as long as Text: most strings of a catalog, whose piece is then
	// kept here rather than in pieces, which is nil (see inline and SourceRange).
	one    int32
	pieces []piece
}

// pieceKind says how a piece's text relates to its source bytes.
type pieceKind uint8

const (
	// verbatim text equals its source bytes.
	verbatim pieceKind = iota
	// decoded text stands for an entity, an escape, a curly quote or a run of white space.
	decoded
	// masked text is a placeholder for template code, which edits must never touch.
	masked
)

// piece maps Text[text:text+n] to Src[src:src+srcN].
type piece struct {
	text, n   int32
	src, srcN int32
	kind      pieceKind
}

// MaskPlaceholder stands in the text for a template expression that prints a value.
const MaskPlaceholder = "\uFFFC"

// inline returns the segment's one verbatim piece kept in one.
func (s *Segment) inline() piece {
	n := int32(len(s.Text))
	return piece{text: 0, n: n, src: s.one - 1, srcN: n, kind: verbatim}
}

// all returns the segment's pieces: pieces, or its one piece kept inline in a slice of its
// own.
func (s *Segment) all() []piece {
	if s.one != 0 {
		return []piece{s.inline()}
	}
	return s.pieces
}

// firstSrc returns where the segment's first piece begins in the source.
func (s *Segment) firstSrc() int32 {
	if s.one != 0 {
		return s.one - 1
	}
	return s.pieces[0].src
}

// SourceRange maps the text range [start, end) to the source byte range it came from. A range
// that starts or ends inside a decoded or masked piece widens to cover the whole piece.
func (s *Segment) SourceRange(start, end int) (int, int) {
	if s.one != 0 {
		// One verbatim piece (inline): text byte i is source byte one-1+i.
		at, n := int(s.one)-1, len(s.Text)
		if end <= start {
			off := at + min(start, n)
			return off, off
		}
		return at + min(start, n), at + min(end-1, n-1) + 1
	}
	if len(s.pieces) == 0 {
		return 0, 0
	}
	if end <= start {
		p := s.pieceAt(start)
		off := p.srcAt(start)
		if start >= int(p.text+p.n) {
			off = int(p.src + p.srcN)
		}
		return off, off
	}
	first, last := s.pieceAt(start), s.pieceAt(end-1)
	return first.srcAt(start), last.srcEndAt(end - 1)
}

// pieceAt returns the piece holding text byte i (the last piece for i past the end).
func (s *Segment) pieceAt(i int) *piece {
	if len(s.pieces) == 1 {
		return &s.pieces[0] // most strings of a catalog: no search
	}
	k := sort.Search(len(s.pieces), func(k int) bool { return int(s.pieces[k].text) > i }) - 1
	if k < 0 {
		k = 0
	}
	return &s.pieces[k]
}

func (p *piece) srcAt(i int) int {
	if p.kind == verbatim {
		return int(p.src) + min(i-int(p.text), int(p.n))
	}
	return int(p.src)
}

func (p *piece) srcEndAt(i int) int {
	if p.kind == verbatim {
		return int(p.src) + min(i-int(p.text), int(p.n)-1) + 1
	}
	return int(p.src + p.srcN)
}

// Editable reports whether the source behind text range [start, end) may be replaced as a
// whole: it holds no template code and no markup, comments or other source bytes that are not
// part of the text.
func (s *Segment) Editable(start, end int) bool {
	if s.one != 0 {
		return end > start // one verbatim run
	}
	if end <= start || len(s.pieces) == 0 {
		return false
	}
	k := sort.Search(len(s.pieces), func(k int) bool { return int(s.pieces[k].text) > start }) - 1
	prevEnd := int32(-1)
	for ; k < len(s.pieces) && int(s.pieces[k].text) < end; k++ {
		p := s.pieces[k]
		if p.kind == masked || (prevEnd >= 0 && p.src != prevEnd) {
			return false
		}
		prevEnd = p.src + p.srcN
	}
	return true
}

// Pieces calls fn for every piece of the segment with its text and source ranges and whether
// the text is a verbatim copy of the source; tests use it to check the mapping.
func (s *Segment) Pieces(fn func(textStart, textEnd, srcStart, srcEnd int, verbatim bool)) {
	for _, p := range s.all() {
		fn(int(p.text), int(p.text+p.n), int(p.src), int(p.src+p.srcN), p.kind == verbatim)
	}
}
