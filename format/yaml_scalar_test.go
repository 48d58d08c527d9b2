package format

import (
	"slices"
	"strings"
	"testing"
)

// FuzzSameWords checks sameWords and countWords, which walk words without slices of them,
// against strings.Fields.
func FuzzSameWords(f *testing.F) {
	for _, s := range [][2]string{
		{"Cancel  your plan", "Cancel your\nplan"}, {"a\u00a0b", "a b"}, {"\u3000x\u0085", "x"},
		{"caf\xe9 \xff", "caf\xe9\t\xff"}, {"", " \t"}, {"one two", "one"}, {"é\u2003è", "é è "},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, fb := strings.Fields(a), strings.Fields(b)
		if got, want := sameWords(a, b), slices.Equal(fa, fb); got != want {
			t.Fatalf("sameWords(%q, %q) = %v, want %v", a, b, got, want)
		}
		if got := countWords(a); got != len(fa) {
			t.Fatalf("countWords(%q) = %d, want %d", a, got, len(fa))
		}
	})
}
