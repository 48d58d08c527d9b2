package textseg

import (
	"strings"
	"unicode/utf8"
)

// Folding writes each accented Latin letter of German, French and Spanish text as two ASCII
// letters of the same byte length ("ü" as "ue", "é" as "e_", "ß" as "ss", "Ñ" as "N_"), so that
// the matching machinery, which is byte-based and knows ASCII word characters only (RE2's \b
// and \w, the keyword automaton, the guards' lower-casing), works on those languages unchanged
// while every offset still points at the same bytes of the original text. Rule packs for these
// languages fold their expressions the same way (see FoldRune), and a text written without its
// umlauts ("Kuendigung") matches as the umlauted one does.

// latin1Fold holds the two ASCII bytes of each letter from U+00C0 to U+00FF; "  " marks the two
// symbols of that block, which are not folded.
const latin1Fold = "" +
	"A_A_A_A_AEA_AEC_E_E_E_E_I_I_I_I_" + // À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
	"D_N_O_O_O_O_OE  O_U_U_U_UEY_THss" + // Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
	"a_a_a_a_aea_aec_e_e_e_e_i_i_i_i_" + // à á â ã ä å æ ç è é ê ë ì í î ï
	"d_n_o_o_o_o_oe  o_u_u_u_uey_thy_" //   ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ

// FoldRune returns the two ASCII bytes that stand for r in folded text, and whether r is
// folded at all: the letters from U+00C0 to U+00FF (but × and ÷), Œ, œ and Ÿ. Each is two
// bytes in UTF-8, as its folding is.
func FoldRune(r rune) (string, bool) {
	switch {
	case r >= 0xC0 && r <= 0xFF:
		f := latin1Fold[2*(r-0xC0) : 2*(r-0xC0)+2]
		return f, f != "  "
	case r == 'Œ':
		return "OE", true
	case r == 'œ':
		return "oe", true
	case r == 'Ÿ':
		return "Y_", true
	}
	return "", false
}

// Fold returns s with every letter FoldRune folds replaced by its two ASCII bytes; every other
// byte is kept, so the result has the length of s and the same offsets. Text without such
// letters is returned as is, without allocating.
func Fold(s string) string {
	i := 0
	for i < len(s) && !foldLead(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		if !foldLead(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f, ok := FoldRune(r); ok && n == 2 {
			b.WriteString(f)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// foldLead reports the lead bytes of the two-byte sequences FoldRune may fold.
func foldLead(c byte) bool { return c == 0xC3 || c == 0xC5 }
