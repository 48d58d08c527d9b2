package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// configs finds the configuration of each document, the .farewell.yaml nearest to it, and
// keeps one linter per configuration. The built-in pack is compiled once for the server's life;
// configurations and their packs are reloaded when they change.
type configs struct {
	opt Options

	builtinOnce sync.Once
	builtin     *rules.Pack
	builtinErr  error

	mu     sync.Mutex
	byDir  map[string]*setup // directory -> the setup of its nearest configuration
	byPath map[string]*setup // configuration file ("" for defaults) -> setup
}

// setup is a loaded configuration and the linter for its rules, or why it could not be loaded.
type setup struct {
	cfg    *config.Config
	linter *lint.Linter
	err    error
}

func newConfigs(opt Options) *configs {
	return &configs{opt: opt, byDir: map[string]*setup{}, byPath: map[string]*setup{}}
}

// builtinPack compiles the embedded rule pack the first time a configuration loads it.
func (c *configs) builtinPack() (*rules.Pack, error) {
	c.builtinOnce.Do(func() { c.builtin, c.builtinErr = rules.Builtin() })
	return c.builtin, c.builtinErr
}

// forDir returns the setup that applies to files in dir.
func (c *configs) forDir(dir string) *setup {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st, ok := c.byDir[dir]; ok {
		return st
	}
	var cfg *config.Config
	var err error
	if c.opt.Config != "" {
		cfg, err = config.Load(c.opt.Config)
	} else {
		cfg, err = config.Discover(dir)
	}
	if err != nil {
		st := &setup{err: err}
		c.byDir[dir] = st
		return st
	}
	key := ""
	if cfg.Path != "" {
		key = filepath.Join(cfg.Dir, filepath.Base(cfg.Path))
	}
	st, ok := c.byPath[key]
	if !ok {
		st = c.load(cfg)
		c.byPath[key] = st
	}
	c.byDir[dir] = st
	return st
}

// load builds the linter of a configuration.
func (c *configs) load(cfg *config.Config) *setup {
	builtin := c.builtinPack
	if c.opt.NoBuiltin {
		builtin = nil
	}
	pack, err := cfg.Pack(builtin)
	if err != nil {
		return &setup{err: err}
	}
	return &setup{cfg: cfg, linter: lint.New(pack)}
}

// affects reports whether a change to the file at p can change a configuration: it is a
// configuration file, the one given with --config, or a rule pack (or lies in the directory of
// one) that a loaded configuration names.
func (c *configs) affects(p string) bool {
	if isConfigFile(p) || (c.opt.Config != "" && sameFile(p, c.opt.Config)) {
		return true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, st := range c.byPath {
		if st.cfg == nil {
			continue
		}
		for _, pack := range st.cfg.Packs {
			if p == pack || strings.HasPrefix(p, pack+string(filepath.Separator)) {
				return true
			}
		}
	}
	return false
}

// reset forgets every loaded configuration; the next lint of each document loads them afresh.
func (c *configs) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.byDir)
	clear(c.byPath)
}

func sameFile(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 != nil || err2 != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(ia, ib)
}

// configDir is the directory whose nearest configuration applies to a document: the file's
// own, or for a document that is not a file, the first workspace folder (else the working
// directory).
func (s *server) configDir(d *textDocument) string {
	if d.abs != "" {
		return filepath.Dir(d.abs)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.folders) > 0 {
		return s.folders[len(s.folders)-1]
	}
	return "."
}

func (s *server) didSave(uri string) {
	if p, ok := uriPath(uri); ok && s.configs.affects(p) {
		s.reload()
	}
}

func (s *server) watchedFilesChanged(p didChangeWatchedFilesParams) {
	for _, ev := range p.Changes {
		if fp, ok := uriPath(ev.URI); ok && s.configs.affects(fp) {
			s.reload()
			return
		}
	}
}

// reload drops every loaded configuration and lints every open document again.
func (s *server) reload() {
	s.configs.reset()
	s.mu.Lock()
	clear(s.reported)
	docs := make([]*textDocument, 0, len(s.docs))
	for _, d := range s.docs {
		docs = append(docs, d)
	}
	s.mu.Unlock()
	for _, d := range docs {
		d.touch()
	}
}

// reportConfigError shows a configuration error to the user once, until the configuration
// is reloaded.
func (s *server) reportConfigError(err error) {
	s.mu.Lock()
	seen := s.reported[err.Error()]
	s.reported[err.Error()] = true
	s.mu.Unlock()
	if !seen {
		s.notify("window/showMessage", showMessageParams{Type: 1, Message: "farewell: " + err.Error()})
	}
}
