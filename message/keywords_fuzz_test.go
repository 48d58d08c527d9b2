package message

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// FuzzKeyWordSpans checks keyWordSpans, which answers ASCII without package unicode, against
// the definition written with package unicode alone.
func FuzzKeyWordSpans(f *testing.F) {
	for _, k := range []string{"delete_account_item_2_web", "deleteAccountButton", "HTMLTitle2x", "ÉtatCompte", "a\xffB", "x9Y"} {
		f.Add(k)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if got, want := keyWordSpans(key), unicodeKeyWords(key); !slices.Equal(got, want) {
			t.Fatalf("%q: %v, want %v", key, got, want)
		}
	})
}

func unicodeKeyWords(key string) [][2]int {
	var out [][2]int
	start := -1
	var prev rune
	for i, r := range key {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		split := start >= 0 && alnum && (unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) ||
			unicode.IsDigit(r) != unicode.IsDigit(prev))
		if start >= 0 && (!alnum || split) {
			out = append(out, [2]int{start, i})
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
		prev = r
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(key)})
	}
	return out
}

// FuzzLastKeyWord checks the questions answered from a key's last word alone (lastKeyWord,
// sharedParent) against keyWordSpans.
func FuzzLastKeyWord(f *testing.F) {
	f.Add("banned_notice_badge", "banned_notice_blurb")
	f.Add("deleteAccountTitle", "deleteAccountBody")
	f.Add("a1B_c", "a1B_d")
	f.Add("état_compte_titre", "état_compte_corps")
	f.Fuzz(func(t *testing.T, a, b string) {
		w := keyWordSpans(a)
		start, end, ok := lastKeyWord(a)
		if ok != (len(w) > 0) || ok && (start != w[len(w)-1][0] || end != w[len(w)-1][1]) {
			t.Fatalf("lastKeyWord(%q) = %d, %d, %v; words %v", a, start, end, ok, w)
		}
		if ok && hasKeyWord(a[:start]) != (len(w) >= 2) {
			t.Fatalf("%q: hasKeyWord before the last word: %v; words %v", a, !(len(w) >= 2), w)
		}
		if got, want := sharedParent(factsOf(a), factsOf(b)), wordsSharedParent(a, b); got != want {
			t.Fatalf("sharedParent(%q, %q) = %q, want %q", a, b, got, want)
		}
	})
}

// wordsSharedParent is sharedParent as defined on every word of both ids.
func wordsSharedParent(a, b string) string {
	wa, wb := keyWordSpans(a), keyWordSpans(b)
	if len(wa) < 3 || len(wa) != len(wb) {
		return ""
	}
	pa, pb := a[:wa[len(wa)-1][0]], b[:wb[len(wb)-1][0]]
	if pa != pb {
		return ""
	}
	return strings.TrimRight(pa, "._-:/")
}

// FuzzRoleStem checks roleStem, which reads a key's words from its end, against its
// definition on every word of the key.
func FuzzRoleStem(f *testing.F) {
	for _, k := range []string{"delete_account_item_2_web", "deleteAccountButton", "title", "a.Title", "x_ok_2", "état_titre_2", "Ab1Title"} {
		f.Add(k)
	}
	f.Fuzz(func(t *testing.T, key string) {
		got, gok := roleStem(key)
		want, wok := wordsRoleStem(key)
		if got != want || gok != wok {
			t.Fatalf("roleStem(%q) = %q, %v; want %q, %v", key, got, gok, want, wok)
		}
	})
}

func wordsRoleStem(key string) (string, bool) {
	words := keyWordSpans(key)
	n := len(words)
	for n > 1 {
		w := strings.ToLower(key[words[n-1][0]:words[n-1][1]])
		if !isRoleWord([]byte(w)) && strings.TrimFunc(w, unicode.IsDigit) != "" {
			break
		}
		n--
	}
	if n == len(words) {
		return "", false
	}
	return strings.TrimRight(key[:words[n][0]], "._-:/"), true
}

// FuzzPlainFlatKey checks the shortcut catalogIDs takes for a plain flat key: the stem roleStem
// finds is CatalogMessageID's message, and whether it finds one is stemmedByRole.
func FuzzPlainFlatKey(f *testing.F) {
	for _, k := range []string{"delete_account_title", "deleteAccountButton", "a_b[2]", "x.y_title", "_a_title", "state key"} {
		f.Add(k)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if !isPlainFlatKey(key) {
			return
		}
		id, stemmed := key, false
		if stem, ok := roleStem(key); ok {
			id, stemmed = stem, true
		}
		if want := CatalogMessageID(key, 0); id != want || stemmed != stemmedByRole(key) {
			t.Fatalf("%q: %q, %v; want %q, %v", key, id, stemmed, want, stemmedByRole(key))
		}
	})
}

// FuzzLowerWord checks lowerWord, which lowers short ASCII words in a buffer, against
// strings.ToLower.
func FuzzLowerWord(f *testing.F) {
	for _, w := range []string{"Title", "title", "OK", "\u212Aelvin", "İtem", "état", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		var buf wordBuf
		if got, want := string(lowerWord(&buf, w)), strings.ToLower(w); got != want {
			t.Fatalf("lowerWord(%q) = %q; want %q", w, got, want)
		}
	})
}
