package format

import (
	"bytes"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format/catalog"
	"github.com/farewell-protocol/farewell/locale"
)

// readPO reads gettext catalogs. A template (.pot) is linted by its msgid and
// msgid_plural; a catalog by what readers see: each msgstr, or the msgid where the msgstr is
// empty (an English catalog that keeps the source text). Multi-line strings, escapes, plural
// forms and msgctxt are read exactly; the header's Language names the locale. Each entry is a
// message whose key is "msgctxt|msgid" (shortened) followed by the field: ".msgstr[1]".
// Obsolete (#~) entries are skipped; a farewell-disable-next-line comment silences the entry
// it precedes.
func readPO(doc *document.Document, rd *reading) error {
	p := &poScanner{doc: doc, b: rd.builder(doc.Src, document.Templates{}), template: strings.HasSuffix(strings.ToLower(doc.Path), ".pot")}
	p.b.ExpectSegments(expectedSegments(doc.Src, 3)) // an entry is three lines at least
	if err := p.run(rd); err != nil {
		return err
	}
	doc.Segments = catalog.DropEmpty(p.b.Segments())
	rd.keepRoom(p.b)
	return nil
}

type poScanner struct {
	doc      *document.Document
	b        *document.Builder
	str      catalog.String
	field    catalog.String // fieldText's
	template bool
	sawEntry bool

	entry       poEntry
	quotes      [][2]int // the source ranges of the entry's quoted parts, field by field
	keys        catalog.Strings
	key         []byte // the key being made
	directives  int    // directives before the current entry start at this index
	entryStart  int
	entryActive bool
}

// poField is one keyword's string: its quoted parts are quotes[q0:q1] of the scanner.
type poField struct {
	name   string // msgid, msgid_plural, msgstr, msgstr[1], msgctxt
	q0, q1 int
}

type poEntry struct {
	fields []poField
	end    int
}

func (p *poScanner) run(rd *reading) error {
	src := p.doc.Src
	off := 0
	if bytes.HasPrefix(src, []byte("\uFEFF")) {
		off = 3
	}
	for off < len(src) {
		end := lineEnd(src, off)
		line := bytes.TrimLeft(src[off:end], " \t")
		lead := end - off - len(line)
		switch {
		case len(line) == 0:
		case line[0] == '#':
			if !bytes.HasPrefix(line, []byte("#~")) {
				p.flushIf(len(p.entry.fields) > 0)
				if body := line[1:]; len(body) > 0 && (body[0] == ' ' || body[0] == '.') {
					p.doc.ScanComment(string(body[1:]), off+lead, end)
				}
			}
		case line[0] == '"':
			if len(p.entry.fields) == 0 {
				return p.doc.ErrorAt(off+lead, "a string continues no msgid or msgstr")
			}
			if err := p.quoted(off+lead, end); err != nil {
				return err
			}
		default:
			kw := line
			if sp := bytes.IndexAny(kw, " \t"); sp >= 0 {
				kw = kw[:sp]
			}
			name := poKeyword(kw)
			if !isPOKeyword(name) {
				return p.doc.ErrorAt(off+lead, "unknown keyword %q", truncateKey(name, 40))
			}
			if name == "msgctxt" || name == "msgid" {
				p.flushIf(len(p.entry.fields) > 0 && (name == "msgctxt" || !p.onlyContext()))
			}
			if !p.entryActive {
				p.entryActive, p.entryStart = true, off
			}
			p.entry.fields = append(p.entry.fields, poField{name: name, q0: len(p.quotes), q1: len(p.quotes)})
			q := off + lead + len(kw)
			for q < end && (src[q] == ' ' || src[q] == '\t') {
				q++
			}
			if q >= end || src[q] != '"' {
				return p.doc.ErrorAt(q, "%s needs a string in double quotes", name)
			}
			if err := p.quoted(q, end); err != nil {
				return err
			}
		}
		p.entry.end = end
		off = skipLineBreak(src, end)
		if skip := p.localeSkip(rd); skip != nil {
			return skip
		}
	}
	p.flushIf(len(p.entry.fields) > 0)
	return nil
}

func isPOKeyword(k string) bool {
	switch k {
	case "msgctxt", "msgid", "msgid_plural", "msgstr":
		return true
	}
	return strings.HasPrefix(k, "msgstr[") && strings.HasSuffix(k, "]")
}

// poKeyword returns kw as a string, without allocating for the keywords of most entries.
func poKeyword(kw []byte) string {
	switch string(kw) {
	case "msgctxt":
		return "msgctxt"
	case "msgid":
		return "msgid"
	case "msgid_plural":
		return "msgid_plural"
	case "msgstr":
		return "msgstr"
	case "msgstr[0]":
		return "msgstr[0]"
	case "msgstr[1]":
		return "msgstr[1]"
	case "msgstr[2]":
		return "msgstr[2]"
	case "msgstr[3]":
		return "msgstr[3]"
	}
	return string(kw)
}

