package format

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/format/catalog"
)

// sameWords reports whether a and b hold the same words, as strings.Fields splits them, without
// making slices of them.
func sameWords(a, b string) bool {
	i, j := 0, 0
	for {
		as, ae := nextWord(a, i)
		bs, be := nextWord(b, j)
		if as == ae || bs == be {
			return as == ae && bs == be
		}
		if a[as:ae] != b[bs:be] {
			return false
		}
		i, j = ae, be
	}
}

// countWords returns len(strings.Fields(s)), without the slice.
func countWords(s string) int {
	n := 0
	for start, end := nextWord(s, 0); start < end; start, end = nextWord(s, end) {
		n++
	}
	return n
}

// nextWord returns the bounds of the first word of s at or after i, as strings.Fields finds
// them (runs of characters unicode.IsSpace does not report), or two equal offsets when there
// is none.
func nextWord(s string, i int) (int, int) {
	start := -1
	for i < len(s) {
		n, space := 1, false
		if c := s[i]; c < utf8.RuneSelf {
			space = isASCIISpace(c)
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			return start, i
		case !space && start < 0:
			start = i
		}
		i += n
	}
	if start < 0 {
		return i, i
	}
	return start, i
}

// yamlFold records the line folding at src[ws:] (trailing blanks, line breaks, indentation)
// as white space and returns where the next text starts.
func yamlFold(c *catalog.String, src []byte, ws int) int {
	j := ws
	for j < len(src) && (isASCIISpace(src[j])) {
		j++
	}
	c.Dec(ws, j, " ")
	return j
}

// yamlQuoted reads a double- or single-quoted scalar opening at src[off].
func yamlQuoted(c *catalog.String, src []byte, off int, q byte) {
	i := off + 1
	run := i
	for i < len(src) {
		ch := src[i]
		switch {
		case ch == q && q == '\'' && i+1 < len(src) && src[i+1] == '\'':
			c.Raw(src, run, i)
			c.Dec(i, i+2, "'")
			i += 2
			run = i
		case ch == q:
			c.Raw(src, run, i)
			return
		case ch == '\\' && q == '"' && i+1 < len(src):
			c.Raw(src, run, i)
			n, dec := yamlEscape(src, i)
			c.Dec(i, i+n, dec)
			i += n
			run = i
		case ch == '\n' || ch == '\r':
			ws := i
			for ws > run && (src[ws-1] == ' ' || src[ws-1] == '\t') {
				ws--
			}
			c.Raw(src, run, ws)
			i = yamlFold(c, src, ws)
			run = i
		default:
			i++
		}
	}
	c.Raw(src, run, i)
}

// yamlEscape decodes the double-quoted escape at src[i].
func yamlEscape(src []byte, i int) (int, string) {
	simple := map[byte]string{'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n",
		'v': "\v", 'f': "\f", 'r': "\r", 'e': "\x1b", ' ': " ", '"': `"`, '/': "/", '\\': `\`,
		'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029"}
	e := src[i+1]
	if s, ok := simple[e]; ok {
		return 2, s
	}
	width := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
	if width > 0 && i+2+width <= len(src) {
		if v, err := strconv.ParseUint(string(src[i+2:i+2+width]), 16, 32); err == nil {
			return 2 + width, string(rune(v))
		}
	}
	if e == '\n' || e == '\r' { // an escaped line break joins the lines
		j := i + 1
		for j < len(src) && isASCIISpace(src[j]) {
			j++
		}
		return j - i, " "
	}
	return 2, string(e)
}

// yamlPlain reads a plain scalar starting at src[off], line by line until its words are those
// of the parsed value.
func yamlPlain(c *catalog.String, src []byte, off int, value string) {
	want := countWords(value)
	flow := !strings.ContainsAny(value, ",]}")
	i := off
	for {
		end := lineEnd(src, i)
		if k := bytes.Index(src[i:end], []byte(" #")); k >= 0 {
			end = i + k
		}
		if k := bytes.IndexAny(src[i:end], ",]}"); k >= 0 && flow {
			end = i + k // the end of a scalar inside a flow collection
		}
		te := end
		for te > i && (src[te-1] == ' ' || src[te-1] == '\t') {
			te--
		}
		c.Raw(src, i, te)
		if countWords(string(c.Text())) >= want || end >= len(src) {
			return
		}
		next := yamlFold(c, src, te)
		if next >= len(src) || next == te {
			return
		}
		i = next
	}
}

// yamlBlock reads a literal (|) or folded (>) block scalar whose indicator is at src[off].
func yamlBlock(c *catalog.String, src []byte, off int) {
	i := skipLineBreak(src, lineEnd(src, off))
	indent := -1
	for i < len(src) {
		end := lineEnd(src, i)
		ind := 0
		for i+ind < end && src[i+ind] == ' ' {
			ind++
		}
		if i+ind == end { // blank line
			i = skipLineBreak(src, end)
			continue
		}
		if indent < 0 {
			indent = ind
		}
		if ind < indent {
			return
		}
		if len(c.Text()) > 0 {
			c.Dec(c.End(), i+indent, " ")
		}
		c.Raw(src, i+indent, end)
		i = skipLineBreak(src, end)
	}
}
