package format

import (
	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/js"
)

// readJS reads JavaScript and TypeScript i18n modules with package js (see js.Read). A module
// found by a directory walk that cannot be read is skipped, not an error: it may be program
// code in a path that only looks like a catalog's.
func readJS(doc *document.Document, rd *reading) error {
	err := js.Read(doc, rd.depth())
	if err != nil && !rd.Named {
		doc.Segments, doc.Directives, doc.Labels = nil, nil, nil
		return &SkipError{Reason: SkipUnreadableModule}
	}
	return err
}

// SkipUnreadableModule is the reason a JavaScript or TypeScript file found by a directory walk
// is skipped when it cannot be read as an i18n module.
const SkipUnreadableModule = "JavaScript or TypeScript that could not be read as an i18n module (name the file to see why)"
