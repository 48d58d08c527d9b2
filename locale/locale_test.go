package locale

import (
	"testing"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

func TestLinted(t *testing.T) {
	for loc, want := range map[string]bool{"": true, "en": true, "en-GB": true, "de": false, "pt-BR": false} {
		if Linted(loc) != want {
			t.Errorf("Linted(%q) = %v", loc, !want)
		}
	}
}
