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
	defer func() { _ = f.Close() }() // read only: closing loses nothing
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

// TestKindsAndHalves reads a data set with kind and source columns: the report compares the
// inferred kind with the label, and a half keeps exactly the rows whose source hashes to it,
// every row of one site or repository together.
func TestKindsAndHalves(t *testing.T) {
	in := "text\texpect\tkind\tsource\tarea\n" +
		"You have been unsubscribed from our newsletter.\tpass\tunsubscribe\thttps://www.example.com/a\t\n" +
		"To cancel your membership, call us.\tflag\tcancellation\thttps://example.com/b\tfriction\n" +
		"Your order has shipped.\tpass\tother\tacme/app:locales/en.json\t\n" +
		"Your account has been suspended.\tflag\toffboarding\tacme/app:mail/suspend.txt\tcoldness\n"
	rows, err := eval.Read(strings.NewReader(in), "k.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if rows[0].Kind != "unsubscribe" || rows[2].Source != "acme/app:locales/en.json" {
		t.Fatalf("kind and source not read: %+v", rows)
	}
	if eval.SourceKey(rows[0].Source) != "example.com" || eval.SourceKey(rows[1].Source) != "example.com" ||
		eval.SourceKey(rows[3].Source) != "acme/app" {
		t.Errorf("source keys %q %q %q", eval.SourceKey(rows[0].Source), eval.SourceKey(rows[1].Source), eval.SourceKey(rows[3].Source))
	}
	a, errA := eval.Split(rows, eval.HalfA)
	b, errB := eval.Split(rows, eval.HalfB)
	if errA != nil || errB != nil || len(a)+len(b) != len(rows) {
		t.Fatalf("halves %d + %d of %d rows (%v, %v)", len(a), len(b), len(rows), errA, errB)
	}
	for _, half := range [][]eval.Row{a, b} {
		for _, r := range half {
			if eval.Half(r.Source) != eval.Half(rows[0].Source) && eval.SourceKey(r.Source) == "example.com" {
				t.Errorf("rows of one site split across halves")
			}
		}
	}
	if _, err := eval.Split([]eval.Row{{Line: 2, Text: "x"}}, eval.HalfA); err == nil {
		t.Error("splitting rows without a source: want an error")
	}
	if _, err := eval.Split(rows, "C"); err == nil {
		t.Error("an unknown half: want an error")
	}
	s := eval.Summarize(eval.Run(linttest.Builtin(t), rows))
	acc, n := s.KindAccuracy()
	if n != 4 || len(s.Kinds) != 4 {
		t.Fatalf("kind rows %d, kinds %+v", n, s.Kinds)
	}
	want := map[string]int{"unsubscribe": 1, "cancellation": 1, "other": 1, "offboarding": 1}
	correct := 0
	for _, k := range s.Kinds {
		if k.Rows != 1 || want[k.Kind] != 1 {
			t.Errorf("kind score %+v", k)
		}
		correct += k.Correct
	}
	if acc != float64(correct)/4 || correct < 3 {
		t.Errorf("kind accuracy %.2f (%d of 4 right), want at least 3 right", acc, correct)
	}
	var out bytes.Buffer
	if err := eval.Write(&out, "k.tsv", eval.Run(linttest.Builtin(t), rows), false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "all rows     4         4     1.000") {
		t.Errorf("report lacks the kind table:\n%s", out.String())
	}
}

// TestRealWorldTargets measures the built-in pack on the real-world development set beside the
// repository (real farewell copy from apps' catalogs, help centres and e-mails) and fails below
// the targets: recall >= 0.85 over all flag rows and >= 0.70 in every area, and at most 2 % of
// pass rows reported.
func TestRealWorldTargets(t *testing.T) {
	s := measureShared(t, "data/realworld")
	if recall := float64(s.FlagReported) / float64(s.Flag); recall < 0.85 {
		t.Errorf("recall %.3f over all flag rows, below the target 0.85", recall)
	}
	for _, a := range s.Areas {
		if a.Recall() < 0.70 {
			t.Errorf("recall %s = %.3f, below the target 0.70", a.Area, a.Recall())
		}
	}
	if fp := s.FalsePositiveRate(); fp > 0.02 {
		t.Errorf("false-positive rate %.2f %%, above the target 2 %%", 100*fp)
	}
}

// TestDevTargets measures the built-in pack on the labelled development set beside the
// repository and fails below the targets: recall guilt >= 0.97, friction >= 0.95, pressure
// >= 0.90, and at most 0.5 % of pass rows reported.
func TestDevTargets(t *testing.T) {
	s := measureShared(t, "data/darkpatterns")
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
}

// measureShared runs the built-in pack over dev.tsv in the shared data folder dir, logs the
// report and returns its summary; it skips when the shared data is absent.
func measureShared(t *testing.T, dir string) eval.Score {
	t.Helper()
	f, err := os.Open(filepath.Join(linttest.Shared(t, dir), "dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	rows, err := eval.Read(f, "dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	outs := eval.Run(linttest.Builtin(t), rows)
	var b bytes.Buffer
	if err := eval.Write(&b, "dev.tsv", outs, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	return eval.Summarize(outs)
}
