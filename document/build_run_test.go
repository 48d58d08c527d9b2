package document_test

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
)

// TestTextRuns checks that text fed at once comes out as the same segment, text and source
// map, as the same text fed one character at a time (white space runs kept whole): the
// builder's runs of plain text must stop at every character it writes otherwise.
func TestTextRuns(t *testing.T) {
	for _, src := range []string{
		"Wir bedauern, dass Sie gehen. Ihr Abo endet heute.",
		"Мы\u00a0сожалеем —\u2009вы уходите\u202f! «Ваш» план: ‘конец’ “сегодня”.",
		"日本語のテキスト\u200bと\ufeffゼロ幅\u00adの文字\u2060。",
		"bad \xff bytes \xe2\x80 here, \xc2 and \xf0\x9f\x98 cut",
		"Kelvin \u212a, long \u017f, emoji 😀 and tab\there\r\nnew line",
		"\xc3\xa9t\xc3\xa9 \xc5\x93uvre \xe2\x82\xac 5",
		"Ver\u017fuch \u00e9\u017f\u00e9 a\u2019b\u00a0\u00e9\u00ad\u00e9",
		" one two  three \xff four \u2019five\u2019 six\u00a0 seven \t eight \xc5\xbf nine ",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9 \u00e9 \u4e00 end",
	} {
		whole := document.NewBuilder([]byte(src), document.Templates{})
		whole.Start(document.RoleBody, "k", document.EscapeNone)
		whole.Text(0, len(src))
		split := document.NewBuilder([]byte(src), document.Templates{})
		split.Start(document.RoleBody, "k", document.EscapeNone)
		for i := 0; i < len(src); {
			j := i + 1
			if isSpace(src[i]) {
				for j < len(src) && isSpace(src[j]) {
					j++
				}
			} else if _, n := utf8.DecodeRuneInString(src[i:]); n > 1 {
				j = i + n
			}
			split.Text(i, j)
			i = j
		}
		a, b := whole.Segments(), split.Segments()
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%q: fed at once %#v, one character at a time %#v", src, a, b)
		}
		if !utf8.ValidString(src) {
			continue
		}
		// A source known valid comes out the same, fed at once and in pieces that cut
		// characters.
		for _, step := range []int{len(src), 1, 2, 3, 5} {
			valid := document.NewBuilder([]byte(src), document.Templates{})
			valid.SourceValid()
			plain := document.NewBuilder([]byte(src), document.Templates{})
			for _, b := range []*document.Builder{valid, plain} {
				b.Start(document.RoleBody, "k", document.EscapeNone)
				for i := 0; i < len(src); i += step {
					b.Text(i, min(i+step, len(src)))
				}
			}
			if v, p := valid.Segments(), plain.Segments(); !reflect.DeepEqual(v, p) {
				t.Errorf("%q in steps of %d: known valid %#v, checked %#v", src, step, v, p)
			}
		}
	}
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// TestSpace checks that white space fed by Space comes out as Text gives it, where template
// code lies among it (masked as spaces in a reader's view) and where none does.
func TestSpace(t *testing.T) {
	src := "a \n\t b{% if x %}\n  {{ name }}  {% endif %} \r\n c  {%- else -%}  d"
	tpl := document.FindTemplates([]byte(src))
	view := tpl.Masked([]byte(src))
	feed := func(space bool) []document.Segment {
		b := document.NewBuilder([]byte(src), tpl)
		b.Start(document.RoleBody, "k", document.EscapeNone)
		for i := 0; i < len(view); {
			j := i + 1
			for j < len(view) && isSpace(view[j]) == isSpace(view[i]) {
				j++
			}
			if space && isSpace(view[i]) {
				b.Space(i, j)
			} else {
				b.Text(i, j)
			}
			i = j
		}
		return b.Segments()
	}
	if a, b := feed(false), feed(true); !reflect.DeepEqual(a, b) {
		t.Errorf("Text %#v, Space %#v", a, b)
	}
}
