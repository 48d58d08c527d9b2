// Package config reads .farewell.yaml: which rule packs to load, rule overrides, ignored paths
// and per-glob settings, decoded strictly with errors that name the file, line and column.
// It turns them into the engine's per-file settings: it imports lint, format, locale and rules,
// and is imported by the wiring (cmd, lsp, serve).
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/yamlx"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// FileNames are the names config discovery looks for, in order.
func FileNames() []string { return []string{".farewell.yaml", ".farewell.yml"} }

// wireConfig mirrors the YAML schema of .farewell.yaml.
type wireConfig struct {
	Builtin   *bool          `yaml:"builtin"`
	Packs     []yamlx.String `yaml:"packs"`
	Rules     yamlx.Pairs    `yaml:"rules"`
	Ignore    []yamlx.String `yaml:"ignore"`
	Overrides []wireOverride `yaml:"overrides"`
	Limits    wireLimits     `yaml:"limits"`
	Messages  wireMessages   `yaml:"messages"`
	Scripts   wireScripts    `yaml:"scripts"`
	Law       []yamlx.String `yaml:"law"`
}

// wireMessages is the `messages` section: how catalog strings group into messages, and which
// files and keys hold which kind of message.
type wireMessages struct {
	KeyDepth yamlx.String `yaml:"key_depth"`
	Files    yamlx.Pairs  `yaml:"files"`
	Keys     yamlx.Pairs  `yaml:"keys"`
}

// wireScripts configures call-centre and chat scripts.
type wireScripts struct {
	Company  []yamlx.String `yaml:"company"`
	Customer []yamlx.String `yaml:"customer"`
	Turns    *bool          `yaml:"turns"`
}

type wireOverride struct {
	Pos    yamlx.Pos      `yaml:"-"`
	Files  []yamlx.String `yaml:"files"`
	Kind   yamlx.String   `yaml:"kind"`
	Locale yamlx.String   `yaml:"locale"`
	Format yamlx.String   `yaml:"format"`
	Rules  yamlx.Pairs    `yaml:"rules"`
}

type wireLimits struct {
	MaxFileSize yamlx.String `yaml:"max_file_size"`
	MaxDepth    yamlx.String `yaml:"max_depth"`
}

// Config is a loaded, checked configuration. The zero Config (no file) means defaults.
type Config struct {
	// Path is the file it came from ("" for defaults).
	Path string
	// Dir is the directory globs and pack paths are relative to.
	Dir string
	// Builtin says whether the built-in pack is loaded.
	Builtin bool
	// Packs are extra rule packs, as paths.
	Packs []string
	// MaxFileSize skips larger files (0: the default).
	MaxFileSize int64
	// MaxDepth bounds the nesting of JSON and YAML catalogs (0: the default).
	MaxDepth int
	// Laws are the laws whose wording checks are switched on (see rules.Laws); none by default.
	Laws []string

	rules     map[string]rules.Severity
	ruleKeys  []yamlx.String // every key of rules and of the overrides' rules, where it is written
	ignore    []string
	overrides []override
	messages  messageSettings
	script    format.ScriptSettings
	// wd is the working directory when the configuration was read, relative display paths'
	// base ("": ask the system).
	wd string
}

type override struct {
	files  []string
	kind   rules.MessageKind
	locale string
	format document.Format
	rules  map[string]rules.Severity
}

// Default returns the configuration used when no file is found.
func Default() *Config {
	wd, _ := os.Getwd()
	return &Config{Dir: wd, Builtin: true, wd: wd}
}

// Load reads and checks one configuration file.
func Load(p string) (*Config, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(p, data)
}

// Parse checks configuration data read from file p. Every problem is reported, each at its
// line and column, in one error (errors.Join); the configuration comes back with what could
// be read all the same, so that its rule packs can be checked too (see UnknownRules).
func Parse(p string, data []byte) (*Config, error) {
	display := lint.DisplayPath(p)
	abs, err := filepath.Abs(p)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	wd, _ := os.Getwd()
	c := &Config{Path: display, Dir: filepath.Dir(abs), Builtin: true, wd: wd}
	node, err := yamlx.Parse(display, data)
	if err != nil || node == nil {
		return c, err
	}
	var w wireConfig
	errs := yamlx.DecodeAll(display, node, &w)
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if w.Builtin != nil {
		c.Builtin = *w.Builtin
	}
	for _, s := range w.Packs {
		p := filepath.FromSlash(s.Value)
		if !filepath.IsAbs(p) {
			p = filepath.Join(c.Dir, p)
		}
		c.Packs = append(c.Packs, p)
	}
	c.rules = severities(w.Rules, &c.ruleKeys, add)
	c.ignore = globs(w.Ignore, add)
	for _, o := range w.Overrides {
		c.overrides = append(c.overrides, compileOverride(o, &c.ruleKeys, add))
	}
	c.messages = compileMessages(w.Messages, add)
	c.script = scriptSettings(w.Scripts)
	for _, l := range w.Law {
		if !slices.Contains(rules.Laws(), l.Value) {
			add(yamlx.Errorf(l.Pos, "law: unknown law %q (want one of %s)", l.Value, strings.Join(rules.Laws(), ", ")))
			continue
		}
		if !slices.Contains(c.Laws, l.Value) {
			c.Laws = append(c.Laws, l.Value)
		}
	}
	if d := w.Limits.MaxDepth; d.Value != "" {
		if c.MaxDepth, err = strconv.Atoi(d.Value); err != nil || c.MaxDepth < 1 {
			add(yamlx.Errorf(d.Pos, "limits.max_depth: %q is not a whole number of at least 1", d.Value))
		}
	}
	if v := w.Limits.MaxFileSize; v.Value != "" {
		if c.MaxFileSize, err = parseSize(v.Value); err != nil {
			add(yamlx.Errorf(v.Pos, "limits.max_file_size: %v", err))
		}
	}
	return c, errors.Join(sortErrors(errs)...)
}
