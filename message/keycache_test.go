package message

import (
	"fmt"
	"testing"
)

// FuzzKeyInfo checks that a scratch's remembered key facts are those CatalogMessageID and
// stemmedByRole find, the first time and when looked up again, and that the id is a copy,
// not a slice of the key it was asked about.
func FuzzKeyInfo(f *testing.F) {
	for _, k := range []string{"delete_account_title", "cancel.items.2", "reasons[2]", "x.msgid_plural", "x.msgstr[2]",
		"deleteAccountButton", "_a", "a__b", "title", "délété_compte_titre", "a.b.title]"} {
		f.Add(k)
	}
	sc := &GroupScratch{}
	f.Fuzz(func(t *testing.T, k string) {
		wantID, wantStemmed := CatalogMessageID(k, 0), stemmedByRole(k)
		for range 2 {
			b := []byte(k)
			id, stemmed := sc.keyInfoOf(string(b))
			for i := range b {
				b[i] = 'Z'
			}
			if id != wantID || stemmed != wantStemmed {
				t.Fatalf("keyInfoOf(%q) = %q, %v, want %q, %v", k, id, stemmed, wantID, wantStemmed)
			}
		}
	})
}

// TestKeyInfoStartsOver checks that a scratch that has remembered maxKeyInfos keys starts
// over and still answers each key as it should.
func TestKeyInfoStartsOver(t *testing.T) {
	sc := &GroupScratch{}
	for i := range maxKeyInfos + 10 {
		k := fmt.Sprintf("screen%d_title", i)
		if id, stemmed := sc.keyInfoOf(k); id != CatalogMessageID(k, 0) || !stemmed {
			t.Fatalf("keyInfoOf(%q) = %q, %v", k, id, stemmed)
		}
	}
	if n := sc.keys.keys.Len(); n > maxKeyInfos {
		t.Fatalf("the scratch holds %d keys, more than %d", n, maxKeyInfos)
	}
	if id, _ := sc.keyInfoOf("screen3_title"); id != CatalogMessageID("screen3_title", 0) {
		t.Fatalf("after starting over: %q", id)
	}
}
