package lint_test

import (
	"os"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// TestWordLists checks that a list named in a pattern stands for its phrases, stems
// included, and that lists declared in one file of a pack serve the rules of another.
func TestWordLists(t *testing.T) {
	l := packLinter(t, `lists:
  channel: [phone, certified mail, e-mail]
  exit: [cancel*, unsubscrib*]
rules:
  - id: acme.friction.channel
    type: existence
    severity: error
    message: a channel
    why: Let people leave online.
    patterns: ['\b{{exit}}\b[^.]*?\bby\s+(?P<match>{{channel}})\b']
`)
	checkFindings(t, l, []struct{ text, want string }{
		{"Cancellations are accepted by certified mail.\n", "acme.friction.channel:certified mail"},
		{"You may unsubscribe by e-mail.\n", "acme.friction.channel:e-mail"},
		{"You may cancel by phone.\n", "acme.friction.channel:phone"},
		{"We reply by phone.\n", ""},
		{"You may cancel by fax.\n", ""},
	})
}

// TestSentenceHas checks that a sentence_has pattern must match in the sentence that holds
// the match, not elsewhere in the text.
func TestSentenceHas(t *testing.T) {
	l := packLinter(t, `rules:
  - id: acme.friction.phone
    type: existence
    severity: error
    message: phone only
    why: Let people leave online.
    patterns: ['\bcall\s+us\b']
    sentence_has: ['\bcancel\w*', '\bto\b']
`)
	checkFindings(t, l, []struct{ text, want string }{
		{"To cancel, call us.\n", "acme.friction.phone:call us"},
		{"Call us to cancel.\n", "acme.friction.phone:Call us"},
		{"Call us with questions. To cancel, open Settings.\n", ""},
		{"Cancel, call us.\n", ""},
	})
}

// TestMessageHas checks that every message_has pattern must match somewhere in the message
// (in any of its texts), and only in that message.
func TestMessageHas(t *testing.T) {
	l := packLinter(t, `rules:
  - id: acme.hostage.leverage
    type: existence
    severity: warning
    message: irreversibility as leverage
    why: State the fact once, without an offer riding on it.
    patterns: ['\bcannot be undone\b']
    message_has: ['\b(?:offer|discount)\b', '\bstay\b']
`)
	checkFindings(t, l, []struct{ text, want string }{
		{"This cannot be undone.\n", ""},
		{"Stay, and take this discount.\n\nThis cannot be undone.\n", "acme.hostage.leverage:cannot be undone"},
		{"This cannot be undone. Take the offer.\n", ""},
		{"# farewell: id=a\nStay and take the offer.\n# farewell: id=b\nThis cannot be undone.\n", ""},
	})
}

// TestExcusesRespectNegation checks that an exception or unless pattern excuses nothing when
// a negation governs its match: "cannot be processed online" offers no online way out.
func TestExcusesRespectNegation(t *testing.T) {
	l := packLinter(t, `rules:
  - id: acme.friction.phone
    type: existence
    severity: error
    message: phone only
    why: Let people leave online.
    patterns: ['\bby\s+phone\b']
    exceptions: ['\bonline\b']
  - id: acme.hostage.deleted
    type: existence
    severity: warning
    message: no way out
    why: Offer an export.
    patterns: ['\bpermanently deleted\b']
    unless: ['\bexport\b']
  - id: acme.pressure.never-again
    type: existence
    severity: warning
    message: gone for good
    why: Say when an offer ends.
    patterns: ['\bwon''t get (?:this|these) \w+ again\b', '\bcannot sign up again\b']
    exceptions: ['\bemails\b', '\bwith the same address\b']
`)
	checkFindings(t, l, []struct{ text, want string }{
		{"You won't get this price again.\n", "acme.pressure.never-again:won't get this price again"},
		{"You won't get these emails again.\n", ""},
		{"You cannot sign up again with the same address.\n", ""},
		{"You cannot sign up again, and not with the same address.\n", "acme.pressure.never-again:cannot sign up again"},
		{"Cancel by phone or online.\n", ""},
		{"Cancellations cannot be processed online, only by phone.\n", "acme.friction.phone:by phone"},
		{"Cancel by phone; it is not possible online.\n", "acme.friction.phone:by phone"},
		{"No thanks, cancel online or by phone.\n", ""},
		{"Your files are permanently deleted. Export them first.\n", ""},
		{"Your files are permanently deleted. You cannot export them.\n", "acme.hostage.deleted:permanently deleted"},
		{"Your files are permanently deleted. There is no export.\n", "acme.hostage.deleted:permanently deleted"},
		{"Your files are permanently deleted. No, wait: you can export them first.\n", ""},
	})
}

// TestReadmeListsExample compiles the word-list example of docs/rules.md and checks its examples,
// so that the documentation shows a pack that works.
func TestReadmeListsExample(t *testing.T) {
	readme, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "```yaml\nlists:")
	if !ok {
		t.Fatal("docs/rules.md has no yaml block starting with lists:")
	}
	block, _, _ = strings.Cut("lists:"+block, "```")
	pack, err := rules.Parse("docs/rules.md", []byte(block))
	if err != nil {
		t.Fatal(err)
	}
	l := lint.New(pack)
	checked := 0
	for _, r := range pack.Rules {
		for _, f := range l.CheckExamples(r) {
			t.Errorf("%s: example %q (flag %v) does not behave as documented", r.ID, f.Example, f.Flag)
		}
		checked += len(r.Examples.Flag) + len(r.Examples.Pass)
	}
	if checked < 4 {
		t.Errorf("only %d examples checked", checked)
	}
}

// TestTimeZoneEndsSentence checks that a time zone in capitals ends a sentence, so that the
// next sentence neither excuses nor joins the one before it.
func TestTimeZoneEndsSentence(t *testing.T) {
	l := packLinter(t, `rules:
  - id: acme.friction.phone
    type: existence
    severity: error
    message: phone only
    why: Let people leave online.
    patterns: ['\bcall\s+us\b']
    exceptions: ['\bonline\b']
`)
	checkFindings(t, l, []struct{ text, want string }{
		{"To cancel, call us by 5pm EST. Our shop is online.\n", "acme.friction.phone:call us"},
		{"To cancel, call us by 5pm EST or cancel online.\n", ""},
	})
}
