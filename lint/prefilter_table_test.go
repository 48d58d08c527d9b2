package lint

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/rules"
)

// builtinTableFile is the embedded automaton of the built-in pack.
const builtinTableFile = "prefilter_builtin.bin"

// TestBuiltinPrefilterTable builds the built-in pack's keyword automaton and compares its
// encoding with prefilter_builtin.bin, which New loads instead of building it;
// `go test ./lint -run TestBuiltinPrefilterTable -update` rewrites the file.
func TestBuiltinPrefilterTable(t *testing.T) {
	pack, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	keywords := New(pack).keywords
	built := newPrefilter(keywords)
	want := encodeTable(built)
	if want == nil {
		t.Fatal("the built-in pack's automaton needs 32-bit state numbers: encodeTable cannot hold it")
	}
	if golden.Updating() {
		if err := os.WriteFile(builtinTableFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(builtinTableFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date: go test ./lint -run TestBuiltinPrefilterTable -update", builtinTableFile)
	}
	loaded, ok := loadTable(builtinTable, keywords)
	if !ok {
		t.Fatal("New does not load the embedded table for the built-in pack")
	}
	if !reflect.DeepEqual(loaded, built) {
		t.Fatal("the embedded table loads as an automaton other than the one it was built from")
	}
	if _, ok := loadTable(builtinTable, keywords[1:]); ok {
		t.Error("the table loads for other keywords")
	}
}