// onlyContext reports an entry that so far has only its msgctxt.
func (p *poScanner) onlyContext() bool {
	return len(p.entry.fields) == 1 && p.entry.fields[0].name == "msgctxt"
}

// quoted records the quoted string at src[q] (up to the line's end) in the last field.
func (p *poScanner) quoted(q, end int) error {
	src := p.doc.Src
	i := q + 1
	for i < end {
		// The closing quote is the first one no backslash escapes.
		k := bytes.IndexByte(src[i:end], '"')
		if k < 0 {
			i = end
			break
		}
		b := bytes.IndexByte(src[i:i+k], '\\')
		if b < 0 {
			i += k
			break
		}
		i += b + 2
	}
	if i >= end {
		return p.doc.ErrorAt(q, "unterminated string")
	}
	if rest := bytes.TrimSpace(src[i+1 : end]); len(rest) > 0 && rest[0] != '#' {
		return p.doc.ErrorAt(i+1, "unexpected text after the string")
	}
	f := &p.entry.fields[len(p.entry.fields)-1]
	p.quotes = append(p.quotes, [2]int{q + 1, i})
	f.q1 = len(p.quotes)
	return nil
}

// localeSkip reads the header entry once it is complete and skips a catalog whose locale has
// no rule pack without reading further.
func (p *poScanner) localeSkip(rd *reading) error {
	if p.sawEntry || len(p.entry.fields) < 2 {
		return nil
	}
	id, str := p.entry.fields[0], p.entry.fields[len(p.entry.fields)-1]
	if id.name != "msgid" || len(p.fieldText(id)) > 0 || str.name != "msgstr" {
		return nil
	}
	header := p.fieldText(str)
	for _, l := range strings.Split(header, "\n") {
		if v, ok := strings.CutPrefix(l, "Language:"); ok && p.doc.Locale == "" && rd.Locale == "" {
			p.doc.Locale = locale.Parse(strings.TrimSpace(v))
		}
	}
	if !rd.linted(p.doc.Locale) {
		return &SkipError{Reason: SkipLocale}
	}
	return nil
}

// decode reads a field's quoted parts into c, mapping escapes to their source bytes.
func (p *poScanner) decode(c *catalog.String, f poField) {
	src := p.doc.Src
	for _, q := range p.quotes[f.q0:f.q1] {
		run := q[0]
		end := q[1]
		for i := q[0]; i < end; {
			k := bytes.IndexByte(src[i:end], '\\')
			if k < 0 || i+k+1 >= end {
				break // no escape, or a backslash that ends the string
			}
			i += k
			c.Raw(src, run, i)
			n, s := catalog.CEscape(src[i:end])
			c.Dec(i, i+n, s)
			i += n
			run = i
		}
		c.Raw(src, run, end)
	}
}

// flushIf emits the current entry when cond holds.
func (p *poScanner) flushIf(cond bool) {
	if !cond {
		return
	}
	e := p.entry
	defer func() {
		// The next entry reuses the fields and quotes of this one.
		p.entry, p.quotes = poEntry{fields: e.fields[:0]}, p.quotes[:0]
	}()
	p.entryActive = false
	first := !p.sawEntry
	p.sawEntry = true
	var ctxt, id poField // the last of each, when name is set
	for _, f := range e.fields {
		switch f.name {
		case "msgctxt":
			ctxt = f
		case "msgid":
			id = f
		}
	}
	idText := p.makeKey(ctxt, id)
	p.scopeDirectives(e.end)
	if first && !idText {
		return // the header
	}
	keyLen := len(p.key)
	translated := false
	for _, f := range e.fields {
		translated = translated || strings.HasPrefix(f.name, "msgstr") && !p.empty(f) && !p.template
	}
	for _, f := range e.fields {
		if translated && (!strings.HasPrefix(f.name, "msgstr") || p.empty(f)) ||
			!translated && f.name != "msgid" && f.name != "msgid_plural" {
			continue
		}
		p.str.Reset()
		p.decode(&p.str, f)
		esc := document.EscapeCString
		if strings.HasPrefix(f.name, "msgid") {
			esc = document.EscapeKey // the msgid is what the program asks for
		}
		p.key = append(append(p.key[:keyLen], '.'), f.name...)
		catalog.Emit(p.b, catalog.Entry{Key: p.keys.Of(p.key), Esc: esc, Str: &p.str})
	}
}

// empty reports a field whose strings are all "".
func (p *poScanner) empty(f poField) bool {
	for _, q := range p.quotes[f.q0:f.q1] {
		if q[1] > q[0] {
			return false
		}
	}
	return true
}

// scopeDirectives makes the entry's farewell-disable-next-line comments cover the entry.
func (p *poScanner) scopeDirectives(end int) {
	p.directives = scopeToEntry(p.doc, p.directives, end)
}
