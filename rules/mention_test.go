package rules

import (
	"strings"
	"testing"
)

// FuzzMentionFindAt checks that trying a mention only where its keyword occurs (compared in
// ASCII case folding, as the keyword automaton compares) finds what searching the whole text
// finds, on texts as rules see them (white space runs as one space), and that FindAtLower,
// given the text lowered, finds what FindAt finds.
func FuzzMentionFindAt(f *testing.F) {
	f.Add("cancel* ... subscription*", "To CANCEL your yearly subscriptions, precancel nothing.")
	f.Add("cancel* ... subscription*", "cancel. cancel the subscription")
	f.Add("miss you", "we miss youth; we miss you")
	f.Add("suspend* ... account*", "\u017fuspend your account")
	f.Add("kicked", "\u212aicked, then kicked")
	f.Add("opt out ... email*", "_opt out of email, opt  out of e-mails")
	f.Fuzz(func(t *testing.T, mention, text string) {
		if len(mention) > 100 || len(text) > 500 {
			return
		}
		m, err := compileMention(mention)
		if err != nil {
			return
		}
		text = strings.Join(strings.Fields(text), " ")
		var starts []int
		lower, kw := asciiLower(text), m.Keyword
		for i := 0; kw != "" && i+len(kw) <= len(lower); i++ {
			if lower[i:i+len(kw)] == kw {
				starts = append(starts, i)
			}
		}
		want, wok := m.Find(text)
		got, gok := m.Find(text)
		if m.Anchored(text) {
			got, gok = Span{}, false
			for _, at := range starts {
				got, gok = m.FindAt(text, at)
				if low, lok := m.FindAtLower(text, lower, at, SentenceEnd(text, at)); low != got || lok != gok {
					t.Fatalf("%q in %q at %d: FindAtLower %v %v, FindAt %v %v", mention, text, at, low, lok, got, gok)
				}
				if gok {
					break
				}
			}
		}
		if want != got || wok != gok {
			t.Fatalf("%q in %q: FindAt %v %v, Find %v %v", mention, text, got, gok, want, wok)
		}
	})
}

// asciiLower lowers the ASCII letters of s, byte for byte.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
