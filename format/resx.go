package format

import (
	"encoding/xml"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// readRESX reads .NET resource files: each <data name="..."> entry's <value> is a segment keyed
// by the entry's name. Entries that hold something other than a string (a type or mimetype
// attribute that names no System.String: images, serialized objects) are skipped, and so are
// <comment>s, which are notes for translators, and the <resheader>s and schema. Comments before
// an entry may hold directives that silence it whole.
func readRESX(doc *document.Document, rd *reading) error {
	w := rd.walker(doc)
	b := rd.builder(doc.Src, document.Templates{})
	var c catalog.String
	depth, directives := 0, 0
	key, isString := "", false
	for tok, end := range w.Tokens() {
		switch t := tok.(type) {
		case *xml.StartElement:
			depth++
			switch {
			case depth == 2 && t.Name.Local == "data":
				key, _ = catalog.Attr(t, "name")
				isString = resxString(t)
			case depth == 3 && t.Name.Local == "value" && isString:
				if _, err := w.ReadElement(&c, end, false); err != nil {
					return err
				}
				depth--
				catalog.Emit(b, catalog.Entry{Key: key, Esc: document.EscapeXML, Str: &c})
			}
		case xml.EndElement:
			if depth == 2 && t.Name.Local == "data" {
				directives = scopeToEntry(doc, directives, end)
			}
			depth--
		}
	}
	if w.Err() != nil {
		return w.Err()
	}
	doc.Segments = catalog.DropEmpty(b.Segments())
	rd.keepRoom(b)
	return nil
}

// resxString reports a <data> entry that holds a string: one with no type and no mimetype, or
// whose type is System.String.
func resxString(t *xml.StartElement) bool {
	if _, ok := catalog.Attr(t, "mimetype"); ok {
		return false
	}
	typ, ok := catalog.Attr(t, "type")
	return !ok || strings.HasPrefix(strings.TrimSpace(typ), "System.String")
}
