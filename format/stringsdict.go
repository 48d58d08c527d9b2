package format

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
)

// readStringsdict reads .stringsdict files (plist XML). Each top-level entry is a message:
// its NSStringLocalizedFormatKey is keyed "entry.format" and each plural form
// "entry.variable:category" (a device-specific rule adds its device), so the key's last dot
// still separates the entry from the form. The format and value type keys are not text.
func readStringsdict(doc *document.Document, rd *reading) error {
	w := rd.walker(doc)
	w.ReuseTokens() // a start tag's name is read before the walk goes on
	b := rd.builder(doc.Src, document.Templates{})
	var c catalog.String
	var frames []plistFrame
	directives := 0 // the directives before the current entry start here
	for tok, end := range w.Tokens() {
		switch t := tok.(type) {
		case *xml.StartElement:
			name := t.Name.Local
			if name == "plist" {
				continue
			}
			if name == "key" && len(frames) > 0 {
				if _, err := w.ReadElement(&c, end, false); err != nil {
					return err
				}
				frames[len(frames)-1].key = strings.TrimSpace(textString(b, &c))
				continue
			}
			path := plistPath(frames)
			if len(frames) > 0 && frames[len(frames)-1].array {
				frames[len(frames)-1].index++
			}
			switch name {
			case "dict", "array":
				frames = append(frames, plistFrame{array: name == "array", path: path})
				continue
			}
			if name != "string" || len(path) == 0 || isFormatTypeKey(path[len(path)-1]) {
				if _, err := w.SkipElement(); err != nil {
					return err
				}
				continue
			}
			if _, err := w.ReadElement(&c, end, false); err != nil {
				return err
			}
			catalog.Emit(b, catalog.Entry{Key: stringsdictKey(path), Esc: document.EscapeXML, Str: &c})
		case xml.EndElement:
			if (t.Name.Local == "dict" || t.Name.Local == "array") && len(frames) > 0 {
				frames = frames[:len(frames)-1]
				if len(frames) == 1 { // the end of a top-level entry
					directives = scopeToEntry(doc, directives, end)
				}
			}
		}
	}
	if w.Err() != nil {
		return w.Err()
	}
	doc.Segments = catalog.DropEmpty(b.Segments())
	rd.keepRoom(b)
	return nil
}

// plistFrame is an open dict (with the key whose value comes next) or array.
type plistFrame struct {
	array bool
	key   string
	index int
	path  []string // the names leading to this container
}

// plistPath names the value about to be read: the names of its containers and its own key
// or index.
func plistPath(frames []plistFrame) []string {
	if len(frames) == 0 {
		return nil
	}
	top := frames[len(frames)-1]
	name := top.key
	if top.array {
		name = strconv.Itoa(top.index)
	}
	return append(top.path[:len(top.path):len(top.path)], name)
}

func stringsdictKey(path []string) string {
	entry, rest := path[0], path[1:]
	if len(rest) == 0 {
		return entry
	}
	if len(rest) == 1 && rest[0] == "NSStringLocalizedFormatKey" {
		return entry + ".format"
	}
	return entry + "." + strings.ReplaceAll(strings.Join(rest, ":"), ".", "_")
}

// isFormatTypeKey reports the keys of a plural rule whose strings are not text.
func isFormatTypeKey(key string) bool {
	return key == "NSStringFormatSpecTypeKey" || key == "NSStringFormatValueTypeKey"
}

// textString returns the text of c, read from b's source, as a string: the run of the source
// it is when it was read verbatim and the source is kept (document.Builder.SourceString),
// without a copy; else a copy.
func textString(b *document.Builder, c *catalog.String) string {
	if start, end, ok := c.Verbatim(); ok {
		if s, ok := b.SourceString(start, end); ok {
			return s
		}
	}
	return string(c.Text())
}
