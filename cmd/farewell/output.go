package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/farewell-protocol/farewell/lint"
)

// openOutput returns where the report goes: standard output, or a file created for --output.
func openOutput(e *env, path string) (io.Writer, func() error, error) {
	if path == "" {
		return e.stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("--output: %w", err)
	}
	return f, f.Close, nil
}

// checkOutputs refuses a report or baseline file that is one of the files to lint: creating it
// would empty the file before it is read.
func checkOutputs(paths []string, output, baseline string) error {
	for _, out := range []struct{ flag, path string }{{"--output", output}, {"--write-baseline", baseline}} {
		if out.path == "" {
			continue
		}
		for _, p := range paths {
			if p != "-" && sameFile(out.path, p) {
				return fmt.Errorf("%s %s is also a file to lint: writing it would overwrite what is linted", out.flag, lint.DisplayPath(out.path))
			}
		}
	}
	return nil
}

// sameFile reports whether a and b name the same file, or the same path when a does not exist
// yet.
func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(ia, ib)
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}

// linted reports whether r is a file that was read and linted.
func linted(r *lint.Result) bool { return r.Err == nil && r.Skipped == "" }

// canceled reports a result that only says the run was interrupted before its file was linted.
func canceled(e *env, r *lint.Result) bool {
	err := e.ctx.Err()
	return err != nil && r.Err != nil && errors.Is(r.Err, err)
}

// ownBaseline reports a baseline farewell wrote, found in the linted tree: it is not reported
// at all, not even as a skipped file.
func ownBaseline(r *lint.Result) bool { return r.Skipped == lint.SkipOwnBaseline }
