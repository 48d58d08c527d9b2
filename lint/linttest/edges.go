package linttest

import (
	"encoding/base64"
	"io"
	"mime/quotedprintable"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
)

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
