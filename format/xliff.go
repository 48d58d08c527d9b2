package format

import (
	"encoding/xml"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
	"github.com/farewell-protocol/farewell/locale"
)

// readXLIFF reads XLIFF 1.2 (<trans-unit>) and 2.0 (<unit>/<segment>) files: each unit's
// <target>, or its <source> when it has no target, is a segment keyed by the unit's resname
// or id. The file's target language (or source language, when nothing is translated) names
// the locale. Inline codes (<x/>, <ph/>) read as placeholders; other inline markup as tags.
func readXLIFF(doc *document.Document, rd *reading) error {
	w := rd.walker(doc)
	x := &xliffReader{doc: doc, b: rd.builder(doc.Src, document.Templates{})}
	var srcLang, trgLang string
	for tok, end := range w.Tokens() {
		switch t := tok.(type) {
		case *xml.StartElement:
			switch t.Name.Local {
			case "xliff", "file":
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "srcLang", "source-language":
						srcLang = a.Value
					case "trgLang", "target-language":
						trgLang = a.Value
					}
				}
			case "trans-unit", "unit":
				x.unit = xliffUnitKey(t)
				x.open()
			case "segment":
				x.open()
			case "source", "target":
				contentEnd, err := w.SkipElement()
				if err != nil {
					return err
				}
				r := [2]int{end, contentEnd}
				if t.Name.Local == "source" {
					x.source = r
				} else {
					x.target = r
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "trans-unit", "unit":
				x.emit()
				x.directives = scopeToEntry(doc, x.directives, end)
			case "segment":
				x.emit()
			}
		}
	}
	if w.Err() != nil {
		return w.Err()
	}
	if doc.Locale == "" && rd.Locale == "" {
		lang := srcLang
		if trgLang != "" {
			lang = trgLang
		}
		doc.Locale = locale.Parse(lang)
	}
	doc.Segments = catalog.DropEmpty(x.b.Segments())
	rd.keepRoom(x.b)
	return nil
}

type xliffReader struct {
	doc            *document.Document
	b              *document.Builder
	str            catalog.String
	unit           string
	source, target [2]int
	pending        bool
	directives     int // the directives before the current unit start here
}

func (x *xliffReader) open() {
	x.source, x.target, x.pending = [2]int{}, [2]int{}, true
}

// emit lints the open unit or segment: its target if it has one with text, else its source.
func (x *xliffReader) emit() {
	if !x.pending {
		return
	}
	x.pending = false
	r := x.target
	if r[1] <= r[0] || strings.TrimSpace(string(x.doc.Src[r[0]:r[1]])) == "" {
		r = x.source
	}
	if r[1] <= r[0] {
		return
	}
	x.str.Reset()
	catalog.ReadXML(x.doc, &x.str, r[0], r[1], false)
	catalog.Emit(x.b, catalog.Entry{Key: x.unit, Esc: document.EscapeXML, Str: &x.str})
}

func xliffUnitKey(t *xml.StartElement) string {
	if v, ok := catalog.Attr(t, "resname"); ok && v != "" {
		return v
	}
	v, _ := catalog.Attr(t, "id")
	return v
}
