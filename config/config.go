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
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/suggest"
	"github.com/farewell-protocol/farewell/internal/yamlx"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/locale"
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
	if n > document.MaxSize/mult {
		return 0, fmt.Errorf("%q is larger than 1GB, the most farewell reads", s)
	}
	return n * mult, nil
}

func compileOverride(o wireOverride, keys *[]yamlx.String, add func(error)) override {
	var ov override
	if o.Pos.Line == 0 {
		return ov // not a mapping: decoding said so, at its place
	}
	if len(o.Files) == 0 {
		add(yamlx.Errorf(o.Pos, "an override needs files"))
	}
	ov.files = globs(o.Files, add)
	if o.Kind.Value != "" {
		var err error
		if ov.kind, err = rules.ParseMessageKind(o.Kind.Value); err != nil {
			add(yamlx.Errorf(o.Kind.Pos, "%v%s", err, suggest.Hint(o.Kind.Value, names(rules.MessageKinds()))))
		}
	}
	if v := o.Locale.Value; v != "" {
		if ov.locale = locale.Parse(v); ov.locale == "" {
			add(yamlx.Errorf(o.Locale.Pos, "%q is not a locale such as en or pt-BR", v))
		}
	}
	if v := o.Format.Value; v != "" {
		f, err := format.Parse(v)
		if err != nil {
			add(yamlx.Errorf(o.Format.Pos, "%v (want one of %s)%s", err, strings.Join(names(format.Formats()), ", "), suggest.Hint(v, names(format.Formats()))))
		}
		ov.format = f
	}
	ov.rules = severities(o.Rules, keys, add)
	return ov
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

// severityNames are the values a rule may be set to.
func severityNames() []string { return []string{"suggestion", "warning", "error", "off"} }

// severities reads a rules map: rule id, id prefix or category -> severity or "off". Each key
// is recorded in keys, for UnknownRules.
func severities(pairs yamlx.Pairs, keys *[]yamlx.String, add func(error)) map[string]rules.Severity {
	if len(pairs) == 0 {
		return nil
	}
	out := make(map[string]rules.Severity, len(pairs))
	for _, p := range pairs {
		*keys = append(*keys, p.Key)
		if len(p.Values) != 1 {
			add(yamlx.Errorf(p.Key.Pos, "rule %s: needs one severity: suggestion, warning, error or off", p.Key.Value))
			continue
		}
		v := p.Values[0]
		s, err := rules.ParseSeverity(v.Value)
		if err != nil {
			add(yamlx.Errorf(v.Pos, "rule %s: unknown severity %q (want suggestion, warning, error or off)%s", p.Key.Value, v.Value, suggest.Hint(v.Value, severityNames())))
			continue
		}
		out[p.Key.Value] = s
	}
	return out
}

func globs(list []yamlx.String, add func(error)) []string {
	out := make([]string, 0, len(list))
	for _, g := range list {
		pat := strings.TrimPrefix(g.Value, "./")
		if !doublestar.ValidatePattern(pat) {
			add(yamlx.Errorf(g.Pos, "bad glob %q", g.Value))
			continue
		}
		out = append(out, pat)
	}
	return out
}

// names returns the names of a list of named values, as strings.
func names[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

// sortErrors orders problems by where they are written, so that they read top to bottom, and
// drops repeats (an alias used twice repeats its problem).
func sortErrors(errs []error) []error {
	at := func(err error) (int, int) {
		var e *yamlx.Error
		if errors.As(err, &e) {
			return e.Pos.Line, e.Pos.Col
		}
		return 0, 0
	}
	sort.SliceStable(errs, func(i, j int) bool {
		li, ci := at(errs[i])
		lj, cj := at(errs[j])
		return li < lj || li == lj && ci < cj
	})
	out := errs[:0]
	for i, err := range errs {
		if i == 0 || err.Error() != errs[i-1].Error() {
			out = append(out, err)
		}
	}
	return out
}
