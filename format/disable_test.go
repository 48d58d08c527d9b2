package format

import (
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

func TestDisableComment(t *testing.T) {
	for _, tc := range []struct {
		format document.Format
		want   string
		ok     bool
	}{
		{HTML, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{Markdown, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{Text, "# farewell-disable-next-line farewell.guilt", true},
		{YAML, "# farewell-disable-next-line farewell.guilt", true},
		{PO, "# farewell-disable-next-line farewell.guilt", true},
		{INI, "# farewell-disable-next-line farewell.guilt", true},
		{Android, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{XLIFF, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{Stringsdict, "<!-- farewell-disable-next-line farewell.guilt -->", true},
		{Strings, "// farewell-disable-next-line farewell.guilt", true},
		{JSON, "", false},
	} {
		got, ok := disableComment(tc.format, "farewell.guilt")
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: got %q, %v; want %q, %v", tc.format, got, ok, tc.want, tc.ok)
		}
	}
}

func TestDisableLineEdit(t *testing.T) {
	for _, tc := range []struct {
		name   string
		format document.Format
		src    string
		line   int
		want   document.Edit
		ok     bool
	}{
		{"indented html", HTML, "<div>\r\n    <p>Please don't go</p>\r\n</div>", 2,
			document.Edit{Start: 7, End: 7, New: "    <!-- farewell-disable-next-line r -->\r\n"}, true},
		{"last text line without a break", Text, "Hi.\nPlease don't go", 2,
			document.Edit{Start: 4, End: 4, New: "# farewell-disable-next-line r\n"}, true},
		{"lone CR", Text, "Hi.\rPlease don't go\r", 2,
			document.Edit{Start: 4, End: 4, New: "# farewell-disable-next-line r\r"}, true},
		{"inside a tag", HTML, "<img src=x\n  alt=\"Please don't go\">", 2, document.Edit{}, false},
		{"no such line", Text, "Bye", 3, document.Edit{}, false},
		{"json", JSON, "{\"a\": \"Please don't go\"}", 1, document.Edit{}, false},
	} {
		doc := &document.Document{Format: tc.format, Src: []byte(tc.src)}
		got, ok := disableLineEdit(doc, "r", tc.line)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: got %+v, %v; want %+v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
