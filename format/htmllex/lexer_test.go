package htmllex

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// lexerSeeds are markup the lexer's tests start from: text between tags, raw text elements
// and their near misses, comments, declarations and tags that hold '>'.
var lexerSeeds = []string{
	"<p>Hi</p>\n  <a href=x>Go</a>\n",
	"  <b>x</b> < y <3 </> <!-- c --> <?pi?> <!DOCTYPE html> tail",
	"<style>p{}</style>\n<p>x</p>",
	"<STYLE>a</STYLE >b<style><!-- x --></style>",
	"<title>T &amp; U</title><textarea>a<b></textarea>",
	"<style>", "<style>x", "<title/>x</title>y", "<script>a</b>\n</script> z",
	"<a title=\"x>y\">z</a> <img alt='>'> w",
	"<plaintext> <b>x</b>", "<xmp><p></XMP>\n", "<iframe>x</iframe\f>y",
	"<p>a<", "<p>a<1", "<p>a</", "x<!", "<noscript><p>n</p></noscript>",
	"<p>\r\n\t<br/>\f<wbr> </p>", "<style>a</style", "<title>a</titl",
	"<p>x</p>\n<!--[if mso]><table><tr><td><![endif]-->\n<!--[if !mso]><!-->\n<p>y</p><!--<![endif]-->",
	"a\n<!-- b --!> c <!--x--!-> d -->e<!-- -> f --> <!---> g <!--> h <!-- i --!x> j -- > -->",
	"<b>\n<!-- unterminated -", "<b>\n<!-- x --!", "<b>\n<!--",
	"<td a=b></td></tr>\n</TABLE ></a/b></p\x00q></é></1></></x\n", "<p>a</p", "<p>a</P>", "x</b",
	"<!DOCTYPE html>\n<p>x", "<!doctype>a", "<!DocType\n x>", "<!DOCTYPE", "<!DOCTYP>", "<!DOCTYPE x", "<!DOCTYPEx>y",
	"<!DOCTYPE \x00>", "<title></title>x", "<style lang=x></style>y", "<title/>", "<textarea a='>'>b</textarea>", "<xmp x=1></xmp",
	"<STYLE media=all>", "<iframe a=b>c</iframe d>", "<noscript s='1'></NOSCRIPT>",
	"<style><!-- " + strings.Repeat("p{}", 1500) + " --></style>\n<p>x</p><title><" + strings.Repeat("t", 5000),
}

// tokenizerTokens returns the tokens of the x/net/html tokenizer reading src in one piece.
func tokenizerTokens(src []byte) []string {
	var out []string
	z := html.NewTokenizer(bytes.NewReader(src))
	for off := 0; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		start := off
		off += len(z.Raw())
		out = append(out, fmt.Sprintf("%v %d-%d", tt, start, off))
	}
}

// lexerTokens returns the tokens of l reading src.
func lexerTokens(l *Lexer, src []byte) []string {
	var out []string
	l.Reset(src, 0, len(src))
	for {
		tt, start, end, _ := l.Next()
		if tt == html.ErrorToken {
			return out
		}
		out = append(out, fmt.Sprintf("%v %d-%d", tt, start, end))
		if l.space && (tt != html.TextToken || len(bytes.Trim(src[start:end], " \t\n\r\f")) > 0) {
			out = append(out, fmt.Sprintf("not white space: %q", src[start:end]))
		}
	}
}

// FuzzHTMLLexer checks the lexer against the x/net/html tokenizer reading its input in one
// piece: the same tokens with the same source ranges, in the same order, though the lexer
// finds some text tokens' ends itself, gives the tokenizer its input in pieces and goes on
// with the tokenizer of the input before; a text token it calls white space is.
func FuzzHTMLLexer(f *testing.F) {
	for _, s := range lexerSeeds {
		f.Add(s)
	}
	for _, s := range tagSeeds {
		f.Add(s + "x</a>\n" + s + "<b>")
	}
	f.Fuzz(func(t *testing.T, src string) {
		// The lexer reads src, then src from its middle on, then src again: each after the
		// input before, with the tokenizer it goes on with when it can.
		l := new(Lexer)
		for _, in := range []string{src, src[len(src)/2:], src} {
			want := tokenizerTokens([]byte(in))
			got := lexerTokens(l, []byte(in))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("%q (after %q):\nlexer     %v\ntokenizer %v", in, src, got, want)
			}
			l.Release()
		}
	})
}

