package lint_test

import (
	"context"
	"os"
	"path"
	"slices"
	"testing"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// BenchmarkCorporaProse lints the Markdown, HTML and text files of the shared corpora, read
// into memory first, on one goroutine, and reports MB/s over the bytes of the files it lints:
// the engine's throughput on the files the command line reads, without I/O.
func BenchmarkCorporaProse(b *testing.B) {
	benchCorpora(b, func(p string) bool {
		switch path.Ext(p) {
		case ".md", ".html", ".txt":
			return true
		}
		return false
	}, nil)
}

// BenchmarkCorporaEnglish lints every file of the shared corpora as English, read into memory
// first, on one goroutine, and reports MB/s over every byte.
func BenchmarkCorporaEnglish(b *testing.B) {
	english := &lint.FileSettings{Locale: "en"}
	benchCorpora(b, func(string) bool { return true }, func(string) *lint.FileSettings { return english })
}

// benchCorpora lints the corpus files keep selects, held in memory, per iteration.
func benchCorpora(b *testing.B, keep func(string) bool, settings func(string) *lint.FileSettings) {
	b.Helper()
	dir := linttest.Shared(b, "corpora")
	l := linttest.Builtin(b)
	var docs []lint.Input
	var total int64
	for in := range lint.Walk([]string{dir}, lint.WalkOptions{}) {
		if !keep(in.Path) {
			continue
		}
		data, err := os.ReadFile(in.File)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, lint.Input{Path: in.Path, Data: data})
		total += int64(len(data))
	}
	opt := lint.RunOptions{Settings: settings, Workers: 1}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		l.Run(context.Background(), slices.Values(docs), opt, func(*lint.Result) {})
	}
}
