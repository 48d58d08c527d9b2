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

// buildRoom builds src as buildLines does, over its template code, with a link in every
// line, and an attribute-like second builder for every line that holds "alt"; lent and its
// templates room, when set, are lent, and the rooms are taken back into them.
func buildRoom(src string, lent *[2]document.TextRoom, tpl *document.Templates) []document.Segment {
	t := document.FindTemplates([]byte(src))
	if tpl != nil {
		t = document.FindTemplatesIn(*tpl, []byte(src))
	}
	a, b := document.NewBuilder([]byte(src), t), document.NewBuilder([]byte(src), t)
	if lent != nil {
		a.LendRoom(lent[0])
		b.LendTextRoom(lent[1]) // carries the chunk of segments on, makes none there
	}
	start := 0
	for i, c := range src {
		if c != '\n' {
			continue
		}
		a.Start(document.RoleBody, "", document.EscapeNone)
		mid := min(start+3, i)
		a.Text(start, mid)
		a.BeginCTA()
		a.Text(mid, i)
		a.EndCTA()
		if strings.Contains(src[start:i], "alt") {
			b.Start(document.RoleBody, "alt", document.EscapeNone)
			b.Text(start, i)
			b.Flush()
		}
		start = i + 1
	}
	var segs []document.Segment
	if lent == nil {
		segs = document.Merge(a.Segments(), b.Segments())
	} else {
		segs = document.MergeSegments(a, b)
		lent[0], lent[1] = a.TakeTextRoom(1<<20), b.TakeTextRoom(1<<20)
	}
	if tpl != nil {
		*tpl = t.Room(1 << 20)
	}
	return segs
}

// TestRoomChain checks that builders each lent the room, and the template code's storage,
// of the one before make the segments builders without room make, and that no builder's
// segments change when later ones write in the room they let go of.
func TestRoomChain(t *testing.T) {
	srcs := []string{
		strings.Repeat("Hi {{#if a}}please{{else}}do{{/if}} stay with us\nalt text of an image\n", 40),
		strings.Repeat("We are sad to see you go {{name}}.\n", 3),
		strings.Repeat("Your plan {{#if p}}ends{{/if}} today, alt {{x}}\n\n", 300),
		"no templates at all, and no line with the attribute\n",
		strings.Repeat("Hi {{#if a}}please{{else}}do{{/if}} stay with us\nalt text of an image\n", 90),
	}
	var want, got [][]document.Segment
	var lent [2]document.TextRoom
	var tpl document.Templates
	for _, src := range srcs {
		want = append(want, buildRoom(src, nil, nil))
		got = append(got, buildRoom(src, &lent, &tpl))
	}
	if reflect.ValueOf(lent[0]).IsZero() || reflect.ValueOf(tpl).IsZero() {
		t.Fatal("no room taken back")
	}
	for i := range srcs {
		if len(want[i]) == 0 || !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("source %d: %d segments, want the %d built without room", i, len(got[i]), len(want[i]))
		}
	}
}
