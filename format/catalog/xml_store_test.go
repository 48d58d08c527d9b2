package catalog

import (
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// TestStoreKeeps checks that the start tokens a walker hands out, with their attributes and
// names, stay as read to the end of the walk, across the store's chunks, and that a tag with
// more attributes than a chunk holds keeps them all.
func TestStoreKeeps(t *testing.T) {
	var src strings.Builder
	src.WriteString("<resources>")
	for i := range 700 {
		fmt.Fprintf(&src, `<string name="key_%d_%s" note="n%d">text %d</string>`, i, strings.Repeat("x", i%90), i, i)
	}
	src.WriteString(`<many`)
	for i := range 300 {
		fmt.Fprintf(&src, ` a%d="v%d"`, i, i)
	}
	src.WriteString(`></many></resources>`) // read by the walker itself, not the decoder
	doc := &document.Document{Path: "strings.xml", Src: []byte(src.String())}
	w := NewWalker(doc)
	var kept []*xml.StartElement
	for tok := range w.Tokens() {
		if se, ok := tok.(*xml.StartElement); ok {
			kept = append(kept, se)
		}
	}
	if w.Err() != nil {
		t.Fatal(w.Err())
	}
	if len(kept) != 702 {
		t.Fatalf("%d start tags, want 702", len(kept))
	}
	for i, se := range kept[1:701] {
		name, _ := Attr(se, "name")
		note, _ := Attr(se, "note")
		if want := fmt.Sprintf("key_%d_%s", i, strings.Repeat("x", i%90)); se.Name.Local != "string" || name != want || note != fmt.Sprintf("n%d", i) {
			t.Fatalf("tag %d: <%s name=%q note=%q>, want name %q", i, se.Name.Local, name, note, want)
		}
	}
	many := kept[701]
	if many.Name.Local != "many" || len(many.Attr) != 300 {
		t.Fatalf("<%s> with %d attributes, want <many> with 300", many.Name.Local, len(many.Attr))
	}
	for i, a := range many.Attr {
		if a.Name.Local != fmt.Sprintf("a%d", i) || a.Value != fmt.Sprintf("v%d", i) {
			t.Fatalf("attribute %d: %s=%q", i, a.Name.Local, a.Value)
		}
	}
}

// TestStringsKeep checks that the strings Strings makes from a reused buffer stay as they were
// made, across chunks and for long ones.
func TestStringsKeep(t *testing.T) {
	var s Strings
	var buf []byte
	var got []string
	for i := range 3000 {
		buf = fmt.Appendf(buf[:0], "key.%d.%s", i, strings.Repeat("é", i%700))
		got = append(got, s.Of(buf))
	}
	for i, g := range got {
		if want := fmt.Sprintf("key.%d.%s", i, strings.Repeat("é", i%700)); g != want {
			t.Fatalf("string %d is %q, want %q", i, g, want)
		}
	}
	if s.Of(nil) != "" {
		t.Fatal("Of(nil) is not empty")
	}
}

// TestReuseTokens checks that a walker that writes over its start tokens gives each, when it
// hands it out, the name and attributes a walker that keeps them all gives, across many
// chunks of tokens and of attributes, tags with many attributes among them.
func TestReuseTokens(t *testing.T) {
	var src strings.Builder
	src.WriteString("<resources>\n")
	for i := range 700 {
		fmt.Fprintf(&src, `<string name="k%d" translatable="%v"`, i, i%3 == 0)
		for j := range i % 90 {
			fmt.Fprintf(&src, ` a%d="v%d"`, j, i+j)
		}
		fmt.Fprintf(&src, ">text <b>%d</b></string>\n", i)
	}
	src.WriteString("</resources>\n")
	walk := func(reuse bool) []string {
		w := NewWalker(&document.Document{Src: []byte(src.String())})
		if reuse {
			w.ReuseTokens()
		}
		var seen []string
		for tok := range w.Tokens() {
			if se, ok := tok.(*xml.StartElement); ok {
				seen = append(seen, fmt.Sprint(se.Name, se.Attr))
			}
		}
		if w.Err() != nil {
			t.Fatal(w.Err())
		}
		return seen
	}
	want, got := walk(false), walk(true)
	if len(want) < 1400 {
		t.Fatalf("%d start tokens", len(want))
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatal("tokens differ when the walker reuses them")
	}
}
