package document

import (
	"bytes"
	"encoding/binary"
	"strings"

	"github.com/farewell-protocol/farewell/internal/swar"
)

// regionKind says what a piece of template code does to the text around it.
type regionKind uint8

const (
	// maskValue prints a value: it reads as one placeholder word.
	maskValue regionKind = iota
	// maskControl is logic (if, for, a partial): it reads as nothing.
	maskControl
	// maskBranch starts another branch ({{else}}, {% elif %}): the text before and after it
	// are never read as one sentence.
	maskBranch
	// maskComment is a template comment; it may hold a farewell directive.
	maskComment
	// maskLiteral prints a translated string literal ({% trans "..." %}); the literal is text.
	maskLiteral
	// maskOpen opens a block ({{#if}}, {% if %}, {{range}}): reads as nothing, and lets the
	// builder give each branch of the block the text around it.
	maskOpen
	// maskClose closes a block ({{/if}}, {% endif %}, {{end}}).
	maskClose
	// maskSpace reads as white space: code that breaks a line (an MDX <br />).
	maskSpace
)

// region is template code at Src[start:end]; for comments and literals, inner is the
// comment body or the literal's text.
type region struct {
	start, end           int
	kind                 regionKind
	innerStart, innerEnd int
}

// maxValueSpan bounds how far "${" looks for its closing brace.
const maxValueSpan = 200

// findTemplates appends the Handlebars/Mustache, Jinja/Twig/Django/Liquid, Go template, ERB
// and ${...} code in src to out, in order. Unterminated openers are left as text.
func findTemplates(out []region, src []byte) []region {
	op := openerIndex{src: src}
	for i := 0; i < len(src); {
		j := op.next(i)
		if j < 0 {
			break
		}
		r, ok := scanTemplate(src, j)
		if !ok {
			i = j + 1
			continue
		}
		out = append(out, r)
		i = r.end
	}
	return out
}

func scanTemplate(src []byte, at int) (region, bool) {
	switch string(src[at : at+2]) { // compared, not copied
	case "{{":
		if bytes.HasPrefix(src[at:], []byte("{{!--")) {
			return closeRegion(src, at, 5, "--}}", maskComment)
		}
		if bytes.HasPrefix(src[at:], []byte("{{{")) {
			return closeRegion(src, at, 3, "}}}", maskValue)
		}
		r, ok := closeRegion(src, at, 2, "}}", maskValue)
		if ok {
			r.kind = classifyCurly(src[r.innerStart:r.innerEnd])
			if r.kind == maskValue {
				r = literalOf(src, r)
			}
		}
		return r, ok
	case "{%":
		r, ok := closeRegion(src, at, 2, "%}", maskControl)
		if !ok {
			return r, false
		}
		return classifyStatement(src, r), true
	case "{#":
		return closeRegion(src, at, 2, "#}", maskComment)
	case "<%":
		if at+2 < len(src) && src[at+2] == '#' {
			return closeRegion(src, at, 3, "%>", maskComment)
		}
		r, ok := closeRegion(src, at, 2, "%>", maskControl)
		if ok && at+2 < len(src) && (src[at+2] == '=' || src[at+2] == '-') {
			r.kind = maskValue
		} else if ok {
			inner := src[r.innerStart:r.innerEnd]
			switch w := string(firstWord(inner)); {
			case isBranchWord(w) || w == "when":
				r.kind = maskBranch
			case w == "if" || w == "unless" || w == "case" || bytes.HasSuffix(bytes.TrimRight(inner, " \t\r\n-"), []byte(" do")) ||
				bytes.Contains(inner, []byte(" do |")):
				r.kind = maskOpen
			case w == "end":
				r.kind = maskClose
			}
		}
		return r, ok
	case "*|":
		return scanMergeTag(src, at)
	case "${":
		end := bytes.IndexByte(src[at+2:min(len(src), at+2+maxValueSpan)], '}')
		if end < 0 || bytes.IndexByte(src[at+2:at+2+end], '\n') >= 0 {
			return region{}, false
		}
		return region{start: at, end: at + 2 + end + 1, kind: maskValue, innerStart: at + 2, innerEnd: at + 2 + end}, true
	}
	if isMergeOpener(src[at], src[at+1]) {
		return scanMergeTag(src, at)
	}
	return region{}, false
}

// closeRegion finds the closer of a tag opened at at with an opener of n bytes.
func closeRegion(src []byte, at, n int, closer string, kind regionKind) (region, bool) {
	end := indexCloser(src[at+n:], closer)
	if kind != maskComment && end >= 0 && indexQuote(src[at+n:at+n+end]) >= 0 {
		end = closeQuoted(src, at+n, closer)
	}
	if end < 0 {
		return region{}, false
	}
	inner := at + n
	return region{start: at, end: inner + end + len(closer), kind: kind, innerStart: inner, innerEnd: inner + end}, true
}

