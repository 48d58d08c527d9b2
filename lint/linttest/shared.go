package linttest

import (
	"os"
	"path/filepath"
	"testing"
)

// Shared returns the path of a directory under ../shared beside the repository (the real
// corpora and data sets), skipping the test or benchmark when it is absent, and with -short,
// which CI's race-detector run uses: reading them all under the race detector adds minutes and
// no concurrency.
func Shared(t testing.TB, name string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: the shared corpora and data sets are read in full runs")
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent: %v", p, err)
	}
	return p
}
