package rules

import (
	"bytes"
	"os"
	"testing"

	"github.com/farewell-protocol/farewell/internal/dfa"
	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/internal/momentcue"
)

// builtinFiltersFile is the table of the built-in pack's expression filters.
const builtinFiltersFile = "filters_builtin.bin"

// filtered returns the pack's expressions whose automaton filters run: the rules' patterns,
// exceptions, unless patterns and context patterns, and the kind cues' mentions; and the
// moment cues (package momentcue), which run with every pack.
func filtered(p *Pack) []string {
	var exprs []string
	for _, r := range p.Rules {
		for _, list := range [][]*lazyRegexp{r.patterns, r.exceptions, r.unless, r.sentenceHas, r.messageHas} {
			for _, re := range list {
				exprs = append(exprs, re.expr)
			}
		}
	}
	for _, c := range p.Kinds {
		for _, m := range c.Mentions {
			exprs = append(exprs, m.re.expr)
		}
	}
	return append(exprs, momentcue.Confirm, momentcue.Done)
}

// TestBuiltinFilters encodes the filters of the built-in pack's expressions, compiled from
// builtin/*.yaml, and compares the table with filters_builtin.bin, which the pack's
// expressions read their filters from; `go test ./rules -run TestBuiltinGenerated -update`
// (or -run TestBuiltinFilters) rewrites it.
func TestBuiltinFilters(t *testing.T) {
	exprs := filtered(compileBuiltinYAML(t))
	want, err := encodeFilters(exprs)
	if err != nil {
		t.Fatal(err)
	}
	if golden.Updating() {
		if err := os.WriteFile(builtinFiltersFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(builtinFiltersFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date: go test ./rules -run TestBuiltinGenerated -update", builtinFiltersFile)
	}
	for _, e := range exprs {
		f, ok := filterFor(builtinFilters, e, dfa.Decode)
		if !ok {
			t.Fatalf("the embedded table has no filter for %q", e)
		}
		c, err := dfa.Compile(e)
		if err != nil {
			t.Fatal(err)
		}
		if f.Encoding() != c.Encoding() {
			t.Fatalf("the embedded filter of %q is not the one it compiles to", e)
		}
	}
	for _, e := range []string{"", "(?i)not in the pack", exprs[0] + "x"} {
		if _, ok := filterFor(builtinFilters, e, dfa.Decode); ok {
			t.Errorf("the table has a filter for %q", e)
		}
	}
}

// TestFilterTableMalformed checks that a table that is not one, or is cut short, yields no
// filter rather than failing.
func TestFilterTableMalformed(t *testing.T) {
	table, err := encodeFilters([]string{`(?i)\bgoodbye\b`, `cancel`})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := filterFor(string(table), "cancel", dfa.Decode); !ok {
		t.Fatal("no filter for an expression in the table")
	}
	for n := range len(table) {
		filterFor(string(table[:n]), "cancel", dfa.Decode)
		filterFor(string(table[:n]), `(?i)\bgoodbye\b`, dfa.Decode)
	}
	if _, ok := filterFor("", "cancel", dfa.Decode); ok {
		t.Error("an empty table has a filter")
	}
}

// TestExprHashPrefixes checks that exprHash reads every byte, those of a last partial word
// included: the prefixes of a text, and the text with any one byte changed, hash apart.
func TestExprHashPrefixes(t *testing.T) {
	const s = `\byour\s+(?:account|plan)\b`
	seen := map[uint64]string{}
	add := func(e string) {
		h := exprHash(e)
		if other, ok := seen[h]; ok {
			t.Errorf("%q and %q hash alike", e, other)
		}
		seen[h] = e
	}
	for n := range len(s) + 1 {
		add(s[:n])
	}
	for i := range len(s) {
		b := []byte(s)
		b[i] ^= 0x20
		add(string(b))
	}
}
