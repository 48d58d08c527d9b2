package rules

import (
	"strings"
	"testing"
)

// FuzzMentionFindAt checks that trying a mention only where its keyword occurs (compared in
// ASCII case folding, as the keyword automaton compares) finds what searching the whole text
// finds, on texts as rules see them (white space runs as one space), and that MentionText,
// which lowers the text once for many mentions, finds what FindAt finds.
func FuzzMentionFindAt(f *testing.F) {
	f.Add("cancel* ... subscription*", "To CANCEL your yearly subscriptions, precancel nothing.")
	f.Add("cancel* ... subscription*", "cancel. cancel the subscription")
	f.Add("miss you", "we miss youth; we miss you")
	f.Add("suspend* ... account*", "\u017fuspend your account")
	f.Add("kicked", "\u212aicked, then kicked")
	f.Add("opt out ... email*", "_opt out of email, opt  out of e-mails")
	f.Add("unsubscrib*", "UNSUBSCRIBED_2 unsubscribe")
	f.Add("come back now", "come  back NOW! come back nowhere")
	f.Add("e-mail", "e-mails, e-mail.")
	f.Add("cancel* ... subscription*", "cancel my-yearly don't - subscription; cancel a b c d e f subscription")
	f.Add("delet* ... account*", "Delete '-your -- account's data")
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
		var mt MentionText
		want, wok := m.Find(text)
		got, gok := m.Find(text)
		if m.Anchored(text) {
			got, gok = Span{}, false
			for _, at := range starts {
				got, gok = m.FindAt(text, at)
				mt.Reset(text)
				if low, lok := mt.FindAt(&m, at); low != got || lok != gok || !mt.Anchored(&m) {
					t.Fatalf("%q in %q at %d: MentionText.FindAt %v %v, FindAt %v %v", mention, text, at, low, lok, got, gok)
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

// TestMentionTextSentenceEnd checks that the sentence ends MentionText finds as far as it
// needs, asked in any order, are those sentenceEnd finds, and its text lowered as far as asked.
func TestMentionTextSentenceEnd(t *testing.T) {
	var mt MentionText
	for _, text := range []string{"", "no end", "One. Two! Three? four", "a..b!!c??", "Ends here.", "x.Y!z"} {
		for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {5, 0, 9, 2, 7, 1}} {
			mt.Reset(text)
			for _, at := range order {
				if at >= len(text) {
					continue
				}
				if got, want := mt.sentenceEnd(at), sentenceEnd(text, at); got != want {
					t.Errorf("%q at %d: sentenceEnd %d, want %d", text, at, got, want)
				}
				if got, want := mt.lowered(at+1), asciiLower(text); len(got) <= at || got != want[:len(got)] {
					t.Errorf("%q to %d: lowered %q, want a prefix of %q as long", text, at+1, got, want)
				}
			}
			if got, want := mt.lowered(len(text)), asciiLower(text); got != want {
				t.Errorf("%q: lowered %q, want %q", text, got, want)
			}
		}
	}
}

// TestMentionTextKnowFolds checks that a text told whether FoldsToASCII holds of it anchors
// mentions by what it was told, and one not told by what FoldsToASCII says.
func TestMentionTextKnowFolds(t *testing.T) {
	m, err := compileMention("cancel* ... subscription*")
	if err != nil {
		t.Fatal(err)
	}
	var mt MentionText
	for _, text := range []string{"cancel your subscription", "cancel your \u212aindle subscription", "cancel the \u017fubscription"} {
		folds := FoldsToASCII(text)
		mt.Reset(text)
		if got := mt.Anchored(&m); got != !folds {
			t.Errorf("%q: Anchored %v, want %v", text, got, !folds)
		}
		for _, told := range []bool{false, true} {
			mt.Reset(text)
			mt.KnowFolds(told)
			if got := mt.Anchored(&m); got != !told {
				t.Errorf("%q told %v: Anchored %v, want %v", text, told, got, !told)
			}
		}
	}
}

// TestGuardsBeyond checks that a mention tried at its keyword tests only the guard sets its
// keyword does not hold, and that they decode as encoded.
func TestGuardsBeyond(t *testing.T) {
	g := encodeGuards([][]string{{"cancel"}, {"subscription", "membership"}, {"can"}})
	got := guardsBeyond(g, "cancel")
	if len(got) != 1 || len(got[0]) != 2 || got[0][0] != "subscription" || got[0][1] != "membership" {
		t.Fatalf("guardsBeyond: %q", got)
	}
	if !guardedBeyond(got, "cancel your membership") || guardedBeyond(got, "cancel your plan") {
		t.Errorf("guardedBeyond decides otherwise than the sets say")
	}
	if guardsBeyond(g, "") == nil {
		t.Errorf("guardsBeyond drops every set for an empty keyword")
	}
}
