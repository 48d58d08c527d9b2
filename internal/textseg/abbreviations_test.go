package textseg

import (
	"strings"
	"testing"
)

// TestIsAbbreviation checks isAbbreviation against each entry compared in case folding, on the
// entries, their upper-case forms, words an entry contains or is contained in, and words with
// runes that fold to an entry's ASCII letters.
func TestIsAbbreviation(t *testing.T) {
	words := []string{"", " ", "mr", "MR", "Mr", "mrs mr", "m", "r", "rs", "e.g", "E.G", "u.s",
		"ſt", "Kt", "ſr", "ext", "EXT", "etc.", "etcetera", "pa_g", "PA_G", "jan", "janv", "z.b",
		"Z.B", "ma_rz", "maerz", "é", "dr ", " dr", "x", "sept", "sep", "Mrs"}
	for _, lang := range []string{"en", "de", "fr", "es"} {
		list := languageOf(lang).abbreviations
		for _, w := range append(words, strings.Fields(list)...) {
			want := false
			for _, a := range strings.Fields(list) {
				want = want || strings.EqualFold(a, w)
			}
			for _, v := range []string{w, strings.ToUpper(w)} {
				if v != w {
					want = false
					for _, a := range strings.Fields(list) {
						want = want || strings.EqualFold(a, v)
					}
				}
				if got := isAbbreviation(v, list); got != want {
					t.Errorf("%s: isAbbreviation(%q) = %v, want %v", lang, v, got, want)
				}
			}
		}
	}
}
