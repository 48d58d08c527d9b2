package message

import (
	"regexp"
	"testing"
)

// TestMomentCues checks that the cues compile and that, run through their automaton, they
// answer as the plain expressions do on texts that hold them and texts that do not.
func TestMomentCues(t *testing.T) {
	c := NewMomentCues()
	texts := []string{
		"Are you sure you want to cancel your plan?", "This cannot be undone.", "Once you leave, your files go.",
		"Your subscription has been cancelled.", "You're no longer subscribed.", "We've received your request.",
		"Thanks for being with us.", "ARE YOU SURE?", "Your account IS NOW CLOSED", "Sind Sie sicher?",
		"Before you go, a quick question.", "It was cancelled on Friday.", "", "sure", "undone",
	}
	for _, cue := range []struct {
		expr string
		e    interface{ MatchString(string) bool }
	}{{confirmCue, c.confirm}, {doneCue, c.done}} {
		re := regexp.MustCompile(cue.expr)
		for _, s := range texts {
			if got, want := cue.e.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%q on %q: %v, want %v", cue.expr[:30], s, got, want)
			}
		}
	}
}

// TestLetterCues checks that the greeting and sign-off cues, compiled the first time they run,
// compile and tell greetings and sign-offs.
func TestLetterCues(t *testing.T) {
	c := NewMomentCues()
	for s, want := range map[string]bool{"Hi Sam,": true, "Good morning!": true, "Highlights": false, "": false} {
		if got := c.greeting().MatchString(s); got != want {
			t.Errorf("greeting %q: %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"Best,": true, "Thanks again!": true, "The Acme team": true,
		"Your plan ends on May 31.": false, "Thanks for being with us all these years, and for every single idea you sent": false} {
		if got := c.IsSignOff(s); got != want {
			t.Errorf("IsSignOff(%q): %v, want %v", s, got, want)
		}
	}
}
