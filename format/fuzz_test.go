package format

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// FuzzReaders feeds every reader arbitrary bytes: none may panic, and every segment must map
// into the file in order.
func FuzzReaders(f *testing.F) {
	inputs, _ := filepath.Glob("../testdata/golden/*/*")
	more, _ := filepath.Glob("../testdata/golden/*/*/*")
	for _, p := range append(inputs, more...) {
		if filepath.Ext(p) == ".golden" {
			continue
		}
		if data, err := os.ReadFile(p); err == nil {
			format, _ := Detect(p, data)
			f.Add(uint8(formatIndex(format)), data)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		formats := Formats()
		format := formats[int(which)%len(formats)]
		doc := &document.Document{Path: "fuzz", Format: format, Src: data}
		if err := Read(doc, Options{Locale: "en", Script: ScriptSettings{Turns: which&0x80 != 0}}); err != nil {
			return
		}
		for i, s := range doc.Segments {
			next, last := 0, 0
			s.Pieces(func(textStart, textEnd, srcStart, srcEnd int, verbatim bool) {
				if textStart != next || srcStart < last || srcEnd > len(data) {
					t.Fatalf("%s: segment %d: piece %d-%d <- %d-%d out of order or outside the file", format, i, textStart, textEnd, srcStart, srcEnd)
				}
				if verbatim && s.Text[textStart:textEnd] != string(data[srcStart:srcEnd]) {
					t.Fatalf("%s: segment %d: verbatim piece differs from the source", format, i)
				}
				next, last = textEnd, srcEnd
			})
			if next != len(s.Text) {
				t.Fatalf("%s: segment %d: pieces cover %d of %d bytes", format, i, next, len(s.Text))
			}
			for _, c := range s.CTAs {
				if c.Start < 0 || c.End > len(s.Text) || c.Start > c.End {
					t.Fatalf("%s: segment %d: CTA %+v outside the text", format, i, c)
				}
			}
		}
	})
}

func formatIndex(f document.Format) int {
	for i, g := range Formats() {
		if g == f {
			return i
		}
	}
	return 0
}
