package format

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/parser"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
	"github.com/farewell-protocol/farewell/format/htmllex"
	"github.com/farewell-protocol/farewell/locale"
)

// Options are the per-file settings readers need from configuration.
type Options struct {
	// Script configures the reading of call-centre and chat scripts.
	Script ScriptSettings
	// MaxDepth bounds the nesting of JSON and YAML catalogs (0: DefaultMaxDepth).
	MaxDepth int
	// Locale, when set, was chosen by configuration: content must not change it.
	Locale string
	// Named says the user named the file or chose its format: it is read as its format says,
	// without the guess whether JSON or YAML is a string catalog.
	Named bool
	// Linted reports whether there are rules for a locale (nil: locale.Linted, English only);
	// a file in a locale without them is skipped.
	Linted func(locale string) bool
	// Buffers, when set, lends the reader room it may reuse from one read to the next; a
	// Buffers serves one read at a time.
	Buffers *Buffers
	// PathLocale says the document's Locale is already the one LocaleFromPath reads from its
	// path, even when that is "": the path is not read again.
	PathLocale bool
	// ValidUTF8 says the caller found the document's source valid UTF-8: readers need not
	// check its characters again.
	ValidUTF8 bool
}

// Buffers is room that readers reuse from file to file: the masked copy of a templated
// source, which would otherwise be a new allocation the size of the file, the template code
// found in it, and the room of the builders of segments.
type Buffers struct {
	view []byte
	// texts is the room readers' builders gather segment texts in (see document.TextRoom);
	// attrs that of the second builder of the HTML and Markdown readers, which gathers the
	// text of attributes and images.
	texts, attrs document.TextRoom
	tpl          document.Templates // the storage of the last source's template code
	lexer        *htmllex.Lexer     // the HTML lexer, and the tokenizer it may go on with
	md           parser.Parser      // goldmark's default parser, made on first use
}

// maxKeptView bounds the masked copy a Buffers keeps between reads, so that one large file
// does not hold its size for the rest of a run.
const maxKeptView = 1 << 20

// maxKeptRoom bounds each part of the room of builders and the template code a Buffers keeps
// between reads: the texts, buffers, segments and template code of a prose file are far less,
// and more kept would count against the collector's memory limit for the rest of a run.
const maxKeptRoom = 256 << 10

// masked returns src with tpl's template code masked (Templates.Masked), in the room of the
// options' Buffers when there are some. The copy is valid until the next read.
func (rd *reading) masked(tpl document.Templates, src []byte) []byte {
	if rd == nil || rd.Buffers == nil || len(src) > maxKeptView {
		return tpl.Masked(src)
	}
	view := tpl.MaskedInto(rd.Buffers.view, src)
	if len(view) > 0 && &view[0] != &src[0] {
		rd.Buffers.view = view[:0]
	}
	return view
}

// builder returns a builder of segments over src whose template code is t, lent the text room
// of the options' Buffers when there are some; keepRoom takes it back once its segments are
// made.
func (rd *reading) builder(src []byte, t document.Templates) *document.Builder {
	return rd.builderIn(rd.room(false), false, src, t)
}

// proseBuilder is builder for the readers of prose, which also make their segments in the
// room (document.Builder.LendRoom); attrs asks for the room of their second builder, which
// keepAttrRoom takes back.
func (rd *reading) proseBuilder(src []byte, t document.Templates, attrs bool) *document.Builder {
	return rd.builderIn(rd.room(attrs), true, src, t)
}

// room returns the Buffers' room for a reader's first builder or, attrs, its second; nil
// when there are no Buffers.
func (rd *reading) room(attrs bool) *document.TextRoom {
	switch {
	case rd == nil || rd.Buffers == nil:
		return nil
	case attrs:
		return &rd.Buffers.attrs
	}
	return &rd.Buffers.texts
}

