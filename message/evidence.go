package message

import (
	"fmt"
	"strings"

	"github.com/farewell-protocol/farewell/rules"
)

// Evidence is one cue that a kind was inferred from, or that was found and did not count.
type Evidence struct {
	// Kind is the kind the cue points to; other for counter-evidence (an error, a settings
	// notice, an offer), which makes the text that holds it no goodbye.
	Kind rules.MessageKind
	// Where says where the cue was found: "key", "path", "heading" or "text".
	Where string
	// Cue is the cue as the pack writes it: a phrase, a mention or a key word.
	Cue string
	// Points is what the cue added to its kind; 0 when it did not count.
	Points int
	// Note says why a cue did not count, or what counter-evidence shows the text to be.
	Note string
}

// String describes the evidence as --explain-score prints it.
func (e Evidence) String() string {
	var b strings.Builder
	switch {
	case e.Points != 0:
		fmt.Fprintf(&b, "%+d %s: ", e.Points, e.Kind)
	case e.Kind == rules.Other:
		b.WriteString("not a goodbye: ")
	default:
		fmt.Fprintf(&b, "%s, not counted: ", e.Kind)
	}
	if e.Cue == "..." {
		b.WriteString("all the evidence")
	} else {
		fmt.Fprintf(&b, "%q in the %s", e.Cue, e.Where)
	}
	if e.Note != "" {
		b.WriteString(" (" + e.Note + ")")
	}
	return b.String()
}
