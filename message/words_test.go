package message

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/farewell-protocol/farewell/internal/cuesym"
	"github.com/farewell-protocol/farewell/rules"
)

// TestAlnumByte checks isAlnumByte against its definition on every byte.
func TestAlnumByte(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		if want := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'; isAlnumByte(b) != want {
			t.Fatalf("isAlnumByte(%#x) = %v", c, !want)
		}
	}
}

// TestASCIISteps checks countWords' table of steps over ASCII bytes against its definition.
func TestASCIISteps(t *testing.T) {
	for _, in := range []bool{false, true} {
		st := asciiNoWord
		if in {
			st = asciiInWord
		}
		for c := 0; c < 256; c++ {
			b := byte(c)
			want := uint8(0)
			switch word := isAlnumByte(b) || in && b == '\''; {
			case b >= 0x80:
				want = asciiOther
			case word && !in:
				want = 3
			case word:
				want = 1
			}
			if got := asciiSteps[st|uint16(c)]; got != want {
				t.Fatalf("asciiSteps[in=%v, %#x] = %#x, want %#x", in, c, got, want)
			}
		}
	}
}

// FuzzCountWords checks countWords, which decodes some runes in line and answers some
// without package unicode, against its definition.
func FuzzCountWords(f *testing.F) {
	for _, s := range []string{"é ж", "don't go", "\xc2a b", "\xc1\xbf x", "日本 語", "a\uFFFCb", "1 2 3 4 5", "", "\xe0\xa4\x85 \xed\x9f\xbf \xed\xa0\x80 \xe1\x80", "ｶﾀｶﾅ 한국어 \U0001F600",
		"We're sad to see you go, O'Neil: 24h left @[`{ Az09/:", "aaaaaaaa bbbbbbbb''cccccccc d e f g h i j k l",
		"5 \u212a Ma\u017fs", "\xe2\u212a \xc5\xc5\xbf", "\u212a", "\u017f", "\xe2\x84 \xc5"} {
		f.Add(s, 4)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		checkRuneFacts(t, s)
		if got, want := countN(s, limit), wordsByDefinition(s, limit); got != want {
			t.Fatalf("countWords(%q, %d) = %d, want %d", s, limit, got, want)
		}
	})
}

// TestCountWordsASCII checks countWords, which reads ASCII eight bytes at a time, against its
// definition on texts of the bytes whose classes its word masks tell apart.
func TestCountWordsASCII(t *testing.T) {
	const alphabet = "aAzZ09 '@[`{/:\x7f\xc3\xa9\x00"
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		for _, limit := range []int{3, 7, len(b) + 1} {
			if got, want := countN(string(b), limit), wordsByDefinition(string(b), limit); got != want {
				t.Fatalf("countWords(%q, %d) = %d, want %d", b, limit, got, want)
			}
		}
	}
}

// wordsByDefinition is countWords by its definition, with package unicode alone.
func wordsByDefinition(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if n >= limit {
			break
		}
		word := r != '\uFFFC' && (unicode.IsLetter(r) || unicode.IsDigit(r) || in && r == '\'')
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

// TestIsSourceKey checks IsSourceKey, which reads a key eight bytes at a time, against its
// definition, with white space, other bytes below '!' and bytes outside ASCII at every place of
// keys of every length up to 96.
func TestIsSourceKey(t *testing.T) {
	for n := 0; n <= 96; n++ {
		for at := 0; at <= n; at++ {
			for _, c := range []byte{' ', '\t', '\n', '\r', 0, '!', 0x7f, 0x80, 0xa0, 0xff, 'x'} {
				b := []byte(strings.Repeat("k", n))
				if at < n {
					b[at] = c
				}
				key := string(b)
				if got, want := IsSourceKey(key), strings.ContainsAny(key, " \t\n"); got != want {
					t.Fatalf("IsSourceKey(%q) = %v, want %v", key, got, want)
				}
			}
		}
	}
}

// TestCountWordsTwoBytes checks countWords, which reads runes of two bytes by a table, against
// its definition on texts of such runes, letters and not, mixed with spaces, apostrophes,
// ASCII letters and broken sequences.
func TestCountWordsTwoBytes(t *testing.T) {
	pieces := []string{"ж", "é", "α", "©", "×", "٣", " ", "  ", "'", "a", "1", "\xd0", "\x80", ",", "日", "😢", "→", "\u017f", "\u212a", "\xc5", "\xe2\x84"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		checkRuneFacts(t, s)
		for _, limit := range []int{1, 3, 5, len(s) + 1} {
			if got, want := countN(s, limit), wordsByDefinition(s, limit); got != want {
				t.Fatalf("countWords(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// checkRuneFacts checks the facts countWords reports of the runes of s, read to its end,
// against cuesym.Has and rules.FoldsToASCII.
func checkRuneFacts(t *testing.T, s string) {
	t.Helper()
	_, facts := countWords(s, len(s)+1)
	if sym := facts&factSymbol != 0; sym != cuesym.Has(s) {
		t.Fatalf("countWords(%q) says a cue symbol: %v, cuesym.Has: %v", s, sym, !sym)
	}
	if folds := facts&factFolds != 0; folds != rules.FoldsToASCII(s) {
		t.Fatalf("countWords(%q) says K or ſ: %v, rules.FoldsToASCII: %v", s, folds, !folds)
	}
	if facts&^(factSymbol|factFolds) != 0 {
		t.Fatalf("countWords(%q) reports facts %#x", s, facts)
	}
}

// countN is the count countWords returns.
func countN(s string, limit int) int {
	n, _ := countWords(s, limit)
	return n
}

// TestTwoByteSymbols checks countWords' table of the cue symbols of two bytes against
// cuesym.Is.
func TestTwoByteSymbols(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		if got, want := twoByteSymbols[r>>3]>>(r&7)&1 != 0, cuesym.Is(r); got != want {
			t.Fatalf("twoByteSymbols says %U is a cue symbol: %v, want %v", r, got, want)
		}
	}
}
