package main

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/farewell-protocol/farewell/format"
)

// The CI snippets of README.md are parsed, and their farewell commands run, so that what users
// copy works.

// readmeBlock returns the first fenced block of lang after the first line holding marker.
func readmeBlock(t *testing.T, marker, lang string) string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i := strings.Index(s, marker)
	if i < 0 {
		t.Fatalf("README.md has no %q", marker)
	}
	_, rest, ok := strings.Cut(s[i:], "\n```"+lang+"\n")
	block, _, closed := strings.Cut(rest, "\n```\n")
	if !ok || !closed {
		t.Fatalf("README.md has no %s block after %q", lang, marker)
	}
	return block + "\n"
}

// shellWords splits a command line as the shell does for the snippets: on spaces, with
// double-quoted words, expanding $VARIABLES from vars.
func shellWords(line string, vars map[string]string) []string {
	var words []string
	for _, m := range regexp.MustCompile(`"[^"]*"|[^ ]+`).FindAllString(line, -1) {
		words = append(words, os.Expand(strings.Trim(m, `"`), func(k string) string { return vars[k] }))
	}
	return words
}

// mergeRequest makes a git repository with emails/ and locales/ committed, then changes a line
// of each, and returns the base commit.
func mergeRequest(t *testing.T) string {
	t.Helper()
	git := gitRepo(t)
	for _, dir := range []string{"emails", "locales"} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeText(t, "emails/cancel.txt", "Subject: Your plan is cancelled\n\nThank you for being with us.\n")
	writeText(t, "locales/en.json", `{"cancel": {"title": "Cancel your plan", "body": "Your plan ends today."}}`+"\n")
	git("add", ".")
	git("commit", "-q", "-m", "base")
	out, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatal(err)
	}
	writeText(t, "emails/cancel.txt", "Subject: Your plan is cancelled\n\nThank you for being with us.\nPlease don't go!\n")
	writeText(t, "locales/en.json", `{"cancel": {"title": "Cancel your plan", "body": "To cancel, call us."}}`+"\n")
	return strings.TrimSpace(string(out))
}

func TestREADMEGitHubWorkflow(t *testing.T) {
	var wf struct {
		Permissions map[string]string
		Jobs        map[string]struct {
			Steps []struct {
				Uses string
				With map[string]string
			}
		}
	}
	if err := yaml.Unmarshal([]byte(readmeBlock(t, "GitHub Actions, with the composite action", "yaml")), &wf); err != nil {
		t.Fatal(err)
	}
	var action struct{ Inputs map[string]any }
	data, err := os.ReadFile("../../action.yml")
	if err == nil {
		err = yaml.Unmarshal(data, &action)
	}
	if err != nil {
		t.Fatal(err)
	}
	if wf.Permissions["security-events"] != "write" {
		t.Errorf("permissions %v", wf.Permissions)
	}
	steps := wf.Jobs["farewell"].Steps
	if len(steps) != 2 || !strings.HasPrefix(steps[1].Uses, "farewell-protocol/farewell@") {
		t.Fatalf("steps %+v", steps)
	}
	for k := range steps[1].With {
		if _, ok := action.Inputs[k]; !ok {
			t.Errorf("README's workflow gives the input %s, which action.yml does not declare", k)
		}
	}
}

func TestREADMEGitLab(t *testing.T) {
	var jobs map[string]struct {
		Image     string
		Script    []string
		Artifacts struct{ Reports struct{ JUnit string } }
	}
	if err := yaml.Unmarshal([]byte(readmeBlock(t, "GitLab CI", "yaml")), &jobs); err != nil {
		t.Fatal(err)
	}
	job := jobs["farewell"]
	if !strings.HasPrefix(job.Image, "golang:") || len(job.Script) != 2 || !strings.Contains(job.Script[0], "go install github.com/farewell-protocol/farewell/cmd/farewell@") {
		t.Fatalf("job %+v", job)
	}
	base := mergeRequest(t)
	args := shellWords(job.Script[1], map[string]string{"CI_MERGE_REQUEST_DIFF_BASE_SHA": base})
	if args[0] != "farewell" {
		t.Fatalf("script %q", job.Script[1])
	}
	code, _, stderr := farewell(t, "", args[1:]...)
	data, err := os.ReadFile(job.Artifacts.Reports.JUnit)
	var suites struct {
		Failures int `xml:"failures,attr"`
	}
	if err == nil {
		err = xml.Unmarshal(data, &suites)
	}
	if code != exitFindings || err != nil || suites.Failures != 2 {
		t.Errorf("%q: exit %d, %s; %d failures, %v\n%s", args, code, stderr, suites.Failures, err, data)
	}
}

