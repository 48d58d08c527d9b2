package main

import (
	"fmt"
	"os"

	"github.com/farewell-protocol/farewell/eval"
)

// cmdEval measures the rules on a labelled data set: recall by area on the rows that should
// be reported, and the false-positive rate on those that should not.
func cmdEval(e *env, args []string) int {
	fs := newFlagSet(e, "eval", "farewell eval [--config FILE] [--no-builtin] [--verbose] [--split A|B] FILE.tsv")
	configPath := fs.String("config", "", "configuration file (default: the nearest .farewell.yaml)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in rule pack")
	verbose := fs.Bool("verbose", false, "list the missed and the falsely reported rows, and rows whose kind was inferred wrongly")
	half := fs.String("split", "", "measure only one half of the rows, A or B, split by a hash of the source column")
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
	if err == nil && *half != "" {
		rows, err = eval.Split(rows, *half)
		if err != nil {
			err = fmt.Errorf("%s: --split: %w", files[0], err)
		}
	}
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	name := files[0]
	if *half != "" {
		name += " (half " + *half + ")"
	}
	if err := eval.Write(e.stdout, name, eval.Run(linter, rows), *verbose); err != nil {
		e.errorf("writing the report: %v", err)
		return exitUsage
	}
	return exitOK
}
