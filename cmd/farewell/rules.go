package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

func cmdRules(e *env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "explain":
			return cmdRulesExplain(e, args[1:])
		case "test":
			return cmdRulesTest(e, args[1:])
		case "list":
			args = args[1:]
		}
	}
	fs := newFlagSet(e, "rules", "farewell rules [--config FILE] [--no-builtin]")
	configPath := fs.String("config", "", "configuration file (default: the nearest .farewell.yaml)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in rule pack")
	keywords := fs.Bool("keywords", false, "print the literal keywords of the prefilter, one per line")
	if _, err := parseInterspersed(fs, args); err != nil {
		return flagExit(err)
	}
	_, linter, code := setup(e, *configPath, *noBuiltin)
	if linter == nil {
		return code
	}
	if *keywords {
		for _, kw := range linter.Keywords() {
			fmt.Fprintln(e.stdout, kw)
		}
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tTYPE\tKINDS")
	for _, r := range linter.Pack().Rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Type, kindList(r))
	}
	if err := tw.Flush(); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	return exitOK
}

func kindList(r *rules.Rule) string {
	if len(r.Kinds) == 0 {
		return "all"
	}
	parts := make([]string, len(r.Kinds))
	for i, k := range r.Kinds {
		parts[i] = string(k)
	}
	return strings.Join(parts, ",")
}

func cmdRulesExplain(e *env, args []string) int {
	fs := newFlagSet(e, "rules explain", "farewell rules explain [--config FILE] ID... (an id, or the end of one only a single rule has: confirmshaming)")
	configPath := fs.String("config", "", "configuration file (default: the nearest .farewell.yaml)")
	ids, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(ids) == 0 {
		e.errorf("rules explain needs a rule id")
		return exitUsage
	}
	_, linter, code := setup(e, *configPath, false)
	if linter == nil {
		return code
	}
	for i, id := range ids {
		r, err := linter.Pack().Find(id)
		if err != nil {
			e.errorf("%v (run 'farewell rules' for the list)", err)
			return exitUsage
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprint(e.stdout, rules.Explain(r))
	}
	return exitOK
}

func cmdRulesTest(e *env, args []string) int {
	fs := newFlagSet(e, "rules test", "farewell rules test [PACK...]")
	packs, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	pack, err := loadPacks(len(packs) == 0, packs)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	linter := lint.New(pack)
	failed, examples := 0, 0
	for _, r := range pack.Rules {
		examples += len(r.Examples.Flag) + len(r.Examples.Pass)
		for _, f := range linter.CheckExamples(r) {
			failed++
			want := "should be flagged but was not"
			if !f.Flag {
				want = "should pass but was flagged"
			}
			fmt.Fprintf(e.stdout, "FAIL %s (%s): %q %s\n", r.ID, r.Pos, f.Example, want)
		}
	}
	fmt.Fprintf(e.stdout, "%d rules, %d examples, %d failed\n", len(pack.Rules), examples, failed)
	if failed > 0 {
		return exitFindings
	}
	return exitOK
}
