package rules_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// FuzzParse feeds arbitrary bytes to the rule loader: it must never panic or hang, and every
// error must name the file, line and column.
func FuzzParse(f *testing.F) {
	for _, glob := range []string{"../testdata/rules/*/*.yaml", "builtin/*.yaml"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	pos := regexp.MustCompile(`^fuzz\.yaml:\d+:\d+: `)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := rules.Parse("fuzz.yaml", data)
		if err == nil {
			return
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if !pos.MatchString(line) {
				t.Fatalf("error without a position: %q", line)
			}
		}
	})
}
