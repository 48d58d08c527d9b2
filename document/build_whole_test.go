package document_test

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
)

// TestTextSegment checks that TextSegment makes the segments Start, Text and Flush make in
// turn, for runs of plain text, of text that is not, and of template code, on sources valid
// or not, kept or not, after an open segment or none.
func TestTextSegment(t *testing.T) {
	srcs := []string{
		"Bye now, friend. See you later!",
		"Bye  now\tfriend\n see\u00a0you \u2019later\u2019 \u212a\u017f\u00ad\u200b end ",
		"Hi {{ name }}, bye {% if x %}now{% else %}later{% endif %}.",
		"日本語のテキスト と ゼロ幅 の文字。 Ünïcödé wörds — dash",
		"bad \xff bytes \xe2\x80 here, \xc2 and \xf0\x9f\x98 cut",
		"  leading and trailing  ",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, src := range srcs {
		for round := range 2000 {
			start := rng.IntN(len(src))
			end := start + rng.IntN(len(src)-start+1)
			open := rng.IntN(3) // 0: none, 1: an open segment, 2: an open segment of white space
			valid := rng.IntN(2) == 0 && utf8.ValidString(src)
			kept := rng.IntN(2) == 0
			tpl := document.Templates{}
			if rng.IntN(3) == 0 {
				tpl = document.FindTemplates([]byte(src))
			}
			var got [2][]document.Segment
			for whole := range 2 {
				b := document.NewBuilder([]byte(src), tpl)
				if valid {
					b.SourceValid()
				}
				if kept {
					b.SourceKept()
				}
				switch open {
				case 1:
					b.Start(document.RoleHeading, "h", document.EscapeNone)
					b.Text(0, min(4, len(src)))
				case 2:
					b.Start(document.RoleHeading, "h", document.EscapeNone)
					b.Decoded(0, 1, " ")
				}
				if whole == 1 {
					b.TextSegment(document.RoleBody, "k", document.EscapeJSON, start, end)
				} else {
					b.Start(document.RoleBody, "k", document.EscapeJSON)
					b.Text(start, end)
					b.Flush()
				}
				b.Start(document.RoleBody, "after", document.EscapeNone)
				b.Text(end, len(src))
				got[whole] = b.Segments()
			}
			if !reflect.DeepEqual(got[0], got[1]) {
				t.Fatalf("%q round %d [%d, %d) valid %v kept %v: TextSegment made %#v, Start, Text and Flush %#v",
					src, round, start, end, valid, kept, got[1], got[0])
			}
		}
	}
}
