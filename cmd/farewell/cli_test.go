package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/config"
)

func TestVersionLine(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.4.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2026-05-05T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got, want := versionLine(bi, true), "farewell v1.4.0 (revision 0123abcd, 2026-05-05T10:00:00Z, with uncommitted changes, go1.26.0)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := versionLine(&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true); got != "farewell devel" {
		t.Errorf("a local build without VCS data: %q", got)
	}
	if got := versionLine(nil, false); got != "farewell devel" {
		t.Errorf("no build info: %q", got)
	}
	if code, out, _ := farewell(t, "", "version"); code != exitOK || !strings.HasPrefix(out, "farewell ") {
		t.Errorf("farewell version: exit %d, %q", code, out)
	}
}

func TestReportFormatFromOutput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	write(t, in, []byte("Please don't go!\n"))
	for name, want := range map[string]string{"r.html": "<!DOCTYPE html>", "r.json": `"version":1`, "r.sarif": `"$schema"`,
		"farewell-junit.xml": "<testsuites", "checkstyle.xml": "<checkstyle", "r.txt": "1 error"} {
		out := filepath.Join(dir, name)
		if code, _, stderr := farewell(t, "", "lint", "--output", out, in); code != exitFindings {
			t.Errorf("%s: exit %d, %s", name, code, stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s: %v, want %q in:\n%.300s", name, err, want, data)
		}
	}
	if code, _, stderr := farewell(t, "", "lint", "--output", filepath.Join(dir, "r.xml"), in); code != exitUsage || !strings.Contains(stderr, "--format junit or --format checkstyle") {
		t.Errorf("an ambiguous .xml: exit %d, %s", code, stderr)
	}
	if code, _, _ := farewell(t, "", "lint", "--format", "json", "--output", filepath.Join(dir, "x.html"), in); code != exitFindings {
		t.Errorf("--format wins over the extension: exit %d", code)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "x.html")); !strings.HasPrefix(string(data), "{") {
		t.Errorf("--format json with x.html wrote %.40q", data)
	}
}

func TestFlagHints(t *testing.T) {
	for _, c := range []struct{ args []string }{
		{[]string{"lint", "--input-format", "markdwn", "-"}},
		{[]string{"lint", "--format", "jsno", "-"}},
	} {
		code, _, stderr := farewell(t, "", c.args...)
		if code != exitUsage || !strings.Contains(stderr, "did you mean") {
			t.Errorf("%v: exit %d, %s", c.args, code, stderr)
		}
	}
}

func TestRulesExplainBySuffix(t *testing.T) {
	for name, want := range map[string]string{"confirmshaming": "farewell.guilt.confirmshaming", "guilt.confirmshaming": "farewell.guilt.confirmshaming"} {
		code, out, stderr := farewell(t, "", "rules", "explain", name)
		if code != exitOK || !strings.HasPrefix(out, want+" ") {
			t.Errorf("%s: exit %d, %.60q %s", name, code, out, stderr)
		}
	}
	code, _, stderr := farewell(t, "", "rules", "explain", "farewell.desperation.exclamation")
	if code != exitUsage || !strings.Contains(stderr, `did you mean "farewell.desperation.exclamations"`) {
		t.Errorf("a misspelt id: exit %d, %s", code, stderr)
	}
}

// TestInit writes a starter configuration for a small repository: it loads, names what was
// found, lints the repository as before, and is never overwritten.
func TestInit(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"emails/cancel/notice.html": "<p>Your plan ends on May 1. Thank you for being with us.</p>",
		"locales/en/app.json":       `{"bye": "Goodbye"}`,
		"locales/fr/app.json":       `{"bye": "Au revoir"}`,
		"config/settings.json":      `{"theme": "dark"}`,
		"src/app.ts":                "export const x = 1\n",
	} {
		write(t, filepath.Join(dir, filepath.FromSlash(name)), []byte(content))
	}
	t.Chdir(dir)
	code, _, stderr := farewell(t, "", "init")
	if code != exitOK || !strings.Contains(stderr, "wrote .farewell.yaml") {
		t.Fatalf("exit %d, %s", code, stderr)
	}
	data, err := os.ReadFile(".farewell.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{"# Found: html 1, json 3.", "# Locales: en, fr.", `# - files: ["locales/fr/**"]`,
		`# - files: ["config/**"]`, "#   format: json", `# "emails/cancel/**": cancellation`} {
		if !strings.Contains(text, want) {
			t.Errorf("the starter lacks %q:\n%s", want, text)
		}
	}
	if _, err := config.Load(".farewell.yaml"); err != nil {
		t.Errorf("the starter does not load: %v", err)
	}
	if code, _, stderr := farewell(t, "", "lint"); code != exitOK {
		t.Errorf("lint with the starter: exit %d, %s", code, stderr)
	}
	if code, _, stderr := farewell(t, "", "init"); code != exitUsage || !strings.Contains(stderr, "already exists: not overwritten") {
		t.Errorf("a second init: exit %d, %s", code, stderr)
	}
	if after, _ := os.ReadFile(".farewell.yaml"); string(after) != text {
		t.Error("a second init changed the configuration")
	}
}
