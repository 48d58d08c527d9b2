package lint_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// runInputs are n small inputs, every third with a finding, each named by its number.
func runInputs(n int) []lint.Input {
	var ins []lint.Input
	for i := range n {
		text := fmt.Sprintf("Thank you for being with us, reader %d.", i)
		if i%3 == 0 {
			text = fmt.Sprintf("Please don't go, reader %d!", i)
		}
		ins = append(ins, lint.Input{Path: fmt.Sprintf("mail%03d.txt", i), Data: []byte(text), Named: true})
	}
	return ins
}

// TestRunOrder checks that Run emits every input's result once, in input order, the same as
// LintInput's, whatever the number of workers.
func TestRunOrder(t *testing.T) {
	l := linttest.Builtin(t)
	ins := runInputs(60)
	for _, workers := range []int{1, 2, 7} {
		var got []*lint.Result
		l.Run(context.Background(), slices.Values(ins), lint.RunOptions{Workers: workers}, func(r *lint.Result) {
			got = append(got, r)
		})
		if len(got) != len(ins) {
			t.Fatalf("%d workers: %d results for %d inputs", workers, len(got), len(ins))
		}
		for i, r := range got {
			want := l.LintInput(ins[i], lint.RunOptions{})
			if r.Path != ins[i].Path || len(r.Findings) != len(want.Findings) || (i%3 == 0) != (len(r.Findings) > 0) {
				t.Errorf("%d workers: result %d is %s with %d findings, want %s with %d", workers, i, r.Path, len(r.Findings), ins[i].Path, len(want.Findings))
			}
		}
	}
}

// TestRunInterrupted checks that a run whose context ends emits a prefix of its inputs in
// order, those linted whole and then those begun, linted or with the context's error, and
// takes no more.
func TestRunInterrupted(t *testing.T) {
	l := linttest.Builtin(t)
	ins := runInputs(200)
	for _, workers := range []int{1, 2, 4} {
		ctx, cancel := context.WithCancel(context.Background())
		var got []*lint.Result
		l.Run(ctx, slices.Values(ins), lint.RunOptions{Workers: workers}, func(r *lint.Result) {
			if got = append(got, r); len(got) == 10 {
				cancel()
			}
		})
		cancel()
		if len(got) < 10 || len(got) > 10+5*workers {
			t.Fatalf("%d workers: %d results after an interruption at the 10th", workers, len(got))
		}
		for i, r := range got {
			if r.Path != ins[i].Path {
				t.Fatalf("%d workers: result %d is %s, want %s", workers, i, r.Path, ins[i].Path)
			}
			// A file begun before the end may be linted whole.
			if r.Err != nil && (i < 10 || !errors.Is(r.Err, context.Canceled)) {
				t.Errorf("%d workers: result %d: error %v", workers, i, r.Err)
			}
		}
	}
}
