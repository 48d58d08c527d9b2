package format

import (
	"bytes"
	"path"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/locale"
)

// templateExts are the extensions of template languages; the format is that of the
// extension before them (cancel.html.twig) or, failing that, sniffed from the content.
const templateExts = ".twig .hbs .handlebars .mustache .liquid .jinja .jinja2 .j2 .njk .erb .tmpl .tpl .gotmpl .gohtml"

// isTemplateExt reports whether ext is one of templateExts.
func isTemplateExt(ext string) bool {
	return hasExt(templateExts, ext)
}

// Extensions returns every file extension (".md") a directory walk reads: those of the
// formats, .xml (sniffed once read) and those of the template languages. Hooks and editors
// that choose files by name use it.
func Extensions() []string {
	var out []string
	for i := range readers {
		out = append(out, strings.Fields(readers[i].exts)...)
	}
	return append(append(out, ".xml"), strings.Fields(templateExts)...)
}

// Detect chooses a format from a file's name and, where the name is not enough, its first
// bytes. ok is false for files farewell does not read.
func Detect(name string, head []byte) (document.Format, bool) {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, `\`, "/")))
	ext := path.Ext(base)
	if isTemplateExt(ext) {
		if f, ok := formatOfExt(path.Ext(strings.TrimSuffix(base, ext)), head); ok && !IsCatalog(f) {
			return f, true
		}
		if ext == ".gohtml" || looksLikeHTML(head) {
			return HTML, true
		}
		return Text, true
	}
	return formatOfExt(ext, head)
}

// formatOfExt returns the format a lower-case extension names; a .xml file's format is the
// one whose root element head contains.
func formatOfExt(ext string, head []byte) (document.Format, bool) {
	for i := range readers {
		if hasExt(readers[i].exts, ext) {
			return readers[i].format, true
		}
	}
	if ext == ".xml" {
		for i := range readers {
			if r := &readers[i]; r.xmlRoot != "" && bytes.Contains(head, []byte(r.xmlRoot)) {
				return r.format, true
			}
		}
	}
	return "", false
}

// hasExt reports whether ext is one of the space-separated extensions in list.
func hasExt(list, ext string) bool {
	if ext != "" && !strings.Contains(ext, " ") {
		// One search for the extension where it may be a word of the list, rather than a
		// comparison with each word: every path asks this of each format's list.
		for from := 0; ; {
			i := strings.Index(list[from:], ext)
			if i < 0 {
				return false
			}
			i += from
			j := i + len(ext)
			if (i == 0 || list[i-1] == ' ') && (j == len(list) || list[j] == ' ') {
				return true
			}
			from = i + 1
		}
	}
	for list != "" {
		var e string
		e, list, _ = strings.Cut(list, " ")
		if e == ext {
			return true
		}
	}
	return false
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

// IsCandidate reports whether a directory walk should read a file with this name: its
// extension is one of a format farewell reads (XML is sniffed once read).
func IsCandidate(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	if ext == ".xml" || isTemplateExt(ext) {
		return true
	}
	_, ok := formatOfExt(ext, nil)
	return ok
}

// IsCatalogFile reports whether a file's name has the extension of a string catalog (.xml
// included, for Android resources and XLIFF).
func IsCatalogFile(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	for i := range readers {
		if r := &readers[i]; r.holds != prose && (hasExt(r.exts, ext) || ext == ".xml" && r.xmlRoot != "") {
			return true
		}
	}
	return false
}

// LocaleFromPath returns the locale a file's path names, or "" when it names none: its
// directories (values-de/, de.lproj/, locales/de/, de/LC_MESSAGES/, en_US/) and, for a
// catalog, its own name (de.json, strings_de.arb, server.de.yml, de.po).
func LocaleFromPath(p string) string {
	return locale.FromPath(p, IsCatalogFile(p))
}
