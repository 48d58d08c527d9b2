package main

import (
	"os"

	"github.com/farewell-protocol/farewell/eval"
)

// cmdEval measures the rules on a labelled data set: recall by area on the rows that should
// be reported, and the false-positive rate on those that should not.
func cmdEval(e *env, args []string) int {
	fs := newFlagSet(e, "eval", "farewell eval [--config FILE] [--no-builtin] [--verbose] FILE.tsv")
	configPath := fs.String("config", "", "configuration file (default: the nearest .farewell.yaml)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in rule pack")
	verbose := fs.Bool("verbose", false, "list the missed and the falsely reported rows")
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(files) != 1 {
		e.errorf("eval needs one data set (a .tsv file with text and expect columns)")
		return exitUsage
	}
	_, linter, code := setup(e, *configPath, *noBuiltin)
	if linter == nil {
		return code
	}
	f, err := os.Open(files[0])
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	rows, err := eval.Read(f, files[0])
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	if err := eval.Write(e.stdout, files[0], eval.Run(linter, rows), *verbose); err != nil {
		e.errorf("writing the report: %v", err)
		return exitUsage
	}
	return exitOK
}
