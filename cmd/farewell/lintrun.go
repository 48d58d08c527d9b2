package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/farewell-protocol/farewell/baseline"
	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/report"
)

// runLint lints the paths with checked flags and returns the exit code.
func runLint(e *env, f *lintFlags, paths []string) int {
	stdin, err := readStdin(e, paths, f.stdinName, f.asWalked)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	if smallDocument(paths, stdin) {
		// One small document, as editors lint on save: what it allocates is bounded by that
		// document, so the lax collector that loaded the rules stays (a tight one costs such a
		// run several collections for nothing). A large one gets the tight collector, which
		// keeps its peak memory near what it holds.
		e.afterSetup = nil
	}
	res := config.NewResolver(f.configPath, f.noBuiltin)
	root, ok := checkConfigs(e, res, namedDirs(paths))
	if !ok {
		return exitUsage
	}
	if e.afterSetup != nil {
		e.afterSetup()
	}
	if err := checkOutputs(paths, f.output, f.writeBaseline); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	changed, err := newFromRev(e.ctx, f.newFromRev)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	grown := e.largest()
	if e.afterSetup != nil { // the collector is tuned for this run: large documents get the tight one
		grown = newCollector(e.budget != nil).grown
	}
	inputs := changed.inputs(lintInputs(paths, stdin, res, inputOptions{output: f.output, baseline: f.baseline, format: f.input, asWalked: f.asWalked}))
	out, closeOut, err := openOutput(e, f.output)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	summary, closeSummary, err := openStepSummary(f.format)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	reportTo := out
	if f.diff {
		reportTo = io.Discard
	}
	rep, err := report.New(f.format, reportTo, report.Options{
		Color: f.output == "" && useColor(f.color, e.stdout), Pack: root.Linter.Pack(), Version: version(),
		Quiet: f.quiet, Verbose: f.verbose, FailOn: f.failSev, ExplainScore: f.score.explain,
		StepSummary: summary,
	})
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	opt := lint.RunOptions{
		Settings: func(p string) *lint.FileSettings {
			s := &lint.FileSettings{}
			if cfg := res.ForFile(p).Config; cfg != nil {
				s = cfg.Settings(p)
			}
			s.MinSeverity = f.minSev
			return s
		},
		Linter: func(p string) (*lint.Linter, error) {
			st := res.ForFile(p)
			return st.Linter, st.Err
		},
		Sized: grown,
	}
	var known *baseline.Baseline
	if f.baseline != "" {
		if known, err = baseline.Load(f.baseline); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
	}
	var fx *fixer
	if f.fix || f.diff {
		fx = &fixer{linter: func(p string) *lint.Linter { return res.ForFile(p).Linter }, opt: opt, root: workingDir()}
		if f.diff {
			fx.diff = out
		}
	}
	var rec baseline.Recorder
	sum := report.NewSummary()
	prog := newProgress(e.stderr)
	gate := f.score.gate(known)
	var repErr error
	var skipped []*lint.Result         // the first files skipped, to say why nothing was linted
	said := map[string]bool{}          // errors printed, each once: a configuration's, for all its files
	interrupted, clash := false, false // clash: the baseline to write is a file just linted
	root.Linter.Run(e.ctx, inputs, opt, func(r *lint.Result) {
		prog.add()
		if ownBaseline(r) {
			return // a baseline farewell wrote is neither linted nor reported
		}
		if canceled(e, r) {
			interrupted = true // said once below, not once per file left
			return
		}
		if fx != nil {
			if fixed := fx.apply(r); !f.diff {
				r = fixed // --diff leaves the files, and their findings, as they are
			}
		}
		changed.filter(r)
		if known != nil {
			known.Filter(r)
		}
		if f.writeBaseline != "" {
			rec.Add(r)
			clash = clash || linted(r) && r.Path == lint.DisplayPath(f.writeBaseline)
		}
		sum.Add(r)
		gate.add(r)
		if r.Skipped != "" && len(skipped) < maxSkippedShown {
			skipped = append(skipped, r)
		}
		if r.Err != nil && !said[r.Err.Error()] {
			said[r.Err.Error()] = true
			problems(e, r.Err)
		}
		if r.FixErr != nil {
			e.errorf("%v", r.FixErr)
		}
		if err := rep.File(r); err != nil && repErr == nil {
			repErr = err
		}
	})
	prog.finish()
	if interrupted = interrupted || e.ctx.Err() != nil; interrupted {
		e.errorf("interrupted (%v): the files not yet linted were left as they are", context.Cause(e.ctx))
	}
	if err := rep.Close(sum); err != nil && repErr == nil {
		repErr = err
	}
	if err := closeOut(); err != nil && repErr == nil {
		repErr = err
	}
	if err := closeSummary(); err != nil && repErr == nil {
		repErr = err
	}
	if repErr != nil {
		e.errorf("writing the report: %v", repErr)
		return exitUsage
	}
	if fx != nil && !f.diff {
		line := fmt.Sprintf("applied %s in %s", count(fx.edits, "fix", "fixes"), count(fx.files, "file", "files"))
		if fx.notFixed > 0 {
			line += fmt.Sprintf("; %s not fixed (see above)", count(fx.notFixed, "file", "files"))
		}
		e.errorf("%s", line)
	}
	if f.writeBaseline != "" {
		if clash {
			e.errorf("--write-baseline %s is also a file to lint: not written", lint.DisplayPath(f.writeBaseline))
			return exitUsage
		}
		if sum.Score != nil {
			rec.SetRunScore(*sum.Score)
		}
		if err := writeBaseline(&rec, f.writeBaseline); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
		fmt.Fprintf(e.stderr, "farewell: recorded %s in %s\n", count(sum.Findings, "finding", "findings"), f.writeBaseline)
		if sum.Errors == 0 {
			return exitOK
		}
	}
	low := gate.failed(sum)
	if low != "" {
		e.errorf("%s", low)
	}
	// With --new-from-rev, a change that touched no copy is a pass, not a run that read nothing.
	nothing := sum.Linted == 0 && sum.Errors == 0 && !interrupted && !f.asWalked && f.newFromRev == ""
	if nothing {
		nothingLinted(e, sum, skipped)
	}
	switch {
	case sum.Errors > 0, interrupted, fx != nil && fx.notFixed > 0, nothing:
		return exitUsage
	case sum.Worst >= f.failSev, low != "":
		return exitFindings
	}
	return exitOK
}

