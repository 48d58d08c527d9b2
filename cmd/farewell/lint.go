package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/baseline"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/report"
	"github.com/farewell-protocol/farewell/rules"
)

// lintFlags are the flags of `farewell lint`.
type lintFlags struct {
	format, color, failOn, minSeverity  string
	configPath, stdinName, output       string
	baseline, writeBaseline, newFromRev string
	noBuiltin, quiet, stdin, fix, diff  bool
	score                               scoreFlags
}

func cmdLint(e *env, args []string) int {
	var f lintFlags
	fs := newFlagSet(e, "lint", "farewell lint [flags] [PATH...]")
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.Names(), ", "))
	fs.StringVar(&f.color, "color", "auto", "colour: auto, always or never (NO_COLOR is respected)")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 on findings at or above: error, warning or suggestion")
	fs.StringVar(&f.minSeverity, "min-severity", "suggestion", "report only findings at or above: error, warning or suggestion")
	fs.StringVar(&f.configPath, "config", "", "configuration file (default: the nearest .farewell.yaml)")
	fs.StringVar(&f.stdinName, "stdin-filename", "", "name for standard input, which chooses its format and config")
	fs.BoolVar(&f.noBuiltin, "no-builtin", false, "do not load the built-in rule pack")
	fs.BoolVar(&f.quiet, "quiet", false, "print only the summary")
	fs.BoolVar(&f.stdin, "stdin", false, "read standard input (the same as the path -)")
	fs.StringVar(&f.output, "output", "", "write the report to this file instead of standard output")
	fs.BoolVar(&f.fix, "fix", false, "apply each finding's first fix in place (atomically)")
	fs.BoolVar(&f.diff, "diff", false, "print the fixes --fix would apply as a unified diff instead of the report")
	fs.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in this baseline file")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in this baseline file")
	fs.StringVar(&f.newFromRev, "new-from-rev", "", "report only the findings on lines changed since this git revision, and the messages holding them")
	f.score.register(fs)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	githubDefaults(fs, &f)
	if f.stdin {
		paths = append(paths, "-")
	}
	failOn, err := rules.ParseSeverity(f.failOn)
	if err == nil {
		err = oneOf("color", f.color, "auto", "always", "never")
	}
	minSev, err2 := rules.ParseSeverity(f.minSeverity)
	if err == nil {
		err = err2
	}
	if err == nil {
		err = f.score.check()
	}
	if err == nil {
		err = checkNewFromRev(&f)
	}
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	stdin, err := readStdin(e, paths, f.stdinName)
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
	cfg, linter, code := setup(e, f.configPath, f.noBuiltin)
	if linter == nil {
		return code
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
	inputs := sized(changed.inputs(lintInputs(paths, stdin, cfg, f.output, f.baseline)), e.largest())
	if f.fix && f.diff {
		e.errorf("--fix and --diff cannot be combined: --diff shows what --fix would write")
		return exitUsage
	}
	if (f.fix || f.diff) && slices.Contains(paths, "-") {
		e.errorf("--fix and --diff need files, not standard input")
		return exitUsage
	}
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
		Color: f.output == "" && useColor(f.color, e.stdout), Pack: linter.Pack(), Version: version(),
		Quiet: f.quiet, FailOn: failOn, ExplainScore: f.score.explain, StepSummary: summary,
	})
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	opt := lint.RunOptions{
		MaxFileSize: cfg.MaxFileSize,
		Settings: func(p string) *lint.FileSettings {
			s := cfg.Settings(p)
			s.MinSeverity = minSev
			return s
		},
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
		fx = &fixer{linter: linter, opt: opt, root: workingDir()}
		if f.diff {
			fx.diff = out
		}
	}
	var rec baseline.Recorder
	sum := report.NewSummary()
	prog := newProgress(e.stderr)
	gate := f.score.gate(known)
	var repErr error
	interrupted, clash := false, false // clash: the baseline to write is a file just linted
	linter.Run(e.ctx, inputs, opt, func(r *lint.Result) {
		prog.add()
		if ownBaseline(r) {
			return // a baseline farewell wrote is neither linted nor reported
		}
		if canceled(e, r) {
			interrupted = true // said once below, not once per file left
			return
		}
		if fx != nil {
			r = fx.apply(r)
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
		if r.Err != nil {
			e.errorf("%v", r.Err)
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
	switch {
	case sum.Errors > 0, interrupted, fx != nil && fx.notFixed > 0:
		return exitUsage
	case sum.Worst >= failOn, low != "":
		return exitFindings
	}
	return exitOK
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
