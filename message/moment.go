package message

import (
	"regexp"
	"strings"
	"sync"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/momentcue"
	"github.com/farewell-protocol/farewell/rules"
)

// The wording that tells the moments of a goodbye apart (see MomentCues.MomentOf).
const (
	greetingExpr = `(?i)^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\b`
	signOffExpr  = `(?i)^(?:(?:best|kind|warm|warmest|many)? ?(?:regards|wishes)|best|cheers|sincerely|yours(?: truly| sincerely)?|thanks(?: again)?|thank you|all the best|take care|with (?:thanks|gratitude|love)|love|[-\x{2014}\x{2013}]+ ?\S.*|the .{1,40} team)[,.!]*(?: .{0,40})?$`
)

// letterWords is how long a message that is a whole file (an e-mail, a page) must be to be a
// letter without a greeting or a sign-off. A catalog message is a letter only with one of them:
// a long dialog is still a dialog.
const letterWords = 40

// The cues of the moments before and after a goodbye (see package momentcue); they run on
// every goodbye's text, and MomentCues compiles them with an automaton that rules most texts
// out before the expression runs.
const (
	confirmCue = momentcue.Confirm
	doneCue    = momentcue.Done
)

// MomentCues are the wording that tells a goodbye's moments apart, compiled once for all the
// messages a linter groups, each cue the first time it runs: a run whose texts hold no goodbye
// compiles none.
type MomentCues struct {
	confirm, done     *rules.Expr
	greeting, signOff func() *regexp.Regexp
}

// NewMomentCues returns the cues, each compiled the first time it runs: they are constants,
// which TestMomentCues compiles.
func NewMomentCues() *MomentCues {
	return &MomentCues{confirm: rules.ConstExpr(confirmCue), done: rules.ConstExpr(doneCue),
		greeting: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(greetingExpr) }),
		signOff:  sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(signOffExpr) })}
}

// MomentOf returns when the message meets its reader: a letter when it opens with a greeting,
// closes with a sign-off, or is a file long enough to hold every element; otherwise, before the
// goodbye when it asks the reader to confirm (or warns what will happen) and says nothing is
// done yet (a catalog key may say so: "confirm", "warning"); otherwise just after it, a notice
// that it is done.
func (c *MomentCues) MomentOf(doc *document.Document, m *Message) rules.Moment {
	if m.Words >= letterWords && !format.IsCatalog(doc.Format) {
		return rules.MomentLetter
	}
	confirm, done, body := false, false, 0
	for _, si := range m.Segments {
		seg := &doc.Segments[si]
		t := strings.TrimSpace(seg.Text)
		if !IsHeading(doc, seg) {
			if body == 0 && c.greeting().MatchString(t) || body > 0 && c.IsSignOff(t) {
				return rules.MomentLetter
			}
			body++
		}
		confirm = confirm || c.confirm.MatchString(t)
		done = done || c.done.MatchString(t)
		if seg.Key != "" && format.IsCatalog(doc.Format) {
			c, d := keyMoment(seg.Key)
			confirm, done = confirm || c, done || d
		}
	}
	if confirm && !done {
		return rules.MomentConfirm
	}
	return rules.MomentDone
}

// keyMoment reports whether a catalog key names a string shown before the goodbye ("confirm",
// "warning", "question", "prompt") or after it ("success", "done", "completed").
func keyMoment(key string) (confirm, done bool) {
	for _, w := range keyWordSpans(key) {
		switch strings.ToLower(key[w[0]:w[1]]) {
		case "confirm", "confirmation", "warning", "question", "prompt", "sure", "ask":
			confirm = true
		case "success", "done", "completed", "complete", "confirmed":
			done = true
		}
	}
	return confirm, done
}

// IsSignOff reports a short closing line: "Best,", "Thanks again!", "The Acme team".
func (c *MomentCues) IsSignOff(t string) bool {
	return CountWords(t) <= 8 && c.signOff().MatchString(strings.TrimSpace(t))
}
