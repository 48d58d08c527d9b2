package format

// This file is not named extract_android.go: the _android suffix would make it build for the
// Android operating system only.

import (
	"encoding/xml"
	"strconv"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// readAndroid reads Android string resources: each <string> is a segment keyed by its
// name, each plural <item> by "name.quantity" and each <string-array> item by "name.i", so
// that a plural's forms, or an array's items, are one message. Strings marked translatable="false" are identifiers and
// URLs, not copy, and are skipped. Entities, CDATA and Android escapes are decoded for
// matching; positions stay on the source bytes.
func readAndroid(doc *document.Document, rd *reading) error {
	w := rd.walker(doc)
	w.ReuseTokens() // a start tag's attributes are read before the walk goes on
	b := rd.builder(doc.Src, document.Templates{})
	b.ExpectSegments(expectedSegments(doc.Src, 1)) // a string a line, about
	var c catalog.String
	depth := 0
	var group string // the name of the open <plurals> or <string-array>
	index := 0
	for tok, end := range w.Tokens() {
		switch t := tok.(type) {
		case *xml.StartElement:
			depth++
			name, _ := catalog.Attr(t, "name")
			key := ""
			switch local := t.Name.Local; {
			case depth == 2 && (local == "plurals" || local == "string-array" || local == "array"):
				group, index = name, 0
				continue
			case depth == 2 && (local == "string" || local == "item" && isStringItem(t)):
				key = name
			case depth == 3 && local == "item" && group != "":
				if q, ok := catalog.Attr(t, "quantity"); ok {
					key = group + "." + q
				} else {
					key = group + "." + strconv.Itoa(index)
					index++
				}
			default:
				continue
			}
			if translatable, _ := catalog.Attr(t, "translatable"); translatable == "false" {
				if _, err := w.SkipElement(); err != nil {
					return err
				}
				depth--
				continue
			}
			if _, err := w.ReadElement(&c, end, true); err != nil {
				return err
			}
			depth--
			catalog.Emit(b, catalog.Entry{Key: key, Esc: document.EscapeAndroid, Str: &c})
		case xml.EndElement:
			if depth == 2 {
				group = ""
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

// isStringItem reports <item type="string" name="..."> at the top level.
func isStringItem(t *xml.StartElement) bool {
	typ, _ := catalog.Attr(t, "type")
	return typ == "string"
}
