package linttest

import (
	"encoding/base64"
	"encoding/binary"
	"io"
	"mime/quotedprintable"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
)

// Check verifies the properties that make farewell's positions exact by construction:
//   - every segment's pieces tile its text, lie inside the file in order, and copy verbatim
//     text byte for byte from the source;
//   - every finding's offsets lie in the file, Match is exactly the source bytes between them,
//     its line and columns agree with an independent count, and its normalised text starts and
//     ends on the same letters as the source it points at;
//   - every fix edit lies in the file, inside or at the finding's range.
func Check(t testing.TB, r *lint.Result) {
	t.Helper()
	if r.Doc == nil {
		return
	}
	src := r.Doc.Src
	for i, s := range r.Doc.Segments {
		checkSegment(t, r.Path, i, &s, src)
	}
	for _, f := range r.Findings {
		if f.Start < 0 || f.End < f.Start || f.End > len(src) {
			t.Errorf("%s: %s: range %d-%d outside the file (%d bytes)", r.Path, f.Rule.ID, f.Start, f.End, len(src))
			continue
		}
		if f.Match != string(src[f.Start:f.End]) {
			t.Errorf("%s: %s: match %q is not the source bytes %q", r.Path, f.Rule.ID, f.Match, src[f.Start:f.End])
		}
		for _, p := range []document.Position{r.Doc.Position(f.Start), r.Doc.Position(f.End)} {
			line, col, col16 := countPosition(src, p.Offset, utf16Order(r))
			if p.Line != line || p.Col != col || p.Col16 != col16 {
				t.Errorf("%s: %s: offset %d reported at %d:%d (utf16 %d), counted %d:%d (utf16 %d)",
					r.Path, f.Rule.ID, p.Offset, p.Line, p.Col, p.Col16, line, col, col16)
			}
		}
		if f.Text != "" && !strings.Contains(f.Text, document.MaskPlaceholder) && !spansBranches(f.Match) {
			checkEdges(t, r, &f)
		}
		for _, fx := range f.Fixes {
			for _, e := range fx.Edits {
				if e.Start < f.Start || e.End > f.End || e.Start > e.End {
					t.Errorf("%s: %s: edit %d-%d outside the finding %d-%d", r.Path, f.Rule.ID, e.Start, e.End, f.Start, f.End)
				}
			}
		}
	}
}

func checkSegment(t testing.TB, path string, i int, s *document.Segment, src []byte) {
	t.Helper()
	next, lastSrc := 0, 0
	s.Pieces(func(ts, te, ss, se int, verbatim bool) {
		if ts != next {
			t.Errorf("%s: segment %d: piece starts at text %d, want %d", path, i, ts, next)
		}
		next = te
		if ss < lastSrc || se < ss || se > len(src) {
			t.Errorf("%s: segment %d: piece source %d-%d out of order or outside the file", path, i, ss, se)
			return
		}
		lastSrc = se
		if verbatim && s.Text[ts:te] != string(src[ss:se]) {
			t.Errorf("%s: segment %d: verbatim piece %q is not the source %q", path, i, s.Text[ts:te], src[ss:se])
		}
	})
	if next != len(s.Text) {
		t.Errorf("%s: segment %d: pieces cover %d of %d text bytes", path, i, next, len(s.Text))
	}
}

// CountPosition returns the line, column in code points and column in UTF-16 code units of
// byte offset off in UTF-8 src, counted from the start independently of document.Document.
func CountPosition(src []byte, off int) (line, col, col16 int) {
	return countPosition(src, off, nil)
}

