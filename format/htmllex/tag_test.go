package htmllex

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"
)

// tagSeeds are start tags with attributes of every shape: quoted values that hold '>', '/',
// white space or the other quote, unquoted values, keys without values, '/' before '>',
// upper case, newlines and form feeds; and the shapes startTag leaves to the tokenizer.
var tagSeeds = []string{
	`<a href=x>`, `<a href="x>y">`, `<img alt='>' src=/a/b.png>`, `<br/>`, `<br />`, `<br/ >`,
	`<img src="x"/>`, `<IMG SRC="X" ALT=Y>`, "<td\n  class=\"a\"\n  style='b:c'\n>", "<p\f\r\tid=a\t>",
	`<input disabled>`, `<input disabled/>`, `<a b = "c" >`, `<a b=c/ >`, `<p >`, `<a b="c"d=e>`,
	`<a href=/x/ >`, `<a b= >`, `<a b=>`, `<x a/b>`, `<a b="it's">`, `<a b='say "hi"'>`, "<a b=\"\x00\">",
	`<a b/ c>`, `<a b / >`, `<a // b>`, `<a b=c=d>`, `<a b==c>`, `<a b='' c="">`, `<a b=c>/`,
	`<a href=/>`, `<a b=x b=/>`, `<a b=x B=/>`, `<a =b>`, `<a / =b>`, `<a b`, `<a b="c`, `<a b=c`, `<a b=`,
	"<a\x00b>", "<a b=c\x00>", "<a b\x00>", `<a "b">`, `<a b=c"d>`, `<a b<c>`, `<a<b c>`, `<a b='c'`,
	`<a b/="x>y">`, "<a\t=\"x>y\">", `<a ="x>y">`,
	`<title lang=en>`, `<script src=x></script>`, `<style media="x">`, `<Textarea rows=2>`, "<A\x99>", "<Br\xc3\x89 a=b>",
}

// tokenizerTag returns the end and type of the first token of the x/net/html tokenizer
// reading src in one piece, and its tag name.
func tokenizerTag(src []byte) (int, html.TokenType, []byte) {
	z := html.NewTokenizer(bytes.NewReader(src))
	tt := z.Next()
	end := len(z.Raw())
	name, _ := z.TagName()
	return end, tt, name
}

// FuzzStartTag checks startTag against the x/net/html tokenizer: where it gives a start
// tag's end, the tokenizer reading the input in one piece ends its first token there, with
// the same type and the name startTag ends (in lower case); and startTag reads nothing past
// the end it is given.
func FuzzStartTag(f *testing.F) {
	for _, s := range tagSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		end, tt, _, nameEnd := startTag(src, 0, len(src), nil)
		if end < 0 {
			return
		}
		if wantEnd, wantTT, wantName := tokenizerTag(src); end != wantEnd || tt != wantTT || string(lowerASCII(src[1:nameEnd])) != string(wantName) {
			t.Fatalf("%q: startTag %v ending at %d, name %q; tokenizer %v ending at %d, name %q", src, tt, end, src[1:nameEnd], wantTT, wantEnd, wantName)
		}
		// A byte after the end given, which would end a tag cut short there, changes nothing.
		for _, c := range []byte{'>', '"', ' '} {
			if e, typ, _, _ := startTag(append(src[:len(src):len(src)], c), 0, len(src), nil); e != end || typ != tt {
				t.Fatalf("%q: startTag reads past its end: %v ending at %d with %q after it", src, typ, e, c)
			}
		}
	})
}

// TestStartTag checks that startTag passes the common shapes of start tags with attributes,
// as the tokenizer ends and types them, and leaves the subtle ones to the tokenizer.
func TestStartTag(t *testing.T) {
	for _, s := range tagSeeds {
		src := []byte(s)
		wantEnd, wantTT, _ := tokenizerTag(src)
		leave := false
		switch s {
		case `<a href=/>`, `<a b=x b=/>`, `<a b=x B=/>`, `<a =b>`, `<a / =b>`, `<a b`, `<a b="c`, `<a b=c`, `<a b=`,
			"<a\x00b>", "<a b=c\x00>", "<a b\x00>", `<a "b">`, `<a b=c"d>`, `<a b<c>`, `<a<b c>`, `<a b='c'`,
			`<a b/="x>y">`, "<a\t=\"x>y\">", `<a ="x>y">`:
			leave = true
		}
		end, tt, _, _ := startTag(src, 0, len(src), nil)
		switch {
		case leave && end >= 0:
			t.Errorf("%q: startTag %v ending at %d, want it left to the tokenizer", src, tt, end)
		case !leave && (end != wantEnd || tt != wantTT):
			t.Errorf("%q: startTag %v ending at %d, want the tokenizer's %v ending at %d", src, tt, end, wantTT, wantEnd)
		}
	}
}

// TestHTMLLexerPassesStartTags checks that the lexer passes start tags with attributes itself,
// those of raw text elements such as title and style too, but those startTag leaves: in a
// document of such tags, the tokenizer reads only the others; and that it gives the attributes of those it read
// (FuzzKeptAttributes, in format, compares them with the reader's own scan).
func TestHTMLLexerPassesStartTags(t *testing.T) {
	src := []byte("<div class=\"a\">\n <a href='/x' target=_blank>Go</a><br/>\n<IMG SRC=\"b.png\" ALT=b />" +
		"<p\n  style=\"c:d\">x</p><input disabled><title lang=en>T</title><a href=/>y</a><style media=\"s\">p{}</style>")
	var l Lexer
	l.Reset(src, 0, len(src))
	var read []string
	passed := 0
	for {
		tt, start, end, _ := l.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		_, ok := l.Attrs()
		if l.z != nil && string(l.z.Raw()) == string(src[start:end]) {
			raw := l.z.Raw()
			read = append(read, string(raw))
			if ok {
				t.Errorf("%q: attributes of a tag the tokenizer read", raw)
			}
		} else {
			passed++
			if !ok {
				t.Errorf("%q: no attributes of a tag the lexer read", src[start:end])
			}
		}
	}
	if want := []string{"<a href=/>"}; len(read) != len(want) || passed != 8 {
		t.Errorf("the tokenizer read %q and the lexer passed %d start tags, want %q and 8", read, passed, want)
	} else {
		for i := range want {
			if read[i] != want[i] {
				t.Errorf("the tokenizer read %q, want %q", read[i], want[i])
			}
		}
	}
}

// lowerASCII returns a copy of b with ASCII letters in lower case, as the tokenizer writes a
// tag's name; other bytes, valid UTF-8 or not, stay as they are.
func lowerASCII(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}
