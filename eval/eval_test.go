package eval_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/eval"
	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

func TestRead(t *testing.T) {
	in := "text\texpect\tarea\n" +
		"\"\"\"Quoted\"\" text\"\tflag\tguilt\n" +
		"Two\\nlines\tpass\t\n" +
		"no area\tflag\n" +
		"Lazy \"quote\" inside\tany\t\n"
	rows, err := eval.Read(strings.NewReader(in), "x.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := []eval.Row{
		{Line: 2, Text: `"Quoted" text`, Expect: "flag", Area: "guilt"},
		{Line: 3, Text: "Two\nlines", Expect: "pass"},
		{Line: 4, Text: "no area", Expect: "flag", Area: "(none)"},
		{Line: 5, Text: `Lazy "quote" inside`, Expect: "any"},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d: %+v", len(rows), len(want), rows)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d: got %+v, want %+v", i, rows[i], want[i])
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "x.tsv: empty data set"},
		{"text\tlabel\nhi\tflag\n", "x.tsv:1:1: the header needs text and expect columns"},
		{"text\texpect\nhi\tflag\nbye\tmaybe\n", `x.tsv:3:5: expect is "maybe", want flag, pass or any`},
		{"expect\ttext\nflag\n", "x.tsv:2:1: 1 fields, want at least 2"},
	} {
		_, err := eval.Read(strings.NewReader(tc.in), "x.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want an error starting %q", tc.in, err, tc.want)
		}
	}
}

// TestSample scores the small data set in testdata, which holds a row of each kind, a missed
// flag row and a falsely reported pass row, and compares the verbose report with its golden
// file.
func TestSample(t *testing.T) {
	f, err := os.Open("../testdata/eval/sample.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := eval.Read(f, "sample.tsv")
	if err != nil {
		t.Fatal(err)
	}
	outs := eval.Run(linttest.Builtin(t), rows)
	s := eval.Summarize(outs)
	if s.Flag != 4 || s.FlagReported != 3 || s.Pass != 5 || s.FalsePositives != 1 || s.Any != 1 {
		t.Errorf("score %+v", s)
	}
	var b bytes.Buffer
	if err := eval.Write(&b, "sample.tsv", outs, true); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "../testdata/eval/sample.tsv.golden", b.Bytes())
}

// TestDevTargets measures the built-in pack on the labelled development set beside the
// repository and fails below the targets: recall guilt >= 0.97, friction >= 0.95, pressure
// >= 0.90, and at most 0.5 % of pass rows reported.
func TestDevTargets(t *testing.T) {
	dir := linttest.Shared(t, "data/darkpatterns")
	f, err := os.Open(filepath.Join(dir, "dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := eval.Read(f, "dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	outs := eval.Run(linttest.Builtin(t), rows)
	s := eval.Summarize(outs)
	for area, target := range map[string]float64{"guilt": 0.97, "friction": 0.95, "pressure": 0.90} {
		recall, ok := s.Recall(area)
		if !ok {
			t.Errorf("no %s rows in dev.tsv", area)
			continue
		}
		if recall < target {
			t.Errorf("recall %s = %.3f, below the target %.2f", area, recall, target)
		}
	}
	if fp := s.FalsePositiveRate(); fp > 0.005 {
		t.Errorf("false-positive rate %.2f %%, above the target 0.5 %%", 100*fp)
	}
	var b bytes.Buffer
	if err := eval.Write(&b, "dev.tsv", outs, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
}
