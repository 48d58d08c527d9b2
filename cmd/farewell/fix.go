package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/aymanbagabas/go-udiff"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/atomicfile"
	"github.com/farewell-protocol/farewell/lint"
)

// fixer applies fixes to linted files: written atomically with --fix, or printed as a unified
// diff with --diff.
type fixer struct {
	linter   func(path string) *lint.Linter // the linter of each file's configuration
	opt      lint.RunOptions
	diff     io.Writer // nil with --fix
	root     string    // files may only be written inside this directory
	files    int       // files changed
	edits    int       // edits applied
	notFixed int       // files whose fixes could not be written
}

// apply fixes one file's findings and returns the result of linting the fixed content (or
// the original result when there was nothing to fix). When the fixes cannot be written, the
// original result comes back with FixErr saying why: its findings are still reported.
func (x *fixer) apply(r *lint.Result) *lint.Result {
	if r.Err != nil || r.Skipped != "" || r.Doc == nil || len(lint.FixEdits(r.Findings)) == 0 {
		return r
	}
	src := r.Doc.Src
	fixed, n, after := x.linter(r.Path).Fix(lint.Input{Path: r.Path}, src, x.opt)
	if after.Err != nil {
		return x.failed(r, after.Err)
	}
	if x.diff != nil {
		if _, err := io.WriteString(x.diff, udiff.Unified("a/"+r.Path, "b/"+r.Path, diffText(src), diffText(fixed))); err != nil {
			return x.failed(r, fmt.Errorf("writing the diff: %w", err))
		}
	} else if err := atomicfile.Replace(filepath.FromSlash(r.Path), x.root, src, fixed); err != nil {
		return x.failed(r, err) // it names the file and says why
	}
	x.files++
	x.edits += n
	return after
}

// diffText returns a file's content as the diff shows it: UTF-16 (a .strings file with its byte
// order mark) decoded to UTF-8 by the reader's own decoder, so that the diff is readable;
// anything else as it is.
func diffText(src []byte) string {
	doc := &document.Document{Src: src}
	if text, _, _, ok := doc.DecodeUTF16(); ok {
		return string(text)
	}
	return string(src)
}

// failed records that r's fixes could not be written.
func (x *fixer) failed(r *lint.Result, err error) *lint.Result {
	x.notFixed++
	r.FixErr = err
	return r
}

func workingDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	return wd
}
