package lsp

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/farewell-protocol/farewell/config"
)

// configs finds the configuration of each document, the .farewell.yaml nearest to it (or the
// one given with --config), and keeps one linter per configuration, as the command line does
// (config.Resolver). Configurations and their packs are reloaded when they change.
type configs struct {
	opt Options
	*config.Resolver
}

func newConfigs(opt Options) *configs {
	return &configs{opt: opt, Resolver: config.NewResolver(opt.Config, opt.NoBuiltin)}
}

// forDir returns the setup that applies to files in dir.
func (c *configs) forDir(dir string) *config.Setup { return c.ForDir(dir) }

// affects reports whether a change to the file at p can change a configuration: it is a
// configuration file, the one given with --config, or a rule pack (or lies in the directory of
// one) that a loaded configuration names.
func (c *configs) affects(p string) bool {
	if isConfigFile(p) || (c.opt.Config != "" && sameFile(p, c.opt.Config)) {
		return true
	}
	for _, st := range c.Loaded() {
		if st.Config == nil {
			continue
		}
		for _, pack := range st.Config.Packs {
			if p == pack || strings.HasPrefix(p, pack+string(filepath.Separator)) {
				return true
			}
		}
	}
	return false
}

// reset forgets every loaded configuration; the next lint of each document loads them afresh.
func (c *configs) reset() { c.Reset() }

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
