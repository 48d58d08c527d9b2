// Package format is the second stage of farewell's flow: it reads a file's bytes into a
// document. Each format has one reader, in a file of its own (text.go, markdown.go, html.go,
// json.go, yaml.go, po.go, android.go, strings.go, stringsdict.go, xliff.go, ini.go, resx.go,
// mdx.go, jsmodule.go for JavaScript and TypeScript i18n modules, eml.go for e-mails, and
// script.go for call-centre scripts in text and Markdown). What is not one reader's own lives
// in packages below this one, so that this package keeps to the readers: format/catalog, the
// reading of catalog strings and XML that the catalog readers share (placeholders, markup,
// entities, ICU blocks; the XML walker); format/js, the JavaScript lexer and module reader, which
// MDX uses too; format/mail, MIME and transfer encodings. The package also chooses a file's format and locale from its name and content,
// and knows what each format can hold: its comment syntax, and which rewrites can be written
// back into it.
//
// A new format is a reader's file and one line in readers below. The package imports
// document, locale, its own sub-packages, the standard library and the parsers it reads with;
// never lint, message, report or anything else downstream.
package format

import (
	"fmt"

	"github.com/farewell-protocol/farewell/document"
)

// The formats farewell reads.
const (
	Text        document.Format = "text"
	Markdown    document.Format = "markdown"
	HTML        document.Format = "html"
	JSON        document.Format = "json"
	YAML        document.Format = "yaml"
	PO          document.Format = "po"
	Android     document.Format = "android"
	Strings     document.Format = "strings"
	Stringsdict document.Format = "stringsdict"
	XLIFF       document.Format = "xliff"
	INI         document.Format = "ini"
	RESX        document.Format = "resx"
	JS          document.Format = "js"
	EML         document.Format = "eml"
	MDX         document.Format = "mdx"
)

// holds says what a format's files hold.
type holds uint8

const (
	// prose is running text: a file is a message unless labels split it.
	prose holds = iota
	// stringCatalog is a string catalog, whose strings group into messages by key rather
	// than by file.
	stringCatalog
	// sourceCode is program source that may hold a string catalog (an i18n module): a file
	// found by a directory walk is read only where its path names a catalog or a locale.
	sourceCode
)

// reader is what farewell knows of one format.
type reader struct {
	format document.Format
	// exts are the file extensions that name the format, space-separated.
	exts string
	// xmlRoot, when set, is the element whose presence in a .xml file shows the format.
	xmlRoot string
	// holds says whether its files are prose, a string catalog or code that holds one.
	holds holds
	// open and close are how a line comment opens and closes ("" when there are none).
	open, close string
	read        func(doc *document.Document, rd *reading) error
}

// readers lists every format farewell reads, in documentation order.
var readers = [...]reader{
	{Text, ".txt .text", "", prose, "# ", "", readText},
	{Markdown, ".md .markdown .mdown .mkd", "", prose, "<!-- ", " -->", readMarkdown},
	{MDX, ".mdx", "", prose, "{/* ", " */}", readMDX},
	{HTML, ".html .htm .xhtml .mjml", "", prose, "<!-- ", " -->", readHTML},
	{EML, ".eml", "", prose, "", "", readEML},                 // a comment would have to be in a part's encoding
	{JSON, ".json .arb", "", stringCatalog, "", "", readJSON}, // JSON has no comments
	{YAML, ".yml .yaml", "", stringCatalog, "# ", "", readYAML},
	{JS, ".js .mjs .cjs .ts .mts .cts", "", sourceCode, "// ", "", readJS},
	{PO, ".po .pot", "", stringCatalog, "# ", "", readPO},
	{Android, "", "<resources", stringCatalog, "<!-- ", " -->", readAndroid},
	{Strings, ".strings", "", stringCatalog, "// ", "", readStrings},
	{Stringsdict, ".stringsdict", "", stringCatalog, "<!-- ", " -->", readStringsdict},
	{XLIFF, ".xlf .xliff", "<xliff", stringCatalog, "<!-- ", " -->", readXLIFF},
	{RESX, ".resx", "", stringCatalog, "<!-- ", " -->", readRESX},
	{INI, ".ini .properties", "", stringCatalog, "# ", "", readINI},
}

// readerOf returns the reader of format f.
func readerOf(f document.Format) (*reader, bool) {
	for i := range readers {
		if readers[i].format == f {
			return &readers[i], true
		}
	}
	return nil, false
}

// Formats lists every format in documentation order.
func Formats() []document.Format {
	out := make([]document.Format, len(readers))
	for i := range readers {
		out[i] = readers[i].format
	}
	return out
}

// Parse checks that s names a format.
func Parse(s string) (document.Format, error) {
	if r, ok := readerOf(document.Format(s)); ok {
		return r.format, nil
	}
	return "", fmt.Errorf("unknown format %q", s)
}

// IsCatalog reports whether format f is a string catalog, whose strings group into messages
// by key rather than by file.
func IsCatalog(f document.Format) bool {
	r, ok := readerOf(f)
	return ok && r.holds != prose
}

// commentSyntax returns how a line comment opens and closes in format f; ok is false for a
// format without comments.
func commentSyntax(f document.Format) (open, close string, ok bool) {
	r, ok := readerOf(f)
	if !ok || r.open == "" {
		return "", "", false
	}
	return r.open, r.close, true
}
