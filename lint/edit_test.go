package lint_test

import (
	"reflect"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint"
)

// TestFixEdits checks which first fixes one pass applies: ordered by offset, an edit that
// overlaps one taken waits, and so does an insertion at the very end of one taken; a
// replacement that starts where another ends, or an insertion before it, is applied.
func TestFixEdits(t *testing.T) {
	fix := func(e document.Edit) lint.Finding {
		return lint.Finding{Start: e.Start, End: e.End, Fixes: []lint.Fix{{Title: e.New, New: e.New}}}
	}
	got := lint.FixEdits([]lint.Finding{
		fix(document.Edit{Start: 10, End: 10, New: "insertion before b"}),
		fix(document.Edit{Start: 10, End: 14, New: "b"}),
		fix(document.Edit{Start: 0, End: 5, New: "a"}),
		fix(document.Edit{Start: 3, End: 8, New: "overlaps a"}),
		fix(document.Edit{Start: 5, End: 5, New: "insertion at the end of a"}),
		fix(document.Edit{Start: 14, End: 16, New: "c"}),
		{},
	})
	want := []document.Edit{
		{Start: 0, End: 5, New: "a"},
		{Start: 10, End: 10, New: "insertion before b"},
		{Start: 10, End: 14, New: "b"},
		{Start: 14, End: 16, New: "c"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FixEdits = %+v, want %+v", got, want)
	}
}
