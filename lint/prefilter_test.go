package lint

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/rules"
)

// BenchmarkPrefilter scans the repository's golden inputs with the built-in pack's keywords,
// the pass every segment goes through before any regular expression runs.
func BenchmarkPrefilter(b *testing.B) {
	pack, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	p := New(pack).pf
	var text []string
	var total int64
	paths, err := filepath.Glob("../testdata/golden/*/*")
	if err != nil {
		b.Fatal(err)
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			continue // a directory
		}
		text = append(text, string(data))
		total += int64(len(data))
	}
	hits := 0
	hit := func(_, _, _ int) { hits++ }
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range text {
			p.Scan(s, hit)
		}
	}
}
