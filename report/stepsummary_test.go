package report

import (
	"fmt"
	"strings"
	"testing"
)

func TestStepSummaryRows(t *testing.T) {
	var b strings.Builder
	s := &stepSummary{w: &b, failed: []string{"bad|name.json: unterminated string"}}
	for i := 0; i < maxSummaryRows+5; i++ {
		s.rows = append(s.rows, summaryRow{path: "de.json", id: fmt.Sprintf("a|%03d", i), kind: "cancellation", line: i, score: 100 - i%50})
	}
	sum := NewSummary()
	if err := s.write(sum); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, "| cancellation |"); n != maxSummaryRows {
		t.Errorf("%d rows, want %d", n, maxSummaryRows)
	}
	for _, want := range []string{
		"- bad\\|name.json: unterminated string\n",
		"| 51 needs work | `de.json:49` a\\|049 | cancellation | 0 |\n| 51 needs work | `de.json:99` a\\|099 |", // worst first, then by line
		"\n5 more not listed, each scoring 99 or higher.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}
