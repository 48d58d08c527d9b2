package format_test

import (
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// TestScriptTurns checks the script settings: custom speaker labels, and each company turn as
// its own message.
func TestScriptTurns(t *testing.T) {
	src := "Concierge: Thank you for calling. Please don't go!\n" +
		"Guest: I'd like to cancel.\n" +
		"Concierge: To cancel, call us during business hours.\n" +
		"Agent: This line is not a speaker here.\n"
	l := linttest.Builtin(t)
	fs := &lint.FileSettings{Script: format.ScriptSettings{Company: []string{"Concierge"}, Customer: []string{"Guest"}, Turns: true}}
	res := l.Lint(&document.Document{Path: "call.txt", Format: format.Text, Src: []byte(src)}, fs)
	linttest.Check(t, res)
	var texts []string
	for _, s := range res.Doc.Segments {
		texts = append(texts, s.Text)
	}
	want := []string{"Thank you for calling. Please don't go!", "To cancel, call us during business hours. Agent: This line is not a speaker here."}
	if len(texts) != len(want) || texts[0] != want[0] || texts[1] != want[1] {
		t.Errorf("segments %q, want %q", texts, want)
	}
	if len(res.Messages) != 2 {
		t.Errorf("%d messages, want one per company turn", len(res.Messages))
	}
	for _, f := range res.Findings {
		if f.Start < len("Concierge:") {
			t.Errorf("finding inside a speaker label: %+v", f)
		}
	}

	// Without the switch the company's turns are one message, and default labels apply.
	res = l.Lint(&document.Document{Path: "call.txt", Format: format.Text, Src: []byte("Agent: Please stay.\nCaller: No.\nAgent: Bye.\n")}, nil)
	if len(res.Messages) != 1 || len(res.Doc.Segments) != 2 {
		t.Errorf("default script: %d messages, %d segments", len(res.Messages), len(res.Doc.Segments))
	}
}

// TestScriptDefaultSpeakers checks that a script with no speaker settings is read by the
// default labels: the company's turns are its text, the customer's are not.
func TestScriptDefaultSpeakers(t *testing.T) {
	src := "Customer: I'd like to cancel my plan.\nAgent: We're sorry to see you go.\nCaller: Thanks.\nSupport: Your plan ends today.\n"
	doc := &document.Document{Path: "call.txt", Format: format.Text, Src: []byte(src)}
	if err := format.Read(doc, format.Options{}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Segments {
		got = append(got, s.Text)
	}
	if want := []string{"We're sorry to see you go.", "Your plan ends today."}; len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("segments %q, want %q", got, want)
	}
}
