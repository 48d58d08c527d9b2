package message_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint/linttest"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// BenchmarkGroupEnglish groups the segments of every file of the shared corpus read as
// English, as a lint run would, with one scratch and no kind inference.
func BenchmarkGroupEnglish(b *testing.B) {
	dir := linttest.Shared(b, "corpora")
	var docs []*document.Document
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f, ok := format.Detect(p, data)
		if !ok {
			return nil
		}
		doc := &document.Document{Path: p, Format: f, Src: data}
		if format.Read(doc, format.Options{Locale: "en"}) == nil {
			docs = append(docs, doc)
		}
		return nil
	})
	var sc message.GroupScratch
	g := &message.Grouping{Scratch: &sc, Moment: "x",
		Infer: func(*message.Message) (rules.MessageKind, string, []message.Evidence) {
			return rules.Other, "default", nil
		}}
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			if _, err := message.Group(doc, g); err != nil {
				b.Fatal(err)
			}
		}
	}
}
