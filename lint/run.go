package lint

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/inorder"
	"github.com/farewell-protocol/farewell/internal/ownfile"
)

// Input is one file to lint: a path on disk, or bytes read from standard input under a name.
type Input struct {
	// Path is the path as shown in output: relative and forward-slashed.
	Path string
	// File is the path to read; empty for standard input.
	File string
	// Data is the content of standard input.
	Data []byte
	// Err is why the input could not be found.
	Err error
	// Named says the user named this input (on the command line, as standard input, or by
	// choosing its format): it is read as its format says, never skipped on a guess that it is
	// no string catalog, and a file of no format farewell reads is an error, not a skip.
	Named bool
	// Format, when set, is the format the input is read as (standard input without a name is
	// text); RunOptions.Format wins over it.
	Format document.Format
}

// RunOptions control a run over many inputs.
type RunOptions struct {
	// Settings returns the configuration for a file; nil means defaults.
	Settings func(path string) *FileSettings
	// Format forces the format of every input ("" detects it from the name and content).
	Format document.Format
	// Workers is the number of files linted at once (0: one per CPU).
	Workers int
	// MaxFileSize skips larger files with a reason (0: DefaultMaxFileSize).
	MaxFileSize int64
	// Linter, when set, returns the linter of each input by its path, or why there is none
	// (each directory's configuration may load other rule packs); the error is the input's.
	Linter func(path string) (*Linter, error)
	// Sized, when set, is told the size of each input about to be read (a file once it is
	// opened, standard input's data as it is), from the goroutine that reads it, so that a
	// memory budget can grow before the document is.
	Sized func(size int64)
}

// SkipFormat is the reason a file that is no format farewell reads is skipped.
const SkipFormat = "not a format farewell reads"

// DefaultMaxFileSize is the largest file linted unless configured otherwise.
const DefaultMaxFileSize = 16 << 20

// windowPerWorker bounds how many results per worker may be in flight or wait for an earlier,
// slower file; memory holds at most that many documents whatever the size of the run.
const windowPerWorker = 4

// Run lints inputs in parallel and calls emit with each result in input order, as soon as it
// and every earlier result are ready; results are never all held at once. emit is called by
// one goroutine at a time, not always the caller's.
func (l *Linter) Run(ctx context.Context, inputs iter.Seq[Input], opt RunOptions, emit func(*Result)) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Interrupted, the rest is neither walked nor reported.
	stopped := func() bool { return ctx.Err() != nil }
	inorder.Run(inputs, workers, windowPerWorker*workers, stopped, func(in Input) *Result {
		if err := ctx.Err(); err != nil {
			return &Result{Path: in.Path, Err: fmt.Errorf("%s: %w", in.Path, err)}
		}
		lt := l
		if opt.Linter != nil {
			var err error
			if lt, err = opt.Linter(in.Path); err != nil {
				return &Result{Path: in.Path, Err: err}
			}
		}
		return lt.LintInputContext(ctx, in, opt)
	}, emit)
}

// LintInput reads one input, detects its format and lints it; files farewell does not read,
// binary files and files over the size limit come back skipped with the reason.
func (l *Linter) LintInput(in Input, opt RunOptions) *Result {
	return l.LintInputContext(context.Background(), in, opt)
}

