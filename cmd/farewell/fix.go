package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/aymanbagabas/go-udiff"

	"github.com/farewell-protocol/farewell/internal/atomicfile"
	"github.com/farewell-protocol/farewell/lint"
)

// fixer applies fixes to linted files: written atomically with --fix, or printed as a unified
// diff with --diff.
type fixer struct {
	linter *lint.Linter
	opt    lint.RunOptions
	diff   io.Writer // nil with --fix
	root   string    // links may only point inside this directory
	files  int       // files changed
	edits  int       // edits applied
}

// apply fixes one file's findings and returns the result of linting the fixed content (or
// the original result when there was nothing to fix or the file could not be written).
func (x *fixer) apply(r *lint.Result) *lint.Result {
	if r.Err != nil || r.Skipped != "" || r.Doc == nil || len(lint.FixEdits(r.Findings)) == 0 {
		return r
	}
	src := r.Doc.Src
	fixed, n, after := x.linter.Fix(lint.Input{Path: r.Path}, src, x.opt)
	if after.Err != nil {
		r.Err = after.Err
		return r
	}
	if x.diff != nil {
		if _, err := io.WriteString(x.diff, udiff.Unified("a/"+r.Path, "b/"+r.Path, string(src), string(fixed))); err != nil {
			r.Err = fmt.Errorf("writing the diff: %w", err)
			return r
		}
	} else if err := atomicfile.WriteFile(filepath.FromSlash(r.Path), x.root, fixed); err != nil {
		r.Err = fmt.Errorf("%s: not fixed: %w", r.Path, err)
		return r
	}
	x.files++
	x.edits += n
	return after
}

func workingDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	return wd
}
