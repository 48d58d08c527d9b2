package config

import (
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/farewell-protocol/farewell/internal/suggest"
	"github.com/farewell-protocol/farewell/internal/yamlx"
	"github.com/farewell-protocol/farewell/rules"
)

// messageSettings is the checked `messages` section.
type messageSettings struct {
	keyDepth  int
	fileKinds []globKind // file globs, relative to the config file
	keyKinds  []globKind // catalog key globs, with key parts joined by "/"
}

// globKind maps a glob to a message kind.
type globKind struct {
	glob string
	kind rules.MessageKind
}

func compileMessages(w wireMessages, add func(error)) messageSettings {
	var ms messageSettings
	if v := w.KeyDepth; v.Value != "" {
		n, err := strconv.Atoi(v.Value)
		if err != nil || n < 0 {
			add(yamlx.Errorf(v.Pos, "messages.key_depth: %q is not a whole number of key parts (0 groups by the parent key)", v.Value))
		}
		ms.keyDepth = max(n, 0)
	}
	ms.fileKinds = globKinds(w.Files, "messages.files", func(g string) string { return strings.TrimPrefix(g, "./") }, add)
	ms.keyKinds = globKinds(w.Keys, "messages.keys", keyPath, add)
	return ms
}

// globKinds checks a mapping of globs to kinds, in file order.
func globKinds(pairs yamlx.Pairs, field string, norm func(string) string, add func(error)) []globKind {
	var out []globKind
	for _, p := range pairs {
		glob := norm(p.Key.Value)
		if !doublestar.ValidatePattern(glob) {
			add(yamlx.Errorf(p.Key.Pos, "%s: bad glob %q", field, p.Key.Value))
			continue
		}
		if len(p.Values) != 1 {
			add(yamlx.Errorf(p.Key.Pos, "%s: %q needs exactly one message kind", field, p.Key.Value))
			continue
		}
		k, err := rules.ParseMessageKind(p.Values[0].Value)
		if err != nil {
			add(yamlx.Errorf(p.Values[0].Pos, "%s: %v%s", field, err, suggest.Hint(p.Values[0].Value, names(rules.MessageKinds()))))
			continue
		}
		out = append(out, globKind{glob: glob, kind: k})
	}
	return out
}

// keyPath writes a catalog key, or a glob over keys, with its parts joined by "/" so that
// doublestar's "*" matches within one part and "**" across parts.
func keyPath(key string) string { return strings.ReplaceAll(key, ".", "/") }

// fileKind returns the kind of the first messages.files glob that matches a relative path.
func (ms *messageSettings) fileKind(rel string) (rules.MessageKind, bool) {
	for _, g := range ms.fileKinds {
		if matchAny([]string{g.glob}, rel) {
			return g.kind, true
		}
	}
	return "", false
}

// keyKind returns the kind of the first messages.keys glob that matches a catalog key or
// message id.
func (ms *messageSettings) keyKind(key string) (rules.MessageKind, bool) {
	p := keyPath(key)
	for _, g := range ms.keyKinds {
		if ok, _ := doublestar.Match(g.glob, p); ok {
			return g.kind, true
		}
	}
	return "", false
}
