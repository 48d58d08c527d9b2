package format

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTruncateKey checks truncateKey, and appendShortKey after a prefix, which join words only
// as far as the cut, against their definition: all the words joined, then cut.
func FuzzTruncateKey(f *testing.F) {
	for _, s := range []string{
		"Cancel", "Your plan ends today.\nWe are sad to see you go.", "a  b", "\ttab",
		strings.Repeat("Отменить подписку ", 8), "word\u00a0word  " + strings.Repeat("é", 40),
		strings.Repeat("x", 60) + " \n y", strings.Repeat("日本", 20) + "\r\n", "",
	} {
		f.Add(s, 30)
		f.Add(s, 60)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 1 || n > 200 {
			return
		}
		want := s
		if strings.ContainsAny(want, "\n\t\r") || strings.Contains(want, "  ") {
			want = strings.Join(strings.Fields(want), " ")
		}
		if len(want) > n {
			cut := n
			for cut > 0 && !utf8.RuneStart(want[cut]) {
				cut--
			}
			want = want[:cut] + "…"
		}
		if got := truncateKey(s, n); got != want {
			t.Fatalf("truncateKey(%q, %d) = %q, want %q", s, n, got, want)
		}
		if got := string(appendShortKey([]byte("ctx|"), []byte(s), n)); got != "ctx|"+want {
			t.Fatalf("appendShortKey(ctx|, %q, %d) = %q, want %q", s, n, got, "ctx|"+want)
		}
	})
}
