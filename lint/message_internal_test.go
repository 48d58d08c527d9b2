package lint

import (
	"context"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/rules"
)

// catalogDoc builds a catalog document from key/text pairs the way a catalog extractor does:
// one segment per string, with its key; a text starting with "#" is a comment instead.
func catalogDoc(pairs ...string) *document.Document {
	var src strings.Builder
	type span struct{ start, end int }
	var spans []span
	for i := 1; i < len(pairs); i += 2 {
		start := src.Len()
		src.WriteString(pairs[i])
		spans = append(spans, span{start, src.Len()})
		src.WriteString("\n")
	}
	doc := &document.Document{Path: "locales/en.json", Format: format.JSON, Src: []byte(src.String())}
	b := document.NewBuilder(doc.Src, document.Templates{})
	for i, sp := range spans {
		key, text := pairs[2*i], pairs[2*i+1]
		if strings.HasPrefix(text, "#") {
			doc.ScanComment(text[1:], sp.start, sp.end)
			continue
		}
		b.Start(document.RoleBody, key, document.EscapeJSON)
		b.Text(sp.start, sp.end)
	}
	doc.Segments = b.Segments()
	return doc
}

func builtinLinter(t *testing.T) *Linter {
	t.Helper()
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return New(p)
}

type msgSummary struct {
	id, kind, source string
	expects          bool
}

func summarize(res *Result) []msgSummary {
	var out []msgSummary
	for _, m := range res.Messages {
		out = append(out, msgSummary{m.ID, string(m.Kind), m.KindSource, len(m.Present)+len(m.Missing) > 0})
	}
	return out
}

