package lint

import (
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/farewell-protocol/farewell/format"
)

// WalkOptions say which files a directory walk visits.
type WalkOptions struct {
	// Ignore reports display paths (files and directories) to leave out.
	Ignore func(path string, dir bool) bool
	// Include reports display paths of files to visit whatever their extension says (files
	// an overrides[].format names).
	Include func(path string) bool
}

// skippedDir reports directories never walked into: version control, dependencies. Hidden
// files and directories (.git, .github, .farewell.yaml) are never walked into either.
func skippedDir(name string) bool {
	switch name {
	case ".git", ".hg", ".svn", "node_modules", "vendor", ".venv":
		return true
	}
	return false
}

// Walk yields command-line paths as inputs, lazily and in a deterministic order: files as
// given (Named: the user named them), directories walked in lexical order. A path that does not exist is an input that
// carries its error, so that it is reported in place and never read as text. Nothing is
// collected: a run over a million files holds one path at a time.
func Walk(paths []string, opt WalkOptions) iter.Seq[Input] {
	return func(yield func(Input) bool) {
		for _, p := range paths {
			display := DisplayPath(p)
			info, err := os.Stat(p)
			switch {
			case err != nil:
				if !yield(Input{Path: display, Err: errors.New(display + ": " + unwrapPathError(err).Error())}) {
					return
				}
			case !info.IsDir():
				if !yield(Input{Path: display, File: p, Named: true}) {
					return
				}
			default:
				if !walkDir(p, opt, yield) {
					return
				}
			}
		}
	}
}

// walkDir yields the candidate files under root; it returns false when yield asked to stop.
func walkDir(root string, opt WalkOptions, yield func(Input) bool) bool {
	stopped := false
	emit := func(in Input) error {
		if !yield(in) {
			stopped = true
			return fs.SkipAll
		}
		return nil
	}
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		// A directory named through a symbolic link is walked, not taken for a file: with a
		// trailing separator the walk starts at the directory the link points to.
		root += string(filepath.Separator)
	}
	wd, _ := os.Getwd() // once per walk, not once per path
	wd = filepath.Clean(wd)
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		var display string
		if p != root && filepath.Separator == '/' {
			display = displayClean(wd, p) // a path below the root is joined, and so clean
		} else {
			display = displayPathIn(wd, p)
		}
		if err != nil {
			if e := emit(Input{Path: display, Err: errors.New(display + ": " + unwrapPathError(err).Error())}); e != nil {
				return e
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		hidden := p != root && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if p != root && (hidden || skippedDir(d.Name()) || (opt.Ignore != nil && opt.Ignore(display, true))) {
				return fs.SkipDir
			}
			return nil
		}
		if hidden {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			return nil
		}
		candidate := format.IsCandidate(d.Name()) || opt.Include != nil && opt.Include(display)
		if !candidate || (opt.Ignore != nil && opt.Ignore(display, false)) {
			return nil
		}
		return emit(Input{Path: display, File: p})
	})
	return !stopped
}
