package config

import (
	"errors"

	"github.com/farewell-protocol/farewell/rules"
)

// Pack returns the rules the configuration asks for: the built-in pack (from builtin, which is
// called only when the configuration loads it; nil leaves it out) and every pack it names,
// merged into one. A rule override that names no rule, category or id prefix of the result is
// an error at its line and column, so that a typo is reported rather than silently ignored. Long-running servers pass
// a builtin func that compiles the embedded pack once.
func (c *Config) Pack(builtin func() (*rules.Pack, error)) (*rules.Pack, error) {
	var packs []*rules.Pack
	if c.Builtin && builtin != nil {
		p, err := builtin()
		if err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	for _, path := range c.Packs {
		p, err := rules.LoadPath(path)
		if err != nil {
			return nil, err
		}
		packs = append(packs, p)
	}
	var pack *rules.Pack
	switch len(packs) {
	case 0:
		pack = &rules.Pack{Name: "none"}
	case 1:
		pack = packs[0]
	default:
		var err error
		if pack, err = rules.Merge("packs", packs...); err != nil {
			return nil, err
		}
	}
	if unknown := c.UnknownRules(pack); len(unknown) > 0 {
		return nil, errors.Join(unknown...)
	}
	return pack, nil
}
