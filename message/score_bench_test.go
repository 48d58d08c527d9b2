package message_test

import (
	"testing"

	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// BenchmarkGraceScore scores a message with eight elements and five findings.
func BenchmarkGraceScore(b *testing.B) {
	in := message.ScoreInput{
		Kind:    rules.Cancellation,
		Present: []string{"a.elements.a", "a.elements.b", "a.elements.c", "a.elements.d"},
		Missing: []string{"a.elements.e", "a.elements.f", "a.elements.g", "a.elements.h"},
		Flaws:   make([]message.Flaw, 5),
	}
	for i := range in.Flaws {
		in.Flaws[i] = message.Flaw{Rule: "farewell.guilt.confirmshaming", Severity: rules.Severity(1 + i%3), Message: "m"}
	}
	b.ReportAllocs()
	for b.Loop() {
		message.GraceScore(in)
	}
}