func (rd *reading) builderIn(room *document.TextRoom, segs bool, src []byte, t document.Templates) *document.Builder {
	b := document.NewBuilder(src, t)
	if rd.sourceValid(src) {
		b.SourceValid()
	}
	if rd.isSource(src) {
		b.SourceKept() // the document's Src, which stays as it is (see document.Document)
	}
	if room != nil {
		if segs {
			b.LendRoom(*room)
		} else {
			b.LendTextRoom(*room)
		}
		*room = document.TextRoom{} // the builder's until keepRoom
	}
	return b
}

// keepRoom takes back the text room of a builder whose segments are made, for the next read.
func (rd *reading) keepRoom(b *document.Builder) {
	if room := rd.room(false); room != nil {
		*room = b.TakeTextRoom(maxKeptRoom)
	}
}

// keepAttrRoom is keepRoom for the second builder proseBuilder returned.
func (rd *reading) keepAttrRoom(b *document.Builder) {
	if room := rd.room(true); room != nil {
		*room = b.TakeTextRoom(maxKeptRoom)
	}
}

// htmlLexer returns an HTML lexer: that of the options' Buffers when there are some, which
// keepHTMLLexer takes back.
func (rd *reading) htmlLexer() *htmllex.Lexer {
	if rd == nil || rd.Buffers == nil || rd.Buffers.lexer == nil {
		return new(htmllex.Lexer)
	}
	l := rd.Buffers.lexer
	rd.Buffers.lexer = nil // the reader's until keepHTMLLexer
	return l
}

// keepHTMLLexer takes back a lexer htmlLexer returned, for the next read.
func (rd *reading) keepHTMLLexer(l *htmllex.Lexer) {
	if rd != nil && rd.Buffers != nil {
		l.Release()
		rd.Buffers.lexer = l
	}
}

// templates finds the template code of src (document.FindTemplates), in the storage of the
// options' Buffers when there are some; keepTemplates takes it back once no one reads it.
func (rd *reading) templates(src []byte) document.Templates {
	if rd == nil || rd.Buffers == nil {
		return document.FindTemplates(src)
	}
	t := document.FindTemplatesIn(rd.Buffers.tpl, src)
	rd.Buffers.tpl = document.Templates{} // the reader's until keepTemplates
	return t
}

// keepTemplates takes back template code templates returned, for the next read.
func (rd *reading) keepTemplates(t document.Templates) {
	if rd != nil && rd.Buffers != nil {
		rd.Buffers.tpl = t.Room(maxKeptRoom)
	}
}

// linted reports whether there are rules for a locale.
func (o *Options) linted(loc string) bool {
	if o.Linted != nil {
		return o.Linted(loc)
	}
	return locale.Linted(loc)
}

// depth returns the nesting limit of JSON and YAML catalogs.
func (o *Options) depth() int {
	if o.MaxDepth > 0 {
		return o.MaxDepth
	}
	return DefaultMaxDepth
}

// reading is one document being read: the options it is read with, and what its reader
// found out on the way.
type reading struct {
	Options
	// catalog is set by a reader when the content alone shows a string catalog (a Rasa
	// domain, a reply list).
	catalog bool
	src     []byte // the document's source as the read began
}

// walker returns a walker over doc's XML, told when its source is valid UTF-8.
func (rd *reading) walker(doc *document.Document) *catalog.Walker {
	w := catalog.NewWalker(doc)
	if rd.sourceValid(doc.Src) {
		w.SourceValid()
	}
	if rd.isSource(doc.Src) {
		w.SourceKept() // the document's Src, which stays as it is (see document.Document)
	}
	return w
}

// sourceValid reports whether src is the document's source as the read began, and the
// options say it is valid UTF-8.
func (rd *reading) sourceValid(src []byte) bool {
	return rd != nil && rd.ValidUTF8 && rd.isSource(src)
}

// isSource reports whether src is the document's source as the read began, not a view or a
// copy of it.
func (rd *reading) isSource(src []byte) bool {
	return rd != nil && len(src) > 0 && len(src) == len(rd.src) && &src[0] == &rd.src[0]
}

// SkipError is the outcome of a read that skips the file with a reason rather than failing.
type SkipError struct {
	// Reason says why, as the summary shows it (SkipLocale, SkipNotCatalog).
	Reason string
}

