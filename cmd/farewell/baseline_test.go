package main

import (
	"os"
	"strings"
	"testing"
)

// TestBaselineScores checks that a baseline also records scores: a message below --min-score
// when the baseline was written passes until its score drops further, and the baseline file
// is never reported as a skipped file.
func TestBaselineScores(t *testing.T) {
	copyExamples(t)
	if code, _, stderr := farewell(t, "", "lint", "--write-baseline", "farewell-baseline.json", "."); code != exitOK {
		t.Fatalf("write-baseline: exit %d, %s", code, stderr)
	}
	data, err := os.ReadFile("farewell-baseline.json")
	if err != nil || !strings.Contains(string(data), `"message": "cancel-gracious.md",`) || !strings.Contains(string(data), `"run_score": 27`) {
		t.Fatalf("baseline without scores (%v):\n%s", err, data)
	}
	for _, args := range [][]string{
		{"--min-score", "90"},                             // every message scores below 90
		{"--min-score", "50", "--min-score-scope", "run"}, // the run scores 27
	} {
		args = append([]string{"lint", "--baseline", "farewell-baseline.json", "--color", "never"}, append(args, ".")...)
		code, out, stderr := farewell(t, "", args...)
		if code != exitOK || strings.Contains(out, "skipped") || stderr != "" {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, stderr)
		}
	}
	// Without --baseline, the baseline file found in the tree is not reported either.
	if _, out, _ := farewell(t, "", "lint", "--color", "never", "."); strings.Contains(out, "skipped") {
		t.Errorf("the baseline is reported:\n%s", out)
	}
	// Nor is one whose path reads as a string catalog's, which would otherwise be linted.
	if err := os.MkdirAll("locales/en", 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := farewell(t, "", "lint", "--write-baseline", "locales/en/baseline.json", "."); code != exitOK {
		t.Fatalf("write-baseline under locales/: exit %d, %s", code, stderr)
	}
	if _, out, _ := farewell(t, "", "lint", "--color", "never", "--min-severity", "error", "."); strings.Contains(out, "skipped") || strings.Contains(out, "locales/") {
		t.Errorf("the baseline under locales/ is reported:\n%s", out)
	}
	// A suggestion costs cancel-gracious.md 4 points: below its recorded 81, the run fails.
	md, _ := os.ReadFile("cancel-gracious.md")
	if err := os.WriteFile("cancel-gracious.md", append(md, "\nSee you soon!!\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := farewell(t, "", "lint", "--baseline", "farewell-baseline.json", "--min-score", "90", ".")
	if code != exitFindings || !strings.Contains(stderr, "1 message scores below --min-score 90: cancel-gracious.md:4 (cancel-gracious.md) scores 77") {
		t.Errorf("a lower score: exit %d, %s", code, stderr)
	}
	code, _, stderr = farewell(t, "", "lint", "--baseline", "farewell-baseline.json", "--min-score", "50", "--min-score-scope", "run", ".")
	if code != exitFindings || !strings.Contains(stderr, "the run's grace score 26 is below --min-score 50") {
		t.Errorf("a lower run score: exit %d, %s", code, stderr)
	}
}
