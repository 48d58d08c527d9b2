package textseg

import "strings"

// abbreviations end with a period that rarely ends a sentence (without the period).
const abbreviations = "mr mrs ms dr st jr sr prof inc ltd co corp vs etc e.g i.e approx no nos vol fig " +
	"u.s u.k a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun " +
	"min max est dept ext"

// Abbreviations of German, French and Spanish, written as folded text spells them (see Fold):
// "pág" is "pa_g". A single letter and a period ("z. B.", "M. Dupont", "p. ej.") is an
// abbreviation in these languages whatever its case.
const (
	abbreviationsDE = "bzw usw ggf evtl inkl exkl zzgl bspw ca vgl nr tel abs dr prof hr hrn mio mrd max min " +
		"z.b d.h u.a o.a s.o s.u u.u i.d.r jan feb ma_rz maerz apr jun jul aug sep sept okt nov dez str"
	abbreviationsFR = "mme mmes mlle mlles mm dr pr etc cf env p.ex ex te_l tel no st ste av bd janv fe_vr avr " +
		"juil sept oct nov de_c min max"
	abbreviationsES = "sr sra srta sres sras dr dra ud uds vd vds etc p.ej pa_g nu_m tel aprox dto av avda atte " +
		"ene feb mar abr jun jul ago sept oct nov dic min ma_x max"
)

// language is what sentence splitting knows of one language.
type language struct {
	// abbreviations lists the language's abbreviations, each with a space on either side.
	abbreviations string
	// letters: a single letter before a period never ends a sentence, whatever its case.
	letters bool
	// guillemets: a closing » belongs to the sentence before it.
	guillemets bool
}

func languageOf(lang string) language {
	switch lang {
	case "de":
		return language{" " + abbreviationsDE + " ", true, true}
	case "fr":
		return language{" " + abbreviationsFR + " ", true, true}
	case "es":
		return language{" " + abbreviationsES + " ", true, true}
	}
	return language{abbreviations: " " + abbreviations + " "}
}

// isAbbreviation reports whether word is, in case folding, an entry of list (a language's
// abbreviations).
func isAbbreviation(word, list string) bool {
	var buf [8]byte // " " + word + " ", word lowered: opensSentence asks about six bytes at most
	if len(word)+2 > len(buf) || !plainWord(word) {
		return isAbbreviationFold(word, list)
	}
	b := append(buf[:0], ' ')
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	b = append(b, ' ')
	// The list's entries are lower-case ASCII between single spaces, and it starts and ends
	// with one: an entry equal to word in case folding is the word lowered, which the list
	// then holds between two spaces. The search is for the word and the space after it, whose
	// first byte, a letter, occurs far less often than a space.
	key := string(b[1:])
	for at := 0; ; {
		i := strings.Index(list[at:], key)
		if i < 0 {
			return false
		}
		if at += i; at > 0 && list[at-1] == ' ' {
			return true
		}
		at++
	}
}

// isAbbreviationFold is isAbbreviation for any word, its entries compared in Unicode case
// folding: a word with "ſ" or "K" (the Kelvin sign) folds to an entry's "s" or "k".
func isAbbreviationFold(word, list string) bool {
	rest := list
	for rest != "" {
		a, tail, _ := strings.Cut(rest, " ")
		if a != "" && strings.EqualFold(a, word) {
			return true
		}
		rest = tail
	}
	return false
}

// plainWord reports whether s holds only ASCII bytes and no space.
func plainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == ' ' {
			return false
		}
	}
	return true
}

// isAcronym reports a word of two or more capitals without inner periods ("EST", "PST",
// "NO"): written so, it is a time zone or an acronym that may end a sentence ("until 5pm
// EST. Then ..."), not the abbreviation it spells in lower case ("est.", "no.").
func isAcronym(word string) bool {
	if len(word) < 2 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return false
		}
	}
	return true
}