// maxSkippedShown is how many skipped files the reason a run linted nothing names.
const maxSkippedShown = 5

// nothingLinted says why a run linted no file: a CI job that passes because nothing was read
// would be worse than one that fails.
func nothingLinted(e *env, sum *report.Summary, skipped []*lint.Result) {
	if sum.Files == 0 {
		e.errorf("nothing was linted: no file farewell reads was found (see 'farewell lint -h' for --input-format)")
		return
	}
	e.errorf("nothing was linted: %s skipped", count(sum.Skipped, "file was", "files were"))
	for _, r := range skipped {
		e.errorf("  %s: %s", r.Path, r.Skipped)
	}
	if sum.Skipped > len(skipped) {
		e.errorf("  ... and %d more (--verbose lists them all)", sum.Skipped-len(skipped))
	}
}

func count(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func writeBaseline(rec *baseline.Recorder, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--write-baseline: %w", err)
	}
	if err := rec.Write(f); err != nil {
		_ = f.Close()
		return fmt.Errorf("--write-baseline: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("--write-baseline: %w", err)
	}
	return nil
}

// laxDocument is the size up to which a single document keeps the lax collector.
const laxDocument = 256 << 10

// smallDocument reports whether paths name a single small document: standard input or one
// regular file, of at most laxDocument bytes.
func smallDocument(paths []string, stdin *lint.Input) bool {
	if len(paths) != 1 {
		return false
	}
	if paths[0] == "-" {
		return len(stdin.Data) <= laxDocument
	}
	info, err := os.Stat(paths[0])
	return err == nil && info.Mode().IsRegular() && info.Size() <= laxDocument
}

// isDir reports whether p names a directory.
func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}
