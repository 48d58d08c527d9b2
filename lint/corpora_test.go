package lint_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// TestCorporaPositions lints every file of the shared corpora (real catalogs and e-mail
// templates) and checks the position invariants on every finding; every file must be linted
// or skipped with a reason, never fail.
func TestCorporaPositions(t *testing.T) {
	dir := linttest.Shared(t, "corpora")
	l := linttest.Builtin(t)
	inputs := lint.Expand([]string{dir}, lint.WalkOptions{})
	if len(inputs) < 1000 {
		t.Fatalf("found only %d inputs in %s", len(inputs), dir)
	}
	linted, skipped := 0, map[string]int{}
	l.Run(context.Background(), inputs, lint.RunOptions{}, func(r *lint.Result) {
		switch {
		case r.Err != nil:
			t.Errorf("%v", r.Err)
		case r.Skipped != "":
			skipped[r.Skipped]++
		default:
			linted++
			linttest.Check(t, r)
		}
	})
	t.Logf("%d files linted, skipped: %v", linted, skipped)
}

// BenchmarkCorpora lints all of the shared corpora per iteration and reports MB/s.
func BenchmarkCorpora(b *testing.B) {
	dir := linttest.Shared(b, "corpora")
	l := linttest.Builtin(b)
	inputs := lint.Expand([]string{dir}, lint.WalkOptions{})
	var total int64
	for _, in := range inputs {
		if info, err := os.Stat(in.File); err == nil {
			total += info.Size()
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		l.Run(context.Background(), inputs, lint.RunOptions{}, func(*lint.Result) {})
	}
}

// BenchmarkLintMixed lints the repository's own text, Markdown and HTML test inputs, held in
// memory, on one goroutine: the engine's throughput without I/O.
func BenchmarkLintMixed(b *testing.B) {
	l := linttest.Builtin(b)
	var docs []lint.Input
	var total int64
	for _, dir := range []string{"../testdata/golden", "../testdata/examples"} {
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
