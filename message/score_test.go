package message_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// scoreInputs are the real inputs the score properties are checked on: the repository's test
// messages and, when present, the shared corpora.
func scoreInputs(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, dir := range []string{"../testdata/golden", "../testdata/examples", calibrationDir} {
		for _, p := range linttest.Inputs(t, dir) {
			if filepath.Base(p) != "manifest.tsv" {
				out = append(out, p)
			}
		}
	}
	if testing.Short() {
		return out
	}
	if _, err := os.Stat("../../shared/corpora"); err == nil {
		dir := linttest.Shared(t, "corpora")
		for in := range lint.Walk([]string{dir}, lint.WalkOptions{}) {
			out = append(out, in.File)
		}
	}
	return out
}

// flaw is a finding about wording as the grace score reads it.
func flaw(f lint.Finding) message.Flaw {
	return message.Flaw{Rule: f.Rule.ID, Severity: f.Severity, Start: f.Start, Message: f.Message}
}

// lintedResults lints every score input, keeping those that were linted.
func lintedResults(t *testing.T, l *lint.Linter) []*lint.Result {
	t.Helper()
	var out []*lint.Result
	for _, p := range scoreInputs(t) {
		res := linttest.LintFile(t, l, p)
		if res.Err == nil && res.Skipped == "" {
			out = append(out, res)
		}
	}
	return out
}

// TestGraceScoreProperties checks the score's promises on every message of every real input:
// the breakdown adds up to the score, the score stays within 0-100, an error caps it below the
// gracious band, it is deterministic, dropping any one finding never lowers it, and turning any
// missing element into a present one raises it (unless the floor or the error cap holds it).
func TestGraceScoreProperties(t *testing.T) {
	l := linttest.Builtin(t)
	messages, findings, elements := 0, 0, 0
	for _, res := range lintedResults(t, l) {
		byMsg := make([][]message.Flaw, len(res.Messages))
		for _, f := range res.Findings {
			if f.Rule.Type != rules.Requires {
				byMsg[f.MessageIndex] = append(byMsg[f.MessageIndex], flaw(f))
			}
		}
		for mi, m := range res.Messages {
			messages++
			in := message.ScoreInput{Kind: m.Kind, Present: m.Present, Missing: m.Missing, Flaws: byMsg[mi]}
			s := message.GraceScore(in)
			where := res.Path + " " + m.ID
			if s.Value != m.Score {
				t.Errorf("%s: recomputed score %d, linted %d", where, s.Value, m.Score)
			}
			if b := m.Breakdown(); b.Value != m.Score || len(b.Items) != len(s.Items) {
				t.Errorf("%s: breakdown %+v, linted %d, recomputed %+v", where, b, m.Score, s)
			}
			sum, hasError := 0, false
			for _, it := range s.Items {
				sum += it.Points
				hasError = hasError || it.Kind == message.ScoreDeduction && it.Severity == rules.Error
			}
			if sum != s.Value || s.Value < 0 || s.Value > 100 {
				t.Errorf("%s: items add up to %d, score %d", where, sum, s.Value)
			}
			if hasError && s.Value > message.ErrorCap {
				t.Errorf("%s: score %d with an error-level finding", where, s.Value)
			}
			for i := range in.Flaws {
				findings++
				less := in
				less.Flaws = append(append([]message.Flaw(nil), in.Flaws[:i]...), in.Flaws[i+1:]...)
				if v := message.GraceScore(less).Value; v < s.Value {
					t.Errorf("%s: dropping %s lowers the score from %d to %d", where, in.Flaws[i].Rule, s.Value, v)
				}
			}
			for i, id := range in.Missing {
				elements++
				more := in
				more.Present = append(append([]string(nil), in.Present...), id)
				more.Missing = append(append([]string(nil), in.Missing[:i]...), in.Missing[i+1:]...)
				// The credit shows unless the floor or the error cap absorbs it.
				clamped := s.Value == 0 || hasError && s.Value == message.ErrorCap
				if v := message.GraceScore(more).Value; v < s.Value || v == s.Value && !clamped {
					t.Errorf("%s: adding %s does not raise the score %d (%d)", where, id, s.Value, v)
				}
			}
		}
	}
	t.Logf("%d messages, %d findings dropped, %d elements added", messages, findings, elements)
	if messages < 50 || findings < 50 {
		t.Fatalf("too few messages (%d) or findings (%d) to say anything", messages, findings)
	}
}

// TestRemovingProblemsNeverLowersScore edits real inputs: for every finding that is a match, it
// deletes the matched source bytes, and applies the finding's first fix when it has one, then
// lints the file again and checks that no message's score fell.
func TestRemovingProblemsNeverLowersScore(t *testing.T) {
	l := linttest.Builtin(t)
	edits, compared, broken := 0, 0, 0
	for _, res := range lintedResults(t, l) {
		src := res.Doc.Src
		for _, f := range res.Findings {
			if f.Rule.Type == rules.Requires {
				continue
			}
			variants := map[string][]byte{
				"deleting " + f.Rule.ID + " " + f.Match: splice(src, f.Start, f.End, " "),
			}
			if len(f.Fixes) > 0 {
				variants["fixing "+f.Rule.ID+" "+f.Match] = applyFix(src, f.Edit(f.Fixes[0]))
			}
			for what, edited := range variants {
				edits++
				after := l.LintInput(lint.Input{Path: res.Path, Data: edited}, lint.RunOptions{})
				if after.Err != nil {
					// Deleting bytes that straddle markup, or a single byte of UTF-16 text,
					// can leave a file that no longer parses: that edit removes nothing.
					broken++
					continue
				}
				if after.Skipped != "" {
					t.Errorf("%s: %s: skipped: %s", res.Path, what, after.Skipped)
					continue
				}
				compared += compareScores(t, res, after, what)
			}
		}
	}
	t.Logf("%d edits, %d message scores compared, %d edits left a file that does not parse", edits, compared, broken)
	if edits-broken < 50 || broken*10 > edits {
		t.Fatalf("%d edits, %d of them broke the file: too few comparisons to say anything", edits, broken)
	}
}

