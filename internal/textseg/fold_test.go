package textseg_test

import (
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/internal/textseg"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Kündigungsbestätigung":         "Kuendigungsbestaetigung",
		"KÜNDIGEN":                      "KUENDIGEN",
		"Schließen":                     "Schliessen",
		"résilié à l'écran":             "re_silie_ a_ l'e_cran",
		"¿Cancelar la suscripción? Año": "¿Cancelar la suscripcio_n? An_o",
		"Œuvre cœur":                    "OEuvre coeur",
		"plain text":                    "plain text",
		"× ÷ « » €":                     "× ÷ « » €",
	} {
		got := textseg.Fold(in)
		if got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
		if len(got) != len(in) {
			t.Errorf("Fold(%q) changed the length: %d, want %d", in, len(got), len(in))
		}
	}
}

func TestSentencesIn(t *testing.T) {
	for _, c := range []struct{ lang, in, want string }{
		{"de", "Sie können z. B. pausieren. Danke!", "Sie koennen z. B. pausieren.|Danke!"},
		{"de", "Bücher, Filme usw. Alles bleibt.", "Buecher, Filme usw. Alles bleibt."},
		{"de", "Wir vermissen dich. Bis bald", "Wir vermissen dich.|Bis bald"},
		{"fr", "M. Dupont a résilié. Merci !", "M. Dupont a re_silie_.|Merci !"},
		{"fr", "Vraiment ? Vous partez ?", "Vraiment ?|Vous partez ?"},
		{"fr", "Il a dit « non. » Puis il est parti.", "Il a dit « non. »|Puis il est parti."},
		{"es", "La Sra. García se fue. ¿Seguro? ¡No te vayas!", "La Sra. Garci_a se fue.|¿Seguro?|¡No te vayas!"},
		{"es", "Ver pág. 4 del contrato. Gracias", "Ver pa_g. 4 del contrato.|Gracias"},
		{"en", "Plan a. Then b.", "Plan a.|Then b."},
	} {
		s := textseg.Fold(c.in)
		var parts []string
		for _, sp := range textseg.SentencesIn(c.lang, s, nil) {
			parts = append(parts, s[sp.Start:sp.End])
		}
		if got := strings.Join(parts, "|"); got != c.want {
			t.Errorf("SentencesIn(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}
