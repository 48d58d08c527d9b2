package document

import (
	"bytes"
	"testing"
)

// FuzzFirstWord checks firstWord, trimCurly, indexCloser and indexQuote, which find what a
// template tag holds, against the bytes.TrimLeft, IndexAny and Index calls they stand for.
func FuzzFirstWord(f *testing.F) {
	for _, s := range []string{"", " if x ", "-~ else", "+= end}", "~ #each items", "\t\r\nname|upper", "é-x", "\xff~ y", "  ", "trans(\"x\")", "a}b}}c", "x '%}' %}", "'\"", "%}}}--}"} {
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
		for _, closer := range []string{"}}", "%}", "#}", "%>", "--}}", "}}}"} {
			if got, want := indexCloser(inner, closer), bytes.Index(inner, []byte(closer)); got != want {
				t.Fatalf("indexCloser(%q, %q) = %d, want %d", inner, closer, got, want)
			}
		}
		if got, want := indexQuote(inner), bytes.IndexAny(inner, `"'`); got != want {
			t.Fatalf("indexQuote(%q) = %d, want %d", inner, got, want)
		}
	})
}
