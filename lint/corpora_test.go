package lint_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// TestCorporaPositions lints every file of the shared corpora (real catalogs and e-mail
// templates) as the CLI would and checks the position invariants on every finding; every file
// must be linted or deliberately skipped (a locale without a rule pack, a file that is no
// format farewell reads), never fail.
func TestCorporaPositions(t *testing.T) {
	dir := linttest.Shared(t, "corpora")
	l := linttest.Builtin(t)
	inputs := slices.Collect(lint.Walk([]string{dir}, lint.WalkOptions{}))
	if len(inputs) < 1000 {
		t.Fatalf("found only %d inputs in %s", len(inputs), dir)
	}
	linted, skipped := tallies{}, map[string]int{}
	l.Run(context.Background(), slices.Values(inputs), lint.RunOptions{}, func(r *lint.Result) {
		switch {
		case r.Err != nil:
			t.Errorf("%v", r.Err)
		case r.Skipped != "":
			skipped[r.Skipped]++
			if r.Skipped != format.SkipLocale && r.Skipped != lint.SkipFormat && r.Skipped != format.SkipNotCatalog {
				t.Errorf("%s: skipped: %s", r.Path, r.Skipped)
			}
		default:
			linted.add(r)
			linttest.Check(t, r)
		}
	})
	linted.log(t)
	t.Logf("skipped: %v", skipped)
}

// tallies counts files, strings and findings by format.
type tallies map[document.Format]*[3]int

func (ts tallies) add(r *lint.Result) {
	if ts[r.Format] == nil {
		ts[r.Format] = &[3]int{}
	}
	n := ts[r.Format]
	n[0]++
	n[1] += len(r.Doc.Segments)
	n[2] += len(r.Findings)
}

func (ts tallies) log(t *testing.T) {
	t.Helper()
	for _, f := range format.Formats() {
		if n := ts[f]; n != nil {
			t.Logf("%-12s %5d files %7d strings %6d findings", f, n[0], n[1], n[2])
		}
	}
}

// TestCorporaEveryReader reads every corpus file in every locale, as if it were English, so
// that each reader meets all 1,640 real files: none may fail, and every segment and finding
// must pass the invariants. It logs, per format, the files and strings read.
func TestCorporaEveryReader(t *testing.T) {
	dir := linttest.Shared(t, "corpora")
	l := linttest.Builtin(t)
	inputs := slices.Collect(lint.Walk([]string{dir}, lint.WalkOptions{}))
	english := func(string) *lint.FileSettings { return &lint.FileSettings{Locale: "en"} }
	by := tallies{}
	l.Run(context.Background(), slices.Values(inputs), lint.RunOptions{Settings: english}, func(r *lint.Result) {
		switch {
		case r.Err != nil:
			t.Errorf("%v", r.Err)
			return
		case r.Skipped == lint.SkipFormat:
			return
		case r.Skipped != "":
			t.Errorf("%s: skipped: %s", r.Path, r.Skipped)
			return
		}
		linttest.Check(t, r)
		by.add(r)
	})
	by.log(t)
}

// BenchmarkCorpora lints all of the shared corpora per iteration and reports MB/s.
func BenchmarkCorpora(b *testing.B) {
	dir := linttest.Shared(b, "corpora")
	l := linttest.Builtin(b)
	inputs := slices.Collect(lint.Walk([]string{dir}, lint.WalkOptions{}))
	var total int64
	for _, in := range inputs {
		if info, err := os.Stat(in.File); err == nil {
			total += info.Size()
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		l.Run(context.Background(), slices.Values(inputs), lint.RunOptions{}, func(*lint.Result) {})
	}
}

// BenchmarkLintMixed lints the repository's own text, Markdown and HTML test inputs, held in
// memory, on one goroutine: the engine's throughput without I/O.
func BenchmarkLintMixed(b *testing.B) {
	benchLintInMemory(b, "../testdata/golden", "../testdata/examples")
}

// BenchmarkCalibration lints the calibration set held in memory on one goroutine: throughput on
// goodbye messages, where every element is checked and every message scored.
func BenchmarkCalibration(b *testing.B) {
	benchLintInMemory(b, "../testdata/calibration")
}

// benchLintInMemory lints every test input under dirs, read into memory first, per iteration
// on one goroutine, and reports MB/s.
func benchLintInMemory(b *testing.B, dirs ...string) {
	b.Helper()
	l := linttest.Builtin(b)
	var docs []lint.Input
	var total int64
	for _, dir := range dirs {
		for _, p := range linttest.Inputs(b, dir) {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, lint.Input{Path: filepath.ToSlash(p), Data: data})
			total += int64(len(data))
		}
	}
	for _, in := range docs { // load the part-of-speech model before timing
		l.LintInput(in, lint.RunOptions{})
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range docs {
			l.LintInput(in, lint.RunOptions{})
		}
	}
}
