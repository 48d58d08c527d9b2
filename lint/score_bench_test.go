package lint_test

import (
	"testing"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// BenchmarkCalibration lints the calibration set held in memory on one goroutine: throughput on
// goodbye messages, where every element is checked and every message scored.
func BenchmarkCalibration(b *testing.B) {
	benchLintInMemory(b, calibrationDir)
}

// BenchmarkGraceScore scores a message with eight elements and five findings.
func BenchmarkGraceScore(b *testing.B) {
	r := &rules.Rule{ID: "farewell.guilt.confirmshaming", Type: rules.Substitution}
	in := lint.ScoreInput{
		Kind:     rules.Cancellation,
		Present:  []string{"a.elements.a", "a.elements.b", "a.elements.c", "a.elements.d"},
		Missing:  []string{"a.elements.e", "a.elements.f", "a.elements.g", "a.elements.h"},
		Findings: make([]lint.Finding, 5),
	}
	for i := range in.Findings {
		in.Findings[i] = lint.Finding{Rule: r, Severity: rules.Severity(1 + i%3), Message: "m"}
	}
	b.ReportAllocs()
	for b.Loop() {
		lint.GraceScore(in)
	}
}
