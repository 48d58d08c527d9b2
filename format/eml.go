package format

import (
	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/mail"
)

// readEML reads e-mails (.eml) with package mail, each text part with the text reader and
// each HTML part with the HTML reader (see mail.Read). The e-mail is one message: a phrase in
// both its text and HTML versions is reported in each.
func readEML(doc *document.Document, rd *reading) error {
	return mail.Read(doc, rd.Locale == "", func(part *document.Document, html bool) error {
		if html {
			part.Format = HTML
			return readHTML(part, rd)
		}
		part.Format = Text
		return readText(part, rd)
	})
}
