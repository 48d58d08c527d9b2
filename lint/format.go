package lint

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"github.com/farewell-protocol/farewell/document"
)

// Format is a file format farewell reads.
type Format = document.Format

// The formats farewell reads.
const (
	FormatText        Format = "text"
	FormatMarkdown    Format = "markdown"
	FormatHTML        Format = "html"
	FormatJSON        Format = "json"
	FormatYAML        Format = "yaml"
	FormatPO          Format = "po"
	FormatAndroid     Format = "android"
	FormatStrings     Format = "strings"
	FormatStringsdict Format = "stringsdict"
	FormatXLIFF       Format = "xliff"
	FormatINI         Format = "ini"
)

// Formats lists every format in documentation order.
func Formats() []Format {
	return []Format{FormatText, FormatMarkdown, FormatHTML, FormatJSON, FormatYAML, FormatPO,
		FormatAndroid, FormatStrings, FormatStringsdict, FormatXLIFF, FormatINI}
}

// ParseFormat checks that s names a format.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q", s)
}

// IsCatalog reports whether format f is a string catalog, whose strings group into messages
// by key rather than by file.
func IsCatalog(f Format) bool {
	switch f {
	case FormatText, FormatMarkdown, FormatHTML:
		return false
	}
	return true
}

// isTemplateExt reports extensions of template languages; the format is that of the
// extension before them (cancel.html.twig) or, failing that, sniffed from the content.
func isTemplateExt(ext string) bool {
	switch ext {
	case ".twig", ".hbs", ".handlebars", ".mustache", ".liquid", ".jinja", ".jinja2", ".j2",
		".njk", ".erb", ".tmpl", ".tpl", ".gotmpl", ".gohtml":
		return true
	}
	return false
}

// DetectFormat chooses a format from a file's name and, where the name is not enough, its
// first bytes. ok is false for files farewell does not read.
func DetectFormat(name string, head []byte) (Format, bool) {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, `\`, "/")))
	ext := path.Ext(base)
	if isTemplateExt(ext) {
		if f, ok := formatOfExt(path.Ext(strings.TrimSuffix(base, ext)), head); ok && !IsCatalog(f) {
			return f, true
		}
		if ext == ".gohtml" || looksLikeHTML(head) {
			return FormatHTML, true
		}
		return FormatText, true
	}
	return formatOfExt(ext, head)
}

func formatOfExt(ext string, head []byte) (Format, bool) {
	switch ext {
	case ".txt", ".text":
		return FormatText, true
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown, true
	case ".html", ".htm", ".xhtml", ".mjml":
		return FormatHTML, true
	case ".json", ".arb":
		return FormatJSON, true
	case ".yml", ".yaml":
		return FormatYAML, true
	case ".po", ".pot":
		return FormatPO, true
	case ".strings":
		return FormatStrings, true
	case ".stringsdict":
		return FormatStringsdict, true
	case ".xlf", ".xliff":
		return FormatXLIFF, true
	case ".ini", ".properties":
		return FormatINI, true
	case ".xml":
		switch {
		case bytes.Contains(head, []byte("<resources")):
			return FormatAndroid, true
		case bytes.Contains(head, []byte("<xliff")):
			return FormatXLIFF, true
		}
	}
	return "", false
}

func looksLikeHTML(head []byte) bool {
	lower := bytes.ToLower(head[:min(len(head), 4096)])
	for _, tag := range []string{"<html", "<!doctype html", "<body", "<table", "<p>", "<p ", "<div", "<br", "<a ", "<mjml", "<span"} {
		if bytes.Contains(lower, []byte(tag)) {
			return true
		}
	}
	return false
}

// extract fills doc's segments, directives, labels and locale from its source. The locale is
// settled first from configuration or the path, and a locale without a rule pack skips the
// file before it is parsed; readers may then find it in the content (a .po header, a YAML
// root key, an .arb @@locale).
func extract(doc *document.Document, opts *extractOptions) error {
	if opts.locale != "" {
		doc.Locale = opts.locale
	} else if doc.Locale == "" {
		doc.Locale = LocaleFromPath(doc.Path)
	}
	if !LintsLocale(doc.Locale) {
		return &skipError{reason: SkipLocale}
	}
	if err := extractFormat(doc, opts); err != nil {
		return err
	}
	if IsCatalog(doc.Format) {
		scopeNextString(doc)
	}
	if !LintsLocale(doc.Locale) {
		doc.Segments, doc.Directives, doc.Labels = nil, nil, nil
		return &skipError{reason: SkipLocale}
	}
	if (doc.Format == FormatJSON || doc.Format == FormatYAML) && doc.Locale == "" && opts.locale == "" &&
		!opts.catalog && !CatalogPath(doc.Path) {
		doc.Segments, doc.Directives, doc.Labels = nil, nil, nil
		return &skipError{reason: SkipNotCatalog}
	}
	return nil
}

func extractFormat(doc *document.Document, opts *extractOptions) error {
	switch doc.Format {
	case FormatText:
		extractText(doc, opts)
		applyScript(doc, opts.script)
	case FormatMarkdown:
		extractMarkdown(doc)
		applyScript(doc, opts.script)
	case FormatHTML:
		extractHTML(doc)
	case FormatYAML:
		return extractYAML(doc, opts)
	case FormatPO:
		return extractPO(doc, opts)
	case FormatAndroid:
		return extractAndroid(doc)
	case FormatStrings:
		return extractStrings(doc)
	case FormatStringsdict:
		return extractStringsdict(doc)
	case FormatXLIFF:
		return extractXLIFF(doc, opts)
	case FormatINI:
		extractINI(doc)
	case FormatJSON:
		return extractJSON(doc, opts)
	default:
		return fmt.Errorf("no reader for the %s format", doc.Format)
	}
	return nil
}

// skipError is an extraction outcome that skips the file with a reason rather than failing.
type skipError struct{ reason string }

func (e *skipError) Error() string { return e.reason }

// extractOptions are the per-file settings extractors need from configuration.
type extractOptions struct {
	script ScriptSettings
	// maxDepth bounds the nesting of JSON and YAML catalogs (0: DefaultMaxDepth).
	maxDepth int
	// locale, when set, was chosen by configuration: content must not change it.
	locale string
	// catalog is set by a reader when the content alone shows a string catalog (a Rasa
	// domain, a reply list).
	catalog bool
}

// depth returns the nesting limit of JSON and YAML catalogs.
func (o *extractOptions) depth() int {
	if o.maxDepth > 0 {
		return o.maxDepth
	}
	return DefaultMaxDepth
}
