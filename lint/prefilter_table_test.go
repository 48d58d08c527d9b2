package lint

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/internal/keywords"
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
	l := New(pack)
	kws, ids, targets, _ := l.buildIndex()
	built := keywords.New(kws)
	want := encodeTable(built, ids, targets)
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
	if !reflect.DeepEqual(l.keywords, kws) || !reflect.DeepEqual(l.targets, targets) {
		t.Fatal("New indexes the built-in pack from the table otherwise than with a map")
	}
	if !reflect.DeepEqual(l.pf, built) {
		t.Fatal("the embedded table loads as an automaton other than the one it was built from")
	}
	loaded, ok := keywords.Load(builtinTable, kws)
	if !ok {
		t.Fatal("the embedded table does not load for the built-in pack's keywords")
	}
	if !reflect.DeepEqual(loaded, built) {
		t.Fatal("the embedded table loads as an automaton other than the one it was built from")
	}
	if _, ok := keywords.Load(builtinTable, kws[1:]); ok {
		t.Error("the table loads for other keywords")
	}
}

// TestIndexFromTableRefuses checks that a pack whose literals differ from the table's in any
// way, or a table cut short, is indexed with a map, as if there were no table.
func TestIndexFromTableRefuses(t *testing.T) {
	pack, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	want := New(pack)
	if !want.indexFromTable(builtinTable) {
		t.Fatal("the built-in pack is not indexed from the table")
	}
	fewer := &rules.Pack{Name: pack.Name, Rules: pack.Rules[1:], Kinds: pack.Kinds}
	reordered := &rules.Pack{Name: pack.Name, Rules: pack.Rules, Kinds: append(append([]rules.KindCue(nil), pack.Kinds[1:]...), pack.Kinds[0])}
	for name, p := range map[string]*rules.Pack{"fewer rules": fewer, "cues reordered": reordered} {
		l := &Linter{pack: p}
		if l.indexFromTable(builtinTable) {
			t.Errorf("%s: indexed from the table", name)
		}
		l.index()
		kws, _, targets, _ := l.buildIndex()
		if !reflect.DeepEqual(l.keywords, kws) || !reflect.DeepEqual(l.targets, targets) {
			t.Errorf("%s: index differs from the one a map gives", name)
		}
	}
	// The last bytes of the table are the last target's token: a table that says another
	// token for one literal is refused.
	other := []byte(builtinTable)
	other[len(other)-1]++
	if l := (&Linter{pack: pack}); l.indexFromTable(string(other)) {
		t.Error("a table with another target indexes the pack")
	}
	for _, n := range []int{0, 100, len(builtinTable) / 2, len(builtinTable) - 4} {
		l := &Linter{pack: pack}
		if l.indexFromTable(builtinTable[:n]) {
			t.Errorf("a table cut at %d bytes indexes the pack", n)
		}
	}
}
