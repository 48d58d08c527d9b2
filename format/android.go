package format

// This file is not named extract_android.go: the _android suffix would make it build for the
// Android operating system only.

import (
	"encoding/xml"
	"strconv"

	"github.com/farewell-protocol/farewell/document"
)

// readAndroid reads Android string resources: each <string> is a segment keyed by its
// name, each plural <item> by "name.quantity" and each <string-array> item by "name.i", so
// that a plural's forms, or an array's items, are one message. Strings marked translatable="false" are identifiers and
// URLs, not copy, and are skipped. Entities, CDATA and Android escapes are decoded for
// matching; positions stay on the source bytes.
func readAndroid(doc *document.Document, _ *reading) error {
	w := newXMLWalker(doc)
	b := document.NewBuilder(doc.Src, document.Templates{})
	var c catString
	depth := 0
	var group string // the name of the open <plurals> or <string-array>
	index := 0
	for tok, end := range w.tokens() {
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name, _ := attr(t, "name")
			key := ""
			switch local := t.Name.Local; {
			case depth == 2 && (local == "plurals" || local == "string-array" || local == "array"):
				group, index = name, 0
				continue
			case depth == 2 && (local == "string" || local == "item" && isStringItem(t)):
				key = name
			case depth == 3 && local == "item" && group != "":
				if q, ok := attr(t, "quantity"); ok {
					key = group + "." + q
				} else {
					key = group + "." + strconv.Itoa(index)
					index++
				}
			default:
				continue
			}
			contentEnd, err := w.skipElement()
			if err != nil {
				return err
			}
			depth--
			if v, _ := attr(t, "translatable"); v == "false" {
				continue
			}
			c.reset()
			readXMLContent(doc, &c, end, contentEnd, true)
			emitCatalog(b, catalogString{key: key, esc: document.EscapeAndroid, str: &c})
		case xml.EndElement:
			if depth == 2 {
				group = ""
			}
			depth--
		}
	}
	if w.err != nil {
		return w.err
	}
	doc.Segments = dropEmpty(b.Segments())
	return nil
}

// isStringItem reports <item type="string" name="..."> at the top level.
func isStringItem(t xml.StartElement) bool {
	typ, _ := attr(t, "type")
	return typ == "string"
}
