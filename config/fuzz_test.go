package config_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/farewell-protocol/farewell/config"
)

// FuzzParse feeds arbitrary bytes to the configuration loader: no panic, no hang, and every
// error names the file, line and column.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../testdata/config/*/*.yaml")
	files = append(files, "../testdata/config/valid/.farewell.yaml")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	pos := regexp.MustCompile(`^fuzz\.yaml:\d+:\d+: `)
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := config.Parse("fuzz.yaml", data); err != nil && !pos.MatchString(err.Error()) {
			t.Fatalf("error without a position: %q", err)
		}
	})
}
