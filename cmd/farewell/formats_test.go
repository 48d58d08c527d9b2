package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/farewell-protocol/farewell/internal/golden"
)

// inputs are the repository's test inputs for end-to-end runs of each output format.
var inputs = []string{"../../testdata/examples", "../../testdata/golden"}

// lintAs runs the CLI over the test inputs in one format and checks the whole output against a
// golden file.
func lintAs(t *testing.T, format string) string {
	t.Helper()
	code, out, stderr := farewell(t, "", append([]string{"lint", "--format", format}, inputs...)...)
	// The golden inputs include files with deliberate errors (exit 2); every stderr line must
	// name one of them.
	if code != exitUsage && code != exitFindings {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if line != "" && !strings.Contains(line, "testdata/golden/") {
			t.Errorf("unexpected error: %s", line)
		}
	}
	golden.Check(t, "testdata/all."+format+".golden", []byte(out))
	return out
}

func TestSARIF(t *testing.T) {
	out := lintAs(t, "sarif")
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			ColumnKind string `json:"columnKind"`
			Tool       struct {
				Driver struct {
					Rules []struct {
						ID   string `json:"id"`
						Help struct {
							Text string `json:"text"`
						} `json:"help"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID              string            `json:"ruleId"`
				RuleIndex           int               `json:"ruleIndex"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if log.Version != "2.1.0" || run.ColumnKind != "utf16CodeUnits" || len(run.Results) == 0 {
		t.Fatalf("version %s, columnKind %s, %d results", log.Version, run.ColumnKind, len(run.Results))
	}
	for _, r := range run.Results {
		rule := run.Tool.Driver.Rules[r.RuleIndex]
		if rule.ID != r.RuleID || rule.Help.Text == "" || rule.DefaultConfiguration.Level == "" || r.PartialFingerprints["primaryLocationLineHash"] == "" {
			t.Errorf("result %s: rule metadata or fingerprint missing", r.RuleID)
		}
	}
	schemas := filepath.Join("..", "..", "..", "shared", "schemas", "sarif-schema-2.1.0.json")
	if _, err := os.Stat(schemas); err != nil {
		t.Skipf("SARIF schema absent (%v); structure checked, schema validation skipped", err)
	}
	sch, err := jsonschema.NewCompiler().Compile(schemas)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("SARIF output does not validate against the official schema: %v", err)
	}
}

func TestGitHubCommands(t *testing.T) {
	t.Setenv("GITHUB_STEP_SUMMARY", "") // tested in TestGitHubDefaults
	out := lintAs(t, "github")
	cmd := regexp.MustCompile(`^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$`)
	fileErr := regexp.MustCompile(`^::error file=([^,:]+),title=farewell::.+$`)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for _, line := range lines[:len(lines)-1] {
		if fileErr.MatchString(line) {
			continue
		}
		m := cmd.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("not a workflow command: %q", line)
			continue
		}
		if strings.ContainsAny(m[8], "\r\n") || strings.Contains(strings.NewReplacer("%25", "", "%0A", "", "%0D", "").Replace(m[8]), "%") {
			t.Errorf("message not escaped: %q", m[8])
		}
	}
	if last := lines[len(lines)-1]; strings.HasPrefix(last, "::") {
		t.Errorf("summary line missing, got %q", last)
	}
}

func TestJUnit(t *testing.T) {
	out := lintAs(t, "junit")
	var doc struct {
		XMLName  xml.Name `xml:"testsuites"`
		Tests    int      `xml:"tests,attr"`
		Failures int      `xml:"failures,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Tests int    `xml:"tests,attr"`
			Cases []struct {
				Name     string `xml:"name,attr"`
				Failures []struct {
					Type string `xml:"type,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	tests, failed := 0, 0
	for _, s := range doc.Suites {
		if s.Tests != len(s.Cases) || s.Name == "" {
			t.Errorf("suite %q: tests=%d but %d cases", s.Name, s.Tests, len(s.Cases))
		}
		tests += len(s.Cases)
		for _, c := range s.Cases {
			if len(c.Failures) > 0 {
				failed++
			}
		}
	}
	if doc.Tests != tests || doc.Failures != failed || failed == 0 {
		t.Errorf("testsuites tests=%d failures=%d, counted %d and %d", doc.Tests, doc.Failures, tests, failed)
	}
}

func TestCheckstyle(t *testing.T) {
	out := lintAs(t, "checkstyle")
	var doc struct {
		XMLName xml.Name `xml:"checkstyle"`
		Files   []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
				Severity string `xml:"severity,attr"`
				Message  string `xml:"message,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range doc.Files {
		for _, e := range f.Errors {
			n++
			if e.Line < 1 || e.Column < 1 || e.Message == "" || !strings.HasPrefix(e.Source, "farewell") ||
				(e.Severity != "error" && e.Severity != "warning" && e.Severity != "info") {
				t.Errorf("%s: bad error element %+v", f.Name, e)
			}
		}
	}
	if n == 0 {
		t.Error("no findings in checkstyle output")
	}
}