// classifyCurly tells a {{ }} tag's role from its first word: Handlebars and Mustache
// sections and comments, Go template actions and comments, or a printed value.
func classifyCurly(inner []byte) regionKind {
	s := trimCurly(inner)
	switch {
	case len(s) == 0:
		return maskControl
	case bytes.HasPrefix(s, []byte("!")), bytes.HasPrefix(s, []byte("/*")):
		return maskComment
	case s[0] == '#' || s[0] == '^':
		return maskOpen
	case s[0] == '/':
		return maskClose
	case s[0] == '>':
		return maskControl
	}
	switch string(firstWord(s)) {
	case "else":
		return maskBranch
	case "if", "range", "with", "define", "block":
		return maskOpen
	case "end":
		return maskClose
	case "template", "break", "continue", "unless", "each":
		return maskControl
	}
	return maskValue
}

// classifyStatement classifies a {% %} tag: else-like words start a branch, a comment block
// swallows everything up to its end tag, trans with a literal prints text.
func classifyStatement(src []byte, r region) region {
	inner := src[r.innerStart:r.innerEnd]
	w := string(firstWord(inner))
	switch {
	case isBranchWord(w) || w == "when" || w == "empty" || w == "plural":
		r.kind = maskBranch
	case w == "if" || w == "for" || w == "unless" || w == "case" || w == "with" ||
		w == "blocktrans" || w == "blocktranslate":
		r.kind = maskOpen
	case w == "endif" || w == "endfor" || w == "endunless" || w == "endcase" || w == "endwith" ||
		w == "endblocktrans" || w == "endblocktranslate":
		r.kind = maskClose
	case w == "comment":
		if end := bytes.Index(src[r.end:], []byte("endcomment")); end >= 0 {
			if close := bytes.Index(src[r.end+end:], []byte("%}")); close >= 0 {
				r.innerStart, r.innerEnd = r.end, r.end+end
				r.end = r.end + end + close + 2
			}
		}
		r.kind = maskComment
	case w == "trans" || w == "translate" || w == "t":
		r = literalOf(src, r)
		if r.kind != maskLiteral {
			r.kind = maskValue
		}
	}
	return r
}

func isBranchWord(w string) bool {
	return w == "else" || w == "elif" || w == "elsif" || w == "elseif"
}

// literalOf turns a tag whose value is one quoted string literal, translated or filtered
// ({% trans "Goodbye" %}, {{ 'Goodbye'|trans }}, {{ _("Goodbye") }}), into a literal region
// whose text is linted. Literals with escapes stay masked.
func literalOf(src []byte, r region) region {
	inner := src[r.innerStart:r.innerEnd]
	q := indexQuote(inner)
	if q < 0 {
		return r
	}
	end := bytes.IndexByte(inner[q+1:], inner[q])
	if end < 0 || bytes.IndexByte(inner[q+1:q+1+end], '\\') >= 0 {
		return r
	}
	before := strings.TrimSpace(strings.TrimLeft(string(inner[:q]), "-~"))
	after := strings.TrimSpace(strings.TrimRight(string(inner[q+1+end+1:]), "-~"))
	okBefore := before == "" || before == "trans" || before == "translate" || before == "t" ||
		strings.HasSuffix(before, "(") && isTranslateFunc(strings.TrimSuffix(before, "("))
	okAfter := after == "" || strings.HasPrefix(after, "|") || strings.HasPrefix(after, ")") ||
		strings.HasPrefix(after, "noop") || strings.HasPrefix(after, "as ")
	if !okBefore || !okAfter {
		return r
	}
	r.kind = maskLiteral
	r.innerStart, r.innerEnd = r.innerStart+q+1, r.innerStart+q+1+end
	return r
}

func isTranslateFunc(name string) bool {
	switch strings.TrimSpace(name) {
	case "_", "__", "t", "trans", "gettext", "_t", "translate", "i18n":
		return true
	}
	return false
}

// maskedCopy returns src with every template region overwritten so that parsers see plain
// text of the same length: values become 'x' runs (a word), everything else spaces, with line
// breaks kept so that line numbers and block structure survive.
func maskedCopy(src []byte, regions []region) []byte {
	if len(regions) == 0 {
		return src
	}
	return maskRegions(bytes.Clone(src), regions)
}

// maskRegions overwrites the template regions of out, a copy of the source, as maskedCopy
// describes, and returns it.
func maskRegions(out []byte, regions []region) []byte {
	for _, r := range regions {
		fill := byte(' ')
		if r.kind == maskValue || r.kind == maskLiteral {
			fill = 'x'
		}
		fills := uint64(fill) * swar.Ones
		for i := r.start; i < r.end; {
			// Eight bytes at once where none is a line break: most template code is one line.
			if i+8 <= r.end {
				if x := swar.Load(out, i); swar.Eq(x, '\n')|swar.Eq(x, '\r') == 0 {
					binary.LittleEndian.PutUint64(out[i:i+8], fills)
					i += 8
					continue
				}
			}
			if out[i] != '\n' && out[i] != '\r' {
				out[i] = fill
			}
			i++
		}
	}
	return out
}
