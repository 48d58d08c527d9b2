package document

import (
	"reflect"
	"testing"
)

// TestInlinePiece checks that a segment whose one verbatim piece is kept inline (one) maps
// text to source, answers Editable, clips and lists its pieces as the same segment with the
// piece in pieces does.
func TestInlinePiece(t *testing.T) {
	src := []byte("<s>Bye now, friend.</s> <s>See you</s>")
	for _, kept := range []bool{false, true} {
		b := NewBuilder(src, Templates{})
		b.SourceValid()
		if kept {
			b.SourceKept()
		}
		b.TextSegment(RoleBody, "a", EscapeXML, 3, 19)
		b.Start(RoleBody, "b", EscapeXML)
		b.Text(27, 34)
		b.Flush()
		segs := b.Segments()
		if len(segs) != 2 {
			t.Fatalf("kept %v: %d segments, want 2", kept, len(segs))
		}
		for k, s := range segs {
			at := [][2]int{{3, 19}, {27, 34}}[k] // the source of each segment's text
			if s.one == 0 || s.pieces != nil {
				t.Fatalf("kept %v: segment %q not inline: one %d, pieces %v", kept, s.Text, s.one, s.pieces)
			}
			ref := s
			n := int32(at[1] - at[0])
			ref.one, ref.pieces = 0, []piece{{text: 0, n: n, src: int32(at[0]), srcN: n, kind: verbatim}}
			for i := 0; i <= len(s.Text); i++ {
				for j := 0; j <= len(s.Text); j++ {
					a0, a1 := s.SourceRange(i, j)
					r0, r1 := ref.SourceRange(i, j)
					if a0 != r0 || a1 != r1 {
						t.Errorf("%q SourceRange(%d, %d) = %d, %d; want %d, %d", s.Text, i, j, a0, a1, r0, r1)
					}
					if s.Editable(i, j) != ref.Editable(i, j) {
						t.Errorf("%q Editable(%d, %d) = %v", s.Text, i, j, s.Editable(i, j))
					}
				}
			}
			if s.Text != string(src[at[0]:at[1]]) || int(s.firstSrc()) != at[0] {
				t.Errorf("segment %q, first at %d; want %q at %d", s.Text, s.firstSrc(), src[at[0]:at[1]], at[0])
			}
			for _, r := range [][2]int{{0, len(src)}, {5, 12}, {28, 31}} {
				got, want := s.Clip(r[0], r[1]), ref.Clip(r[0], r[1])
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%q Clip(%d, %d) = %+v, want %+v", s.Text, r[0], r[1], got, want)
				}
			}
			var got, want [][5]int
			s.Pieces(func(a, b, c, d int, v bool) { got = append(got, [5]int{a, b, c, d, map[bool]int{true: 1}[v]}) })
			ref.Pieces(func(a, b, c, d int, v bool) { want = append(want, [5]int{a, b, c, d, map[bool]int{true: 1}[v]}) })
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q Pieces %v, want %v", s.Text, got, want)
			}
		}
	}
}
