package rules_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// TestSentenceTrigger checks which keywords let a rule with sentence_has patterns run: the
// sentence_has pattern's literals when they are more selective than the patterns' or the
// patterns have none, else the patterns' own.
func TestSentenceTrigger(t *testing.T) {
	dir := t.TempDir()
	body := `rules:
  - id: acme.friction.hours
    type: existence
    severity: error
    message: office hours
    why: Let people leave at any hour.
    patterns: ['\bm\s*-\s*f\b']
    sentence_has: ['\bcancel\w*']
  - id: acme.friction.anyday
    type: existence
    severity: error
    message: a day
    why: Let people leave at any hour.
    patterns: ['\b\w+day\b']
    sentence_has: ['\brefund']
  - id: acme.friction.phone
    type: existence
    severity: error
    message: a phone
    why: Let people leave online.
    patterns: ['\bby\s+telephone\b']
    sentence_has: ['\bstop']
`
	if err := os.WriteFile(filepath.Join(dir, "rules.yaml"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := rules.LoadPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{
		"acme.friction.hours":  "cancel",
		"acme.friction.anyday": "refund",
		"acme.friction.phone":  "by telephone",
	} {
		if got := strings.Join(p.Rule(id).Keywords(), ","); got != want {
			t.Errorf("%s: keywords %q, want %q", id, got, want)
		}
	}
}
