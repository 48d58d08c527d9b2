package config_test

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/rules"
)

func TestInvalid(t *testing.T) {
	files, _ := filepath.Glob("../testdata/config/invalid/*.yaml")
	pos := regexp.MustCompile(`^\.\./testdata/config/invalid/[a-z-]+\.yaml:\d+:\d+: `)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, err := config.Load(f)
			if err == nil {
				t.Fatal("loaded without error")
			}
			if !pos.MatchString(err.Error()) {
				t.Errorf("error %q does not start with file:line:col", err)
			}
			golden.Check(t, f+".golden", []byte(err.Error()+"\n"))
		})
	}
}

func TestValid(t *testing.T) {
	c, err := config.Discover("../testdata/config/valid/winback")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(c.Path) != ".farewell.yaml" || !c.Builtin || len(c.Packs) != 1 {
		t.Fatalf("discovered %+v", c)
	}
	base := "../testdata/config/valid/"
	if !c.Ignored(base+"legacy/old.txt", false) || c.Ignored(base+"current.txt", false) {
		t.Error("ignore globs do not match relative to the config file")
	}
	s := c.Settings(base + "winback/offer.txt")
	if s.Kind != rules.WinBack || s.Severity["farewell.desperation.please-dont-go"] != rules.Suggestion ||
		s.Severity["farewell.guilt"] != rules.Warning || s.Severity["farewell.desperation.exclamations"] != rules.Off {
		t.Errorf("settings for winback/offer.txt: %+v", s)
	}
	if s := c.Settings(base + "current.txt"); s.Kind != "" || s.Locale != "" {
		t.Errorf("override applied outside its files: %+v", s)
	}
	if s := c.Settings(base + "locales/fr/messages.yml"); s.Locale != "en" {
		t.Errorf("locale override: got %q, want en", s.Locale)
	}
	if sc := s.Script; !sc.Turns || len(sc.Company) != 2 || sc.Company[1] != "Concierge" || len(sc.Customer) != 1 {
		t.Errorf("scripts: %+v", sc)
	}
}

func TestDefaultWhenAbsent(t *testing.T) {
	c, err := config.Discover(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != "" || !c.Builtin {
		t.Errorf("got %+v, want defaults", c)
	}
}

func TestMessages(t *testing.T) {
	dir := t.TempDir()
	data := `messages:
  key_depth: 2
  files:
    "emails/winback/**": win-back
    "emails/**": cancellation
  keys:
    "billing.cancel*.**": cancellation
    "**.unsubscribe_*": unsubscribe
overrides:
  - files: ["emails/offboarding/**"]
    kind: offboarding
`
	c, err := config.Parse(filepath.Join(dir, ".farewell.yaml"), []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file string
		kind rules.MessageKind
	}{
		{"emails/winback/offer.html", rules.WinBack},          // first glob that matches wins
		{"emails/cancel.html", rules.Cancellation},            // later glob
		{"emails/offboarding/notice.html", rules.Offboarding}, // an override wins over messages.files
		{"app/en.json", ""},
	} {
		if s := c.Settings(filepath.Join(dir, tc.file)); s.Kind != tc.kind || s.KeyDepth != 2 {
			t.Errorf("%s: kind %q depth %d, want %q depth 2", tc.file, s.Kind, s.KeyDepth, tc.kind)
		}
	}
	s := c.Settings(filepath.Join(dir, "app/en.json"))
	for key, want := range map[string]rules.MessageKind{
		"billing.cancel.title":           rules.Cancellation,
		"billing.cancelDialog.body.text": rules.Cancellation,
		"billing.cancel":                 "", // "**" after the dot needs at least the dot's part
		"settings.email.unsubscribe_all": rules.Unsubscribe,
		"settings.unsubscribe":           "",
	} {
		got, ok := s.KeyKind(key)
		if got != want || ok != (want != "") {
			t.Errorf("key %s: kind %q (%v), want %q", key, got, ok, want)
		}
	}
}

// TestLaws checks that the law option names laws once each, and reaches every file's settings.
func TestLaws(t *testing.T) {
	dir := t.TempDir()
	c, err := config.Parse(filepath.Join(dir, ".farewell.yaml"), []byte("law: [de-bgb-312k, eu-crd-11a, de-bgb-312k]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Laws; len(got) != 2 || got[0] != "de-bgb-312k" || got[1] != "eu-crd-11a" {
		t.Fatalf("Laws = %q", got)
	}
	if fs := c.Settings(filepath.Join(dir, "de", "kuendigen.html")); len(fs.Laws) != 2 {
		t.Errorf("file settings name laws %q", fs.Laws)
	}
}
