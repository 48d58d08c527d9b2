package message

import (
	"fmt"
	"strings"

	"github.com/farewell-protocol/farewell/rules"
)

// The grace score's constants. A message's score starts from a base, gains the credits of the
// elements it contains, loses a penalty for each finding by severity, is capped when a finding
// is an error, and is kept within 0-100. docs/scores.md documents the formula with a worked example.
const (
	// BaseComplete is the base of a message of which no elements are expected: it is as good as
	// its wording.
	BaseComplete = 100
	// BaseIncomplete is the base of a message of which elements are expected; the elements
	// together are worth ElementPoints on top of it.
	BaseIncomplete = 50
	// ElementPoints is what all the elements expected of a message are worth together, shared
	// equally among them.
	ElementPoints = BaseComplete - BaseIncomplete
	// PenaltyError, PenaltyWarning and PenaltySuggestion are deducted for each finding of that
	// severity; a missing element costs its credit, not a penalty.
	PenaltyError      = 30
	PenaltyWarning    = 12
	PenaltySuggestion = 4
	// ErrorCap is the highest score of a message with an error-level finding, whatever its
	// credits: below GraciousScore by a wide margin.
	ErrorCap = 49
	// capReason is the reason of the ScoreCap item, written once rather than for every
	// message: TestCapReason checks that it names ErrorCap.
	capReason = "an error-level finding caps the score at 49"
	// GraciousScore is the lowest score of a gracious message.
	GraciousScore = 80
)

// Score is a grace score from 0 to 100 and the items that make it up; the items' Points add up
// to Value.
type Score struct {
	Value int
	Items []ScoreItem
}

// ScoreItemKind names what a breakdown item is.
type ScoreItemKind string

// The kinds of breakdown items, in the order they are applied.
const (
	// ScoreBase is the starting point.
	ScoreBase ScoreItemKind = "base"
	// ScoreCredit is an element the message contains.
	ScoreCredit ScoreItemKind = "credit"
	// ScoreDeduction is a finding's penalty.
	ScoreDeduction ScoreItemKind = "deduction"
	// ScoreCap lowers a score with an error-level finding to ErrorCap.
	ScoreCap ScoreItemKind = "cap"
	// ScoreFloor raises a negative total to 0.
	ScoreFloor ScoreItemKind = "floor"
)

// ScoreItem is one line of a score's breakdown.
type ScoreItem struct {
	Kind   ScoreItemKind
	Points int
	// Rule is the element's requires rule (credits) or the finding's rule (deductions).
	Rule string
	// Severity is the deducted finding's severity.
	Severity rules.Severity
	// Start is the byte offset where the deducted finding starts; the document's Position
	// method gives it as a line and column.
	Start int
	// Reason says why, as a writer reads it.
	Reason string
}

// ScoreInput is everything a message's grace score depends on.
type ScoreInput struct {
	Kind rules.MessageKind
	// Present and Missing are the ids of the requires rules whose element the message contains
	// or lacks; both are empty when no elements are expected of it.
	Present, Missing []string
	// Flaws are the message's findings about its wording; a missing element is no flaw (it
	// costs its credit).
	Flaws []Flaw
}

// Flaw is a finding about a message's wording, as its grace score reads it.
type Flaw struct {
	// Rule is the id of the finding's rule.
	Rule     string
	Severity rules.Severity
	// Start is the byte offset where the finding starts.
	Start int
	// Message is the finding's message, the deduction's reason.
	Message string
}

// GraceScore computes a message's grace score. It is a pure function of its input:
//
//	score = clamp(min(cap, base + credits - penalties), 0, 100)
//
// where base is 100 when no elements are expected and 50 when some are; the expected elements
// share 50 points equally (rounded so that the shares add up to 50) and each present one
// credits its share; each finding deducts 30 (error), 12 (warning) or 4 (suggestion); and cap
// is 49 when any finding is an error, else 100. Removing a finding or adding an element never
// lowers the score.
func GraceScore(in ScoreInput) Score { return grace(in, true) }

// GraceValue is GraceScore's value alone, computed without building the breakdown.
func GraceValue(in ScoreInput) int { return grace(in, false).Value }

