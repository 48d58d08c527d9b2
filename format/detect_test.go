package format

import (
	"strings"
	"testing"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

func TestLocaleFromPath(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"app/src/main/res/values/strings.xml", ""},
		{"app/src/main/res/values-de/strings.xml", "de"},
		{"ui/i18n/src/main/res/values/strings.xml", ""},
		{"ui/i18n/src/main/res/values-de/strings.xml", "de"},
		{"i18n/lib/Base.lproj/Main.strings", ""},
		{"res/values-pt-rBR/strings.xml", "pt-BR"},
		{"res/values-b+sr+Latn/strings.xml", "sr-Latn"},
		{"res/values-b+isv+Latn/strings.xml", "isv"},
		{"res/values-qq/strings.xml", "qq"},
		{"res/values-night/colors.xml", ""},
		{"res/values-land/strings.xml", ""},
		{"Resources/de.lproj/Localizable.strings", "de"},
		{"Resources/zh-Hans.lproj/Localizable.strings", "zh-Hans"},
		{"Resources/Base.lproj/Main.strings", ""},
		{"Resources/en.lproj/Localizable.stringsdict", "en"},
		{"locale/pt_BR/LC_MESSAGES/django.po", "pt-BR"},
		{"locale/de/LC_MESSAGES/django.po", "de"},
		{"i18n/core/fr.po", "fr"},
		{"lib/l10n/intl_de.arb", "de"},
		{"lib/l10n/arb/app_en.arb", "en"},
		{"lib/l10n/strings_zh_TW.arb", "zh-TW"},
		{"config/locales/server.zh_TW.yml", "zh-TW"},
		{"config/locales/client.en.yml", "en"},
		{"config/locales/en.excerpt.yml", "en"},
		{"frontend/de.json", "de"},
		{"web/locales/de-DE/translation.json", "de-DE"},
		{"i18n/locales/en/portal.json", "en"},
		{"Translations/en_US/messages.ini", "en-US"},
		{"Translations/pt_BR/javascript.ini", "pt-BR"},
		{"emails/de/cancel.html", ""},
		{"locales/de/cancel.html", "de"},
		{"emails/opt-in.html", ""},
		{"static/email-templates/default-visual.json", ""},
		{"languages/paid-memberships-pro.pot", ""},
		{"config/app.json", ""},
		{"ui.json", ""},
		{"messages_pt_BR.properties", "pt-BR"},
		{"cancel.txt", ""},
	} {
		if got := LocaleFromPath(c.path); got != c.want {
			t.Errorf("LocaleFromPath(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

// TestHasExt checks hasExt, which searches a list for an extension, against the list split
// into its words.
func TestHasExt(t *testing.T) {
	lists := []string{"", ".html .htm .xhtml .mjml", ".md", ".txt .text", ". .a", ".html  .x", ".htm"}
	exts := []string{"", ".html", ".htm", ".xhtml", ".mjml", ".md", ".m", ".txt", ".text", ".tex", "html", ".", ".a", "x", " .x", ".x"}
	for _, list := range lists {
		for _, ext := range exts {
			want := false
			for _, w := range strings.Split(list, " ") {
				want = want || (list != "" && w == ext)
			}
			if got := hasExt(list, ext); got != want {
				t.Errorf("hasExt(%q, %q) = %v, want %v", list, ext, got, want)
			}
		}
	}
}
