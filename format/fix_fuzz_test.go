package format_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// fixContexts are documents, one for every place a fix can land in every format, each holding
// the word "stay" once for the fuzzed rule to rewrite.
var fixContexts = []struct{ path, src string }{
	{"a.txt", "Hello.\n\nPlease stay with us.\n"},
	{"a.txt", "stay\n"},
	{"a.md", "# Hi\n\nWe hope you stay [here](x) *now*.\n"},
	{"a.md", "stay\n"},
	{"a.md", "![stay](a.png) and [more](b)\n"},
	{"a.html", "<p>We hope you stay.</p><p>Bye</p>\n"},
	{"a.html", `<img alt='Please stay' src="a.png"><p>x</p>`},
	{"a.html", `<img alt="Please stay" src='a.png'><p>x</p>`},
	{"a.html", `<img alt=stay src=a.png><p>x</p>`},
	{"a.html", `<input type=submit value='stay'> <a href="x">go</a>`},
	{"locales/en.json", `{"a":{"b":"Please stay","c":"Bye"},"d":["x"]}`},
	{"locales/en.yml", "en:\n  a: Please stay\n  b: Bye\n"},
	{"locales/en.yml", "en:\n  a: 'Please stay'\n  b: \"stay\"\n"},
	{"locales/en.yml", "en:\n  a: [x, stay here, y]\n"},
	{"locales/en.yml", "en:\n  a: |\n    Please stay\n    with us\n  b: ok\n"},
	{"en.po", "msgid \"\"\nmsgstr \"\"\n\"Language: en\\n\"\n\nmsgid \"Please stay\"\nmsgstr \"\"\n\nmsgid \"Bye\"\nmsgstr \"\"\n"},
	{"en.lproj/a.strings", "\"a\" = \"Please stay\";\n\"b\" = \"Bye\";\n"},
	{"res/values/strings.xml", "<resources>\n<string name=\"a\">Please stay</string>\n<string name=\"b\">Bye</string>\n</resources>\n"},
	{"a.xlf", "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"en\"><body><trans-unit id=\"a\"><source>x</source><target>Please stay</target></trans-unit></body></file></xliff>\n"},
	{"locales/en.ini", "[s]\na = Please stay\nb = \"stay here\"\n"},
	{"messages_en.properties", "a = Please stay\nb = stay ''{0}''\n"},
	{"en.lproj/a.stringsdict", "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>a</key><dict><key>NSStringLocalizedFormatKey</key><string>%#@n@ Please stay</string>" +
		"<key>n</key><dict><key>NSStringFormatSpecTypeKey</key><string>NSStringPluralRuleType</string><key>NSStringFormatValueTypeKey</key><string>d</string>" +
		"<key>one</key><string>%d day</string><key>other</key><string>%d days</string></dict></dict></dict></plist>\n"},
	{"a.xlf", "<xliff version=\"2.0\" srcLang=\"en\" trgLang=\"en\"><file id=\"f\"><unit id=\"a\"><segment><source>x</source><target>Please stay</target></segment></unit></file></xliff>\n"},
	{"en.lproj/b.strings", utf16LE("\"a\" = \"Please stay\";\n\"b\" = \"Bye\";\n")},
	{"locales/en.ts", "export default {\n  a: 'Please stay',\n  b: \"stay here\",\n  c: `stay, ${name}`,\n} as const\n"},
	{"a.resx", "<root>\n  <data name=\"a\"><value>Please stay</value></data>\n  <data name=\"b\"><value>Bye</value></data>\n</root>\n"},
	{"a.mdx", "import X from './x'\n\n<X>\nPlease stay with us, {name}.\n</X>\n"},
	{"a.eml", "Subject: Hello\nContent-Type: text/html; charset=utf-8\n\n<p>Please stay.</p>\n"},
	{"b.eml", "Subject: Hello\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nPlease stay=\n with us.\n"},
}

// utf16LE encodes s as UTF-16, little-endian, after a byte order mark.
func utf16LE(s string) string {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return string(out)
}

// FuzzFixes rewrites "stay" with an arbitrary rewrite in every context of every format: a fix
// that is offered must leave a file that reads as the same segments (count, keys, roles,
// links), with only the rewritten text changed; a rewrite that cannot be written is advice.
func FuzzFixes(f *testing.F) {
	for i := range fixContexts {
		for _, rw := range []string{"remain", "We'll miss you", `say "bye"`, "' onmouseover='alert(1)", `" onclick="x`,
			"a b=c", "<b>hi</b>", "{{ evil }}", "%s and %d", "x\ny", "- item", "# head", "a: b", "Tom & Jerry", "[x](y)",
			"50% off", "\\n", "`code`", "*bold*", "@string/x", "${x}", "a ;b", "1. one", "it's", "\t", "q''q", "don\u2019t"} {
			f.Add(uint8(i), rw)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, rewrite string) {
		c := fixContexts[int(which)%len(fixContexts)]
		l := fuzzRewriteLinter(t, rewrite)
		if l == nil {
			return
		}
		fm, _ := format.Detect(c.path, []byte(c.src))
		res := l.Lint(&document.Document{Path: c.path, Format: fm, Src: []byte(c.src), Locale: "en"}, nil)
		if res.Err != nil {
			t.Fatalf("%s: %v", c.path, res.Err)
		}
		for _, fd := range res.Findings {
			for _, fx := range fd.Fixes {
				checkFix(t, c.path, fm, res.Doc, fd, fx)
			}
		}
	})
}

