package mail

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// FuzzRead feeds the e-mail reader arbitrary bytes, each text part read as one run of plain
// text: nothing may panic, and every segment must map into the file in order, its verbatim
// pieces equal to the bytes they come from.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/golden/eml/*.eml")
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := &document.Document{Path: "fuzz.eml", Src: data}
		err := Read(doc, true, func(part *document.Document, _ bool) error {
			b := document.NewBuilder(part.Src, document.Templates{})
			b.Start(document.RoleBody, "", document.EscapeNone)
			b.Text(0, len(part.Src))
			part.Segments = b.Segments()
			return nil
		})
		if err != nil {
			return
		}
		for i, s := range doc.Segments {
			next, last := 0, 0
			s.Pieces(func(ts, te, ss, se int, verbatim bool) {
				if ts != next || ss < last || se > len(data) || se < ss {
					t.Fatalf("segment %d: piece %d-%d <- %d-%d out of order or outside the file", i, ts, te, ss, se)
				}
				if verbatim && s.Text[ts:te] != string(data[ss:se]) {
					t.Fatalf("segment %d: verbatim piece %q is not the source %q", i, s.Text[ts:te], data[ss:se])
				}
				next, last = te, se
			})
			if next != len(s.Text) {
				t.Fatalf("segment %d: pieces cover %d of %d bytes", i, next, len(s.Text))
			}
		}
	})
}
