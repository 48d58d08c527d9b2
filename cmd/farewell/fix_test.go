package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/internal/atomicfile"
	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/lint"
)

// copyExamples copies the bundled examples into a temporary working directory and moves there.
func copyExamples(t *testing.T) string {
	t.Helper()
	src, err := filepath.Abs("../../testdata/examples")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o640); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return src
}

func TestFix(t *testing.T) {
	src := copyExamples(t)
	code, _, stderr := farewell(t, "", "lint", "--fix", "--color", "never", ".")
	if code != exitFindings || !strings.Contains(stderr, "applied") {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		fixed, _ := os.ReadFile(e.Name())
		orig, _ := os.ReadFile(filepath.Join(src, e.Name()))
		info, _ := os.Stat(e.Name())
		if info.Mode().Perm() != 0o640 {
			t.Errorf("%s: mode %v not kept", e.Name(), info.Mode())
		}
		// Template code and markup outside the fixed phrases survive byte for byte.
		for _, keep := range []string{"{{ customer.first_name }}", "{{ keep_url }}", "{{ cancel_url }}", "<strong>don&#39;t</strong>", "{{ name }}", "{{ period_end }}"} {
			if bytes.Contains(orig, []byte(keep)) && !bytes.Contains(fixed, []byte(keep)) {
				t.Errorf("%s: %q was changed", e.Name(), keep)
			}
		}
		golden.Check(t, filepath.Join(src, "..", "..", "cmd", "farewell", "testdata", "fixed", e.Name()+".golden"), fixed)
	}
	// A second run changes nothing.
	before := snapshot(t)
	code, _, stderr = farewell(t, "", "lint", "--fix", ".")
	if !strings.Contains(stderr, "applied 0 fixes in 0 files") || code != exitFindings {
		t.Errorf("second run: exit %d, stderr %s", code, stderr)
	}
	if after := snapshot(t); after != before {
		t.Error("a second --fix changed files")
	}
}

func snapshot(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		data, _ := os.ReadFile(e.Name())
		b.WriteString(e.Name() + "\n" + string(data))
	}
	return b.String()
}

func TestDiff(t *testing.T) {
	src := copyExamples(t)
	before := snapshot(t)
	code, out, stderr := farewell(t, "", "lint", "--diff", ".")
	if code != exitFindings || stderr != "" {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	if snapshot(t) != before {
		t.Error("--diff wrote files")
	}
	golden.Check(t, filepath.Join(src, "..", "..", "cmd", "farewell", "testdata", "examples.diff.golden"), []byte(out))
}

func TestBaseline(t *testing.T) {
	copyExamples(t)
	code, _, stderr := farewell(t, "", "lint", "--write-baseline", "farewell-baseline.json", ".")
	if code != exitOK || !strings.Contains(stderr, "recorded") {
		t.Fatalf("write-baseline: exit %d, stderr %s", code, stderr)
	}
	code, out, _ := farewell(t, "", "lint", "--baseline", "farewell-baseline.json", "--color", "never", ".")
	if code != exitOK || !strings.Contains(out, "No problems") {
		t.Fatalf("with baseline: exit %d\n%s", code, out)
	}
	// Lines added above keep the recorded findings recorded; a new problem is reported.
	old, _ := os.ReadFile("unsubscribe.txt")
	grown := append([]byte("Hello.\n\nWe thought you should know.\n\n"), old...)
	grown = append(grown, []byte("\nPlease stay with us!\n")...)
	if err := os.WriteFile("unsubscribe.txt", grown, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = farewell(t, "", "lint", "--baseline", "farewell-baseline.json", "--color", "never", ".")
	if code != exitFindings || strings.Count(out, "please-dont-go") != 1 || !strings.Contains(out, `"Please stay"`) {
		t.Errorf("after edits: exit %d\n%s", code, out)
	}
}

func TestOutputFile(t *testing.T) {
	copyExamples(t)
	code, out, _ := farewell(t, "", "lint", "--format", "json", "--output", "report.json", ".")
	data, err := os.ReadFile("report.json")
	if code != exitFindings || out != "" || err != nil || !bytes.HasPrefix(data, []byte(`{"version":1`)) {
		t.Errorf("exit %d, stdout %q, file %q, %v", code, out, data, err)
	}
}

// TestFixFileChangedMeanwhile appends a line to a file after it was linted and before its
// fixes are written: the line is kept, the file is reported not fixed, its findings stand.
func TestFixFileChangedMeanwhile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("a.txt", []byte("Please don't go!\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, linter, _ := setup(&env{stderr: &bytes.Buffer{}}, "", false)
	x := &fixer{linter: func(string) *lint.Linter { return linter }, root: dir}
	r := linter.LintInput(lint.Input{Path: "a.txt", File: "a.txt"}, x.opt)
	grown := []byte("Please don't go!\nA line an editor saved meanwhile.\n")
	if err := os.WriteFile("a.txt", grown, 0o644); err != nil {
		t.Fatal(err)
	}
	after := x.apply(r)
	if !errors.Is(after.FixErr, atomicfile.ErrChanged) || len(after.Findings) == 0 || x.notFixed != 1 {
		t.Errorf("FixErr %v, %d findings, %d not fixed", after.FixErr, len(after.Findings), x.notFixed)
	}
	if b, _ := os.ReadFile("a.txt"); !bytes.Equal(b, grown) {
		t.Errorf("the file holds %q", b)
	}
}
