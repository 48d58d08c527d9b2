package rules_test

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/rules"
)

// TestInvalid loads every bad rule file and compares the error with its golden file; every
// error must name the file, line and column.
func TestInvalid(t *testing.T) {
	files, _ := filepath.Glob("../testdata/rules/invalid/*.yaml")
	if len(files) == 0 {
		t.Fatal("no invalid rule files")
	}
	pos := regexp.MustCompile(`^\.\./testdata/rules/invalid/[a-z-]+\.yaml:\d+:\d+: `)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			_, err := rules.LoadPath(f)
			if err == nil {
				t.Fatal("loaded without error")
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !pos.MatchString(line) {
					t.Errorf("error %q does not start with file:line:col", line)
				}
			}
			golden.Check(t, f+".golden", []byte(err.Error()+"\n"))
		})
	}
}

func TestValidPack(t *testing.T) {
	p, err := rules.LoadPath("../testdata/rules/valid")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rules) != 2 || p.Rule("acme.voice.sunset") == nil || p.Rule("acme.pressure.hours") == nil {
		t.Fatalf("loaded %d rules", len(p.Rules))
	}
	if got := p.Rule("acme.pressure.hours").Keywords(); strings.Join(got, ",") != "within" {
		t.Errorf("derived keywords %q, want [\"within\"]", got)
	}
}

func TestBuiltinCompiles(t *testing.T) {
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range p.Rules {
		if prefix := farewellPrefix(r); !strings.HasPrefix(r.ID, prefix) {
			t.Errorf("%s: id does not follow %s<name>", r, prefix)
		}
	}
}

// TestBuiltinPackComplete checks what every rule of the built-in pack owes its readers: it
// lives in its category's file, says what the reader feels and why, offers at least one
// rewrite, and documents itself with at least three flag examples and three near-miss pass
// examples.
func TestBuiltinPackComplete(t *testing.T) {
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	categories := map[string]int{}
	for _, c := range []string{"desperation", "guilt", "friction", "pressure", "hostage", "interrogation", "forever", "coldness", "blame", "elements", "law"} {
		categories[c] = 0
	}
	for _, r := range p.Rules {
		if _, ok := categories[r.Category]; !ok {
			t.Errorf("%s: unknown category %q", r, r.Category)
		}
		categories[r.Category]++
		if want := "/" + path.Join(r.Language, r.Category) + ".yaml"; !strings.HasSuffix(r.Pos.File, want) {
			t.Errorf("%s: defined outside %s", r, want[1:])
		}
		if r.Type == rules.Requires {
			continue
		}
		if len(r.Examples.Flag) < 3 || len(r.Examples.Pass) < 3 {
			t.Errorf("%s: %d flag and %d pass examples, want at least 3 of each", r, len(r.Examples.Flag), len(r.Examples.Pass))
		}
		if len(rules.AllRewrites(r)) == 0 {
			t.Errorf("%s: no rewrite", r)
		}
		if len(strings.Fields(r.Why)) < 12 {
			t.Errorf("%s: why is too short to explain anything: %q", r, r.Why)
		}
	}
	for c, n := range categories {
		if n == 0 {
			t.Errorf("category %s has no rule", c)
		}
	}
}

// farewellPrefix is how the ids of a built-in rule begin: farewell.<category>., or
// farewell.<language>.<category>. for a rule of another language than English.
func farewellPrefix(r *rules.Rule) string {
	if r.Language != "" {
		return "farewell." + r.Language + "." + r.Category + "."
	}
	return "farewell." + r.Category + "."
}

func TestMergeDuplicate(t *testing.T) {
	p, err := rules.LoadPath("../testdata/rules/valid/acme.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rules.Merge("twice", p, p); err == nil || !strings.Contains(err.Error(), "duplicate rule id") {
		t.Fatalf("merging a pack with itself: %v", err)
	}
}

