package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/rules"
)

func TestPack(t *testing.T) {
	calls := 0
	builtin := func() (*rules.Pack, error) {
		calls++
		return rules.Builtin()
	}
	c, err := config.Discover("../testdata/config/valid/winback")
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.Pack(builtin)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1 || p.Rule("farewell.guilt.confirmshaming") == nil || p.Rule("acme.voice.sunset") == nil {
		t.Errorf("builtin called %d times; pack has %d rules", calls, len(p.Rules))
	}
	if _, err = c.Pack(nil); err == nil || !strings.Contains(err.Error(), "names no rule, category or id prefix") {
		t.Errorf("without the built-in pack the overrides name no rule, got %v", err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, ".farewell.yaml")
	if err := os.WriteFile(file, []byte("builtin: false\nrules: {zeta: off, alpha: off}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = config.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Pack(builtin)
	if calls != 1 || err == nil || !strings.Contains(err.Error(), `.farewell.yaml:2:9: rules: "zeta" names no rule`) ||
		!strings.Contains(err.Error(), `.farewell.yaml:2:20: rules: "alpha" names no rule`) {
		t.Errorf("builtin called %d times, error %v", calls, err)
	}
}
