package lint_test

import (
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// TestNamedInputs checks which inputs are read as the user means them and which follow a
// directory walk's guesses.
func TestNamedInputs(t *testing.T) {
	l := linttest.Builtin(t)
	catalog := []byte(`{"cancel": {"title": "Please don't go!"}}`)
	module := []byte("export default { bye: 'Please don\\'t go!' }\n")
	for _, c := range []struct {
		name  string
		in    lint.Input
		opt   lint.RunOptions
		read  bool   // linted, with a finding
		skip  string // else a prefix of the reason it was skipped
		error string // else a part of its error
	}{
		{"unnamed JSON without a catalog path", lint.Input{Path: "msgs/cancel.json", Data: catalog}, lint.RunOptions{}, false, "JSON or YAML with no locale", ""},
		{"named JSON", lint.Input{Path: "msgs/cancel.json", Data: catalog, Named: true}, lint.RunOptions{}, true, "", ""},
		{"JSON whose format a glob sets", lint.Input{Path: "msgs/cancel.json", Data: catalog}, lint.RunOptions{
			Settings: func(string) *lint.FileSettings { return &lint.FileSettings{Format: format.JSON} }}, true, "", ""},
		{"standard input as text", lint.Input{Path: "<stdin>", Data: []byte("Please don't go!"), Named: true, Format: format.Text}, lint.RunOptions{}, true, "", ""},
		{"a named file of no known format", lint.Input{Path: "notes.docx", Data: []byte("Please don't go!"), Named: true}, lint.RunOptions{}, false, "", "notes.docx: not a format farewell reads"},
		{"an unnamed file of no known format", lint.Input{Path: "notes.docx", Data: []byte("Please don't go!")}, lint.RunOptions{}, false, lint.SkipFormat, ""},
		{"an unnamed module outside a catalog path", lint.Input{Path: "src/banner.ts", Data: module}, lint.RunOptions{}, false, "JavaScript or TypeScript with no locale", ""},
		{"an editor's module outside a catalog path", lint.Input{Path: "src/banner.ts", Data: module}, lint.RunOptions{Format: format.JS}, false, "JavaScript or TypeScript with no locale", ""},
		{"a module in a locale's file", lint.Input{Path: "src/en.ts", Data: module}, lint.RunOptions{}, true, "", ""},
		{"a named module", lint.Input{Path: "src/banner.ts", Data: module, Named: true}, lint.RunOptions{}, true, "", ""},
		{"a named module that is no module", lint.Input{Path: "src/banner.ts", Data: []byte("const s = 'open"), Named: true}, lint.RunOptions{}, false, "", "banner.ts:1:11: unterminated string"},
		{"an unnamed module that is no module", lint.Input{Path: "i18n/banner.ts", Data: []byte("const s = 'open")}, lint.RunOptions{}, false, format.SkipUnreadableModule, ""},
	} {
		r := l.LintInput(c.in, c.opt)
		switch {
		case c.read && (r.Err != nil || r.Skipped != "" || len(r.Findings) == 0):
			t.Errorf("%s: not read: %v %q %d findings", c.name, r.Err, r.Skipped, len(r.Findings))
		case c.skip != "" && !strings.HasPrefix(r.Skipped, c.skip):
			t.Errorf("%s: skipped %q, want %q", c.name, r.Skipped, c.skip)
		case c.error != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), c.error)):
			t.Errorf("%s: error %v, want %q", c.name, r.Err, c.error)
		}
		if r.Doc != nil {
			linttest.Check(t, r)
		}
	}
}
