package linttest

import (
	"html"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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
		for _, p := range []lint.Position{f.Pos, f.EndPos} {
			line, col, col16 := countPosition(src, p.Offset)
			if p.Line != line || p.Col != col || p.Col16 != col16 {
				t.Errorf("%s: %s: offset %d reported at %d:%d (utf16 %d), counted %d:%d (utf16 %d)",
					r.Path, f.Rule.ID, p.Offset, p.Line, p.Col, p.Col16, line, col, col16)
			}
		}
		if f.Text != "" && !strings.Contains(f.Text, lint.MaskPlaceholder) {
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

func checkSegment(t testing.TB, path string, i int, s *lint.Segment, src []byte) {
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

// countPosition counts line and columns from the start of the file, independently of
// lint.Document: lines end at \n, \r\n or a lone \r.
func countPosition(src []byte, off int) (line, col, col16 int) {
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

// checkEdges compares the first and last characters of the finding's normalised text with
// those of its source, read raw or with character references decoded, so a range that is too
// wide or too narrow by even one character fails.
func checkEdges(t testing.TB, r *lint.Result, f *lint.Finding) {
	t.Helper()
	want := []rune(normalize(f.Text))
	if len(want) == 0 {
		return
	}
	for _, src := range []string{f.Match, html.UnescapeString(f.Match), unescapeBackslashes(f.Match)} {
		got := []rune(normalize(src))
		if len(got) > 0 && got[0] == want[0] && got[len(got)-1] == want[len(want)-1] {
			return
		}
	}
	t.Errorf("%s: %s: text %q and source %q start or end on different characters", r.Path, f.Rule.ID, f.Text, f.Match)
}

// unescapeBackslashes drops the backslash of Markdown's escaped punctuation ("\\!" reads "!").
func unescapeBackslashes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// normalize straightens quotes and turns every kind of white space into a plain space, as the
// extractors do.
func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u2019' || r == '\u2018':
			return '\''
		case r == '\u201c' || r == '\u201d':
			return '"'
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
}