// Error returns the reason.
func (e *SkipError) Error() string { return e.Reason }

// Read fills doc's segments, directives, labels and locale from its source, with the reader
// of doc.Format. The locale is settled first from configuration or the path, and a locale
// without a rule pack skips the file before it is parsed; readers may then find it in the
// content (a .po header, a YAML root key, an .arb @@locale). A file that is skipped comes
// back with a *SkipError; one that cannot be parsed, with a *ParseError.
func Read(doc *document.Document, opts Options) error {
	if len(doc.Src) > document.MaxSize {
		return &SkipError{Reason: fmt.Sprintf("larger than %d bytes, the most farewell reads", document.MaxSize)}
	}
	rd := &reading{Options: opts, src: doc.Src}
	if rd.Locale != "" {
		doc.Locale = rd.Locale
	} else if doc.Locale == "" && !opts.PathLocale {
		doc.Locale = LocaleFromPath(doc.Path)
	}
	if !opts.linted(doc.Locale) {
		return &SkipError{Reason: SkipLocale}
	}
	r, ok := readerOf(doc.Format)
	if !ok {
		return fmt.Errorf("no reader for the %s format", doc.Format)
	}
	if err := r.read(doc, rd); err != nil {
		return err
	}
	if r.holds != prose {
		scopeNextString(doc)
	}
	if !opts.linted(doc.Locale) {
		doc.Segments, doc.Directives, doc.Labels = nil, nil, nil
		return &SkipError{Reason: SkipLocale}
	}
	if (doc.Format == JSON || doc.Format == YAML) && doc.Locale == "" && rd.Locale == "" &&
		!rd.Named && !rd.catalog && !catalogPath(doc.Path) {
		doc.Segments, doc.Directives, doc.Labels = nil, nil, nil
		return &SkipError{Reason: SkipNotCatalog}
	}
	return nil
}

// SkipLocale is the reason a file whose locale has no rule pack is skipped.
const SkipLocale = "no rule pack for its locale"

// SkipNotCatalog is the reason a JSON or YAML file found by a directory walk that shows no
// sign of being a string catalog (package.json, CI configuration, a baseline) is skipped.
const SkipNotCatalog = "JSON or YAML with no locale and no catalog name in its path; not read as a string catalog (name the file, or set overrides[].format or overrides[].locale, to read it)"

// SkipNotModule is the reason a JavaScript or TypeScript file found by a directory walk is
// skipped when its path names no locale and no catalog: it is program code, not copy.
const SkipNotModule = "JavaScript or TypeScript with no locale and no catalog name in its path; read as an i18n module only when named or matched by overrides[].format"

// SkipUnnamed returns why a file of format f found by a directory walk is skipped on its path
// alone, or "": source code that may hold a catalog (JavaScript and TypeScript modules) is read
// only where its path names a locale or a catalog (en.ts, locales/de.js, i18n/messages.ts).
func SkipUnnamed(p string, f document.Format) string {
	if r, ok := readerOf(f); !ok || r.holds != sourceCode || NamesCatalog(p) {
		return ""
	}
	return SkipNotModule
}

// NamesCatalog reports whether a path shows that it holds copy: a locale, or a directory or
// file name with i18n, l10n, locale(s), lang, translation(s), messages, strings, intl,
// responses or copy in it. A directory walk reads JSON, YAML and JavaScript only where it does
// (or where the content shows a catalog).
func NamesCatalog(p string) bool { return catalogPath(p) || LocaleFromPath(p) != "" }

// catalogPath reports whether a path names string catalogs: a directory or file name with
// i18n, l10n, locale(s), lang, translation(s), messages, strings, intl or responses in it.
func catalogPath(p string) bool {
	p = strings.ToLower(strings.ReplaceAll(p, `\`, "/"))
	for _, part := range strings.Split(p, "/") {
		for _, w := range []string{"i18n", "l10n", "locale", "lang", "translation", "messages", "strings", "intl", "responses", "copy"} {
			if strings.Contains(part, w) {
				return true
			}
		}
	}
	return false
}
