package format

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/document"
)

// TestDeepNesting feeds readers documents nested 100,000 levels deep: each must answer with an
// error naming the line and column, without exhausting the stack.
func TestDeepNesting(t *testing.T) {
	const depth = 100_000
	for _, c := range []struct {
		name string
		src  []byte
	}{
		{"deep.json", append(bytes.Repeat([]byte("["), depth), bytes.Repeat([]byte("]"), depth)...)},
		{"deep-object.json", []byte(strings.Repeat(`{"a":`, depth) + `"x"` + strings.Repeat("}", depth))},
		{"deep.yml", append(bytes.Repeat([]byte("["), depth), bytes.Repeat([]byte("]"), depth)...)},
		{"deep.ts", []byte("export default " + strings.Repeat("{a: [", depth) + strings.Repeat("]}", depth))},
		{"deep-template.js", []byte("module.exports = {a: " + strings.Repeat("`${", depth) + strings.Repeat("}`", depth) + "}")},
	} {
		format, _ := Detect(c.name, c.src)
		doc := &document.Document{Path: c.name, Format: format, Src: c.src}
		err := Read(doc, Options{Named: true})
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line < 1 {
			t.Errorf("%s: got %v, want an error with a position", c.name, err)
		}
	}
}

// TestMalformed checks that broken catalogs are errors with a line and column, never panics.
func TestMalformed(t *testing.T) {
	for name, src := range map[string]string{
		"a.json":        `{"a": "b" "c"}`,
		"b.json":        `{"a": "\x"}`,
		"c.json":        `{"a": tru}`,
		"d.yml":         "a: [b\n",
		"e.po":          "msgid \"a\nmsgstr \"\"\n",
		"f.po":          "msgfoo \"a\"\n",
		"g.strings":     `"a" = "b"`,
		"h.strings":     `"a" "b";`,
		"i.stringsdict": "<plist><dict><key>a</key><string>b</dict></plist>",
		"j.xlf":         "<xliff><file><body><trans-unit><source>a</target>",
		"strings.xml":   "<resources><string name='a'>b</resources>",
		"k.resx":        "<root><data name='a'><value>b</data></root>",
		"l.ts":          "export default { a: 'unterminated }\n",
		"m.js":          "module.exports = { a: `never closed }",
		"n.mjs":         "export default { a: 'b' /* comment",
		"o.eml":         "no header here\n",
		"p.eml":         "Subject: x\nContent-Type: multipart/mixed\n\nbody\n",
		"q.eml":         "Subject: x\nContent-Transfer-Encoding: base64\n\n!!!notbase64\n",
	} {
		format, ok := Detect(name, []byte(src))
		if !ok && name == "strings.xml" {
			format = Android
		}
		doc := &document.Document{Path: name, Format: format, Src: []byte(src)}
		err := Read(doc, Options{Named: true})
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line < 1 || pe.Col < 1 || !strings.HasPrefix(err.Error(), name+":") {
			t.Errorf("%s: error %q does not start with file:line:col", name, err)
		}
	}
}

// BenchmarkExtract reads the corpus files of each catalog format (held in memory) per
// iteration, in every locale: the readers' own cost, without rules.
func BenchmarkExtract(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpora")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("%s is absent", dir)
	}
	byFormat := map[document.Format][]*document.Document{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if f, ok := Detect(p, src); ok {
			byFormat[f] = append(byFormat[f], &document.Document{Path: filepath.ToSlash(p), Format: f, Src: src})
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range Formats() {
		docs := byFormat[f]
		if len(docs) == 0 {
			continue
		}
		b.Run(string(f), func(b *testing.B) {
			var total int64
			for _, d := range docs {
				total += int64(len(d.Src))
			}
			b.SetBytes(total)
			b.ReportAllocs()
			strings := 0
			for b.Loop() {
				strings = 0
				for _, d := range docs {
					doc := &document.Document{Path: d.Path, Format: d.Format, Src: d.Src}
					if err := Read(doc, Options{Locale: "en"}); err != nil {
						b.Fatal(err)
					}
					strings += len(doc.Segments)
				}
			}
			b.ReportMetric(float64(len(docs)), "files")
			b.ReportMetric(float64(strings), "strings")
		})
	}
}

// TestPathLocale checks that Read takes the path's locale from the caller when told it read
// the path already, and reads it from the path otherwise.
func TestPathLocale(t *testing.T) {
	for _, c := range []struct {
		known bool
		given string
		want  string
	}{{false, "", "de"}, {true, "", ""}, {true, "de", "de"}} {
		doc := &document.Document{Path: "locales/de/mail.html", Format: HTML, Src: []byte("<p>Bye</p>"), Locale: c.given}
		_ = Read(doc, Options{PathLocale: c.known, Linted: func(string) bool { return true }})
		if doc.Locale != c.want {
			t.Errorf("PathLocale %v, Locale %q: read %q, want %q", c.known, c.given, doc.Locale, c.want)
		}
	}
}

// TestIsCommentLine checks the first-byte test of isCommentLine against its prefixes: a
// directive after each is a comment line, and so is none after any other first byte.
func TestIsCommentLine(t *testing.T) {
	for _, p := range []string{"<!-- ", "#", "// ", "-- ", "; ", ""} {
		for _, d := range []string{"farewell-disable", "farewell-enable", "farewell: off"} {
			if line := p + d; p != "" || d != "farewell: off" {
				if !isCommentLine([]byte(line)) {
					t.Errorf("isCommentLine(%q) = false", line)
				}
			}
		}
	}
	for c := 0; c < 256; c++ {
		line := append([]byte{byte(c)}, " farewell-disable"...)
		if want := c == '#' || c == ';'; isCommentLine(line) != want {
			t.Errorf("isCommentLine(%q) = %v, want %v", line, !want, want)
		}
	}
}
