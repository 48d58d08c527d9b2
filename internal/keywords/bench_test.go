package keywords

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkAppendHits scans texts with the built-in pack's automaton, loaded from the table
// lint embeds: the repository's golden inputs, or the texts of the file KEYWORDS_TEXTS names
// (each a little-endian uint32 length and its bytes, as a dump of the texts a lint run scans
// gives them), and reports MB/s over their bytes.
func BenchmarkAppendHits(b *testing.B) {
	table, err := os.ReadFile(filepath.Join("..", "..", "lint", "prefilter_builtin.bin"))
	if err != nil {
		b.Fatal(err)
	}
	p, _, ok := LoadOwn(string(table))
	if !ok {
		b.Fatal("the built-in table does not load")
	}
	texts, total := benchTexts(b)
	var sc Scratch
	var dst []Hit
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			dst = p.AppendHits(dst[:0], s, &sc)
		}
	}
}

// benchTexts returns the texts BenchmarkAppendHits scans and their total length.
func benchTexts(b *testing.B) ([]string, int64) {
	var texts []string
	var total int64
	if name := os.Getenv("KEYWORDS_TEXTS"); name != "" {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		for len(data) >= 4 {
			n := int(binary.LittleEndian.Uint32(data))
			if n > len(data)-4 {
				b.Fatalf("%s: a text of %d bytes where %d are left", name, n, len(data)-4)
			}
			texts, total = append(texts, string(data[4:4+n])), total+int64(n)
			data = data[4+n:]
		}
		return texts, total
	}
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "golden", "*", "*"))
	if err != nil {
		b.Fatal(err)
	}
	for _, path := range paths {
		if data, err := os.ReadFile(path); err == nil { // not a directory
			texts, total = append(texts, string(data)), total+int64(len(data))
		}
	}
	return texts, total
}
