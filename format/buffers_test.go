package format

import (
	"fmt"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// TestBuffersReused reads templated HTML files of several sizes in turn with one Buffers, as
// the linter does, and checks that each reads as it does without one: the masked copy lent by
// the last read must not leak into the next.
func TestBuffersReused(t *testing.T) {
	srcs := []string{
		`<p>Hi {{ first_name }}, <img alt="{% trans "Goodbye" %}"> see you {{#if x}}soon{{else}}later{{/if}}.</p>`,
		`<p>{{ a }}</p>`,
		`<h1>No template code at all</h1><p>Thanks &amp; goodbye.</p>`,
		`<title>{{ subject }}</title><body><a href="{{url}}">Cancel {{ plan }} now</a><!-- {{ c }} --></body>`,
	}
	bufs := new(Buffers)
	for round := 0; round < 2; round++ {
		for i, src := range srcs {
			got, want := readWith(t, src, bufs), readWith(t, src, nil)
			if got != want {
				t.Errorf("round %d, file %d: with Buffers %s\nwithout %s", round, i, got, want)
			}
		}
	}
}

func readWith(t *testing.T, src string, bufs *Buffers) string {
	t.Helper()
	doc := &document.Document{Path: "x.html", Format: HTML, Src: []byte(src)}
	if err := Read(doc, Options{Named: true, Buffers: bufs}); err != nil {
		t.Fatal(err)
	}
	out := ""
	for _, s := range doc.Segments {
		out += fmt.Sprintf("%d %q %q|", s.Role, s.Key, s.Text)
	}
	return out
}
