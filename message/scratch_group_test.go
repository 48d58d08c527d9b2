package message_test

import (
	"reflect"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// TestGroupScratchRunningText checks that running text grouped in a scratch that grouped
// other documents before, catalogs and texts with labels, makes the messages it makes with no
// scratch: the room for its ids and labels holds nothing of those documents.
func TestGroupScratchRunningText(t *testing.T) {
	read := func(path, src string) *document.Document {
		t.Helper()
		f, _ := format.Detect(path, []byte(src))
		doc := &document.Document{Path: path, Format: f, Src: []byte(src)}
		if err := format.Read(doc, format.Options{Locale: "en"}); err != nil {
			t.Fatal(err)
		}
		return doc
	}
	infer := func(*message.Message) (rules.MessageKind, string, []message.Evidence) {
		return rules.Other, "default", nil
	}
	docs := []func() *document.Document{
		func() *document.Document {
			return read("a.txt", "<!-- farewell: message=first kind=cancellation -->\nWe are sorry to see you go.\n\n<!-- farewell: message=second -->\nYour plan ends today.\n\nThanks for staying with us.\n")
		},
		func() *document.Document {
			return read("b.json", `{"cancel": {"title": "Cancel your plan?", "body": "You keep your data."}, "other": "Hello"}`)
		},
		func() *document.Document { return read("c.txt", "Hello there.\n\nYour plan ends today.\n") },
		func() *document.Document {
			return read("d.txt", "Line one.\n\n<!-- farewell: message=late kind=cancellation -->\nLine two.\n")
		},
	}
	sc := &message.GroupScratch{}
	for round := range 2 {
		for i, doc := range docs {
			want, werr := message.Group(doc(), &message.Grouping{Infer: infer})
			got, gerr := message.Group(doc(), &message.Grouping{Infer: infer, Scratch: sc})
			if (werr == nil) != (gerr == nil) || !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, document %d: with a scratch %+v, %v; without %+v, %v", round, i, got, gerr, want, werr)
			}
		}
	}
}