// TestHTMLLexerSkips checks that the lexer reads every token itself where it can: a document
// of tags with text, comments, a style sheet, a title and a declaration between them never
// needs the tokenizer, and the lexer makes none; a processing instruction does.
func TestHTMLLexerSkips(t *testing.T) {
	src := "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">\n<html><head><title>T &amp; U</title>\n" +
		"<style type=\"text/css\">p{color:red}</style><STYLE></STYLE></head>\n<p>\n  <a href=x>Go on</a>\n</p>\n" +
		"<!-- c -->\n<!-- d --><b></b><textarea>a<b></textarea><!doctype x>"
	for _, c := range []struct {
		src       string
		tokenizer bool
	}{{src, false}, {src + "<?pi?>", true}, {"<script>x</script>" + src, true}} {
		var l Lexer
		tokens := lexerTokens(&l, []byte(c.src))
		if want := tokenizerTokens([]byte(c.src)); strings.Join(tokens, "\n") != strings.Join(want, "\n") {
			t.Fatalf("%q:\nlexer     %v\ntokenizer %v", c.src, tokens, want)
		}
		if got := l.z != nil; got != c.tokenizer {
			t.Errorf("%q: made a tokenizer: %v, want %v", c.src, got, c.tokenizer)
		}
	}
}

// FuzzRawTextEnd checks rawTextEnd against the x/net/html tokenizer: after the start tag of
// a raw text element, its text (a token, when not empty) ends where rawTextEnd says, or at
// the end of the input when rawTextEnd finds no end tag.
func FuzzRawTextEnd(f *testing.F) {
	for _, s := range []string{"p{}</style>", "a</STYLE >b", "</styles></style/>", "</style", "x</style\f", "<</style>", "</sty", "a</title>", "</TEXTAREA>"} {
		f.Add("style", s)
		f.Add("title", s)
	}
	f.Fuzz(func(t *testing.T, tag, text string) {
		switch tag {
		case "iframe", "noembed", "noframes", "noscript", "style", "textarea", "title", "xmp":
		default:
			t.Skip()
		}
		src := []byte("<" + tag + ">" + text)
		z := html.NewTokenizer(bytes.NewReader(src))
		if z.Next() != html.StartTagToken {
			t.Skip()
		}
		off := len(z.Raw())
		if z.Next() == html.TextToken {
			off += len(z.Raw())
		}
		if off == len(src) {
			off = -1 // the text ran to the end
		}
		if got := rawTextEnd(src, len(tag)+2, len(src), tag); got != off {
			t.Fatalf("%q: rawTextEnd %d, tokenizer %d", src, got, off)
		}
	})
}

// TestHTMLLexerGoesOn checks that a lexer goes on with its tokenizer after an input that ends
// in the data state with text or a tag, or inside a raw text element the lexer read, and
// starts a new one after an input whose end the tokenizer met (a tag cut short) or that ends
// inside a raw text element the tokenizer read. Each input begins with a processing
// instruction, which the tokenizer reads.
func TestHTMLLexerGoesOn(t *testing.T) {
	for _, c := range []struct {
		src    string
		goesOn bool
	}{
		{"<p>a</p>\n", true},
		{"<p>a</p>", true},
		{"a<b>c", true},
		{"a < b", true},
		{"<p>a</p", false},
		{"<p><style>x", true},
		{"<title>x</title>", true},
		{"<script>x", false},
		{"<script>x</script>", true},
	} {
		l := new(Lexer)
		lexerTokens(l, []byte("<?pi?>"+c.src))
		z := l.z
		l.Release()
		lexerTokens(l, []byte("<?pi?><p>x</p>"))
		if got := l.z == z; z == nil || got != c.goesOn {
			t.Errorf("%q: goes on with its tokenizer: %v, want %v", c.src, got, c.goesOn)
		}
	}
}

