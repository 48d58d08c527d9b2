package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestGuardsNeverSkipAMatch checks, for every pattern and exception of the built-in pack, on
// every example and on the real texts of the shared data when present, that a text a guard
// skips is one the expression does not match: guards save time and never change a result.
func TestGuardsNeverSkipAMatch(t *testing.T) {
	p, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	texts := sharedTexts(t)
	for _, r := range p.Rules {
		texts = append(texts, r.Examples.Flag...)
		texts = append(texts, r.Examples.Pass...)
	}
	var tx Text
	checked := 0
	for _, s := range texts {
		s = strings.Join(strings.Fields(s), " ") // rules see normalised text
		tx.Reset(s)
		lower := tx.Lower()
		for _, r := range p.Rules {
			for i, re := range r.patterns {
				if !r.mayMatch(i, &tx, false) && re.get().MatchString(s) {
					t.Errorf("%s: pattern %d matches %q but its guard %q skips it", r.ID, i, s, re.guards)
				}
				// With held, as FindPatternsListed asks, only the guards' bytes and the
				// automaton decide.
				if !r.mayMatch(i, &tx, true) && re.get().MatchString(s) {
					t.Errorf("%s: pattern %d matches %q but its automaton or its guard bytes %q skip it", r.ID, i, s, re.needs)
				}
				checked++
			}
			for i, re := range r.exceptions {
				if re.load(); !guarded(re.guards, lower) && re.get().MatchString(s) {
					t.Errorf("%s: exception %d matches %q but its guard %q skips it", r.ID, i, s, re.guards)
				}
			}
		}
	}
	t.Logf("%d texts, %d pattern checks", len(texts), checked)
}

// sharedTexts reads the labelled data set beside the repository, when it is there, as a
// source of real texts.
func sharedTexts(_ *testing.T) []string {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "data", "darkpatterns", "dev.tsv"))
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if text, _, ok := strings.Cut(line, "\t"); ok {
			out = append(out, strings.ReplaceAll(strings.Trim(text, `"`), `\n`, " "))
		}
	}
	return out
}

// TestMatchGroup checks that a group named "match" narrows a match to itself, the first
// group of that name that took part winning.
func TestMatchGroup(t *testing.T) {
	r := &Rule{Type: Existence}
	for _, p := range []string{`to cancel, (?P<match>call us)`, `(?:x(?P<match>a)|y(?P<match>b))c`} {
		r.patterns = append(r.patterns, &lazyRegexp{src: p, expr: p})
	}
	var tx Text
	tx.Reset("to cancel, call us. To cancel, call us. ybc xac")
	var got []string
	r.FindPatterns(&tx, func(m Match) { got = append(got, tx.S[m.Start:m.End]) })
	if want := "call us|b|a"; strings.Join(got, "|") != want {
		t.Errorf("matches %q, want %q", got, want)
	}
}

// TestGuardsEncoding checks that encoded guard sets give back their sets and literals, and
// that a set the encoding cannot hold (an empty one, or a literal with a separator) is left out,
// which only lets more texts through.
func TestGuardsEncoding(t *testing.T) {
	sets := [][]string{{"cancel", "unsubscrib"}, {"your "}, {}, {"a\x00b", "ok"}, {"monday", "friday", "x\x01"}, {"it's"}}
	g := encodeGuards(sets)
	var got [][]string
	for set := range g.Sets() {
		var lits []string
		for lit := range set.Literals() {
			lits = append(lits, lit)
		}
		got = append(got, lits)
	}
	want := [][]string{{"cancel", "unsubscrib"}, {"your "}, {"it's"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("sets %q, want %q", got, want)
	}
	for text, ok := range map[string]bool{"to cancel your plan, it's here": true, "unsubscribe your list: it's done": true, "cancel it's": false, "": false} {
		if guarded(g, text) != ok {
			t.Errorf("guarded(%q) = %v, want %v", text, !ok, ok)
		}
	}
	if encodeGuards(nil) != "" || !guarded("", "anything") {
		t.Error("no sets should guard nothing")
	}
}