func TestREADMEReviewdog(t *testing.T) {
	line := strings.TrimSpace(readmeBlock(t, "reviewdog, for review comments", "sh"))
	lint, dog, ok := strings.Cut(line, " | ")
	args := shellWords(lint, nil)
	if !ok || args[0] != "farewell" || !slices.Contains(shellWords(dog, nil), "-f=checkstyle") {
		t.Fatalf("%q", line)
	}
	mergeRequest(t)
	code, out, stderr := farewell(t, "", args[1:]...)
	var doc struct {
		XMLName xml.Name `xml:"checkstyle"`
		Files   []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line   int    `xml:"line,attr"`
				Source string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil || code != exitFindings || len(doc.Files) != 1 || len(doc.Files[0].Errors) == 0 {
		t.Errorf("%q: exit %d, %s, %v\n%s", args, code, stderr, err, out)
	}
}

func TestPreCommitHook(t *testing.T) {
	var hooks []struct {
		ID       string
		Entry    string
		Language string
		Types    []string
		TypesOr  []string `yaml:"types_or"`
		Files    string
	}
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err == nil {
		err = yaml.Unmarshal(data, &hooks)
	}
	if err != nil || len(hooks) != 1 {
		t.Fatalf("%v, %d hooks", err, len(hooks))
	}
	h := hooks[0]
	if !strings.Contains(readmeBlock(t, "pre-commit (`.pre-commit-config.yaml`)", "yaml"), "id: "+h.ID) {
		t.Errorf("README's pre-commit configuration does not name the hook %s", h.ID)
	}
	// identify tags a UTF-16 file as binary, not text: only a name filter keeps it.
	if h.Entry != "farewell lint --as-walked" || h.Language != "golang" || !slices.Equal(h.Types, []string{"file"}) || h.TypesOr != nil {
		t.Errorf("hook %+v", h)
	}
	files := regexp.MustCompile(h.Files)
	for _, name := range []string{"a.txt", "a.text", "a.md", "a.markdown", "a.mdown", "a.mkd", "a.html", "a.HTM", "a.xhtml",
		"a.mjml", "a.json", "a.arb", "a.yml", "a.yaml", "a.po", "a.pot", "values/strings.xml", "en.lproj/Localizable.strings",
		"a.stringsdict", "a.xlf", "a.xliff", "a.ini", "a.properties", "a.html.twig", "a.hbs", "a.handlebars", "a.mustache",
		"a.liquid", "a.jinja", "a.jinja2", "a.j2", "a.njk", "a.erb", "a.tmpl", "a.tpl", "a.gotmpl", "a.gohtml", "a.eml", "a.resx", "a.mdx", "a.js", "a.mjs", "a.ts", "a.cts"} {
		if !format.IsCandidate(name) || !files.MatchString(name) {
			t.Errorf("%s: farewell reads it %v, the hook passes it %v", name, format.IsCandidate(name), files.MatchString(name))
		}
	}
	for _, ext := range format.Extensions() {
		if name := "a" + ext; !files.MatchString(name) || !files.MatchString(strings.ToUpper(name)) {
			t.Errorf("farewell reads %s, the hook does not pass it", name)
		}
	}
	for _, name := range []string{"main.go", "logo.png", "a.html.go"} {
		if files.MatchString(name) {
			t.Errorf("the hook passes %s", name)
		}
	}
	// go install ./... at the root, as pre-commit runs it, installs one command.
	cmd := exec.Command("go", "list", "-f", "{{if eq .Name \"main\"}}{{.ImportPath}}{{end}}", "./...")
	cmd.Dir = filepath.Join("..", "..")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Fields(string(out)); !slices.Equal(got, []string{"github.com/farewell-protocol/farewell/cmd/farewell"}) {
		t.Errorf("go install ./... installs %v", got)
	}
}
