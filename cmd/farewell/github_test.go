package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGitHubDefaults checks that the github format annotates errors and warnings unless
// suggestions are asked for, and writes a job summary of the messages and their scores.
func TestGitHubDefaults(t *testing.T) {
	summary := filepath.Join(t.TempDir(), "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	examples := "../../testdata/examples"
	for _, tc := range []struct {
		args    []string
		notices bool
	}{
		{nil, false},
		{[]string{"--min-severity", "suggestion"}, true},
		{[]string{"--fail-on", "suggestion"}, true},
		{[]string{"--min-severity", "error"}, false},
	} {
		code, out, stderr := farewell(t, "", append(append([]string{"lint", "--format", "github"}, tc.args...), examples)...)
		if code != exitFindings || stderr != "" {
			t.Fatalf("%v: exit %d, %s", tc.args, code, stderr)
		}
		if got := strings.Contains(out, "::notice "); got != tc.notices {
			t.Errorf("%v: notices %v, want %v\n%s", tc.args, got, tc.notices, out)
		}
		if warned := strings.Contains(out, "::warning "); warned != (len(tc.args) == 0 || tc.args[1] != "error") {
			t.Errorf("%v: warnings %v\n%s", tc.args, warned, out)
		}
	}
	data, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	// Appended once per run, as each step of a job appends its own.
	if n := strings.Count(string(data), "## farewell\n"); n != 4 {
		t.Errorf("%d summaries, want 4:\n%s", n, data)
	}
	first, _, _ := strings.Cut(strings.TrimPrefix(string(data), "## farewell\n"), "## farewell\n")
	want := "\n**9 errors, 1 warning, 0 suggestions** in 3 files. Grace score **27** (poor).\n\n" +
		"| score | message | kind | findings shown |\n| ---: | --- | --- | ---: |\n" +
		"| 0 poor | `../../testdata/examples/cancel-confirmation.html:4` | cancellation | 7 |\n" +
		"| 0 poor | `../../testdata/examples/unsubscribe.txt:1` | unsubscribe | 3 |\n" +
		"| 81 gracious | `../../testdata/examples/cancel-gracious.md:4` | cancellation | 0 |\n\n" +
		"Scores count every finding of a message, shown or not (`--min-severity`, `--baseline`).\n"
	if first != want {
		t.Errorf("job summary:\n%s\nwant:\n%s", first, want)
	}
	// Other formats leave the job summary alone.
	farewell(t, "", "lint", "--format", "json", examples)
	if again, _ := os.ReadFile(summary); string(again) != string(data) {
		t.Error("--format json wrote a job summary")
	}
}
