package js

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// FuzzModule feeds the module reader and the brace finder arbitrary bytes: nothing may panic,
// a brace's end lies in the source, and every segment maps into the file in order.
func FuzzModule(f *testing.F) {
	for _, pattern := range []string{"../../testdata/golden/js/*.*s", "../../testdata/golden/js/*/*.*s", "../../testdata/golden/mdx/*.mdx"} {
		seeds, _ := filepath.Glob(pattern)
		for _, p := range seeds {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for i, c := range data {
			if c == '{' {
				if end, _ := BraceEnd(data, i); end <= i || end > len(data) {
					t.Fatalf("BraceEnd(%d) = %d, outside (%d, %d]", i, end, i, len(data))
				}
			}
		}
		doc := &document.Document{Path: "fuzz.ts", Src: data}
		if Read(doc, 100) != nil {
			return
		}
		for i, s := range doc.Segments {
			last := 0
			s.Pieces(func(_, _, ss, se int, _ bool) {
				if ss < last || se > len(data) {
					t.Fatalf("segment %d: piece %d-%d out of order or outside the file", i, ss, se)
				}
				last = se
			})
		}
	})
}
