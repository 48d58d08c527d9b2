package cuesym

import (
	"strings"
	"testing"
	"unicode"
)

// TestIs checks Is's shortcuts against its definition on every rune.
func TestIs(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := Is(r), isSymbol(r); got != want {
			t.Fatalf("Is(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestSymbolBlocks checks symbolBlocks against the definition.
func TestSymbolBlocks(t *testing.T) {
	for b := rune(0); b < 1024; b++ {
		want := false
		for r := b * 64; r < b*64+64; r++ {
			want = want || isSymbol(r)
		}
		if got := symbolBlocks[b>>3]&(1<<(b&7)) != 0; got != want {
			t.Fatalf("symbolBlocks, block %U: %v, want %v", b*64, got, want)
		}
	}
}

// FuzzHas checks Has, which decodes only the runes outside ASCII and skips ASCII a word at a
// time, against strings.IndexFunc.
func FuzzHas(f *testing.F) {
	for _, s := range []string{"We😢 miss you", "plain", "état ©", "a\xffb", "привет", "日本語→", "", "\xe0\xa4\x85 \xed\x9f\xbf\xed\xa0\x80 ← \xe1\x80", "a long ASCII run of text ☺ then more ASCII"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Has(s), strings.IndexFunc(s, isSymbol) >= 0; got != want {
			t.Fatalf("Has(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestWithout checks that Without takes the symbols out, squeezes the spaces around them and
// lowers the text, and leaves a text with none alone.
func TestWithout(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"We😢 miss you", "we miss you", true},
		{"😢 Goodbye  ☺ Friend ", "goodbye friend", true},
		{"Plain text", "", false},
	} {
		if got, ok := Without(c.in); got != c.want || ok != c.ok {
			t.Errorf("Without(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
