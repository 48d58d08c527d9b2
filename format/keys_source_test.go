package format

import (
	"testing"
	"unsafe"

	"github.com/farewell-protocol/farewell/document"
)

// TestKeysFromSource checks the keys of catalogs whose keys are written verbatim, which
// readers take from the document's source rather than copy: each key must read as the key
// would have without that (escapes decoded, paths joined), and a verbatim key must lie in
// the source when the source is the document's, valid or not.
func TestKeysFromSource(t *testing.T) {
	cases := []struct {
		path   string
		format document.Format
		src    string
		keys   []string
		inSrc  []bool // whether each key must be a run of the source
	}{
		{"en.json", JSON, `{"plain": "Bye now", "esc\u0061ped": "See you", "n": {"inner": "Later"}, "list": ["One more", "Two"]}`,
			[]string{"plain", "escaped", "n.inner", "list[0]", "list[1]"}, []bool{true, false, false, false, false}},
		{"app_en.arb", JSON, `{"@@locale": "en", "title": "Goodbye friend", "@title": {"description": "x"}, "pl": "again"}`,
			[]string{"title", "pl"}, []bool{true, true}},
		{"en.lproj/Localizable.strings", Strings, "\"greeting\" = \"Goodbye now\";\nunquoted = \"See you\";\n\"q\\\"uote\" = \"Later on\";\n",
			[]string{"greeting", "unquoted", "q\"uote"}, []bool{true, true, false}},
		{"en.lproj/Localizable.stringsdict", Stringsdict, `<plist><dict><key> bye </key><dict><key>NSStringLocalizedFormatKey</key><string>%#@d@ left to go</string><key>d&amp;</key><dict><key>NSStringFormatSpecTypeKey</key><string>NSStringPluralRuleType</string><key>one</key><string>One day more</string></dict></dict></dict></plist>`,
			[]string{"bye.format", "bye.d&:one"}, []bool{false, false}},
		{"res/values/strings.xml", Android, `<resources><string name="bye_now">Goodbye now</string><plurals name="left"><item quantity="one">One day left</item></plurals></resources>`,
			[]string{"bye_now", "left.one"}, []bool{true, false}},
	}
	for _, c := range cases {
		for _, valid := range []bool{false, true} {
			src := []byte(c.src)
			doc := &document.Document{Path: c.path, Format: c.format, Src: src}
			if err := Read(doc, Options{Named: true, Locale: "en", ValidUTF8: valid, Buffers: new(Buffers)}); err != nil {
				t.Fatalf("%s: %v", c.path, err)
			}
			if len(doc.Segments) != len(c.keys) {
				t.Fatalf("%s: %d segments, want %d", c.path, len(doc.Segments), len(c.keys))
			}
			for i, s := range doc.Segments {
				if s.Key != c.keys[i] {
					t.Errorf("%s: key %d %q, want %q", c.path, i, s.Key, c.keys[i])
				}
				p := uintptr(unsafe.Pointer(unsafe.StringData(s.Key)))
				base := uintptr(unsafe.Pointer(&src[0]))
				if in := p >= base && p < base+uintptr(len(src)); in != c.inSrc[i] {
					t.Errorf("%s (valid %v): key %q in the source %v, want %v", c.path, valid, s.Key, in, c.inSrc[i])
				}
			}
		}
	}
}
