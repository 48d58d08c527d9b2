package format

import (
	"bytes"
	"fmt"
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

// lexerTokens returns the tokens of an htmlLexer reading src.
func lexerTokens(src []byte) []string {
	var out []string
	var l htmlLexer
	l.reset(src, 0, len(src))
	for {
		tt, start, end, _ := l.next()
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
// finds some text tokens' ends itself and gives the tokenizer its input in pieces; a text
// token it calls white space is.
func FuzzHTMLLexer(f *testing.F) {
	for _, s := range lexerSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		want := tokenizerTokens([]byte(src))
		got := lexerTokens([]byte(src))
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("%q:\nlexer     %v\ntokenizer %v", src, got, want)
		}
	})
}

// TestHTMLLexerSkips checks that the lexer finds text tokens itself where it can: in a
// document of tags with text and comments between them (a style sheet's too), the tokenizer
// returns only the tags.
func TestHTMLLexerSkips(t *testing.T) {
	src := []byte("<p>\n  <a href=x>Go on</a>\n</p>\n<style>p{color:red}</style>\n<title>T</title><p>x</p><!-- c -->\n<!-- d -->")
	var l htmlLexer
	l.reset(src, 0, len(src))
	texts := 0
	for {
		tt, start, end, _ := l.next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.TextToken && tt != html.CommentToken {
			continue
		}
		texts++
		if raw := l.z.Raw(); string(raw) == string(src[start:end]) {
			t.Errorf("%v %q at %d: read by the tokenizer (%q)", tt, src[start:end], start, raw)
		}
	}
	if texts != 11 {
		t.Errorf("%d text and comment tokens, want 11", texts)
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
