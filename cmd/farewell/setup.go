package main

import (
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// setup loads the configuration of the working directory (or the one given) and the rule
// packs it names and builds the linter; on failure it prints every problem and returns a nil
// linter with the exit code.
func setup(e *env, configPath string, noBuiltin bool) (*config.Config, *lint.Linter, int) {
	st := config.NewResolver(configPath, noBuiltin).ForDir(".")
	if st.Err != nil {
		problems(e, st.Err)
		return nil, nil, exitUsage
	}
	if e.afterSetup != nil {
		e.afterSetup()
	}
	return st.Config, st.Linter, exitOK
}

// problems prints an error that may join several, one line each.
func problems(e *env, err error) {
	for _, line := range strings.Split(err.Error(), "\n") {
		e.errorf("%s", line)
	}
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

// readStdin reads standard input when paths name it ("-"), at once, so that a read error is
// reported before linting starts. It is a named input: text, unless --stdin-filename or
// --input-format says otherwise.
func readStdin(e *env, paths []string, stdinName string, asWalked bool) (*lint.Input, error) {
	if !slices.Contains(paths, "-") {
		return nil, nil
	}
	data, err := io.ReadAll(e.stdin)
	if err != nil {
		return nil, fmt.Errorf("reading standard input: %w", err)
	}
	in := &lint.Input{Path: "<stdin>", Data: data, Named: !asWalked, Format: format.Text}
	if stdinName != "" {
		in.Path, in.Format = lint.DisplayPath(stdinName), ""
	}
	return in, nil
}

// inputOptions say how the command line's paths become inputs.
type inputOptions struct {
	output   string          // the report being written, never walked into
	baseline string          // the baseline being read, never walked into either
	format   document.Format // --input-format: the format of named files and standard input
	asWalked bool            // named files are read as a walk would find them
}

// lintInputs returns the inputs of the paths, walked lazily; "-" is standard input, already
// read. Each path walked follows the configuration nearest to it (ignore, overrides[].format).
// farewell's own files (the report being written, the baseline read) are never walked into.
func lintInputs(paths []string, stdin *lint.Input, res *config.Resolver, opt inputOptions) iter.Seq[lint.Input] {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	own := map[string]bool{}
	for _, p := range []string{opt.output, opt.baseline} {
		if p != "" {
			own[lint.DisplayPath(p)] = true
		}
	}
	walk := lint.WalkOptions{
		Ignore: func(p string, dir bool) bool {
			cfg := res.ForFile(p).Config
			return own[p] || cfg != nil && cfg.Ignored(p, dir)
		},
		Include: func(p string) bool {
			cfg := res.ForFile(p).Config
			return cfg != nil && cfg.Includes(p)
		},
		Listed: res.Listed,
	}
	return func(yield func(lint.Input) bool) {
		for _, p := range paths {
			if p == "-" {
				in := *stdin
				if opt.format != "" {
					in.Format = opt.format
				}
				if !yield(in) {
					return
				}
				continue
			}
			for in := range lint.Walk([]string{p}, walk) {
				if in.Named && opt.format != "" {
					in.Format = opt.format
				}
				in.Named = in.Named && !opt.asWalked
				if !yield(in) {
					return
				}
			}
		}
	}
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
	f, ok := fileOf(w)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
