package lint

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/locale"
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
}

// SkipFormat is the reason a file that is no format farewell reads is skipped.
const SkipFormat = "not a format farewell reads"

// DefaultMaxFileSize is the largest file linted unless configured otherwise.
const DefaultMaxFileSize = 16 << 20

// windowPerWorker bounds how many results per worker may be in flight or wait for an earlier,
// slower file; memory holds at most that many documents whatever the size of the run.
const windowPerWorker = 4

// Run lints inputs in parallel and calls emit with each result in input order, as soon as it
// and every earlier result are ready; results are never all held at once.
func (l *Linter) Run(ctx context.Context, inputs iter.Seq[Input], opt RunOptions, emit func(*Result)) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		in  Input
		out chan *Result
	}
	jobs := make(chan job, workers)
	pending := make(chan chan *Result, windowPerWorker*workers)
	go func() {
		defer close(pending)
		defer close(jobs)
		for in := range inputs {
			if ctx.Err() != nil {
				return // interrupted: the rest is neither walked nor reported
			}
			out := make(chan *Result, 1)
			pending <- out
			jobs <- job{in, out}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				if err := ctx.Err(); err != nil {
					j.out <- &Result{Path: j.in.Path, Err: fmt.Errorf("%s: %w", j.in.Path, err)}
					continue
				}
				j.out <- l.LintInputContext(ctx, j.in, opt)
			}
		}()
	}
	for out := range pending {
		emit(<-out)
	}
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
	var fs *FileSettings
	if opt.Settings != nil {
		fs = opt.Settings(in.Path)
	}
	loc := format.LocaleFromPath(in.Path)
	if fs != nil && fs.Locale != "" {
		loc = fs.Locale
	}
	if !locale.Linted(loc) && opt.Format == "" {
		// Decided from the path alone: the file is not even read.
		if f, ok := format.Detect(in.Path, nil); ok || format.IsCatalogFile(in.Path) {
			res.Format, res.Skipped = f, format.SkipLocale
			return res
		}
	}
	data := in.Data
	if in.File != "" {
		var skip string
		var err error
		data, skip, err = readFile(in.File, maxSize(opt))
		if err != nil {
			res.Err = fmt.Errorf("%s: %w", in.Path, err)
			return res
		}
		if skip != "" {
			res.Skipped = skip
			return res
		}
	}
	if ownReport(data) {
		res.Skipped = SkipOwnReport
		return res
	}
	if ownBaseline(data) {
		res.Skipped = SkipOwnBaseline
		return res
	}
	fm := opt.Format
	if fm == "" {
		f, ok := format.Detect(in.Path, data)
		if !ok {
			res.Skipped = SkipFormat
			return res
		}
		fm = f
	}
	res.Format = fm
	if reason := unreadableEncoding(data, fm); reason != "" {
		res.Skipped = reason
		return res
	}
	return l.LintContext(ctx, &document.Document{Path: in.Path, Format: fm, Src: data, Locale: loc}, fs)
}

func maxSize(opt RunOptions) int64 {
	if opt.MaxFileSize > 0 {
		return opt.MaxFileSize
	}
	return DefaultMaxFileSize
}

// readFile reads a regular file up to limit bytes; a larger file is skipped, not read.
func readFile(name string, limit int64) ([]byte, string, error) {
	// Stat before opening: opening a named pipe or a device could block for ever.
	info, err := os.Stat(name)
	if err != nil {
		return nil, "", unwrapPathError(err)
	}
	switch {
	case info.IsDir():
		return nil, "", errors.New("is a directory")
	case !info.Mode().IsRegular():
		return nil, "", fmt.Errorf("not a regular file (%s)", info.Mode().Type())
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, "", unwrapPathError(err)
	}
	defer f.Close()
	if info.Size() > limit {
		return nil, fmt.Sprintf("larger than the %d-byte limit (%d bytes)", limit, info.Size()), nil
	}
	// Sized from the stat, so that the buffer is allocated once rather than grown by doubling.
	buf := bytes.NewBuffer(make([]byte, 0, info.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, "", unwrapPathError(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, fmt.Sprintf("larger than the %d-byte limit", limit), nil
	}
	return data, "", nil
}

// unwrapPathError drops the path from an *fs.PathError: messages name the display path.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// unreadableEncoding returns why data cannot be read as text of format fm, or "": binary data,
// and UTF-16 text anywhere but in .strings files, whose reader decodes it.
func unreadableEncoding(data []byte, fm document.Format) string {
	bom := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	switch {
	case bom && fm != format.Strings:
		return "UTF-16 text (farewell reads UTF-16 only in .strings files; save it as UTF-8)"
	case !bom && looksUTF16(data):
		return "UTF-16 text without a byte order mark (save it as UTF-8)"
	case isBinary(data):
		return "binary file"
	}
	return ""
}

// looksUTF16 reports text whose every other byte is NUL, as ASCII letters are in UTF-16.
func looksUTF16(data []byte) bool {
	n := min(len(data), 512) &^ 1
	if n < 4 {
		return false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	return (even == 0 && odd*10 >= half*8) || (odd == 0 && even*10 >= half*8)
}

// isBinary reports data with a NUL byte in its first 8 KB that is not UTF-16 text with a
// byte order mark.
func isBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return false
	}
	return bytes.IndexByte(data[:min(len(data), 8000)], 0) >= 0
}

// DisplayPath returns p relative to the working directory when it lies below it, with
// forward slashes.
func DisplayPath(p string) string {
	if filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, p); err == nil && !startsWithDotDot(rel) {
				p = rel
			}
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

func startsWithDotDot(rel string) bool {
	return rel == ".." || len(rel) > 2 && rel[:3] == ".."+string(filepath.Separator)
}
