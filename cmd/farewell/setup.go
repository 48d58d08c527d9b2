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
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

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
	linter := lint.New(pack)
	if e.afterSetup != nil {
		e.afterSetup()
	}
	return cfg, linter, exitOK
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
// reported before linting starts; it is named by --stdin-filename.
func readStdin(e *env, paths []string, stdinName string) (*lint.Input, error) {
	if !slices.Contains(paths, "-") {
		return nil, nil
	}
	data, err := io.ReadAll(e.stdin)
	if err != nil {
		return nil, fmt.Errorf("reading standard input: %w", err)
	}
	name := "<stdin>"
	if stdinName != "" {
		name = lint.DisplayPath(stdinName)
	}
	return &lint.Input{Path: name, Data: data}, nil
}

// lintInputs returns the inputs of the paths, walked lazily; "-" is standard input, already
// read. farewell's own files (the report being written, the baseline read: the non-empty paths
// of own) are never walked into.
func lintInputs(paths []string, stdin *lint.Input, cfg *config.Config, own ...string) iter.Seq[lint.Input] {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	walk := lint.WalkOptions{Ignore: cfg.Ignored}
	ours := map[string]bool{}
	for _, p := range own {
		if p != "" {
			ours[lint.DisplayPath(p)] = true
		}
	}
	if len(ours) > 0 {
		walk.Ignore = func(p string, dir bool) bool { return ours[p] || cfg.Ignored(p, dir) }
	}
	return func(yield func(lint.Input) bool) {
		for _, p := range paths {
			if p == "-" {
				if !yield(*stdin) {
					return
				}
				continue
			}
			for in := range lint.Walk([]string{p}, walk) {
				if !yield(in) {
					return
				}
			}
		}
	}
}

// sized passes on inputs, telling grown the size of each file before it is read.
func sized(inputs iter.Seq[lint.Input], grown func(int64)) iter.Seq[lint.Input] {
	return func(yield func(lint.Input) bool) {
		for in := range inputs {
			if in.File != "" {
				if info, err := os.Stat(in.File); err == nil {
					grown(info.Size())
				}
			} else {
				grown(int64(len(in.Data)))
			}
			if !yield(in) {
				return
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
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
