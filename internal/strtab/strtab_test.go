package strtab

import (
	"fmt"
	"strings"
	"testing"
)

// TestTable checks that a table numbers strings in the order added, finds each one again,
// copies them (long ones too), and keeps the strings it returned valid after Reset.
func TestTable(t *testing.T) {
	var tab Table
	if _, ok := tab.Find("x"); ok {
		t.Fatal("an empty table found x")
	}
	var want []string
	for i := range 3000 {
		s := fmt.Sprintf("key_%d_%s", i, strings.Repeat("a", i%40))
		if i == 1000 {
			s = strings.Repeat("long", chunkSize) // a chunk of its own
		}
		if i == 1500 {
			s = ""
		}
		b := []byte(s)
		if n := tab.Add(string(b)); int(n) != i {
			t.Fatalf("Add(%q) = %d, want %d", s, n, i)
		}
		clear(b)
		want = append(want, s)
	}
	got := make([]string, len(want))
	for i, s := range want {
		n, ok := tab.Find(s)
		if !ok || int(n) != i || tab.String(n) != s {
			t.Fatalf("Find(%q) = %d, %v (%q), want %d", s, n, ok, tab.String(n), i)
		}
		got[i] = tab.String(n)
	}
	if _, ok := tab.Find("key_3000_"); ok {
		t.Fatal("found a string never added")
	}
	tab.Reset()
	if tab.Len() != 0 {
		t.Fatalf("Len after Reset = %d", tab.Len())
	}
	if _, ok := tab.Find(want[5]); ok {
		t.Fatalf("found %q after Reset", want[5])
	}
	tab.Add("other")
	for i, s := range got {
		if s != want[i] {
			t.Fatalf("string %d changed after Reset: %q", i, s)
		}
	}
}

// TestTableCollisions checks that a string is found as itself behind another whose hash
// shares its slot and its high bits.
func TestTableCollisions(t *testing.T) {
	var tab Table
	ha := tab.hash("a")
	tab.slots = make([]uint64, 256)
	// "b" numbered 0 but placed where "a" hashes, with its bits: a look-up of "a" meets it first.
	tab.ents = append(tab.ents, tab.store("b", ha))
	tab.place(ha, 0)
	tab.ents = append(tab.ents, tab.store("a", ha))
	tab.place(ha, 1)
	if n, ok := tab.Find("a"); !ok || n != 1 {
		t.Fatalf("Find(a) = %d, %v behind a collision", n, ok)
	}
}