// compareScores checks that no message of after scores below the same message of before;
// messages are paired by position when both files have as many, else by id.
func compareScores(t *testing.T, before, after *lint.Result, what string) int {
	t.Helper()
	pairs := map[int]int{}
	if len(before.Messages) == len(after.Messages) {
		for i := range before.Messages {
			pairs[i] = i
		}
	} else {
		ids := map[string]int{}
		for i, m := range after.Messages {
			ids[m.ID] = i
		}
		for i, m := range before.Messages {
			if j, ok := ids[m.ID]; ok {
				pairs[i] = j
			}
		}
	}
	keys := make([]int, 0, len(pairs))
	for i := range pairs {
		keys = append(keys, i)
	}
	sort.Ints(keys)
	for _, i := range keys {
		b, a := before.Messages[i], after.Messages[pairs[i]]
		if a.Score < b.Score {
			t.Errorf("%s: %s lowers message %s from %d (%s) to %d (%s)\nbefore:\n%safter:\n%s", before.Path, what,
				b.ID, b.Score, b.Kind, a.Score, a.Kind, breakdown(b.Breakdown()), breakdown(a.Breakdown()))
		}
	}
	return len(keys)
}

func splice(src []byte, start, end int, with string) []byte {
	out := make([]byte, 0, len(src)-(end-start)+len(with))
	out = append(out, src[:start]...)
	out = append(out, with...)
	return append(out, src[end:]...)
}

// applyFix applies a fix's edit.
func applyFix(src []byte, e document.Edit) []byte {
	return splice(bytes.Clone(src), e.Start, e.End, e.New)
}

// TestScoreAggregates checks the file and run scores: the rounded mean of the goodbye
// messages, or of all messages when there is none, and absent without messages.
func TestScoreAggregates(t *testing.T) {
	msg := func(k rules.MessageKind, v int) message.Message {
		return message.Message{Kind: k, Score: v}
	}
	for _, tc := range []struct {
		msgs []message.Message
		want int
		ok   bool
	}{
		{nil, 0, false},
		{[]message.Message{msg(rules.Other, 100), msg(rules.Other, 49)}, 75, true},
		{[]message.Message{msg(rules.Other, 10), msg(rules.Cancellation, 80), msg(rules.Pause, 61)}, 71, true},
		{[]message.Message{msg(rules.Unsubscribe, 0)}, 0, true},
	} {
		var tally message.ScoreTally
		tally.Add(tc.msgs)
		if got, ok := tally.Score(); got != tc.want || ok != tc.ok {
			t.Errorf("%v: got %d %v, want %d %v", tc.msgs, got, ok, tc.want, tc.ok)
		}
	}
}

// readmeExample is the message of the worked example in docs/scores.md.
const readmeExample = `Subject: Your subscription has been cancelled

Thank you for being with us. You keep access until May 31, and you will not be charged again.

If you change your mind, we will be here!!

No thanks, I don't like saving money
`

// TestGraceScoreExample lints the worked example of docs/scores.md and checks the numbers it
// gives for it, its fixed version and a version with every element.
func TestGraceScoreExample(t *testing.T) {
	readme, err := os.ReadFile("../docs/scores.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), readmeExample) || !strings.Contains(string(readme), "score 40 [####......] needs work") {
		t.Fatal("docs/scores.md no longer holds the worked example this test checks")
	}
	l := linttest.Builtin(t)
	res := l.LintInput(lint.Input{Path: "goodbye.txt", Data: []byte(readmeExample)}, lint.RunOptions{})
	m := res.Messages[0]
	var items []string
	for _, it := range m.Breakdown().Items {
		items = append(items, fmt.Sprintf("%+d %s", it.Points, it.Rule))
	}
	want := "+50 ,+6 farewell.elements.open-door,+6 farewell.elements.thanks,+6 farewell.elements.time-together," +
		"+6 farewell.elements.timeline,-4 farewell.desperation.exclamations,-30 farewell.guilt.confirmshaming"
	if m.Kind != rules.Cancellation || m.Score != 40 || strings.Join(items, ",") != want {
		t.Errorf("%s scores %d:\n%s", m.Kind, m.Score, strings.Join(items, "\n"))
	}
	in := message.ScoreInput{Kind: m.Kind, Present: m.Present, Missing: m.Missing}
	if got := message.GraceScore(in).Value; got != 74 {
		t.Errorf("without its findings: %d, want 74", got)
	}
	var flaws []message.Flaw
	for _, f := range res.Findings {
		if f.Rule.Type != rules.Requires {
			flaws = append(flaws, flaw(f))
		}
	}
	in = message.ScoreInput{Kind: m.Kind, Present: append(append([]string(nil), m.Present...), m.Missing...), Flaws: flaws}
	if got := message.GraceScore(in); got.Value != message.ErrorCap {
		t.Errorf("with every element: %d, want the cap %d\n%s", got.Value, message.ErrorCap, breakdown(got))
	}
	if got := strings.Join([]string{message.Band(100), message.Band(80), message.Band(79), message.Band(40), message.Band(39)}, ","); got != "gracious,gracious,fair,needs work,poor" {
		t.Errorf("bands: %s", got)
	}
}
