package lint

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
)

// scalingCase is an input that grows with n: the work linting it must grow linearly.
type scalingCase struct {
	name, path string
	gen        func(n int) string
}

func scalingCases() []scalingCase {
	return []scalingCase{
		{"one long line", "line.txt", func(n int) string { return strings.Repeat("Please stay with us ", n) + "\n" }},
		{"many findings in one sentence", "sentence.txt", func(n int) string {
			return strings.Repeat("we will miss you so much, please don't go, please stay, we're sad to see you go, ", n) + "\n"
		}},
		{"minified JSON catalog", "locales/en/app.json", func(n int) string {
			var b strings.Builder
			b.WriteString("{")
			for i := range n {
				if i > 0 {
					b.WriteString(",")
				}
				fmt.Fprintf(&b, `"cancel%d":{"title":"Please don't go!","body":"We will miss you, please stay with us.","keep":"Stay"}`, i)
			}
			b.WriteString("}")
			return b.String()
		}},
		{"one long JSON string", "locales/en/long.json", func(n int) string {
			return `{"body":"` + strings.Repeat("Please stay with us ", n) + `"}`
		}},
	}
}

// lintCost lints src and returns the work counted by the per-finding stages and the number of
// allocations.
func lintCost(t *testing.T, l *Linter, path, src string) (work int, allocs uint64) {
	t.Helper()
	fm, ok := format.Detect(path, []byte(src))
	if !ok {
		t.Fatalf("%s: no format", path)
	}
	doc := &document.Document{Path: path, Format: fm, Src: []byte(src), Locale: "en"}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res := l.Lint(doc, nil)
	runtime.ReadMemStats(&after)
	if res.Err != nil || len(res.Findings) == 0 {
		t.Fatalf("%s: %v, %d findings", path, res.Err, len(res.Findings))
	}
	return res.work, after.Mallocs - before.Mallocs
}

// TestLinearScaling checks that ten times the input costs at most twelve times the
// allocations and fifteen times the work, on inputs that were once quadratic: findings on one
// long line, exceptions and overlaps among many findings in one sentence, a minified catalog,
// one long string. Overlapping findings are resolved in O(n log n), which at this size is
// about 14 times the work for 10 times the findings; quadratic work would be 100 times. (The
// positions of findings on a long line are checked in package document.)
func TestLinearScaling(t *testing.T) {
	l := builtinLinter(t)
	const n = 500
	for _, tc := range scalingCases() {
		t.Run(tc.name, func(t *testing.T) {
			lintCost(t, l, tc.path, tc.gen(n)) // warm the pools and the compiled expressions
			w1, a1 := lintCost(t, l, tc.path, tc.gen(n))
			w10, a10 := lintCost(t, l, tc.path, tc.gen(10*n))
			if w1 == 0 {
				t.Fatal("no work counted")
			}
			if w10 > 15*w1 || a10 > 12*a1 {
				t.Errorf("10x the input: work %d -> %d (%.1fx), allocations %d -> %d (%.1fx); want at most 15x and 12x",
					w1, w10, float64(w10)/float64(w1), a1, a10, float64(a10)/float64(a1))
			}
		})
	}
}
