package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/internal/golden"
)

// farewell runs the CLI in-process and returns its exit code and output.
func farewell(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestLintExamplesText(t *testing.T) {
	code, out, stderr := farewell(t, "", "lint", "--color", "never", "../../testdata/examples")
	if code != exitFindings || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	golden.Check(t, "testdata/examples.txt.golden", []byte(out))
}

func TestLintExamplesJSON(t *testing.T) {
	code, out, _ := farewell(t, "", "lint", "--format", "json", "../../testdata/examples")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	golden.Check(t, "testdata/examples.json.golden", []byte(out))
	var doc struct {
		Version int `json:"version"`
		Files   []struct {
			Path     string `json:"path"`
			Findings []struct {
				Match     string `json:"match"`
				Offset    int    `json:"offset"`
				EndOffset int    `json:"end_offset"`
			} `json:"findings"`
		} `json:"files"`
		Summary map[string]any `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != 1 || len(doc.Files) != 3 || doc.Summary == nil {
		t.Fatalf("unexpected document: version %d, %d files", doc.Version, len(doc.Files))
	}
	for _, f := range doc.Files {
		src, err := os.ReadFile(filepath.FromSlash(f.Path))
		if err != nil {
			t.Fatal(err)
		}
		for _, fd := range f.Findings {
			if string(src[fd.Offset:fd.EndOffset]) != fd.Match {
				t.Errorf("%s: bytes at %d-%d are not %q", f.Path, fd.Offset, fd.EndOffset, fd.Match)
			}
		}
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := fileWriter(t, dir)
	clean := write("clean.txt", "Thank you for being with us. Your plan ends on May 1.\n")
	bad := write("bad.txt", "Please don't go!\n")
	binary := write("photo.txt", "GIF89a\x00\x01\x02")
	badRules := write("rules.yaml", "rules:\n  - id: x.y\n    tokenz: [a]\n")
	badConfig := write("config.yaml", "rulez: {}\n")
	missing := filepath.Join(dir, "missing.txt")
	validPack, err := filepath.Abs("../../testdata/rules/valid")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name       string
		args       []string
		code       int
		stdout     string
		stderr     string
		noInStdout string
	}{
		{"clean", []string{"lint", clean}, exitOK, "No problems in 1 file.", "", ""},
		{"findings", []string{"lint", bad}, exitFindings, "please-dont-go", "", ""},
		{"fail-on raised", []string{"lint", "--fail-on", "error", clean}, exitOK, "", "", ""},
		{"fail-on suggestion", []string{"lint", "--fail-on", "suggestion", write("s.txt", "Bye!!\n")}, exitFindings, "exclamations", "", ""},
		{"min-severity", []string{"lint", "--min-severity", "error", write("s2.txt", "Bye!!\n")}, exitOK, "", "", "exclamations"},
		{"missing path", []string{"lint", missing, bad}, exitUsage, "please-dont-go", "missing.txt: no such file or directory", ""},
		{"binary skipped", []string{"lint", binary}, exitUsage, "skipped 1 file: binary file", "nothing was linted: 1 file was skipped", ""},
		{"locale skipped", []string{"lint", write("it.json", `{"a": "Non andartene!"}`)}, exitUsage, "skipped 1 file: no rule pack for its locale (it 1)", "it.json: no rule pack for its locale", ""},
		{"skipped as walked", []string{"lint", "--as-walked", write("it2.json", `{"a": "Non andartene!"}`)}, exitOK, "skipped 1 file", "", ""},
		{"locale linted", []string{"lint", write("de.json", `{"a": "Bitte geh nicht!"}`)}, exitFindings, "farewell.de.desperation.plea", "", ""},
		{"broken catalog", []string{"lint", write("en.json", "{\"a\": \"Please stay\n}")}, exitUsage, "", "en.json:1:7: unterminated string", ""},
		{"bad rule pack", []string{"lint", "--config", write("c.yaml", "packs: ["+filepath.Base(badRules)+"]\n"), clean}, exitUsage, "", "rules.yaml:3:5: unknown field \"tokenz\"", ""},
		{"bad config", []string{"lint", "--config", badConfig, clean}, exitUsage, "", "config.yaml:1:1: unknown field \"rulez\"", ""},
		{"unknown rule in config", []string{"lint", "--config", write("c2.yaml", "rules: {farewell.nope: off}\n"), clean}, exitUsage, "", "farewell.nope", ""},
		{"bad flag", []string{"lint", "--nope"}, exitUsage, "", "flag provided but not defined", ""},
		{"bad fail-on", []string{"lint", "--fail-on", "fatal", clean}, exitUsage, "", "unknown severity", ""},
		{"unknown command", []string{"delint"}, exitUsage, "", "unknown command", ""},
		{"flags after paths", []string{"lint", bad, "--format", "json"}, exitFindings, `"version":1`, "", ""},
		{"no builtin", []string{"lint", "--no-builtin", "--config", write("c3.yaml", "packs: ["+validPack+"]\n"), bad}, exitOK, "", "", "please-dont-go"},
		{"rules", []string{"rules"}, exitOK, "farewell.guilt.confirmshaming", "", ""},
		{"rules explain", []string{"rules", "explain", "farewell.guilt.confirmshaming"}, exitOK, "Why:", "", ""},
		{"rules explain unknown", []string{"rules", "explain", "farewell.nope"}, exitUsage, "", "no rule", ""},
		{"rules test", []string{"rules", "test"}, exitOK, "0 failed", "", ""},
		{"rules test user pack", []string{"rules", "test", "../../testdata/rules/valid"}, exitOK, "2 rules, 12 examples, 0 failed", "", ""},
		{"eval", []string{"eval", "../../testdata/eval/sample.tsv"}, exitOK, "false positives: 1 of 5 pass rows (20.00 %)", "", "missed:"},
		{"eval verbose", []string{"eval", "--verbose", "../../testdata/eval/sample.tsv"}, exitOK, `missed: line 9 (pressure): "Spring collection"`, "", ""},
		{"eval no file", []string{"eval"}, exitUsage, "", "eval needs one data set", ""},
		{"eval missing file", []string{"eval", missing}, exitUsage, "", "missing.txt: no such file or directory", ""},
		{"eval bad data set", []string{"eval", write("bad.tsv", "text\texpect\nhi\tmaybe\n")}, exitUsage, "", `bad.tsv:2:4: expect is "maybe"`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := farewell(t, "", tc.args...)
			if code != tc.code || !strings.Contains(out, tc.stdout) || !strings.Contains(stderr, tc.stderr) ||
				(tc.noInStdout != "" && strings.Contains(out, tc.noInStdout)) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, tc.code, out, stderr)
			}
		})
	}
}

func TestRulesTestFails(t *testing.T) {
	dir := t.TempDir()
	pack := "rules:\n  - id: acme.guilt.sad\n    type: existence\n    severity: error\n    message: sad\n    why: Because.\n" +
		"    tokens: [sad]\n    examples:\n      flag: [\"happy\"]\n      pass: [\"so sad\"]\n"
	if err := os.WriteFile(filepath.Join(dir, "p.yaml"), []byte(pack), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := farewell(t, "", "rules", "test", dir)
	if code != exitFindings || !strings.Contains(out, `"happy" should be flagged`) || !strings.Contains(out, `"so sad" should pass`) {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestStdin(t *testing.T) {
	html := "<p>Please <b>don&#39;t</b> go</p>"
	code, out, _ := farewell(t, html, "lint", "--stdin", "--stdin-filename", "emails/cancel.html", "--format", "json")
	if code != exitFindings || !strings.Contains(out, `"path":"emails/cancel.html","format":"html"`) ||
		!strings.Contains(out, `"match":"Please \u003cb\u003edon\u0026#39;t\u003c/b\u003e go"`) {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestConfigDiscovery(t *testing.T) {
	t.Chdir("../../testdata/config/valid")
	code, out, stderr := farewell(t, "", "lint", "--color", "never")
	if code != exitFindings || stderr != "" {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	golden.Check(t, "../../../cmd/farewell/testdata/config-valid.txt.golden", []byte(out))
}
