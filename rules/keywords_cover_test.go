package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/internal/literal"
)

// TestBuiltinKeywordsCoverPatterns checks that each pattern of a built-in rule has a guard set
// every literal of which holds one of the rule's keywords, whether the author listed them or
// they were derived (a rule with sentence_has patterns may run on their literals instead). Every
// match of a pattern holds a literal of each of its guard sets, so the keywords are then found
// in every text the pattern can match; otherwise a text that matches it through a literal
// that holds no keyword is never checked. Patterns with no guard sets are left out.
func TestBuiltinKeywordsCoverPatterns(t *testing.T) {
	p, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range p.Rules {
		if len(r.keywords) == 0 || len(r.sentenceHas) > 0 {
			continue // derived from a sentence_has pattern, which every counted match needs
		}
		for i, g := range r.PatternGuards() {
			if g == "" || found(g, literal.Required(r.patterns[i].src), r.keywords) || !selective(g) {
				continue
			}
			var sets []string
			for s := range g.Sets() {
				sets = append(sets, strings.Join(slices.Collect(s.Literals()), "|"))
			}
			t.Errorf("%s: no guard set of pattern %d holds a keyword in each literal: %q", r.ID, i, sets)
		}
	}
}

// selective reports whether some set of g holds only literals of minTrigger bytes or more.
func selective(g Guards) bool {
	for s := range g.Sets() {
		if !slices.ContainsFunc(slices.Collect(s.Literals()), func(l string) bool { return len(l) < minTrigger }) {
			return true
		}
	}
	return false
}

// TestHandKeywordsGainUncoveredPatterns checks that a rule whose hand-listed keywords miss one
// of its patterns also runs on that pattern's literals, and that one whose keywords find every
// pattern keeps them as written.
func TestHandKeywordsGainUncoveredPatterns(t *testing.T) {
	p, err := Parse("acme.yaml", []byte(`rules:
  - id: acme.pressure.rush
    type: existence
    severity: warning
    message: rush
    why: Give the reader time.
    patterns: ['\brush\s+now\b', '\bwe\s+urge\s+you\s+to\b']
    keywords: [rush]
  - id: acme.pressure.hurry
    type: existence
    severity: warning
    message: hurry
    why: Give the reader time.
    patterns: ['\bhurry\s+up\b', '\bno\s+time\s+to\s+lose\b']
    keywords: [hurry, time to lose]
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Rule("acme.pressure.rush").Keywords(); !slices.Contains(got, "we urge you to") {
		t.Errorf("rush: keywords %q: the second pattern's literal is missing", got)
	}
	if got, want := p.Rule("acme.pressure.hurry").Keywords(), []string{"hurry", "time to lose"}; !slices.Equal(got, want) {
		t.Errorf("hurry: keywords %q, want %q as written", got, want)
	}
}
