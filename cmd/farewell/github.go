package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/farewell-protocol/farewell/rules"
)

// githubDefaults applies the github format's own default: annotations for errors and warnings
// only, since GitHub shows just the first few of each type per step, unless --min-severity is
// given or --fail-on suggestion makes suggestions fail the run.
func githubDefaults(fs *flag.FlagSet, f *lintFlags) {
	if f.format != "github" || flagGiven(fs, "min-severity") {
		return
	}
	if failOn, err := rules.ParseSeverity(f.failOn); err == nil && failOn > rules.Suggestion {
		f.minSeverity = "warning"
	}
}

// flagGiven reports whether the flag named name was set on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(fl *flag.Flag) { given = given || fl.Name == name })
	return given
}

// openStepSummary opens the job summary file GitHub Actions names in $GITHUB_STEP_SUMMARY, for
// appending, when the format is github; otherwise it returns a nil writer.
func openStepSummary(format string) (io.Writer, func() error, error) {
	path := os.Getenv("GITHUB_STEP_SUMMARY")
	if format != "github" || path == "" {
		return nil, func() error { return nil }, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("GITHUB_STEP_SUMMARY: %w", err)
	}
	return f, f.Close, nil
}
