package suggest

import (
	"testing"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

func TestClosest(t *testing.T) {
	ids := []string{"farewell.desperation.exclamations", "farewell.desperation.plea", "farewell.guilt.confirmshaming"}
	for _, c := range []struct {
		in, want string
		known    []string
	}{
		{"farewell.desperation.exclamation", "farewell.desperation.exclamations", ids},
		{"farewell.guilt.confirmshamming", "farewell.guilt.confirmshaming", ids},
		{"of", "off", []string{"suggestion", "warning", "error", "off"}},
		{"eror", "error", []string{"suggestion", "warning", "error", "off"}},
		{"overides", "overrides", []string{"builtin", "packs", "rules", "ignore", "overrides"}},
		{"completely-different", "", ids},
		{"error", "", []string{"error", "off"}},
	} {
		got, _ := Closest(c.in, c.known)
		if got != c.want {
			t.Errorf("Closest(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if h := Hint("of", []string{"off"}); h != ` (did you mean "off"?)` {
		t.Errorf("Hint = %q", h)
	}
}
