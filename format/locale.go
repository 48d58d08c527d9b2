package format

import (
	"strings"

	"github.com/farewell-protocol/farewell/locale"
)

// LocaleFromPath returns the locale a file's path names, or "" when it names none: its
// directories (values-de/, de.lproj/, locales/de/, de/LC_MESSAGES/, en_US/) and, for a
// catalog, its own name (de.json, strings_de.arb, server.de.yml, de.po).
func LocaleFromPath(p string) string {
	return locale.FromPath(p, IsCatalogFile(p))
}

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
