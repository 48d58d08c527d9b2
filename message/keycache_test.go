package message

import (
	"fmt"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/cuesym"
	"github.com/farewell-protocol/farewell/rules"
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
			id, _, stemmed, _ := sc.keyInfoOf(string(b))
			for i := range b {
				b[i] = 'Z'
			}
			if id != wantID || stemmed != wantStemmed {
				t.Fatalf("keyInfoOf(%q) = %q, %v, want %q, %v", k, id, stemmed, wantID, wantStemmed)
			}
		}
	})
}

// TestKeyInfoStartsOver checks that a scratch that has remembered maxKeyInfos strings starts
// over when a document begins, never within one, and still answers each key as it should.
func TestKeyInfoStartsOver(t *testing.T) {
	sc := &GroupScratch{}
	for i := range maxKeyInfos + 10 {
		sc.keys.start()
		era := sc.KeyEra()
		k := fmt.Sprintf("screen%d_title", i)
		id, n, stemmed, _ := sc.keyInfoOf(k)
		if id != CatalogMessageID(k, 0) || !stemmed || sc.keys.keys.String(n) != id {
			t.Fatalf("keyInfoOf(%q) = %q (%d), %v", k, id, n, stemmed)
		}
		if sc.KeyEra() != era {
			t.Fatalf("keyInfoOf(%q) started over", k)
		}
	}
	if n := sc.keys.keys.Len(); n > maxKeyInfos+1 { // a key and its id
		t.Fatalf("the scratch holds %d strings, more than %d", n, maxKeyInfos+1)
	}
	if sc.KeyEra() != 1 {
		t.Fatalf("era %d, want 1", sc.KeyEra())
	}
	if id, _, _, _ := sc.keyInfoOf("screen3_title"); id != CatalogMessageID("screen3_title", 0) {
		t.Fatalf("after starting over: %q", id)
	}
}

// TestKeyNumbers checks the numbers a scratch gives the keys of the catalogs it groups: one
// number for one key, in one document and the next, none for a string without a key or with
// a source text for its key, and none once the document is grouped.
func TestKeyNumbers(t *testing.T) {
	sc := &GroupScratch{}
	byKey := map[string]int32{}
	for _, keys := range [][]string{
		{"cancel_title", "cancel_body", "", "Are you sure?", "cancel_title"},
		{"cancel_body", "other_key", "cancel_title"},
	} {
		doc := &document.Document{}
		for _, k := range keys {
			doc.Segments = append(doc.Segments, document.Segment{Key: k})
		}
		catalogIDs(doc, 0, sc)
		for i, k := range keys {
			n, ok := sc.KeyNumber(i)
			if want := k != "" && !IsSourceKey(k); ok != want {
				t.Fatalf("%q: numbered %v, want %v", k, ok, want)
			}
			if !ok {
				continue
			}
			if m, seen := byKey[k]; seen && m != n {
				t.Fatalf("%q: numbered %d, then %d", k, m, n)
			}
			for other, m := range byKey {
				if m == n && other != k {
					t.Fatalf("%q and %q both numbered %d", k, other, n)
				}
			}
			byKey[k] = n
		}
		sc.release()
		if _, ok := sc.KeyNumber(0); ok {
			t.Fatal("a released scratch numbers a segment")
		}
	}
	if sc.KeyEra() != 0 {
		t.Fatalf("era %d after a few keys", sc.KeyEra())
	}
}

// TestScratchIsHeading checks that the scratch's IsHeading, which reads a numbered key's
// remembered facts, answers as IsHeading does, for numbered keys and others.
func TestScratchIsHeading(t *testing.T) {
	sc := &GroupScratch{}
	keys := []string{"cancel_title", "cancel_body", "mail.subject", "title", "Subject line here", "", "deleteAccountHeader", "x_titles"}
	for range 2 {
		doc := &document.Document{Format: "json"}
		for _, k := range keys {
			doc.Segments = append(doc.Segments, document.Segment{Key: k})
		}
		doc.Segments = append(doc.Segments, document.Segment{Key: "plain_label", Role: document.RoleHeading})
		catalogIDs(doc, 0, sc)
		for i := range doc.Segments {
			seg := &doc.Segments[i]
			if got, want := sc.IsHeading(doc, seg, i), IsHeading(doc, seg); got != want {
				t.Fatalf("%q: scratch says heading %v, IsHeading %v", seg.Key, got, want)
			}
		}
		sc.release()
	}
}

// TestCueSymbols checks that a scratch tells, during Group, whether each segment's text holds
// a cue symbol as cuesym.Has does, MinSentenceWords words as HasWords does and the Kelvin sign
// or the long s as rules.FoldsToASCII does, and nothing
// once Group is done.
func TestCueSymbols(t *testing.T) {
	sc := &GroupScratch{}
	for _, f := range []document.Format{"json", "text"} {
		doc := &document.Document{Path: "m.txt", Format: f}
		for i, s := range []string{"We will miss you", "We😢 miss you", "plain ascii", "Жаль → прощай", "©", "one two three", "Жаль, мы будем скучать", "5 \u212a", "Ma\u017fs"} {
			doc.Segments = append(doc.Segments, document.Segment{Key: fmt.Sprint("k", i), Text: s})
		}
		asked := 0
		_, err := Group(doc, &Grouping{Scratch: sc, Infer: func(m *Message) (rules.MessageKind, string, []Evidence) {
			for _, si := range m.Segments {
				has, known := sc.CueSymbols(si)
				if want := cuesym.Has(doc.Segments[si].Text); !known || has != want {
					t.Errorf("%s %q: cue symbols %v (known %v), want %v", f, doc.Segments[si].Text, has, known, want)
				}
				folds, known := sc.FoldsToASCII(si)
				if want := rules.FoldsToASCII(doc.Segments[si].Text); !known || folds != want {
					t.Errorf("%s %q: folds to ASCII %v (known %v), want %v", f, doc.Segments[si].Text, folds, known, want)
				}
				words, known := sc.SentenceWords(si)
				if want := HasWords(doc.Segments[si].Text, MinSentenceWords); !known || words != want {
					t.Errorf("%s %q: sentence words %v (known %v), want %v", f, doc.Segments[si].Text, words, known, want)
				}
				asked++
			}
			return rules.Other, "default", nil
		}})
		if err != nil {
			t.Fatal(err)
		}
		if asked != len(doc.Segments) {
			t.Fatalf("%s: %d segments asked about of %d", f, asked, len(doc.Segments))
		}
		if _, known := sc.CueSymbols(0); known {
			t.Fatalf("%s: the scratch tells cue symbols after Group", f)
		}
		if _, known := sc.FoldsToASCII(0); known {
			t.Fatalf("%s: the scratch tells folds after Group", f)
		}
		if _, known := sc.SentenceWords(0); known {
			t.Fatalf("%s: the scratch tells sentence words after Group", f)
		}
	}
}
