package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// gitRepo makes a repository in a temporary directory, with git's user and system
// configuration left out, and changes into it.
func gitRepo(t *testing.T) func(args ...string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	t.Chdir(t.TempDir())
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=farewell", "-c", "user.email=farewell@example.com"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("init", "-q")
	return run
}

func writeText(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lintJSON runs farewell lint --format json and decodes its files.
func lintJSON(t *testing.T, args ...string) (code int, files map[string]jsonFile, stderr string) {
	t.Helper()
	code, out, stderr := farewell(t, "", append([]string{"lint", "--format", "json"}, args...)...)
	var doc struct{ Files []jsonFile }
	if code != exitUsage {
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	files = map[string]jsonFile{}
	for _, f := range doc.Files {
		files[f.Path] = f
	}
	return code, files, stderr
}

type jsonFile struct {
	Path     string
	Findings []struct {
		Rule      string
		Line      int
		MessageID string `json:"message_id"`
	}
	Messages []struct {
		ID    string
		Score int
	}
}

func TestNewFromRev(t *testing.T) {
	git := gitRepo(t)
	two := "# farewell: kind=cancellation id=first\nPlease don't go! Your plan ends today.\n\n" +
		"# farewell: kind=cancellation id=second\nPlease don't go! Your plan ends today.\nThanks.\n"
	writeText(t, "messages.txt", two)
	writeText(t, "old.txt", "Please don't go!\n")
	writeText(t, `say "bye".txt`, "Goodbye.\n")
	git("add", ".")
	git("commit", "-q", "-m", "messages")
	_, before, _ := lintJSON(t, ".")

	// A changed line in the second message only; a content line that reads like a diff header;
	// a file name git quotes; a file git does not track yet.
	writeText(t, "messages.txt", strings.Replace(two, "Thanks.\n", "Thanks.\n++ To cancel, call us.\n", 1))
	writeText(t, `say "bye".txt`, "Goodbye.\nWe beg you to stay.\n")
	writeText(t, "new.txt", "Hello.\n\nPlease don't go!\n")
	code, after, stderr := lintJSON(t, "--new-from-rev", "HEAD", ".")
	if code != exitFindings || stderr != "" {
		t.Fatalf("exit %d, %s", code, stderr)
	}
	if _, ok := after["old.txt"]; ok {
		t.Error("old.txt has no change and was reported")
	}
	msgs := after["messages.txt"]
	if len(msgs.Messages) != 1 || msgs.Messages[0].ID != "second" {
		t.Fatalf("messages.txt: messages %+v, want only second", msgs.Messages)
	}
	for _, f := range msgs.Findings {
		if f.MessageID != "second" || (f.Line != 7 && !strings.HasPrefix(f.Rule, "farewell.elements.")) {
			t.Errorf("messages.txt: reported %s at line %d of %s", f.Rule, f.Line, f.MessageID)
		}
	}
	if !hasRule(msgs, "farewell.friction.cancel-by-phone", 7) || hasRule(msgs, "farewell.desperation.please-dont-go", 5) {
		t.Errorf("messages.txt: %+v", msgs.Findings)
	}
	// The message's score is the whole message's: the unchanged "Please don't go!" counts.
	if _, full, _ := lintJSON(t, "messages.txt"); full["messages.txt"].Messages[1].Score != msgs.Messages[0].Score {
		t.Errorf("score %d, the whole message scores %d", msgs.Messages[0].Score, full["messages.txt"].Messages[1].Score)
	}
	if before["messages.txt"].Messages[1].Score <= msgs.Messages[0].Score {
		t.Error("the new finding did not lower the score")
	}
	if !hasRule(after[`say "bye".txt`], "farewell.desperation.please-dont-go", 2) {
		t.Errorf(`say "bye".txt: %+v`, after[`say "bye".txt`])
	}
	if !hasRule(after["new.txt"], "farewell.desperation.please-dont-go", 3) {
		t.Errorf("new.txt, untracked: %+v", after["new.txt"])
	}
	// Committed changes count as well as uncommitted ones; a clean tree reports nothing.
	git("add", ".")
	git("commit", "-q", "-m", "more")
	if code, after, _ := lintJSON(t, "--new-from-rev", "HEAD~1", "."); code != exitFindings || len(after) != 3 {
		t.Errorf("since HEAD~1: exit %d, %d files", code, len(after))
	}
	if code, after, _ := lintJSON(t, "--new-from-rev", "HEAD", "."); code != exitOK || len(after) != 0 {
		t.Errorf("since HEAD: exit %d, %v", code, after)
	}
}

func hasRule(f jsonFile, rule string, line int) bool {
	for _, fd := range f.Findings {
		if fd.Rule == rule && fd.Line == line {
			return true
		}
	}
	return false
}

func TestNewFromRevErrors(t *testing.T) {
	git := gitRepo(t)
	writeText(t, "a.txt", "Goodbye.\n")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--new-from-rev", "HEAD", "."}, `unknown revision "HEAD"`}, // no commit yet
		{[]string{"--new-from-rev", "--output=x", "."}, `unknown revision "--output=x"`},
		{[]string{"--new-from-rev", "HEAD", "--fix", "."}, "cannot be combined with --fix"},
		{[]string{"--new-from-rev", "HEAD", "--write-baseline", "b.json", "."}, "cannot be combined with --write-baseline"},
	} {
		if code, _, stderr := farewell(t, "", append([]string{"lint"}, tc.args...)...); code != exitUsage || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, %s", tc.args, code, stderr)
		}
	}
	git("add", ".")
	git("commit", "-q", "-m", "a")
	if code, _, stderr := farewell(t, "", "lint", "--new-from-rev", "no-such-branch", "."); code != exitUsage || !strings.Contains(stderr, `unknown revision "no-such-branch"`) {
		t.Errorf("unknown rev: exit %d, %s", code, stderr)
	}
	t.Chdir(t.TempDir())
	if _, err := os.Stat(".git"); err == nil {
		t.Skip("the temporary directory is inside a git repository")
	}
	t.Setenv("GIT_CEILING_DIRECTORIES", os.TempDir())
	if code, _, stderr := farewell(t, "", "lint", "--new-from-rev", "HEAD", "."); code != exitUsage || !strings.Contains(stderr, "--new-from-rev needs a git repository") {
		t.Errorf("outside a repository: exit %d, %s", code, stderr)
	}
}
