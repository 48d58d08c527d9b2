package lint

import (
	"slices"
	"strings"
	"sync"

	"github.com/farewell-protocol/farewell/rules"
)

// langEngine is the engine of one language, built on first use.
type langEngine struct {
	pack *rules.Pack
	once sync.Once
	l    *Linter
}

// Lints reports whether the linter has rules for a locale: English, the locale of a file whose
// locale is unknown (""), or a language the pack has rules in.
func (l *Linter) Lints(locale string) bool {
	tag := baseLanguage(locale)
	if tag == "" {
		return true
	}
	_, ok := l.others[tag]
	return ok
}

// engineFor returns the engine for documents in locale: that of the locale's language, or the
// English one.
func (l *Linter) engineFor(locale string) *Linter {
	e, ok := l.others[baseLanguage(locale)]
	if !ok {
		return l
	}
	e.once.Do(func() {
		tag := baseLanguage(locale)
		e.l = newEngine(e.pack, tag, e.pack.Language(tag))
	})
	return e.l
}

// baseLanguage returns the language subtag of a locale in lower case, "" for English and for an
// unknown locale.
func baseLanguage(locale string) string {
	tag, _, _ := strings.Cut(locale, "-")
	tag = strings.ToLower(tag)
	if tag == "en" {
		return ""
	}
	return tag
}

// splitLanguages divides a pack's rules and kind cues by language ("" for English); a language
// named only by the pack's Languages has an empty pack of its own.
func splitLanguages(pack *rules.Pack) map[string]*rules.Pack {
	out := map[string]*rules.Pack{"": {Name: pack.Name}}
	of := func(tag string) *rules.Pack {
		p := out[tag]
		if p == nil {
			p = &rules.Pack{Name: pack.Name, Languages: pack.Languages}
			out[tag] = p
		}
		return p
	}
	for _, lg := range pack.Languages {
		of(lg.Tag)
	}
	for _, r := range pack.Rules {
		p := of(r.Language)
		p.Rules = append(p.Rules, r)
	}
	for _, k := range pack.Kinds {
		p := of(k.Language)
		p.Kinds = append(p.Kinds, k)
	}
	if len(out) == 1 {
		out[""] = pack // English alone: the pack as given
		return out
	}
	for tag, p := range out {
		if tag != "" {
			p.Kinds = withEnglishKeys(p.Kinds, out[""].Kinds)
		}
	}
	return out
}

// withEnglishKeys adds the key cues of the English kind cues to a language's own: catalog keys
// and file names are English in most projects ("cancel.confirm.title" in de.json), whatever
// the language of the strings.
func withEnglishKeys(cues, english []rules.KindCue) []rules.KindCue {
	out := make([]rules.KindCue, 0, len(cues)+len(english))
	out = append(out, cues...)
	for _, en := range english {
		i := slices.IndexFunc(out, func(c rules.KindCue) bool { return c.Kind == en.Kind })
		if i < 0 {
			out = append(out, rules.KindCue{Kind: en.Kind, Language: en.Language, Keys: en.Keys, Pos: en.Pos})
			continue
		}
		out[i].Keys = append(slices.Clip(out[i].Keys), en.Keys...)
	}
	return out
}