// countPosition counts line and columns from the start of the file, independently of
// document.Document: lines end at \n, \r\n or a lone \r. A UTF-16 file (order is not nil) is
// counted in UTF-16 code units.
func countPosition(src []byte, off int, order binary.ByteOrder) (line, col, col16 int) {
	if order != nil {
		return countPosition16(src, off, order)
	}
	line, col, col16 = 1, 1, 1
	for i := 0; i < off; {
		c := src[i]
		if c == '\n' || (c == '\r' && (i+1 >= len(src) || src[i+1] != '\n')) {
			line, col, col16 = line+1, 1, 1
			i++
			continue
		}
		if c == '\r' {
			i++
			col++
			col16++
			continue
		}
		r, n := utf8.DecodeRune(src[i:min(off, len(src))])
		i += n
		col++
		col16++
		if r >= 0x10000 {
			col16++
		}
	}
	return line, col, col16
}

// checkEdges compares the first and last letters or digits of the finding's normalised text
// with those of its source (entities decoded, markup removed), so a range that is too wide or
// too narrow by even one word fails.
func checkEdges(t testing.TB, r *lint.Result, f *lint.Finding) {
	t.Helper()
	want := alnums(f.Text)
	match := f.Match
	if order := utf16Order(r); order != nil {
		match = decode16([]byte(match), order)
	}
	matches := []string{match}
	if format.IsCatalog(r.Format) {
		matches = append(matches, unescapeBackslashes(match))
	}
	if r.Format == format.Markdown {
		matches = append(matches, stripLinkTargets(match))
	}
	if len(want) == 0 {
		return
	}
	if r.Format == format.EML {
		if dec, ok := decodeBase64(match); ok {
			// base64 maps whole groups of four characters: the text lies within them (a
			// text/plain part that holds markup is read as text, tags and all).
			for _, d := range []string{html.UnescapeString(stripTags(dec)), dec} {
				if containsRunes(alnums(d), want) {
					return
				}
			}
		}
		matches = append(matches, decodeQP(match))
	}
	// Markup and template logic are stripped, except where they are text (in a <title>, "<A>"
	// is three characters; "*|!|*" is no merge tag).
	for _, m := range matches {
		for _, src := range []string{stripTags(stripTemplates(m)), stripTemplates(m), stripTags(m), m} {
			for _, text := range []string{html.UnescapeString(src), src} { // "&#0" is text in a .txt file
				got := alnums(text)
				if len(got) > 0 && sameLetter(got[0], want[0]) && sameLetter(got[len(got)-1], want[len(want)-1]) {
					return
				}
			}
		}
	}
	t.Errorf("%s: %s: text %q and source %q start or end on different letters", r.Path, f.Rule.ID, f.Text, f.Match)
}

// sameLetter reports whether a and b are one letter up to case, as a case-insensitive
// expression sees them (the long s is an s, the Kelvin sign a k).
func sameLetter(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return a == b
}