// fuzzRewriteLinter builds a linter whose one rule rewrites "stay" as rewrite, or nil when the
// rule loader refuses the rewrite.
func fuzzRewriteLinter(_ *testing.T, rewrite string) *lint.Linter {
	q, err := json.Marshal(rewrite)
	if err != nil {
		return nil
	}
	pack, err := rules.Parse("fuzz.yaml", []byte("rules:\n  - id: fuzz.fix.stay\n    type: substitution\n    severity: warning\n"+
		"    message: m\n    why: w\n    swap:\n      stay: ["+string(q)+"]\n"))
	if err != nil {
		return nil
	}
	return lint.New(pack)
}

// checkFix applies one fix and reads the file again.
func checkFix(t *testing.T, path string, fm document.Format, doc *document.Document, fd lint.Finding, fx lint.Fix) {
	t.Helper()
	fixed, err := document.ApplyEdits(doc.Src, []document.Edit{fd.Edit(fx)})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	after := &document.Document{Path: path, Format: fm, Src: fixed, Locale: "en"}
	if err := format.Read(after, format.Options{Locale: "en"}); err != nil {
		t.Fatalf("%s: the fix %q breaks the file: %v\n%s", path, fx.Title, err, fixed)
	}
	want := expectedSegments(doc.Segments, fd, fx.Title)
	got := lettered(after.Segments)
	if len(got) != len(want) {
		t.Fatalf("%s: the fix %q makes %d segments of %d:\n%s\nbefore: %q\nafter:  %q", path, fx.Title, len(got), len(want), fixed, texts(want), texts(got))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Text != w.Text || g.Key != w.Key || g.Role != w.Role || len(g.CTAs) != len(w.CTAs) {
			t.Fatalf("%s: the fix %q changes segment %d:\n%s\nwant %q (key %q, %d links)\ngot  %q (key %q, %d links)",
				path, fx.Title, i, fixed, w.Text, w.Key, len(w.CTAs), g.Text, g.Key, len(g.CTAs))
		}
	}
}

// expectedSegments returns the segments the file should read as once fx is applied: the
// finding's segment with its match replaced by the rewrite, read as the builder reads text.
func expectedSegments(segs []document.Segment, fd lint.Finding, title string) []document.Segment {
	out := make([]document.Segment, 0, len(segs))
	for _, s := range segs {
		if i := strings.Index(s.Text, fd.Text); i >= 0 && s.Key == fd.Key && segmentHolds(&s, fd) {
			s.Text = normalizedText(s.Text[:i] + title + s.Text[i+len(fd.Text):])
		}
		out = append(out, s)
	}
	return lettered(out)
}

// segmentHolds reports whether the finding's match lies in the segment's source.
func segmentHolds(s *document.Segment, fd lint.Finding) bool {
	start, end := s.SourceRange(0, len(s.Text))
	return start <= fd.Start && fd.End <= end
}

// normalizedText reads s as the builder reads plain text: white space collapsed, quotes
// straightened, invisible characters dropped.
func normalizedText(s string) string {
	b := document.NewBuilder([]byte(s), document.Templates{})
	b.Start(document.RoleBody, "", document.EscapeNone)
	b.Text(0, len(s))
	segs := b.Segments()
	if len(segs) == 0 {
		return ""
	}
	return segs[0].Text
}

// lettered drops segments without a letter or digit, as readers do.
func lettered(segs []document.Segment) []document.Segment {
	var out []document.Segment
	for _, s := range segs {
		if strings.IndexFunc(s.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, s)
		}
	}
	return out
}

func texts(segs []document.Segment) []string {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = s.Text
	}
	return out
}

// TestFixesInEveryContext checks that plain rewrites, with an apostrophe, quotes or an
// ampersand, stay fixes in every context but a gettext msgid, where they are advice.
func TestFixesInEveryContext(t *testing.T) {
	for _, rw := range []string{"remain", "We'll miss you", `say "bye"`, "Tom & Jerry"} {
		l := fuzzRewriteLinter(t, rw)
		for _, c := range fixContexts {
			fm, _ := format.Detect(c.path, []byte(c.src))
			res := l.Lint(&document.Document{Path: c.path, Format: fm, Src: []byte(c.src), Locale: "en"}, nil)
			fixes, advice := 0, 0
			for _, fd := range res.Findings {
				fixes += len(fd.Fixes)
				advice += len(fd.Advice)
				for _, fx := range fd.Fixes {
					checkFix(t, c.path, fm, res.Doc, fd, fx)
				}
			}
			wantFix := fm != format.PO && !strings.Contains(c.src, "quoted-printable") // advice in encoded text
			if res.Err != nil || len(res.Findings) == 0 || (fixes > 0) != wantFix || (advice > 0) == wantFix {
				t.Errorf("%s %q, rewrite %q: %v, %d findings, %d fixes, %d advice", c.path, c.src, rw, res.Err, len(res.Findings), fixes, advice)
			}
		}
	}
}
