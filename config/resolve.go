package config

import (
	"errors"
	"os"
	"path/filepath"
	"sync"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// Resolver finds the configuration that applies to each file, in the order the README
// documents: the file given with --config, for every file; else the .farewell.yaml (or
// .farewell.yml) nearest to the file, in its directory or the closest parent; else the
// defaults. It keeps one linter per configuration, and compiles the built-in pack once,
// whichever configurations load it. The command line and the language server both use it, so
// that a file is linted alike in CI and in the editor. It is safe for concurrent use.
type Resolver struct {
	path      string // the configuration given for every file, or ""
	noBuiltin bool

	builtinOnce sync.Once
	builtin     *rules.Pack
	builtinErr  error

	mu     sync.Mutex
	byDir  map[string]*Setup // absolute directory -> the setup of its nearest configuration
	byPath map[string]*Setup // configuration file ("" for the defaults) -> its setup
	// byName is byDir for the directories of file paths as ForFile was given them (the path
	// up to its last separator): a file's setup is one lookup, without cleaning the path
	// twice over, and for a relative path without asking the system for the working
	// directory.
	byName map[string]*Setup
	// nearest is the configuration file nearest to each directory asked about ("" for none).
	nearest map[string]string

	// wdOnce asks the system for the working directory once (two stat calls each time): a
	// walk would ask again for every directory it enters.
	wdOnce sync.Once
	wd     string
	wdErr  error
}

// Setup is a loaded configuration and the linter of its rules, or why it could not be loaded:
// every problem of the file, each at its line and column, rule overrides that name no rule
// included.
type Setup struct {
	Config *Config
	Linter *lint.Linter
	Err    error
}

// NewResolver returns a resolver; path, when set, is the configuration of every file, and
// noBuiltin leaves the built-in pack out whatever the configurations say.
func NewResolver(path string, noBuiltin bool) *Resolver {
	return &Resolver{path: path, noBuiltin: noBuiltin, byDir: map[string]*Setup{}, byPath: map[string]*Setup{}, byName: map[string]*Setup{}, nearest: map[string]string{}}
}

// ForFile returns the setup that applies to the file at path p (relative to the working
// directory, or absolute); the file need not exist. The setup of a relative path's directory
// is kept under that relative path, so a resolver must not outlive a change of directory.
func (r *Resolver) ForFile(p string) *Setup {
	p = filepath.FromSlash(p)
	name := p[:dirEnd(p)] // the directory as p names it, "" for a bare name
	r.mu.Lock()
	st, ok := r.byName[name]
	r.mu.Unlock()
	if ok {
		return st
	}
	if filepath.IsAbs(p) {
		st = r.ForDir(filepath.Dir(p))
	} else {
		abs, err := r.abs(p)
		if err != nil {
			return &Setup{Err: err}
		}
		st = r.ForDir(filepath.Dir(abs))
	}
	r.mu.Lock()
	r.byName[name] = st
	r.mu.Unlock()
	return st
}

// abs is filepath.Abs with the working directory asked for once, when first needed: a resolver
// does not outlive a change of directory.
func (r *Resolver) abs(p string) (string, error) {
	if filepath.IsAbs(p) || filepath.Separator != '/' {
		return filepath.Abs(p) // elsewhere a volume-relative path has a working directory of its own
	}
	r.wdOnce.Do(func() { r.wd, r.wdErr = os.Getwd() })
	if r.wdErr != nil {
		return "", r.wdErr
	}
	return filepath.Join(r.wd, p), nil
}

// dirEnd returns the length of the directory part of path p: up to and including its last
// separator (or its volume name), 0 for a bare name.
func dirEnd(p string) int {
	i := len(p) - 1
	for i >= len(filepath.VolumeName(p)) && !os.IsPathSeparator(p[i]) {
		i--
	}
	return i + 1
}

// ForDir returns the setup that applies to the files in directory dir (relative to the working
// directory the resolver first saw, or absolute).
func (r *Resolver) ForDir(dir string) *Setup {
	abs, err := r.abs(dir)
	if err != nil {
		return &Setup{Err: err}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if st, ok := r.byDir[abs]; ok {
		return st
	}
	// A configuration file already loaded for another directory is not read again.
	if file, err := r.file(abs); err == nil {
		if st, ok := r.byPath[file]; ok {
			r.byDir[abs] = st
			return st
		}
	}
	var cfg *Config
	if r.path != "" {
		cfg, err = Load(r.path)
	} else {
		cfg, err = discover(abs, r.nearest)
	}
	key := ""
	if cfg != nil && cfg.Path != "" {
		key = filepath.Join(cfg.Dir, filepath.Base(cfg.Path))
	}
	st, ok := r.byPath[key]
	if !ok || cfg == nil {
		st = r.load(cfg, err)
		if cfg != nil {
			r.byPath[key] = st
		}
	}
	r.byDir[abs] = st
	return st
}

// file returns the absolute path of the configuration file of the files in the absolute
// directory dir, "" for the defaults: the key of its setup in byPath.
func (r *Resolver) file(dir string) (string, error) {
	if r.path != "" {
		return r.abs(r.path)
	}
	return nearest(dir, r.nearest)
}

// load builds the linter of a configuration read with problems err (nil when it has none);
// a configuration with problems still has its packs loaded, so that a rule override that names
// no rule is reported with them.
func (r *Resolver) load(cfg *Config, err error) *Setup {
	if cfg == nil {
		return &Setup{Err: err}
	}
	builtin := r.builtinPack
	if r.noBuiltin {
		builtin = nil
	}
	pack, perr := cfg.Pack(builtin)
	if err != nil || perr != nil {
		errs := sortErrors(append(flatten(err), flatten(perr)...))
		return &Setup{Config: cfg, Err: errors.Join(errs...)}
	}
	return &Setup{Config: cfg, Linter: lint.New(pack)}
}

// builtinPack compiles the embedded rule pack the first time a configuration loads it.
func (r *Resolver) builtinPack() (*rules.Pack, error) {
	r.builtinOnce.Do(func() { r.builtin, r.builtinErr = rules.Builtin() })
	return r.builtin, r.builtinErr
}

// Loaded returns the setups of every configuration file loaded so far.
func (r *Resolver) Loaded() []*Setup {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]*Setup, 0, len(r.byPath))
	for _, st := range r.byPath {
		out = append(out, st)
	}
	return out
}

// Reset forgets every loaded configuration; the next file loads them afresh.
func (r *Resolver) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	clear(r.byDir)
	clear(r.byName)
	clear(r.byPath)
	clear(r.nearest)
}

// flatten returns the problems an error joins, or the error itself.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}
