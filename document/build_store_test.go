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

// buildLines builds a segment of each line of src, with the builder prepare sets up first.
func buildLines(src string, prepare func(b *document.Builder)) (*document.Builder, []document.Segment) {
	b := document.NewBuilder([]byte(src), document.Templates{})
	prepare(b)
	start := 0
	for i, c := range src {
		if c == '\n' {
			b.Start(document.RoleBody, "", document.EscapeNone)
			b.Text(start, i)
			start = i + 1
		}
	}
	return b, b.Segments()
}

// TestExpectSegments checks that the segments a builder is told to expect size only its
// first chunk: the segments come out the same whether it expects too few, too many or none,
// and whether they fit in one chunk or not.
func TestExpectSegments(t *testing.T) {
	for _, lines := range []int{3, 40, 20000} {
		src := strings.Repeat("We are sad to see you go.\nYour plan ends today.\n", lines/2)
		_, want := buildLines(src, func(*document.Builder) {})
		if len(want) != lines/2*2 {
			t.Fatalf("%d segments, want %d", len(want), lines/2*2)
		}
		for _, expect := range []int{0, 1, lines / 2, lines, 1 << 20} {
			_, got := buildLines(src, func(b *document.Builder) { b.ExpectSegments(expect) })
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%d lines, expecting %d segments: segments differ", lines, expect)
			}
		}
	}
}

// TestTextRoom checks that text room a builder lends the next keeps no text of the first's
// segments: they read the same after the second builder has written its texts there.
func TestTextRoom(t *testing.T) {
	first := strings.Repeat("We are sad to see you go.\nYour plan ends today.\n", 50)
	second := strings.Repeat("Something else entirely, of other lengths\nand more\n", 20) // room enough
	_, wantFirst := buildLines(first, func(*document.Builder) {})
	_, wantSecond := buildLines(second, func(*document.Builder) {})
	b, gotFirst := buildLines(first, func(*document.Builder) {})
	room := b.TakeTextRoom(1 << 20)
	if reflect.ValueOf(room).IsZero() {
		t.Fatal("no room taken from a builder with texts")
	}
	if again := b.TakeTextRoom(1 << 20); !reflect.ValueOf(again).IsZero() {
		t.Fatal("the room was taken twice")
	}
	b2, gotSecond := buildLines(second, func(b *document.Builder) { b.LendTextRoom(room) })
	if !reflect.DeepEqual(gotFirst, wantFirst) || !reflect.DeepEqual(gotSecond, wantSecond) {
		t.Fatal("segments differ when text room is lent from one builder to the next")
	}
	if room := b2.TakeTextRoom(10); !reflect.ValueOf(room).IsZero() {
		t.Fatal("room larger than the bound was taken")
	}
}
