package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/report"
	"github.com/farewell-protocol/farewell/rules"
)

// lintFlags are the flags of `farewell lint`.
type lintFlags struct {
	format, color, failOn, minSeverity string
	configPath, stdinName              string
	noBuiltin, quiet, stdin            bool
	score                              scoreFlags
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
	f.score.register(fs)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
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
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	cfg, linter, code := setup(e, f.configPath, f.noBuiltin)
	if linter == nil {
		return code
	}
	inputs, err := lintInputs(e, paths, f.stdinName, cfg)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	rep, err := report.New(f.format, e.stdout, report.Options{
		Color: useColor(f.color, e.stdout), Pack: linter.Pack(), Version: version(), Quiet: f.quiet,
		ExplainScore: f.score.explain,
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
	sum := report.NewSummary()
	gate := f.score.gate()
	var repErr error
	linter.Run(e.ctx, inputs, opt, func(r *lint.Result) {
		sum.Add(r)
		gate.add(r)
		if r.Err != nil {
			e.errorf("%v", r.Err)
		}
		if err := rep.File(r); err != nil && repErr == nil {
			repErr = err
		}
	})
	if err := rep.Close(sum); err != nil && repErr == nil {
		repErr = err
	}
	if repErr != nil {
		e.errorf("writing the report: %v", repErr)
		return exitUsage
	}
	low := gate.failed(sum)
	if low != "" {
		e.errorf("%s", low)
	}
	switch {
	case sum.Errors > 0:
		return exitUsage
	case sum.Worst >= failOn, low != "":
		return exitFindings
	}
	return exitOK
}

// setup loads the configuration and the rule packs it names and builds the linter; on failure
// it prints the error and returns a nil linter with the exit code.
func setup(e *env, configPath string, noBuiltin bool) (*config.Config, *lint.Linter, int) {
	var cfg *config.Config
	var err error
	if configPath != "" {
		cfg, err = config.Load(configPath)
	} else {
		cfg, err = config.Discover(".")
	}
	if err != nil {
		e.errorf("%v", err)
		return nil, nil, exitUsage
	}
	pack, err := loadPacks(cfg.Builtin && !noBuiltin, cfg.Packs)
	if err != nil {
		e.errorf("%v", err)
		return nil, nil, exitUsage
	}
	if unknown := cfg.UnknownRules(pack); len(unknown) > 0 {
		e.errorf("%s: rules names no rule, category or id prefix: %s", cfg.Path, strings.Join(unknown, ", "))
		return nil, nil, exitUsage
	}
	return cfg, lint.New(pack), exitOK
}

// loadPacks loads the built-in pack (when wanted) and the given packs into one.
func loadPacks(builtin bool, paths []string) (*rules.Pack, error) {
	var packs []*rules.Pack
	if builtin {
		p, err := rules.Builtin()
		if err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	for _, path := range paths {
		p, err := rules.LoadPath(path)
		if err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	if len(packs) == 1 {
		return packs[0], nil
	}
	return rules.Merge("packs", packs...)
}

// lintInputs expands the paths; "-" reads standard input under --stdin-filename.
func lintInputs(e *env, paths []string, stdinName string, cfg *config.Config) ([]lint.Input, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	var inputs []lint.Input
	for _, p := range paths {
		if p != "-" {
			inputs = append(inputs, lint.Expand([]string{p}, lint.WalkOptions{Ignore: cfg.Ignored})...)
			continue
		}
		data, err := io.ReadAll(e.stdin)
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		name := "<stdin>"
		if stdinName != "" {
			name = lint.DisplayPath(stdinName)
		}
		inputs = append(inputs, lint.Input{Path: name, Data: data})
	}
	return inputs, nil
}

// useColor decides colour: always, never, or auto (a terminal, NO_COLOR unset, TERM not dumb).
func useColor(mode string, w io.Writer) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
