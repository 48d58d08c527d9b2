package lint

import (
	"path"
	"strings"

	"golang.org/x/text/language"
)

// SkipLocale is the reason a file whose locale has no rule pack is skipped.
const SkipLocale = "no rule pack for its locale (farewell lints en)"

// SkipNotCatalog is the reason a JSON or YAML file that shows no sign of being a string
// catalog (package.json, CI configuration, a baseline) is skipped.
const SkipNotCatalog = "JSON or YAML with no locale and no catalog name in its path; not read as a string catalog (set overrides[].locale to read it)"

// CatalogPath reports whether a path names string catalogs: a directory or file name with
// i18n, l10n, locale(s), lang, translation(s), messages, strings, intl or responses in it.
func CatalogPath(p string) bool {
	p = strings.ToLower(strings.ReplaceAll(p, `\`, "/"))
	for _, part := range strings.Split(p, "/") {
		for _, w := range []string{"i18n", "l10n", "locale", "lang", "translation", "messages", "strings", "intl", "responses", "copy"} {
			if strings.Contains(part, w) {
				return true
			}
		}
	}
	return false
}

// LintsLocale reports whether farewell has rules for a locale: the built-in pack is English,
// and a file whose locale is unknown ("") is linted as English.
func LintsLocale(locale string) bool {
	if locale == "" {
		return true
	}
	base, _, _ := strings.Cut(locale, "-")
	return base == "en"
}

// LocaleFromPath returns the locale a file's path names, or "" when it names none. Directories
// count for every file (values-de/, de.lproj/, locales/de/, de/LC_MESSAGES/, en_US/); the
// file's own name counts for catalogs only (de.json, strings_de.arb, server.de.yml, de.po).
func LocaleFromPath(p string) string {
	p = strings.ReplaceAll(p, `\`, "/")
	dirs := strings.Split(path.Dir(p), "/")
	base := path.Base(p)
	if isCatalogExt(strings.ToLower(path.Ext(base))) {
		if loc := localeOfFileName(base); loc != "" {
			return loc
		}
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if loc := localeOfDir(dirs, i); loc != "" {
			return loc
		}
	}
	return ""
}

// ParseLocale returns the canonical form of a locale tag such as en, en_US or pt-BR, or ""
// when s is not one.
func ParseLocale(s string) string { return parseLocale(s, true) }

// isCatalogExt reports the extensions of string catalogs.
func isCatalogExt(ext string) bool {
	switch ext {
	case ".json", ".arb", ".yml", ".yaml", ".po", ".pot", ".strings", ".stringsdict", ".xlf",
		".xliff", ".ini", ".properties", ".xml":
		return true
	}
	return false
}

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
	case i > 0 && isLocaleParent(strings.ToLower(dirs[i-1])):
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
