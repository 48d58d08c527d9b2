// Package config reads .farewell.yaml: which rule packs to load, rule overrides, ignored paths
// and per-glob settings, decoded strictly with errors that name the file, line and column.
// It turns them into the engine's per-file settings: it imports lint, format, locale and rules,
// and is imported by the wiring (cmd, lsp, serve).
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/yamlx"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/locale"
	"github.com/farewell-protocol/farewell/rules"
)

// FileNames are the names config discovery looks for, in order.
func FileNames() []string { return []string{".farewell.yaml", ".farewell.yml"} }

// wireConfig mirrors the YAML schema of .farewell.yaml.
type wireConfig struct {
	Builtin   *bool                   `yaml:"builtin"`
	Packs     []yamlx.String          `yaml:"packs"`
	Rules     map[string]yamlx.String `yaml:"rules"`
	Ignore    []yamlx.String          `yaml:"ignore"`
	Overrides []wireOverride          `yaml:"overrides"`
	Limits    wireLimits              `yaml:"limits"`
	Messages  wireMessages            `yaml:"messages"`
	Scripts   wireScripts             `yaml:"scripts"`
	Law       []yamlx.String          `yaml:"law"`
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
	Pos    yamlx.Pos               `yaml:"-"`
	Files  []yamlx.String          `yaml:"files"`
	Kind   yamlx.String            `yaml:"kind"`
	Locale yamlx.String            `yaml:"locale"`
	Rules  map[string]yamlx.String `yaml:"rules"`
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
	ignore    []string
	overrides []override
	messages  messageSettings
	script    format.ScriptSettings
}

type override struct {
	files  []string
	kind   rules.MessageKind
	locale string
	rules  map[string]rules.Severity
}

// Default returns the configuration used when no file is found.
func Default() *Config {
	wd, _ := os.Getwd()
	return &Config{Dir: wd, Builtin: true}
}

// Discover finds the nearest .farewell.yaml in dir or its parents and loads it; with none,
// it returns Default.
func Discover(dir string) (*Config, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		for _, name := range FileNames() {
			p := filepath.Join(d, name)
			if _, err := os.Stat(p); err == nil {
				return Load(p)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("config %s: %w", p, err)
			}
		}
		if filepath.Dir(d) == d {
			return Default(), nil
		}
	}
}

// Load reads and checks one configuration file.
func Load(p string) (*Config, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(p, data)
}

// Parse checks configuration data read from file p.
func Parse(p string, data []byte) (*Config, error) {
	display := lint.DisplayPath(p)
	abs, err := filepath.Abs(p)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c := &Config{Path: display, Dir: filepath.Dir(abs), Builtin: true}
	node, err := yamlx.Parse(display, data)
	if err != nil || node == nil {
		return c, err
	}
	var w wireConfig
	if err := yamlx.Decode(display, node, &w); err != nil {
		return nil, err
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
	if c.rules, err = severities(w.Rules); err != nil {
		return nil, err
	}
	if c.ignore, err = globs(w.Ignore); err != nil {
		return nil, err
	}
	for _, o := range w.Overrides {
		ov, err := compileOverride(o)
		if err != nil {
			return nil, err
		}
		c.overrides = append(c.overrides, ov)
	}
	if c.messages, err = compileMessages(w.Messages); err != nil {
		return nil, err
	}
	c.script = scriptSettings(w.Scripts)
	for _, l := range w.Law {
		if !slices.Contains(rules.Laws(), l.Value) {
			return nil, yamlx.Errorf(l.Pos, "law: unknown law %q (want one of %s)", l.Value, strings.Join(rules.Laws(), ", "))
		}
		if !slices.Contains(c.Laws, l.Value) {
			c.Laws = append(c.Laws, l.Value)
		}
	}
	if d := w.Limits.MaxDepth; d.Value != "" {
		if c.MaxDepth, err = strconv.Atoi(d.Value); err != nil || c.MaxDepth < 1 {
			return nil, yamlx.Errorf(d.Pos, "limits.max_depth: %q is not a whole number of at least 1", d.Value)
		}
	}
	if v := w.Limits.MaxFileSize; v.Value != "" {
		if c.MaxFileSize, err = parseSize(v.Value); err != nil {
			return nil, yamlx.Errorf(v.Pos, "limits.max_file_size: %v", err)
		}
	}
	return c, nil
}

// parseSize reads a byte count: a whole number, optionally followed by KB, MB or GB (powers of
// 1024).
func parseSize(s string) (int64, error) {
	num, mult := strings.TrimSpace(s), int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(strings.ToUpper(num), u.suffix) {
			num, mult = strings.TrimSpace(num[:len(num)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a positive size such as 16MB", s)
	}
	return n * mult, nil
}

func compileOverride(o wireOverride) (override, error) {
	var ov override
	var err error
	if len(o.Files) == 0 {
		return ov, yamlx.Errorf(o.Pos, "an override needs files")
	}
	if ov.files, err = globs(o.Files); err != nil {
		return ov, err
	}
	if o.Kind.Value != "" {
		if ov.kind, err = rules.ParseMessageKind(o.Kind.Value); err != nil {
			return ov, yamlx.Errorf(o.Kind.Pos, "%v", err)
		}
	}
	if v := o.Locale.Value; v != "" {
		if ov.locale = locale.Parse(v); ov.locale == "" {
			return ov, yamlx.Errorf(o.Locale.Pos, "%q is not a locale such as en or pt-BR", v)
		}
	}
	ov.rules, err = severities(o.Rules)
	return ov, err
}

func scriptSettings(w wireScripts) format.ScriptSettings {
	var s format.ScriptSettings
	for _, v := range w.Company {
		s.Company = append(s.Company, v.Value)
	}
	for _, v := range w.Customer {
		s.Customer = append(s.Customer, v.Value)
	}
	s.Turns = w.Turns != nil && *w.Turns
	return s
}

// severities reads a rules map: rule id, id prefix or category -> severity or "off".
func severities(m map[string]yamlx.String) (map[string]rules.Severity, error) {
	if len(m) == 0 {
		return nil, nil
	}
	out := make(map[string]rules.Severity, len(m))
	for id, v := range m {
		s, err := rules.ParseSeverity(v.Value)
		if err != nil {
			return nil, yamlx.Errorf(v.Pos, "rule %s: %v", id, err)
		}
		out[id] = s
	}
	return out, nil
}

func globs(list []yamlx.String) ([]string, error) {
	out := make([]string, 0, len(list))
	for _, g := range list {
		pat := strings.TrimPrefix(g.Value, "./")
		if !doublestar.ValidatePattern(pat) {
			return nil, yamlx.Errorf(g.Pos, "bad glob %q", g.Value)
		}
		out = append(out, pat)
	}
	return out, nil
}
