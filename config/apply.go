package config

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/farewell-protocol/farewell/internal/suggest"
	"github.com/farewell-protocol/farewell/internal/yamlx"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// relative returns a display path relative to the config's directory, forward-slashed, for
// matching globs; paths outside it are returned as given.
func (c *Config) relative(display string) string {
	abs, err := c.abs(filepath.FromSlash(display))
	if err != nil {
		return display
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(os.PathSeparator)) {
		return display
	}
	return filepath.ToSlash(rel)
}

// abs is filepath.Abs with the working directory the configuration was read in, which asking
// the system for costs two stat calls per path.
func (c *Config) abs(p string) (string, error) {
	if c.wd == "" || filepath.IsAbs(p) {
		return filepath.Abs(p)
	}
	return filepath.Join(c.wd, p), nil
}

func matchAny(globs []string, p string) bool {
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, p); ok {
			return true
		}
		// A directory glob ("legacy/**" or "legacy") also covers everything below it.
		if ok, _ := doublestar.Match(strings.TrimSuffix(g, "/**")+"/**", p); ok {
			return true
		}
	}
	return false
}

// Ignored reports whether a display path (file or directory) is excluded by `ignore`; the
// walker's second argument, whether it is a directory, does not matter, as a glob may match either.
func (c *Config) Ignored(display string, _ bool) bool {
	if len(c.ignore) == 0 {
		return false
	}
	return matchAny(c.ignore, c.relative(display))
}

// Settings returns the settings for one file: global rule overrides and message settings, then
// those of every override whose globs match, in file order.
func (c *Config) Settings(display string) *lint.FileSettings {
	fs := &lint.FileSettings{Severity: map[string]rules.Severity{}, Script: c.script, MaxDepth: c.MaxDepth, MaxFileSize: c.MaxFileSize, Laws: c.Laws}
	for k, v := range c.rules {
		fs.Severity[k] = v
	}
	fs.KeyDepth = c.messages.keyDepth
	if len(c.messages.keyKinds) > 0 {
		fs.KeyKind = c.messages.keyKind
	}
	if len(c.messages.fileKinds) == 0 && len(c.overrides) == 0 {
		return fs // no glob to match: the path relative to the configuration is not needed
	}
	rel := c.relative(display)
	if k, ok := c.messages.fileKind(rel); ok {
		fs.Kind = k
	}
	for _, o := range c.overrides {
		if !matchAny(o.files, rel) {
			continue
		}
		if o.kind != "" {
			fs.Kind = o.kind
		}
		if o.locale != "" {
			fs.Locale = o.locale
		}
		if o.format != "" {
			fs.Format = o.format
		}
		for k, v := range o.rules {
			fs.Severity[k] = v
		}
	}
	return fs
}

// Includes reports whether a display path matches the files of an override that sets a
// format: a directory walk reads it whatever its extension.
func (c *Config) Includes(display string) bool {
	rel := ""
	for _, o := range c.overrides {
		if o.format == "" {
			continue
		}
		if rel == "" {
			rel = c.relative(display)
		}
		if matchAny(o.files, rel) {
			return true
		}
	}
	return false
}

// UnknownRules returns an error for each key of rules (and of the overrides' rules) that names
// no rule, id prefix or category in pack, at its line and column and with the nearest known
// name, so that a typo in the config is reported rather than silently ignored.
func (c *Config) UnknownRules(pack *rules.Pack) []error {
	var out []error
	var known []string
	for _, k := range c.ruleKeys {
		if namesRule(pack, k.Value) {
			continue
		}
		if known == nil {
			known = ruleNames(pack)
		}
		out = append(out, yamlx.Errorf(k.Pos, "rules: %q names no rule, category or id prefix%s", k.Value, suggest.Hint(k.Value, known)))
	}
	return out
}

func namesRule(pack *rules.Pack, key string) bool {
	for _, r := range pack.Rules {
		if r.ID == key || r.Category == key || strings.HasPrefix(r.ID, key+".") {
			return true
		}
	}
	return false
}

// ruleNames lists what a rules key may name: every rule id, its dotted prefixes and category.
func ruleNames(pack *rules.Pack) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, r := range pack.Rules {
		add(r.ID)
		add(r.Category)
		for id := r.ID; strings.Contains(id, "."); {
			id = id[:strings.LastIndexByte(id, '.')]
			add(id)
		}
	}
	return out
}
