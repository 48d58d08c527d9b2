package lint_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// TestLawPages lints the example pages and e-mails of testdata/law with each law's checks on:
// a compliant page gets no finding of the law's rules, a non-compliant one the findings listed,
// and with the law off neither gets any.
func TestLawPages(t *testing.T) {
	l := linttest.Builtin(t)
	cases := []struct {
		file, law string
		want      []string // the law rules that must report, in id order; none for a compliant page
	}{
		{"de/bgb-312k-noncompliant.html", "de-bgb-312k", []string{"farewell.de.law.bgb-312k-button", "farewell.de.law.bgb-312k-hurdle"}},
		{"de/bgb-312k-compliant.html", "de-bgb-312k", nil},
		{"de/bgb-312k-email-noncompliant.txt", "de-bgb-312k", []string{"farewell.de.law.bgb-312k-confirmation"}},
		{"de/bgb-312k-email-compliant.txt", "de-bgb-312k", nil},
		{"de/crd-11a-noncompliant.html", "eu-crd-11a", []string{"farewell.de.law.crd-11a-withdrawal"}},
		{"de/crd-11a-compliant.html", "eu-crd-11a", nil},
		{"fr/resiliation-noncompliant.html", "fr-resiliation", []string{"farewell.fr.law.resiliation-button", "farewell.fr.law.resiliation-hurdle"}},
		{"fr/resiliation-compliant.html", "fr-resiliation", nil},
		{"fr/resiliation-email-noncompliant.txt", "fr-resiliation", []string{"farewell.fr.law.resiliation-confirmation"}},
		{"fr/resiliation-email-compliant.txt", "fr-resiliation", nil},
		{"fr/crd-11a-noncompliant.html", "eu-crd-11a", []string{"farewell.fr.law.crd-11a-withdrawal"}},
		{"fr/crd-11a-compliant.html", "eu-crd-11a", nil},
		{"es/crd-11a-noncompliant.html", "eu-crd-11a", []string{"farewell.es.law.crd-11a-withdrawal"}},
		{"es/crd-11a-compliant.html", "eu-crd-11a", nil},
		{"es/crd-11a-email-noncompliant.txt", "eu-crd-11a", []string{"farewell.es.law.crd-11a-confirmation"}},
		{"es/crd-11a-email-compliant.txt", "eu-crd-11a", nil},
		{"en/crd-11a-noncompliant.html", "eu-crd-11a", []string{"farewell.law.crd-11a-withdrawal"}},
		{"en/crd-11a-compliant.html", "eu-crd-11a", nil},
		{"en/crd-11a-email-noncompliant.txt", "eu-crd-11a", []string{"farewell.law.crd-11a-confirmation"}},
		{"en/crd-11a-email-compliant.txt", "eu-crd-11a", nil},
	}
	for _, tc := range cases {
		path := filepath.Join("..", "testdata", "law", "locales", filepath.FromSlash(tc.file))
		for _, on := range []bool{true, false} {
			fs := &lint.FileSettings{}
			if on {
				fs.Laws = []string{tc.law}
			}
			res := l.LintInput(lint.Input{Path: path, File: path}, lint.RunOptions{Settings: func(string) *lint.FileSettings { return fs }})
			if res.Err != nil || res.Skipped != "" {
				t.Fatalf("%s: %v %s", tc.file, res.Err, res.Skipped)
			}
			var got []string
			for _, f := range res.Findings {
				if f.Rule.Law != "" && !slices.Contains(got, f.Rule.ID) {
					got = append(got, f.Rule.ID)
				}
			}
			slices.Sort(got)
			want := tc.want
			if !on {
				want = nil
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s with %s on=%v: law findings %q, want %q", tc.file, tc.law, on, got, want)
			}
		}
	}
}
