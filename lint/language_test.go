package lint_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// twoLanguageLinter builds a linter from an English and a German rule file.
func twoLanguageLinter(t *testing.T) *lint.Linter {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"en.yaml": `rules:
  - id: acme.desperation.miss
    type: existence
    severity: warning
    message: desperate
    why: Plain words are enough.
    patterns: ['\bwe will miss you\b']
`,
		"de.yaml": `language: de
register:
  informal: ['\b(?:du|dich|dir|dein\w*)\b']
  formal: ['\b(?:Sie|Ihnen|Ihr\w*)\b']
rules:
  - id: acme.desperation.vermissen
    type: existence
    severity: warning
    message: verzweifelt
    why: Schlichte Worte genügen.
    patterns: ['\bwir\s+werden\s+(?:dich|Sie)\s+vermissen\b', '\bkündigungsbestätigung\b']
    rewrites: ["Schade, dass Sie gehen."]
    rewrites_informal: ["Schade, dass du gehst."]
`,
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pack, err := rules.LoadPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	return lint.New(pack)
}

// TestLanguageSelection checks that a file is linted by the rules of its locale's language
// alone, that folded matching sees accented letters and case, that the rewrites follow the
// text's register, and that a locale without rules is skipped.
func TestLanguageSelection(t *testing.T) {
	l := twoLanguageLinter(t)
	cases := []struct{ path, text, want string }{
		{"locales/en/bye.txt", "We will miss you. Wir werden Sie vermissen.\n", "acme.desperation.miss:We will miss you"},
		{"locales/de/bye.txt", "We will miss you. Wir werden Sie vermissen.\n", "acme.desperation.vermissen:Wir werden Sie vermissen"},
		{"locales/de-AT/bye.txt", "Ihre KÜNDIGUNGSBESTÄTIGUNG folgt.\n", "acme.desperation.vermissen:KÜNDIGUNGSBESTÄTIGUNG"},
		{"bye.txt", "Wir werden dich vermissen.\n", ""},
	}
	for _, tc := range cases {
		if got := strings.Join(findings(l, tc.path, tc.text), " "); got != tc.want {
			t.Errorf("%s %q: got %q, want %q", tc.path, tc.text, got, tc.want)
		}
	}
	for text, want := range map[string]string{
		"Wir werden dich vermissen, wenn du gehst.\n": "Schade, dass du gehst.",
		"Wir werden Sie vermissen, wenn Sie gehen.\n": "Schade, dass Sie gehen.",
	} {
		res := l.LintInput(lint.Input{Path: "locales/de/bye.txt", Data: []byte(text)}, lint.RunOptions{})
		if len(res.Findings) != 1 || len(res.Findings[0].Advice) == 0 || res.Findings[0].Advice[0] != want {
			t.Errorf("%q: want the rewrite %q, got %+v", text, want, res.Findings)
		}
	}
	if !l.Lints("de-CH") || l.Lints("fr") || !l.Lints("en-GB") || !l.Lints("") {
		t.Error("Lints: want de and en, not fr")
	}
	res := l.LintInput(lint.Input{Path: "locales/fr/bye.txt", Data: []byte("Au revoir.\n")}, lint.RunOptions{})
	if res.Skipped == "" {
		t.Error("a French file should be skipped without French rules")
	}
}
