package lint

import (
	"fmt"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// FuzzKeywordTrigger lints texts with the built-in pack's engine, whose rules run only where
// one of their keywords occurs (for a rule with sentence_has patterns, possibly one of the
// sentence's literals rather than the patterns'), and with an engine on which every rule runs
// on every segment, and checks that both find the same.
func FuzzKeywordTrigger(f *testing.F) {
	pack, err := rules.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	fast, slow := New(pack), New(pack)
	slow.always = slow.always[:0]
	for i := range slow.pack.Rules {
		slow.always = append(slow.always, i)
	}
	for _, s := range []string{
		"To cancel, call us Monday to Friday.",
		"You can cancel M-F between 9am and 5pm, or unsubscribe any time.",
		"Our office is open Mon-Fri, 9am to 5pm.",
		"Cancellations are processed during business hours only.",
		"Please don't go! Your discount ends in 02:14:09.",
		"Time remaining 5s. Prices go up in 2h 30m. Act within 0:30:00. Sale ends in 9 hrs!",
		"Act now! There's never been a better time to stay. Time is running out, tick tock.",
		"Nooo!! Oh no?! You're leaving us?! :-((",
		"# Sorry to see you go\n\nTo quit, email support@example.com during office hours (9:00-17:00).",
	} {
		f.Add("msg.md", s)
		f.Add("msg.txt", s)
	}
	describe := func(res *Result) string {
		out := ""
		for _, fd := range res.Findings {
			out += fmt.Sprintf("%s %d-%d %q %v %v\n", fd.Rule.ID, fd.Start, fd.End, fd.Message, fd.Fixes, fd.Advice)
		}
		return out
	}
	f.Fuzz(func(t *testing.T, path, text string) {
		in := Input{Path: path, Data: []byte(text)}
		opt := RunOptions{Settings: func(string) *FileSettings { return &FileSettings{Locale: "en"} }}
		if got, want := describe(fast.LintInput(in, opt)), describe(slow.LintInput(in, opt)); got != want {
			t.Errorf("%q: with keywords\n%s\nevery rule running\n%s", text, got, want)
		}
	})
}
