package document_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// TestExpectText checks that the text a builder is told to expect sizes only its buffer: the
// segments come out the same whether it expects too little, too much or nothing, for short
// texts and for more text than one chunk holds.
func TestExpectText(t *testing.T) {
	var src strings.Builder
	for i := range 3000 {
		src.WriteString("We are sad to see you go. Your plan ends today.\n")
		if i%7 == 0 {
			src.WriteString("\n")
		}
	}
	build := func(expect int) []document.Segment {
		b := document.NewBuilder([]byte(src.String()), document.Templates{})
		if expect >= 0 {
			b.ExpectText(expect)
		}
		start := 0
		for i, c := range src.String() {
			if c == '\n' {
				b.Start(document.RoleBody, "", document.EscapeNone)
				b.Text(start, i)
				start = i + 1
			}
		}
		return b.Segments()
	}
	want := build(-1)
	if len(want) < 3000 {
		t.Fatalf("%d segments, want 3000 or more", len(want))
	}
	for _, expect := range []int{0, 1, 100, 1 << 20} {
		if got := build(expect); !reflect.DeepEqual(got, want) {
			t.Errorf("expecting %d bytes of text: segments differ", expect)
		}
	}
}
