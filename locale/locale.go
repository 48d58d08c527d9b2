// Package locale reads locale tags from paths, file names and catalog content, and says which
// locales farewell has rules for. It is a leaf beside the flow: format reads with it, lint
// decides with it whether a file is read at all, config checks the locales it is given. It
// imports only the standard library and golang.org/x/text/language.
package locale

import (
	"path"
	"strings"

	"golang.org/x/text/language"
)

// Linted reports whether farewell has rules for a locale: the built-in pack is English, and a
// file whose locale is unknown ("") is linted as English.
func Linted(tag string) bool {
	if tag == "" {
		return true
	}
	base, _, _ := strings.Cut(tag, "-")
	return base == "en"
}

// FromPath returns the locale a file's path names, or "" when it names none. Directories count
// for every file (values-de/, de.lproj/, locales/de/, de/LC_MESSAGES/, en_US/); the file's own
// name counts when byName is set, as it is for catalogs (de.json, strings_de.arb,
// server.de.yml, de.po).
func FromPath(p string, byName bool) string {
	p = strings.ReplaceAll(p, `\`, "/")
	dirs := strings.Split(path.Dir(p), "/")
	base := path.Base(p)
	if byName {
		if loc := localeOfFileName(base); loc != "" {
			return loc
		}
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if d := strings.ToLower(dirs[i]); d == "values" || d == "base.lproj" {
			return "" // the default resources: the directories above are the project's own
		}
		if loc := localeOfDir(dirs, i); loc != "" {
			return loc
		}
	}
	return ""
}

// Parse returns the canonical form of a locale tag such as en, en_US or pt-BR, or "" when s is
// not one: a .po header's Language, an .arb's @@locale, XLIFF's target language, a configured
// locale.
func Parse(s string) string { return parseLocale(s, true) }

// ParseName is Parse for a word that may name a locale or be an ordinary word (a YAML catalog's
// root key): only the usual shapes count (de, pt_BR, zh-Hant, es-419), since many short words
// are ISO 639-3 codes.
func ParseName(s string) string { return parseLocale(s, false) }

// localeOfDir reads directory dirs[i] in the light of its neighbours.
func localeOfDir(dirs []string, i int) string {
	d := dirs[i]
	lower := strings.ToLower(d)
	switch {
	case lower == "values" || lower == "base.lproj":
		return ""
	case strings.HasPrefix(lower, "values-"):
		return androidLocale(d[len("values-"):])
	case strings.HasSuffix(lower, ".lproj"):
		return parseLocale(strings.TrimSuffix(d, d[len(d)-len(".lproj"):]), true)
	case i+1 < len(dirs) && dirs[i+1] == "LC_MESSAGES":
		return parseLocale(d, true)
	case i > 0 && isLocaleParent(strings.ToLower(dirs[i-1])) && !isSourceDir(lower):
		return parseLocale(d, true)
	case len(d) == 5 && (d[2] == '_' || d[2] == '-') && isUpper(d[3]) && isUpper(d[4]):
		return parseLocale(d, false) // en_US, pt-BR: a language and a region stand alone
	}
	return ""
}

func isLocaleParent(d string) bool {
	switch d {
	case "locales", "locale", "i18n", "l10n", "lang", "langs", "languages", "translations", "messages":
		return true
	}
	return false
}

// isSourceDir reports a directory name that a project's own layout uses below an i18n folder
// ("i18n/src/main/res"), which x/text/language would otherwise read as a rare language code.
func isSourceDir(d string) bool {
	switch d {
	case "src", "lib", "res", "app", "main", "bin", "gen", "out", "build", "dist", "test", "tests":
		return true
	}
	return false
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// androidLocale reads the qualifiers of a values- directory: the first qualifier that is a
// language, with an optional r-prefixed region (values-pt-rBR) or a BCP 47 tag (values-b+sr+Latn).
func androidLocale(q string) string {
	if rest, ok := strings.CutPrefix(q, "b+"); ok {
		return parseLocale(strings.ReplaceAll(rest, "+", "-"), true)
	}
	parts := strings.Split(q, "-")
	if parts[0] == "car" { // the car UI mode, not Galibi Carib
		return ""
	}
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return ""
	}
	tag := parts[0]
	if len(parts) > 1 && len(parts[1]) == 3 && parts[1][0] == 'r' {
		tag += "-" + parts[1][1:]
	}
	return parseLocale(tag, true)
}

// localeOfFileName reads a locale from a catalog's name: the whole stem (de.json, pt-BR.po),
// or its last part after "_" or "." (intl_de.arb, server.zh_TW.yml, en.excerpt.yml's first).
func localeOfFileName(base string) string {
	stem := base[:len(base)-len(path.Ext(base))]
	if loc := parseLocale(stem, false); loc != "" {
		return loc
	}
	parts := strings.FieldsFunc(stem, func(r rune) bool { return r == '.' || r == '_' })
	for i, p := range parts {
		// A region after "_" belongs to the language before it (messages_pt_BR).
		if i+1 < len(parts) && len(parts[i+1]) == 2 && isUpper(parts[i+1][0]) {
			p += "-" + parts[i+1]
		}
		if i == 0 && len(parts) > 1 && !strings.Contains(stem[:len(parts[0])+1], ".") {
			continue // the first part of app_de is a name, of de.excerpt a locale
		}
		if loc := parseLocale(p, false); loc != "" {
			return loc
		}
	}
	return ""
}

// parseLocale returns the canonical form of a locale tag, or "" when s is not one. Inside a
// locale directory (strict) any tag x/text/language knows is accepted; elsewhere only the
// usual shapes are (de, pt_BR, zh-Hant, es-419), since many short words are ISO 639-3 codes.
func parseLocale(s string, strict bool) string {
	if len(s) < 2 || len(s) > 16 {
		return ""
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 || len(parts[0]) < 2 || len(parts[0]) > 3 {
		return ""
	}
	for i, p := range parts {
		if !isAlnumString(p) || !strict && !looseSubtag(i, p) {
			return ""
		}
	}
	if !strict && len(parts) == 1 && len(parts[0]) == 3 {
		return ""
	}
	tag, err := language.Parse(s)
	if err == nil && tag != language.Und {
		return tag.String()
	}
	if base, conf := tag.Base(); conf == language.Exact && strings.EqualFold(base.String(), parts[0]) {
		return base.String()
	}
	if strict && isLetters(parts[0]) {
		return strings.ToLower(parts[0]) // well-formed, if unknown to the registry (isv, qq)
	}
	return ""
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isAlnumString(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return s != ""
}

// looseSubtag accepts a lowercase language first, then upper-case regions, title-case
// scripts and numeric regions.
func looseSubtag(i int, p string) bool {
	switch {
	case i == 0:
		return strings.ToLower(p) == p && !('0' <= p[0] && p[0] <= '9')
	case len(p) == 2:
		return isUpper(p[0]) && isUpper(p[1])
	case len(p) == 4:
		return isUpper(p[0]) && strings.ToLower(p[1:]) == p[1:]
	case len(p) == 3:
		return '0' <= p[0] && p[0] <= '9'
	}
	return false
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
