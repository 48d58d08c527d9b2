package lint

import (
	"bytes"
	"io/fs"
	"os"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/internal/guardset"
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
	kws, ids, targets, firstGuard := l.buildIndex()
	built := keywords.New(kws)
	want := encodeTable(built, ids, targets, l.appendGuardTable(nil))
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
	if !reflect.DeepEqual(l.pf.Keywords(), kws) || !reflect.DeepEqual(l.targets, targets) {
		t.Fatal("New indexes the built-in pack from the table otherwise than with a map")
	}
	fresh := &Linter{pack: l.pack}
	fresh.addGuards(func(string, target) {})
	if !reflect.DeepEqual(l.guardBase, fresh.guardBase) || !reflect.DeepEqual(l.guardOpen, fresh.guardOpen) ||
		!reflect.DeepEqual(l.guardLayout, fresh.guardLayout) || l.firstGuard != firstGuard {
		t.Fatal("New takes the built-in pack's guards from the table otherwise than addGuards chooses them")
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
		if !reflect.DeepEqual(l.pf.Keywords(), kws) || !reflect.DeepEqual(l.targets, targets) {
			t.Errorf("%s: index differs from the one a map gives", name)
		}
	}
	// The first target is the first literal's, a rule token's or keyword's: a table that says
	// another token for it is refused, and so is one whose guards differ by a byte.
	pf, rest, _ := keywords.LoadOwn(builtinTable)
	n := int(keywords.LE32(rest, 0))
	list := len(builtinTable) - len(rest) + 4 + 4*n + 4*(pf.Count()+1)
	_, _, _, guards, _ := loadTableIndex(builtinTable)
	for name, at := range map[string]int{"another target": list + 8, "other guards": len(builtinTable) - 8} {
		other := []byte(builtinTable)
		other[at]++
		if l := (&Linter{pack: pack}); l.indexFromTable(string(other)) {
			t.Errorf("a table with %s indexes the pack", name)
		}
	}
	if guards.Literals == 0 || len(guards.Full) == 0 {
		t.Error("the table holds no guards")
	}
	for _, n := range []int{0, 100, len(builtinTable) / 2, len(builtinTable) - 4} {
		l := &Linter{pack: pack}
		if l.indexFromTable(builtinTable[:n]) {
			t.Errorf("a table cut at %d bytes indexes the pack", n)
		}
	}
}

// appendGuardTable appends the table of the engine's guard sets, chosen by addGuards, to out.
func (l *Linter) appendGuardTable(out []byte) []byte {
	literals := 0
	l.addGuards(func(string, target) { literals++ })
	var guards []rules.Guards
	for _, r := range l.pack.Rules {
		guards = append(guards, r.PatternGuards()...)
	}
	return guardset.AppendTable(out, minGuardLen, maxGuardBits, l.guardBase, guards, l.guardLayout.Full, literals)
}

// TestIndexFromTableGuards checks that a pack read from the built-in rules' source is indexed
// from the table, and one whose expression differs in a guard literal only, its keywords the
// same, is not, and is indexed as with a map.
func TestIndexFromTableGuards(t *testing.T) {
	src := rules.BuiltinSource()
	data, err := fs.ReadFile(src, "builtin/blame.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const from, to = `|refund\s+requests|returns|chargebacks|requests)`, `|refund\s+requests|returns|chargebaxks|requests)`
	if !bytes.Contains(data, []byte(from)) {
		t.Fatalf("builtin/blame.yaml no longer holds %s", from)
	}
	changed := fstest.MapFS{}
	err = fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		if p == "builtin/blame.yaml" {
			b = bytes.Replace(b, []byte(from), []byte(to), 1)
		}
		changed[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{"source": true, "changed": false} {
		fsys := src
		if !want {
			fsys = changed
		}
		pack, err := rules.LoadFS(fsys, "builtin", "builtin")
		if err != nil {
			t.Fatal(err)
		}
		l := &Linter{pack: splitLanguages(pack)[""]}
		if got := l.indexFromTable(builtinTable); got != want {
			t.Errorf("%s: indexed from the table: %v, want %v", name, got, want)
		}
		kws, _, targets, firstGuard := l.buildIndex()
		l.index()
		if !reflect.DeepEqual(l.pf.Keywords(), kws) || !reflect.DeepEqual(l.targets, targets) || l.firstGuard != firstGuard {
			t.Errorf("%s: index differs from the one a map gives", name)
		}
		if want {
			continue
		}
		// The map's index has the changed pattern's literals: what a table would have had.
		builtin, err := rules.Builtin()
		if err != nil {
			t.Fatal(err)
		}
		if reflect.DeepEqual(l.pf.Keywords(), New(builtin).pf.Keywords()) {
			t.Errorf("%s: the changed guards index as the built-in pack's", name)
		}
	}
}
