package document

import (
	"bytes"
	"testing"
)

// FuzzFirstWord checks firstWord and trimCurly, loops over the bytes, against
// the bytes.TrimLeft and bytes.IndexAny calls they stand for.
func FuzzFirstWord(f *testing.F) {
	for _, s := range []string{"", " if x ", "-~ else", "+= end}", "~ #each items", "\t\r\nname|upper", "é-x", "\xff~ y", "  ", "trans(\"x\")"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, inner []byte) {
		want := bytes.TrimLeft(inner, "-~+= \t\r\n")
		if end := bytes.IndexAny(want, " \t\r\n-~%}(|"); end >= 0 {
			want = want[:end]
		}
		if got := firstWord(inner); !bytes.Equal(got, want) || len(got) > 0 && &got[0] != &want[0] {
			t.Fatalf("firstWord(%q) = %q, want %q", inner, got, want)
		}
		if s, want := trimCurly(inner), bytes.TrimLeft(inner, "-~ \t\r\n"); !bytes.Equal(s, want) {
			t.Fatalf("trim of %q = %q, want %q", inner, s, want)
		}
	})
}