// TestListsAcrossFiles checks that a list declared in one file of a pack serves the rules of
// the others, and that declaring one name in two files is an error naming both places.
func TestListsAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-lists.yaml", "lists:\n  channel: [phone, fax]\n")
	write("b-rules.yaml", `rules:
  - id: acme.friction.channel
    type: existence
    severity: error
    message: a channel
    why: Let people leave online.
    patterns: ['\bby\s+{{channel}}\b']
`)
	p, err := rules.LoadPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(p.Rule("acme.friction.channel").Keywords(), ","); got != "by phone,by fax" && got != "by fax,by phone" {
		t.Errorf("keywords %q, want the list's phrases after \"by \"", got)
	}
	write("c-more.yaml", "lists:\n  channel: [letter]\n")
	_, err = rules.LoadPath(dir)
	if err == nil || !strings.Contains(err.Error(), `c-more.yaml:2:3: list "channel" is declared twice (first at`) || !strings.Contains(err.Error(), "a-lists.yaml:2:3") {
		t.Errorf("got %v, want an error naming both declarations", err)
	}
}

// TestRewritesFitTheKind checks the advice of every built-in rule as a reader of each kind of
// message would see it: an unsubscribe is not told how to cancel a plan or about billing, a
// deletion dialog does not get "Cancel your plan?", and no rewrite carries a literal date that
// would be pasted as is (a visible placeholder such as [date] is used instead). A law check's
// advice is the wording its law asks for, whatever the kind.
func TestRewritesFitTheKind(t *testing.T) {
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	date := regexp.MustCompile(`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+\d{1,2}\b|\b\d{1,2}/\d{1,2}\b`)
	foreignIn := map[string]map[rules.MessageKind]*regexp.Regexp{
		"": {
			rules.Unsubscribe:     regexp.MustCompile(`(?i)\b(?:plan|billing|cancel\w*)\b`),
			rules.AccountDeletion: regexp.MustCompile(`(?i)\b(?:cancel\s+your\s+plan|billing\s+period|your\s+plan)\b`),
		},
		"de": {
			rules.Unsubscribe:     regexp.MustCompile(`(?i)(?:kündig|Abrechnung|Tarif|\bAbo\b)`),
			rules.AccountDeletion: regexp.MustCompile(`(?i)(?:Abo\s+kündigen|Abrechnung)`),
		},
		"fr": {
			rules.Unsubscribe:     regexp.MustCompile(`(?i)(?:résili|factur|\bformule\b)`),
			rules.AccountDeletion: regexp.MustCompile(`(?i)(?:résilier\s+(?:votre|ton)\s+abonnement|factur)`),
		},
		"es": {
			rules.Unsubscribe:     regexp.MustCompile(`(?i)(?:\bcancel\w*|factura\w*|\bplan\b)`),
			rules.AccountDeletion: regexp.MustCompile(`(?i)(?:cancelar\s+(?:su|tu)\s+suscripción|factura\w*)`),
		},
	}
	for _, r := range p.Rules {
		if r.Type == rules.Requires {
			continue
		}
		for _, k := range rules.MessageKinds() {
			foreign := foreignIn[r.Language]
			for _, rw := range append(r.RewritesIn(k, false), r.RewritesIn(k, true)...) {
				if date.MatchString(rw) {
					t.Errorf("%s: rewrite %q for %s holds a literal date", r.ID, rw, k)
				}
				if re := foreign[k]; re != nil && re.MatchString(rw) && r.Category != "pressure" && r.Law == "" {
					t.Errorf("%s: rewrite %q does not fit a message of kind %s", r.ID, rw, k)
				}
			}
		}
	}
}

func TestFind(t *testing.T) {
	p, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"farewell.guilt.confirmshaming": "farewell.guilt.confirmshaming",
		"confirmshaming":                "farewell.guilt.confirmshaming",
		"guilt.confirmshaming":          "farewell.guilt.confirmshaming",
	} {
		if r, err := p.Find(name); err != nil || r.ID != want {
			t.Errorf("Find(%q) = %v, %v; want %s", name, r, err, want)
		}
	}
	if _, err := p.Find("confirmshamming"); err == nil || !strings.Contains(err.Error(), `did you mean "farewell.guilt.confirmshaming"`) {
		t.Errorf("a misspelt name: %v", err)
	}
	if _, err := p.Find("farewell.desperation.exclamation"); err == nil || !strings.Contains(err.Error(), `did you mean "farewell.desperation.exclamations"`) {
		t.Errorf("a misspelt id: %v", err)
	}
}