// grace computes the score, with its breakdown when items is set.
func grace(in ScoreInput, items bool) Score {
	var s Score
	if items {
		deductions := 0
		for i := range in.Flaws {
			if Penalty(in.Flaws[i].Severity) != 0 {
				deductions++
			}
		}
		// Room for exactly the items below: the base, the credits, the deductions, a cap, a floor.
		s.Items = make([]ScoreItem, 0, 3+len(in.Present)+deductions)
	}
	add := func(it ScoreItem) {
		if items {
			s.Items = append(s.Items, it)
		}
		s.Value += it.Points
	}
	n := len(in.Present) + len(in.Missing)
	if n == 0 {
		add(ScoreItem{Kind: ScoreBase, Points: BaseComplete, Reason: "no elements are expected of this message"})
	} else {
		reason := ""
		if items {
			reason = fmt.Sprintf("%s %s message: %d elements expected, together worth %d", article(string(in.Kind)), in.Kind, n, ElementPoints)
		}
		add(ScoreItem{Kind: ScoreBase, Points: BaseIncomplete, Reason: reason})
		for _, id := range in.Present {
			add(ScoreItem{Kind: ScoreCredit, Points: elementShare(id, in.Present, in.Missing), Rule: id, Reason: "element present"})
		}
	}
	hasError := false
	for i := range in.Flaws {
		f := &in.Flaws[i]
		p := Penalty(f.Severity)
		if p == 0 {
			continue
		}
		hasError = hasError || f.Severity >= rules.Error
		add(ScoreItem{Kind: ScoreDeduction, Points: -p, Rule: f.Rule, Severity: f.Severity, Start: f.Start, Reason: f.Message})
	}
	if hasError && s.Value > ErrorCap {
		add(ScoreItem{Kind: ScoreCap, Points: ErrorCap - s.Value, Reason: capReason})
	}
	if s.Value < 0 {
		add(ScoreItem{Kind: ScoreFloor, Points: -s.Value, Reason: "the score does not go below 0"})
	}
	return s
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// Penalty is what one finding of severity s deducts from a grace score.
func Penalty(s rules.Severity) int {
	switch s {
	case rules.Error:
		return PenaltyError
	case rules.Warning:
		return PenaltyWarning
	case rules.Suggestion:
		return PenaltySuggestion
	}
	return 0
}

// elementShare is the credit of element id among all the expected elements: ElementPoints
// divided equally, the remainder going one point each to the first elements in id order.
func elementShare(id string, present, missing []string) int {
	n := len(present) + len(missing)
	rank := 0
	for _, list := range [][]string{present, missing} {
		for _, other := range list {
			if other < id {
				rank++
			}
		}
	}
	share := ElementPoints / n
	if rank < ElementPoints%n {
		share++
	}
	return share
}

// Band names the range a score falls in: "gracious" (80 and up), "fair" (60-79), "needs work"
// (40-59) or "poor" (below 40).
func Band(score int) string {
	switch {
	case score >= GraciousScore:
		return "gracious"
	case score >= 60:
		return "fair"
	case score >= 40:
		return "needs work"
	}
	return "poor"
}

// ScoreTally aggregates message scores into the score of a file or a run: the mean score of
// its goodbye messages (every kind but other), or of all its messages when none is a goodbye,
// rounded half up.
type ScoreTally struct {
	goodbyeSum, goodbyes int
	allSum, all          int
}

// Add counts the messages of one result.
func (t *ScoreTally) Add(msgs []Message) {
	for i := range msgs {
		v := msgs[i].Score
		t.allSum += v
		t.all++
		if msgs[i].Kind != rules.Other {
			t.goodbyeSum += v
			t.goodbyes++
		}
	}
}

// Score returns the aggregate score, and false when no message was counted.
func (t *ScoreTally) Score() (int, bool) {
	sum, n := t.goodbyeSum, t.goodbyes
	if n == 0 {
		sum, n = t.allSum, t.all
	}
	if n == 0 {
		return 0, false
	}
	return (2*sum + n) / (2 * n), true
}

// FileScore returns the grace score of one file's messages (see ScoreTally), and false when it
// has none.
func FileScore(msgs []Message) (int, bool) {
	var t ScoreTally
	t.Add(msgs)
	return t.Score()
}

// ScoreInput returns what the message's grace score depends on.
func (m *Message) ScoreInput() ScoreInput {
	return ScoreInput{Kind: m.Kind, Present: m.Present, Missing: m.Missing, Flaws: m.Flaws}
}

// Breakdown returns the message's grace score with the items that make it up. It is computed
// when a report shows it, so that a catalog of many messages does not keep one for each.
func (m *Message) Breakdown() Score { return GraceScore(m.ScoreInput()) }
