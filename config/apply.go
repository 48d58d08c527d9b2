package config

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// relative returns a display path relative to the config's directory, forward-slashed, for
// matching globs; paths outside it are returned as given.
func (c *Config) relative(display string) string {
	abs, err := filepath.Abs(filepath.FromSlash(display))
	if err != nil {
		return display
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(os.PathSeparator)) {
		return display
	}
	return filepath.ToSlash(rel)
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

// Ignored reports whether a display path (file or directory) is excluded by `ignore`.
func (c *Config) Ignored(display string, dir bool) bool {
	if len(c.ignore) == 0 {
		return false
	}
	return matchAny(c.ignore, c.relative(display))
}

// Settings returns the settings for one file: global rule overrides and message settings, then
// those of every override whose globs match, in file order.
func (c *Config) Settings(display string) *lint.FileSettings {
	fs := &lint.FileSettings{Severity: map[string]rules.Severity{}, Script: c.script, MaxDepth: c.MaxDepth, Laws: c.Laws}
	for k, v := range c.rules {
		fs.Severity[k] = v
	}
	rel := c.relative(display)
	fs.KeyDepth = c.messages.keyDepth
	if len(c.messages.keyKinds) > 0 {
		fs.KeyKind = c.messages.keyKind
	}
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
		for k, v := range o.rules {
			fs.Severity[k] = v
		}
	}
	return fs
}

// UnknownRules returns override keys that name no rule, id prefix or category in pack, so
// that a typo in the config is reported rather than silently ignored.
func (c *Config) UnknownRules(pack *rules.Pack) []string {
	var out []string
	check := func(m map[string]rules.Severity) {
		for k := range m {
			if !namesRule(pack, k) {
				out = append(out, k)
			}
		}
	}
	check(c.rules)
	for _, o := range c.overrides {
		check(o.rules)
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