func alnums(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

// stripTags removes complete <...> markup; a "<" that starts no tag is text.
func stripTags(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '<' && i+1 < len(s) && isTagStart(s[i+1]) {
			if end := strings.IndexByte(s[i:], '>'); end > 0 {
				i += end
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// stripLinkTargets removes the targets of Markdown links, "](url)" and "][ref]", which a
// finding that runs across a link's end covers and its text does not.
func stripLinkTargets(s string) string {
	for _, d := range [][2]string{{"](", ")"}, {"][", "]"}} {
		for from := 0; ; {
			i := strings.Index(s[from:], d[0])
			if i < 0 {
				break
			}
			i += from
			j := strings.Index(s[i+2:], d[1])
			if j < 0 {
				break
			}
			s = s[:i] + s[i+2+j+1:]
			from = i
		}
	}
	return s
}

// stripTemplates removes template logic that reads as nothing ({% if %}, {{/if}}, <% end %},
// *|END:IF|*, {# #}); a printed value reads as a placeholder, and findings over one are not
// compared.
func stripTemplates(s string) string {
	for _, d := range [][2]string{{"{{", "}}"}, {"{%", "%}"}, {"{#", "#}"}, {"<%", "%>"}, {"*|", "|*"}} {
		for {
			i := strings.Index(s, d[0])
			if i < 0 {
				break
			}
			j := strings.Index(s[i+2:], d[1])
			if j < 0 {
				break
			}
			s = s[:i] + s[i+2+j+2:]
		}
	}
	return s
}

// spansBranches reports a match that runs over a template branch ({{else}}, {% elif %}): its
// text holds one branch, while its source range also covers the others.
func spansBranches(match string) bool {
	for _, d := range [][2]string{{"{{", "}}"}, {"{%", "%}"}, {"<%", "%>"}, {"*|", "|*"}} {
		for rest := match; ; {
			i := strings.Index(rest, d[0])
			if i < 0 {
				break
			}
			j := strings.Index(rest[i+2:], d[1])
			if j < 0 {
				break
			}
			tag := strings.ToLower(strings.Trim(rest[i+2:i+2+j], " -~#/=:\t\r\n"))
			for _, w := range []string{"else", "elif", "elsif", "elseif", "when"} {
				if strings.HasPrefix(tag, w) {
					return true
				}
			}
			rest = rest[i+2+j:]
		}
	}
	return false
}

// isTagStart reports a byte that can follow "<" in markup: a letter, "/" or "!". Elsewhere
// "<" is text, as in HTML ("<3", "a < b").
func isTagStart(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || c == '/' || c == '!'
}

// utf16Order returns the byte order a UTF-16 byte order mark announces in a .strings file,
// the one format farewell reads in UTF-16, or nil.
func utf16Order(r *lint.Result) binary.ByteOrder {
	if r.Format != format.Strings {
		return nil
	}
	src := r.Doc.Src
	switch {
	case len(src) >= 2 && src[0] == 0xFF && src[1] == 0xFE:
		return binary.LittleEndian
	case len(src) >= 2 && src[0] == 0xFE && src[1] == 0xFF:
		return binary.BigEndian
	}
	return nil
}

func units(b []byte, order binary.ByteOrder) []uint16 {
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = order.Uint16(b[2*i:])
	}
	return out
}

func decode16(b []byte, order binary.ByteOrder) string {
	return string(utf16.Decode(units(b, order)))
}

// countPosition16 counts lines and columns in UTF-16 code units.
func countPosition16(src []byte, off int, order binary.ByteOrder) (line, col, col16 int) {
	line, col, col16 = 1, 1, 1
	u := units(src[:off], order)
	for i := 0; i < len(u); i++ {
		switch {
		case u[i] == '\n' || u[i] == '\r' && (2*(i+1) >= len(src) || order.Uint16(src[2*(i+1):]) != '\n'):
			line, col, col16 = line+1, 1, 1
		case 0xD800 <= u[i] && u[i] < 0xDC00 && i+1 < len(u) && 0xDC00 <= u[i+1] && u[i+1] < 0xE000:
			col++
			col16 += 2
			i++
		default:
			col++
			col16++
		}
	}
	return line, col, col16
}

// unescapeBackslashes drops the backslash escapes of catalog strings (\n, \", \u2019) so
// that an escape's letter is not read as a letter of the text.
func unescapeBackslashes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n', 't', 'r':
			b.WriteByte(' ')
		case 'u', 'U', 'x':
			width := map[byte]int{'u': 4, 'U': 8, 'x': 2}[s[i]]
			j := i + 1
			for j < len(s) && j <= i+width && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0 {
				j++
			}
			if v, err := strconv.ParseUint(s[i+1:j], 16, 32); err == nil && j > i+1 {
				b.WriteRune(rune(v))
				i = j - 1
			} else {
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// decodeBase64 decodes a match in a base64 e-mail part, its line breaks dropped; ok is false
// when it is no whole groups of base64.
func decodeBase64(s string) (string, bool) {
	b, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(s), ""))
	return string(b), err == nil
}

// decodeQP decodes a match in a quoted-printable e-mail part.
func decodeQP(s string) string {
	b, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(s)))
	if err != nil {
		return s
	}
	return string(b)
}

// containsRunes reports whether sub occurs in s.
func containsRunes(s, sub []rune) bool {
	return strings.Contains(string(s), string(sub))
}
