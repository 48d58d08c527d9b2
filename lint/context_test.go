package lint

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
)

// countingContext is a context that is done after its Err has been asked n times.
type countingContext struct {
	context.Context
	n, calls int
}

func (c *countingContext) Err() error {
	c.calls++
	if c.calls > c.n {
		return context.Canceled
	}
	return nil
}

// TestLintHonoursContext checks that the engine asks whether to go on before every segment,
// and stops as soon as the answer is no: a server that gave up on a request frees its worker
// within one segment, not after the whole document.
func TestLintHonoursContext(t *testing.T) {
	l := builtinLinter(t)
	src := []byte(strings.Repeat("Please don't go! To cancel, call us.\n\n", 200))
	full := &countingContext{Context: context.Background(), n: 1 << 30}
	res := l.LintContext(full, &document.Document{Path: "a.txt", Format: format.Text, Src: src}, nil)
	if res.Err != nil || len(res.Findings) == 0 || full.calls < len(res.Doc.Segments) {
		t.Fatalf("uncancelled: %v, %d findings, %d checks for %d segments", res.Err, len(res.Findings), full.calls, len(res.Doc.Segments))
	}
	for _, n := range []int{0, 1, 10, 150} {
		ctx := &countingContext{Context: context.Background(), n: n}
		res := l.LintContext(ctx, &document.Document{Path: "a.txt", Format: format.Text, Src: src}, nil)
		if !errors.Is(res.Err, context.Canceled) || len(res.Findings) != 0 || !strings.HasPrefix(res.Err.Error(), "a.txt: ") {
			t.Errorf("done after %d checks: %v, %d findings", n, res.Err, len(res.Findings))
		}
		if ctx.calls > n+2 {
			t.Errorf("done after %d checks, went on for %d more", n, ctx.calls-n-1)
		}
	}
}
