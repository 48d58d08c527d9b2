package config

// Compiling the decoded fields: sizes, overrides, script settings, severities and globs.

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/suggest"
	"github.com/farewell-protocol/farewell/internal/yamlx"
	"github.com/farewell-protocol/farewell/locale"
	"github.com/farewell-protocol/farewell/rules"
)

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
