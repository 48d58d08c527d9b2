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
	// Listed, when set, is told the entries of each directory walked into, by its path as
	// walked, before any of them is visited: a configuration resolver need not ask the system
	// which configuration files a directory holds.
	Listed func(dir string, entries []fs.DirEntry)
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
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		// A directory named through a symbolic link is walked, not taken for a file: with a
		// trailing separator the walk starts at the directory the link points to.
		root += string(filepath.Separator)
	}
	wd, _ := os.Getwd() // once per walk, not once per path
	w := walker{root: root, wd: filepath.Clean(wd), opt: opt, yield: yield}
	info, err := os.Lstat(root)
	// Whether the walk stopped is in w.stopped; a skip at the root ends it as the end would.
	if err != nil {
		_ = w.visit(root, nil, err)
	} else {
		_ = w.dir(root, fs.FileInfoToDirEntry(info))
	}
	return !w.stopped
}

// walker walks one directory given on the command line, as filepath.WalkDir would, and tells
// WalkOptions.Listed each directory's entries as it reads them.
type walker struct {
	root, wd string
	opt      WalkOptions
	yield    func(Input) bool
	stopped  bool
}

// dir visits the directory or file p and, for a directory not skipped, what it holds, in
// lexical order; it returns fs.SkipAll when the walk stops and fs.SkipDir when the rest of p's
// parent is to be left out.
func (w *walker) dir(p string, d fs.DirEntry) error {
	if err := w.visit(p, d, nil); err != nil || !d.IsDir() {
		if errors.Is(err, fs.SkipDir) && d.IsDir() {
			err = nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		if err := w.visit(p, d, err); err != nil {
			if errors.Is(err, fs.SkipDir) {
				err = nil
			}
			return err
		}
	} else if w.opt.Listed != nil {
		w.opt.Listed(p, entries)
	}
	prefix := w.childPrefix(p)
	for _, e := range entries {
		child := prefix + e.Name()
		if prefix == "" {
			child = filepath.Join(p, e.Name())
		}
		if err := w.dir(child, e); err != nil {
			if errors.Is(err, fs.SkipDir) {
				break
			}
			return err
		}
	}
	return nil
}

// childPrefix returns what a name read from directory p is appended to for its path, p and a
// separator, when that is filepath.Join(p, name); "" when it is not (p is ".", the root or not
// clean; elsewhere than on '/' systems): a path below the root is joined, and so clean.
func (w *walker) childPrefix(p string) string {
	if filepath.Separator != '/' || p == "." || strings.HasSuffix(p, "/") || p == w.root && filepath.Clean(p) != p {
		return ""
	}
	return p + "/"
}

// visit decides about one path: it yields a candidate file, and returns fs.SkipDir for a
// directory not walked into and fs.SkipAll when yield asked to stop.
func (w *walker) visit(p string, d fs.DirEntry, err error) error {
	var display string
	if p != w.root && filepath.Separator == '/' {
		display = displayClean(w.wd, p) // a path below the root is joined, and so clean
	} else {
		display = displayPathIn(w.wd, p)
	}
	if err != nil {
		if e := w.emit(Input{Path: display, Err: errors.New(display + ": " + unwrapPathError(err).Error())}); e != nil {
			return e
		}
		if d != nil && d.IsDir() {
			return fs.SkipDir
		}
		return nil
	}
	hidden := p != w.root && strings.HasPrefix(d.Name(), ".")
	if d.IsDir() {
		if p != w.root && (hidden || skippedDir(d.Name()) || (w.opt.Ignore != nil && w.opt.Ignore(display, true))) {
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
	candidate := format.IsCandidate(d.Name()) || w.opt.Include != nil && w.opt.Include(display)
	if !candidate || (w.opt.Ignore != nil && w.opt.Ignore(display, false)) {
		return nil
	}
	return w.emit(Input{Path: display, File: p})
}

// emit yields in; it returns fs.SkipAll when yield asked to stop.
func (w *walker) emit(in Input) error {
	if !w.yield(in) {
		w.stopped = true
		return fs.SkipAll
	}
	return nil
}