// TestCatalogMessages checks how catalog strings group into messages and get their kinds: by
// parent key, by configured depth, by key cue, by configured key pattern and by label; a
// generic group of buttons is not a goodbye, and a lone short string expects no elements.
func TestCatalogMessages(t *testing.T) {
	l := builtinLinter(t)
	doc := func() *document.Document {
		return catalogDoc(
			"settings.billing.cancel.title", "Do you want to cancel your subscription?",
			"settings.billing.cancel.body", "Thank you for being with us. Your plan stays active until the end of the month.",
			"settings.billing.cancel.confirm", "Cancel subscription",
			"common.cancel", "Cancel",
			"common.save", "Save",
			"common.unsubscribe", "Unsubscribe",
			"delete_account_title", "Delete your account?",
			"delete_account_body", "Your account will be deleted within 30 days, with everything in it.",
			"promo", "#farewell: kind=win-back",
			"promo.title", "New features are here",
			"promo.body", "Take a look at the new dashboard whenever you like.",
		)
	}
	for _, tc := range []struct {
		name string
		fs   FileSettings
		want []msgSummary
	}{
		{"defaults", FileSettings{}, []msgSummary{
			{"settings.billing.cancel", "cancellation", "key", true},
			{"common", "other", "default", false},
			{"delete_account", "account-deletion", "key", true},
			{"promo", "win-back", "label", false}, // two lines: no room for a win-back letter's elements
		}},
		{"depth 2", FileSettings{KeyDepth: 2}, []msgSummary{
			{"settings.billing", "cancellation", "text", true},
			{"common", "other", "default", false},
			{"delete_account", "account-deletion", "key", true}, // three parts: depth 2 is its parent
			{"promo", "win-back", "label", false},
		}},
		{"key patterns", FileSettings{KeyKind: func(key string) (rules.MessageKind, bool) {
			if strings.HasPrefix(key, "common.") || strings.HasPrefix(key, "promo") {
				return rules.Unsubscribe, true
			}
			return "", false
		}}, []msgSummary{
			{"settings.billing.cancel", "cancellation", "key", true},
			{"common", "unsubscribe", "config", true},
			{"delete_account", "account-deletion", "key", true},
			{"promo", "win-back", "label", false}, // a label wins over configuration
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := l.lintExtracted(context.Background(), &Result{Path: "locales/en.json", Format: format.JSON, Doc: doc()}, &tc.fs)
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			got := summarize(res)
			if len(got) != len(tc.want) {
				t.Fatalf("messages %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("message %d: %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestKindInference checks which texts make a message a goodbye and which do not: footers and
// buttons that merely mention leaving are not cues, headings weigh more than body text, and
// path and label cues are reported as such.
func TestKindInference(t *testing.T) {
	l := builtinLinter(t)
	for _, tc := range []struct {
		path, text string
		kind       rules.MessageKind
		source     string
	}{
		{"news.txt", "Our spring collection is here. You are receiving this email because you signed up. Unsubscribe.", rules.Other, "text"},
		{"news.txt", "Our spring collection is here, with twelve new colours for the season.", rules.Other, "default"},
		{"notice.txt", "Subject: Your subscription has been cancelled\n\nWe're sorry to see you go.", rules.Cancellation, "text"},
		{"notice.txt", "You have been unsubscribed from our newsletter. We're sorry to see you go.", rules.Unsubscribe, "text"},
		{"emails/winback/offer.txt", "Here is what's new this month.", rules.WinBack, "path"},
		{"notice.txt", "Subject: We miss you\n\nYour subscription has been cancelled for a while now.", rules.WinBack, "text"},
		{"notice.txt", "We are shutting down the Starter plan. Your subscription will end on May 1.", rules.Offboarding, "text"},
		// A footer's counter-evidence voids its own sentence's cues, not the others'.
		{"notice.txt", "You have been unsubscribed from our newsletter. You are receiving this email because you signed up.", rules.Unsubscribe, "text"},
		{"notice.txt", "You are receiving this email because you have been unsubscribed from our newsletter.", rules.Other, "text"},
		{"notice.txt", "Dear reader, thanks for the years.\n\nWe're sorry to see you go. You are receiving this email because you have been unsubscribed from our newsletter.", rules.Cancellation, "text"},
	} {
		res := l.LintInput(Input{Path: tc.path, Data: []byte(tc.text)}, RunOptions{})
		if len(res.Messages) != 1 {
			t.Fatalf("%q: %d messages", tc.text, len(res.Messages))
		}
		if m := res.Messages[0]; m.Kind != tc.kind || m.KindSource != tc.source {
			t.Errorf("%s %q: kind %s from %s, want %s from %s", tc.path, tc.text, m.Kind, m.KindSource, tc.kind, tc.source)
		}
	}
}

// TestElementsNotCounted checks that an element does not count where an exception names its
// wording or where another finding's match covers it.
func TestElementsNotCounted(t *testing.T) {
	l := builtinLinter(t)
	for _, tc := range []struct {
		text, element string
		present       bool
	}{
		{"Your subscription has been cancelled. No thanks, keep my plan.", "farewell.elements.thanks", false},
		{"Your subscription has been cancelled. Thanks for being with us.", "farewell.elements.thanks", true},
		{"Your subscription has been cancelled. No, thank you for everything.", "farewell.elements.thanks", false},
		{"Your subscription has been cancelled. You will never be able to come back.", "farewell.elements.open-door", false},
		{"Your subscription has been cancelled. Please don't go, we'll be here when you're ready.", "farewell.elements.open-door", true},
		// "We'll miss you, and we'll be here" sits inside nothing flagged; "please stay" is flagged
		// alone, so the open door beside it still counts.
		{"Your subscription has been cancelled. Please stay. Come back anytime.", "farewell.elements.open-door", true},
	} {
		res := l.LintText(tc.text, rules.Cancellation, rules.ScopeSentence)
		m := res.Messages[0]
		got := false
		for _, id := range m.Present {
			got = got || id == tc.element
		}
		if got != tc.present {
			t.Errorf("%q: %s present=%v, want %v (present %v)", tc.text, tc.element, got, tc.present, m.Present)
		}
	}
}

// TestSilencedElement checks that a directive silencing a missing element takes it out of the
// message's expectations, and that one silencing a finding takes it out of the score.
func TestSilencedElement(t *testing.T) {
	l := builtinLinter(t)
	text := "Subject: You have been unsubscribed\n\nThanks for reading. You will not get any more emails from us. Please don't go.\n"
	plain := l.LintInput(Input{Path: "a.txt", Data: []byte(text)}, RunOptions{}).Messages[0]
	quiet := l.LintInput(Input{Path: "a.txt", Data: []byte("# farewell-disable farewell.elements.open-door farewell.desperation\n" + text)}, RunOptions{}).Messages[0]
	if len(plain.Missing) != len(quiet.Missing)+1 || len(plain.Present) != len(quiet.Present) {
		t.Errorf("missing %v -> %v, present %v -> %v", plain.Missing, quiet.Missing, plain.Present, quiet.Present)
	}
	// An unsubscribe notice expects 3 elements, thanks present: 50 + 17 - 30; silenced: 2
	// elements sharing 25 each, and no error: 50 + 25.
	if plain.Score != 37 || quiet.Score != 75 {
		t.Errorf("scores %d and %d, want 37 and 75\n%+v\n%+v", plain.Score, quiet.Score, plain.Breakdown().Items, quiet.Breakdown().Items)
	}
}