// namedTokens returns the tokens of the x/net/html tokenizer reading src in one piece, and the
// lexer's, each with its tag name where it has one (NUL aside, which the lexer leaves as is).
func namedTokens(l *Lexer, src []byte) (want, got []string) {
	z := html.NewTokenizer(bytes.NewReader(src))
	for off := 0; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := off
		off += len(z.Raw())
		name, _ := z.TagName()
		want = append(want, fmt.Sprintf("%v %d-%d %s", tt, start, off, bytes.ReplaceAll(name, []byte("\uFFFD"), []byte{0})))
	}
	l.Reset(src, 0, len(src))
	for {
		tt, start, end, name := l.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
			name = nil
		}
		got = append(got, fmt.Sprintf("%v %d-%d %s", tt, start, end, name))
	}
	l.Release()
	return want, got
}

// TestHTMLLexerCorpora checks the lexer against the x/net/html tokenizer on every HTML file of
// the shared corpora, when present (../shared, beside the repository): the same tokens, source
// ranges and tag names, with one lexer going on from file to file as the reader's does. It is
// the check that an upgrade of x/net/html, whose rules the lexer follows, has not moved them.
func TestHTMLLexerCorpora(t *testing.T) {
	root := "../../../shared/corpora"
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared/corpora is absent")
	}
	l := new(Lexer)
	files := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if name := strings.ToLower(d.Name()); !strings.Contains(name, ".htm") && !strings.HasSuffix(name, ".gohtml") {
			return nil // not HTML by its name (the readers' detection lives in format)
		}
		files++
		want, got := namedTokens(l, src)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			for i := range min(len(want), len(got)) {
				if want[i] != got[i] {
					t.Errorf("%s: token %d: lexer %q, tokenizer %q", p, i, got[i], want[i])
					break
				}
			}
			if len(want) != len(got) {
				t.Errorf("%s: lexer %d tokens, tokenizer %d", p, len(got), len(want))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 100 {
		t.Fatalf("%d HTML files in %s, want the corpora's hundreds", files, root)
	}
}

// FuzzTagName checks the names the lexer reads from its view against the x/net/html
// tokenizer's TagName: for every start and end tag token, the same lower-case name, but for
// a NUL byte, which TagName writes as U+FFFD; both as tagName reads a name and as Next gives
// it (the name of an end tag Next passes itself is read by its case alone).
func FuzzTagName(f *testing.F) {
	for _, s := range []string{"<P>x</P>", "<DiV class=a>", "<br/>", "<a\thref=x>", "</Mj-Button >", "</DIV>", "</tD>", "<Td>", "<h1\x00>", "<ÄB>", "<x", "</y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		view := []byte(src)
		if want, got := namedTokens(new(Lexer), view); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("%q:\nlexer     %q\ntokenizer %q", src, got, want)
		}
		l := &Lexer{in: feed{view: view}}
		z := html.NewTokenizer(bytes.NewReader(view))
		for off := 0; ; {
			tt := z.Next()
			if tt == html.ErrorToken {
				return
			}
			start := off
			off += len(z.Raw())
			from := start + 1
			switch tt {
			case html.EndTagToken:
				from = start + 2
			case html.StartTagToken, html.SelfClosingTagToken:
			default:
				continue
			}
			want, _ := z.TagName()
			got := bytes.ReplaceAll(l.tagName(from, off), []byte{0}, []byte("\uFFFD"))
			if !bytes.Equal(got, want) {
				t.Fatalf("%q: tag at %d: name %q, tokenizer %q", src, start, got, want)
			}
		}
	})
}
