package textseg_test

import (
	"strings"
	"testing"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
	"github.com/farewell-protocol/farewell/internal/textseg"
)

func TestSentences(t *testing.T) {
	for in, want := range map[string]string{
		"Please don't go! We can't lose you.":           "Please don't go!|We can't lose you.",
		"Wait!!! Really?! Yes.":                         "Wait!!!|Really?!|Yes.",
		"Mr. Smith left. Dr. Who stayed.":               "Mr. Smith left.|Dr. Who stayed.",
		"See e.g. the docs. Then go.":                   "See e.g. the docs.|Then go.",
		"J. R. Smith wrote. Done":                       "J. R. Smith wrote.|Done",
		"Visit example.com. Thanks":                     "Visit example.com.|Thanks",
		"Call by 5pm EST. Cancel online anytime.":       "Call by 5pm EST.|Cancel online anytime.",
		"Founded est. 1990 in Leeds.":                   "Founded est. 1990 in Leeds.",
		"See No. 5 on the list. Done":                   "See No. 5 on the list.|Done",
		"He said \"stop.\" Then left.":                  "He said \"stop.\"|Then left.",
		"version 1.2 is out. ok":                        "version 1.2 is out. ok",
		"Wait… Don't go.":                               "Wait…|Don't go.",
		"":                                              "",
		"   ":                                           "",
		"No thanks, I don't like saving money":          "No thanks, I don't like saving money",
		"Your plan ends on Jan. 5. You keep your data.": "Your plan ends on Jan. 5.|You keep your data.",
	} {
		var parts []string
		for _, s := range textseg.Sentences(in, nil) {
			parts = append(parts, in[s.Start:s.End])
		}
		if got := strings.Join(parts, "|"); got != want {
			t.Errorf("Sentences(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	in := "Please don't—leave us, e-mail U.S. 50% ￼!"
	var parts []string
	for _, s := range textseg.Words(in, nil) {
		parts = append(parts, in[s.Start:s.End])
	}
	want := "Please|don't|—|leave|us|,|e-mail|U.S|.|50|%|￼|!"
	if got := strings.Join(parts, "|"); got != want {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func TestSentencesAllocations(t *testing.T) {
	buf := make([]textseg.Span, 0, 16)
	text := "Please don't go! We can't lose you. Mr. Smith said so."
	if n := testing.AllocsPerRun(100, func() { buf = textseg.Sentences(text, buf[:0]) }); n != 0 {
		t.Errorf("Sentences allocates %v times per run, want 0", n)
	}
}

// TestSentenceAt checks SentenceAt at every byte of texts whose sentences end in each way
// SentencesIn knows, and past their ends.
func TestSentenceAt(t *testing.T) {
	for _, s := range []string{
		"Please don't go! We can't lose you.", "  Mr. Smith left.   Dr. Who stayed.  ", "Wait!!! Really?! Yes.",
		"He said \"stop.\" Then left.", "version 1.2 is out. ok", "Wait… Don't go.", "", "   ", "One.  Two", "a. b. C… D?! \"e.\" F",
	} {
		checkSentenceAt(t, s)
	}
}

// checkSentenceAt checks that SentenceAt finds, at every byte of s and one past its end, the
// sentence of Sentences that holds it, or none when none does.
func checkSentenceAt(t *testing.T, s string) {
	t.Helper()
	all := textseg.Sentences(s, nil)
	for pos := 0; pos <= len(s); pos++ {
		var want textseg.Span
		found := false
		for _, sp := range all {
			if sp.Start <= pos && pos < sp.End {
				want, found = sp, true
				break
			}
		}
		if got, ok := textseg.SentenceAt(s, pos); ok != found || got != want {
			t.Fatalf("SentenceAt(%q, %d) = %v, %v; want %v, %v", s, pos, got, ok, want, found)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Please don't go! We can't lose you.")
	f.Add("a. b. C… D?! \"e.\" F")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range textseg.Sentences(s, nil) {
			if sp.Start < prev || sp.End < sp.Start || sp.End > len(s) {
				t.Fatalf("span %v out of order in %q", sp, s)
			}
			prev = sp.End
		}
		checkSentenceAt(t, s)
		prev = 0
		for _, sp := range textseg.Words(s, nil) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("word %v out of order in %q", sp, s)
			}
			prev = sp.End
		}
	})
}
