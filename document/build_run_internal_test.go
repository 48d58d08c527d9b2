package document

import (
	"sort"
	"testing"
	"unicode/utf8"
)

// TestPlainChar checks plainChar's shortcuts for two- and three-byte characters against its
// definition, on every lead byte followed by bytes at the edges of the continuation range.
func TestPlainChar(t *testing.T) {
	want := func(s []byte) int {
		c := s[0]
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				return 0
			}
			return 1
		}
		if c == 0xC2 || c == 0xC5 || c == 0xE2 || c == 0xEF {
			return 0
		}
		if r, n := utf8.DecodeRune(s); r != utf8.RuneError || n > 1 {
			return n
		}
		return 0
	}
	edges := []byte{0x00, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xFF}
	for c := range 256 {
		for _, c1 := range edges {
			for _, c2 := range edges {
				for _, c3 := range edges {
					s := []byte{byte(c), c1, c2, c3}
					for end := 1; end <= len(s); end++ {
						if got, w := plainChar(s, 0, end), want(s[:end]); got != w {
							t.Fatalf("plainChar(%q) = %d, want %d", s[:end], got, w)
						}
					}
				}
			}
		}
	}
}

// TestSpaceRunEnd checks spaceRunEnd against a byte-by-byte loop on runs of spaces and other
// white space of every length up to 20, ended by a letter, the end of the input or its limit.
func TestSpaceRunEnd(t *testing.T) {
	for n := range 21 {
		for _, fill := range []string{" ", "\t", " \n", "  \v\f\r"} {
			for _, tail := range []string{"", "x", " x", "\u00a0"} {
				run := []byte{}
				for len(run) < n {
					run = append(run, fill...)
				}
				src := append(append([]byte("a"), run[:n]...), tail...)
				for end := 1; end <= len(src); end++ {
					want := 1
					for want < end && isASCIISpace(src[want]) {
						want++
					}
					if got := spaceRunEnd(src, 1, end); got != want {
						t.Fatalf("%q up to %d: spaceRunEnd %d, want %d", src, end, got, want)
					}
				}
			}
		}
	}
}

// TestFirstMask checks firstMask, which goes on from the last call's mask, against a binary
// search over all of them, on starts that go forward, back and forward again, then on every
// start in turn.
func TestFirstMask(t *testing.T) {
	src := []byte("Hi {{name}}, bye {{#if x}}now{{/if}} and {% trans \"later\" %} ${v} {{a}}{{b}}{{c}}{{d}}{{e}}{{f}} end")
	b := NewBuilder(src, FindTemplates(src))
	if len(b.masks) < 4 {
		t.Fatalf("want at least 4 template regions, found %d", len(b.masks))
	}
	starts := []int{0, 5, 12, 30, 30, 2, len(src), 40, 11, 10, 60, 0, len(src), 0, 45}
	for start := range len(src) + 1 { // every start in turn, most where the call before found it
		starts = append(starts, start, start)
	}
	for _, start := range starts {
		want := sort.Search(len(b.masks), func(k int) bool { return b.masks[k].end > start })
		if got := b.firstMask(start); got != want {
			t.Errorf("firstMask(%d) = %d, want %d", start, got, want)
		}
	}
}
