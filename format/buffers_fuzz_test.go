package format

import (
	"fmt"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// FuzzBuffers reads two sources in turn with one Buffers, as the linter reads files, and
// checks that the second reads as it does without one and that the first's segments, their
// texts and pieces, are unchanged by the second read, which writes in the room the first
// let go of.
func FuzzBuffers(f *testing.F) {
	f.Add(uint8(0), []byte("<p>Hi {{ a }}, <img alt=\"{{b}} bye\"> see {{#if x}}you{{else}}us{{/if}}.</p>"), []byte("<p>Other text</p>"))
	f.Add(uint8(1), []byte("# Bye {{name}}\n\nSee ![alt {{x}}](y.png) [you](z)\n"), []byte("Short\n"))
	f.Add(uint8(2), []byte("Subject: bye {{x}}\n\nHi {{#if a}}you{{else}}all{{/if}}\n\n- one\n- two\n"), []byte("x"))
	f.Fuzz(func(t *testing.T, which uint8, first, second []byte) {
		formats := []document.Format{HTML, Markdown, Text}
		format := formats[int(which)%len(formats)]
		bufs := new(Buffers)
		a, err := readRendered(format, first, bufs)
		if err != nil {
			return
		}
		before := a.render()
		b, err := readRendered(formats[int(which>>2)%len(formats)], second, bufs)
		if err != nil {
			return
		}
		alone, _ := readRendered(formats[int(which>>2)%len(formats)], second, nil)
		if got, want := b.render(), alone.render(); got != want {
			t.Fatalf("read after another with Buffers:\n%s\nwithout:\n%s", got, want)
		}
		if after := a.render(); after != before {
			t.Fatalf("first document changed by the second read:\n%s\nwas:\n%s", after, before)
		}
	})
}

type rendered struct{ doc *document.Document }

func readRendered(format document.Format, src []byte, bufs *Buffers) (rendered, error) {
	doc := &document.Document{Path: "fuzz", Format: format, Src: src}
	return rendered{doc}, Read(doc, Options{Named: true, Locale: "en", Buffers: bufs})
}

// render writes every segment's role, key, text, CTAs and pieces.
func (r rendered) render() string {
	var out strings.Builder
	for _, s := range r.doc.Segments {
		fmt.Fprintf(&out, "%d %q %q %v", s.Role, s.Key, s.Text, s.CTAs)
		s.Pieces(func(ts, te, ss, se int, verbatim bool) {
			fmt.Fprintf(&out, " %d-%d:%d-%d:%v", ts, te, ss, se, verbatim)
		})
		out.WriteString("\n")
	}
	return out.String()
}
