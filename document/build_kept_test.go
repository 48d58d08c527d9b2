package document_test

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/farewell-protocol/farewell/document"
)

// TestSourceKept checks that a builder told its source is kept makes the same segments as one
// that is not, texts, roles, keys, CTAs and source maps alike, and that it takes the text of
// a segment that is one verbatim run from the source itself.
func TestSourceKept(t *testing.T) {
	type step struct {
		op         byte // 't' Text, 'd' Decoded, 'p' Placeholder, 's' Start, 'c' BeginCTA, 'e' EndCTA
		start, end int
		s          string
	}
	src := "Bye now  friend &amp; see you\tlater \u2019quoted\u2019 {name} done"
	cases := [][]step{
		{{op: 't', start: 0, end: 7}},                              // one verbatim run
		{{op: 't', start: 4, end: 14}},                             // a double space: a decoded space
		{{op: 't', start: 0, end: 3}, {op: 't', start: 3, end: 7}}, // two runs that join
		{{op: 't', start: 0, end: 3}, {op: 't', start: 4, end: 7}}, // a gap in the source
		{{op: 'd', start: 16, end: 21, s: "&"}},                    // only a decoded piece
		{{op: 't', start: 9, end: 15}, {op: 'd', start: 16, end: 21, s: "&"}},
		{{op: 'p', start: 49, end: 55}},                     // only a placeholder
		{{op: 't', start: 26, end: 35}},                     // a tab
		{{op: 't', start: 36, end: 48}},                     // curly quotes
		{{op: 'c'}, {op: 't', start: 0, end: 3}, {op: 'e'}}, // link text
		{{op: 't', start: 0, end: 3}, {op: 's'}, {op: 't', start: 4, end: 7}, {op: 's'}, {op: 't', start: 55, end: 60}},
		{{op: 't', start: 7, end: 9}}, // white space only: no segment
		{{op: 't', start: 3, end: 7}}, // leading white space dropped
	}
	for i, steps := range cases {
		var got [2][]document.Segment
		for kept := range 2 {
			b := document.NewBuilder([]byte(src), document.Templates{})
			if kept == 1 {
				b.SourceKept()
			}
			b.Start(document.RoleBody, "k", document.EscapeJSON)
			for _, s := range steps {
				switch s.op {
				case 't':
					b.Text(s.start, s.end)
				case 'd':
					b.Decoded(s.start, s.end, s.s)
				case 'p':
					b.Placeholder(s.start, s.end)
				case 's':
					b.Start(document.RoleHeading, "h", document.EscapeNone)
				case 'c':
					b.BeginCTA()
				case 'e':
					b.EndCTA()
				}
			}
			got[kept] = b.Segments()
		}
		if !reflect.DeepEqual(got[0], got[1]) {
			t.Errorf("case %d: kept source %#v, not kept %#v", i, got[1], got[0])
		}
	}
	// One verbatim run: the text is the source's own bytes.
	srcb := []byte(src)
	b := document.NewBuilder(srcb, document.Templates{})
	b.SourceKept()
	b.Start(document.RoleBody, "k", document.EscapeNone)
	b.Text(4, 7)
	segs := b.Segments()
	if len(segs) != 1 || segs[0].Text != "now" || unsafe.StringData(segs[0].Text) != &srcb[4] {
		t.Errorf("one verbatim run of a kept source: %#v, not the source's bytes", segs)
	}
}