// LintInputContext is LintInput that stops linting when ctx ends (see LintContext).
func (l *Linter) LintInputContext(ctx context.Context, in Input, opt RunOptions) *Result {
	res := &Result{Path: in.Path}
	if in.Err != nil {
		res.Err = in.Err
		return res
	}
	fs := &FileSettings{}
	if opt.Settings != nil {
		fs = opt.Settings(in.Path)
	}
	loc := format.LocaleFromPath(in.Path)
	if fs.Locale != "" {
		loc = fs.Locale
	}
	fm := cmp.Or(opt.Format, in.Format, fs.Format)
	fs.Named = fs.Named || in.Named || in.Format != "" || fs.Format != ""
	// Decided from the path alone, the file is not even read: a locale without rules, and
	// source code that may hold a catalog, unnamed, in a path that names none.
	f, ok := format.Detect(in.Path, nil)
	if fm == "" && !l.Lints(loc) && (ok || format.IsCatalogFile(in.Path)) {
		res.Format, res.Skipped, res.Locale = f, format.SkipLocale, loc
		return res
	}
	if !fs.Named {
		if reason := format.SkipUnnamed(in.Path, cmp.Or(fm, f)); reason != "" {
			res.Format, res.Skipped = cmp.Or(fm, f), reason
			return res
		}
	}
	data := in.Data
	if in.File == "" && opt.Sized != nil {
		opt.Sized(int64(len(data)))
	}
	if in.File != "" {
		var skip string
		var err error
		data, skip, err = readFile(in.File, cmp.Or(fs.MaxFileSize, maxSize(opt)), opt.Sized)
		if err != nil {
			res.Err = fmt.Errorf("%s: %w", in.Path, err)
			return res
		}
		if skip != "" {
			res.Skipped = skip
			return res
		}
	}
	if ownfile.Report(data) {
		res.Skipped = SkipOwnReport
		return res
	}
	if ownfile.Baseline(data) {
		res.Skipped = SkipOwnBaseline
		return res
	}
	if fm == "" {
		f, ok := format.Detect(in.Path, data)
		switch {
		case !ok && fs.Named:
			res.Err = fmt.Errorf("%s: %s (the formats farewell reads: %s)", in.Path, SkipFormat, formatList())
			return res
		case !ok:
			res.Skipped = SkipFormat
			return res
		}
		fm = f
	}
	res.Format = fm
	reason, valid := unreadableEncoding(data, fm)
	if reason != "" {
		res.Skipped = reason
		return res
	}
	return l.lintContext(ctx, &document.Document{Path: in.Path, Format: fm, Src: data, Locale: loc}, fs, readFacts{pathLocale: true, validUTF8: valid})
}

// formatList names every format farewell reads, comma-separated.
func formatList() string {
	var names []string
	for _, f := range format.Formats() {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

func maxSize(opt RunOptions) int64 {
	if opt.MaxFileSize > 0 {
		return opt.MaxFileSize
	}
	return DefaultMaxFileSize
}

// DisplayPath returns p relative to the working directory when it lies below it, with
// forward slashes.
func DisplayPath(p string) string {
	wd := ""
	if filepath.IsAbs(p) {
		wd, _ = os.Getwd()
	}
	return displayPathIn(filepath.Clean(wd), p)
}

// displayPathIn is DisplayPath with the working directory given, cleaned (asking the system
// for it costs two stat calls): wd is "" or "." when it is unknown.
func displayPathIn(wd, p string) string {
	if filepath.Separator != '/' {
		// Elsewhere a path's case may differ from the working directory's: filepath.Rel knows.
		if wd != "" && filepath.IsAbs(p) {
			if rel, err := filepath.Rel(wd, p); err == nil && !startsWithDotDot(rel) {
				p = rel
			}
		}
		return filepath.ToSlash(filepath.Clean(p))
	}
	return displayClean(wd, filepath.Clean(p))
}

// displayClean is displayPathIn for a clean path p on a system whose separator is '/': what
// filepath.Rel(wd, p) gives when it does not climb with "..", without cleaning both paths
// again and writing out the climb.
func displayClean(wd, p string) string {
	if !filepath.IsAbs(p) || !filepath.IsAbs(wd) {
		return p
	}
	switch {
	case p == wd:
		return "."
	case wd == "/":
		return p[1:]
	case len(p) > len(wd) && p[len(wd)] == '/' && p[:len(wd)] == wd:
		return p[len(wd)+1:]
	}
	return p
}

func startsWithDotDot(rel string) bool {
	return rel == ".." || len(rel) > 2 && rel[:3] == ".."+string(filepath.Separator)
}
