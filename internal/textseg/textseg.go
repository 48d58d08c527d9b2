// Package textseg splits normalised text into sentences and word tokens by byte offset.
//
// The splitter is rule-based and allocation-free so that it can run on the lint hot path: a
// statistical splitter costs milliseconds to load and runs at a few MB/s, which is more than a
// whole file's lint budget. Text reaching it is already whitespace-normalised by the extractors.
package textseg

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) in a text.
type Span struct {
	Start, End int
}

// IsWordByte reports whether c is an ASCII letter, digit or underscore, the bytes RE2's \b
// treats as word characters; non-ASCII bytes count as word bytes so that \b-like checks never
// split a UTF-8 letter.
func IsWordByte(c byte) bool {
	return c >= 0x80 || c == '_' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

// Sentences appends the sentences of s, English text, to dst and returns it. A sentence ends
// after a run of '.', '!', '?' or '…' (and any closing quotes or brackets) that is followed by a
// space and a letter that is not lower case, or by the end of the text; a period after a known
// abbreviation or a single capital does not end a sentence.
func Sentences(s string, dst []Span) []Span { return SentencesIn("en", s, dst) }

// SentencesIn is Sentences for text in language lang ("en", "de", "fr", "es"; any other is
// read as English). German, French and Spanish text must be folded (see Fold): their
// abbreviations ("z. B.", "usw.", "M.", "Sra.", "pág.") are known in folded form, a closing »
// belongs to the sentence it ends, and an inverted ¿ or ¡ opens one.
func SentencesIn(lang string, s string, dst []Span) []Span {
	sp := newSplitter(lang, s)
	for {
		sen, ok := sp.next()
		if !ok {
			return dst
		}
		dst = append(dst, sen)
	}
}

// SentenceAt returns the sentence of s, English text, that holds byte pos (as Sentences splits
// s), and whether there is one: there is none where pos is in the spaces between two
// sentences, or at or past the end of the last. It reads s only as far as that sentence.
func SentenceAt(s string, pos int) (Span, bool) {
	sp := newSplitter("en", s)
	for {
		sen, ok := sp.next()
		if !ok || pos < sen.Start {
			return Span{}, false // the sentences are in order: no later one holds pos
		}
		if pos < sen.End {
			return sen, true
		}
	}
}

// splitter splits a text into sentences one at a time (see SentencesIn).
type splitter struct {
	s        string
	lg       language
	start, i int // where the next sentence starts, and where the search for its end goes on
}

func newSplitter(lang, s string) splitter {
	start := skipSpace(s, 0)
	return splitter{s: s, lg: languageOf(lang), start: start, i: start}
}

// next returns the next sentence, and false when there is none.
func (p *splitter) next() (Span, bool) {
	s, lg := p.s, p.lg
	for i := p.i; i < len(s); {
		c := s[i]
		if c != '.' && c != '!' && c != '?' && !hasEllipsis(s, i) {
			i++
			continue
		}
		end, strong := terminatorEnd(s, i, lg.guillemets)
		if end >= len(s) {
			break
		}
		if s[end] != ' ' {
			i = end
			continue
		}
		next := skipSpace(s, end)
		if next >= len(s) {
			break
		}
		if !strong && !opensSentence(s, next, i, lg) {
			i = next
			continue
		}
		sen := Span{p.start, end}
		p.start, p.i = next, next
		return sen, true
	}
	// The last sentence runs to the end of the text, trailing spaces left out.
	start := p.start
	p.start, p.i = len(s), len(s)
	if start >= len(s) {
		return Span{}, false
	}
	end := len(s)
	for end > start && s[end-1] == ' ' {
		end--
	}
	return Span{start, end}, true
}

func hasEllipsis(s string, i int) bool {
	return s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xA6
}

// terminatorEnd returns where the terminator run starting at i ends, and whether it contains
// '!' or '?', which end a sentence whatever follows.
func terminatorEnd(s string, i int, guillemets bool) (int, bool) {
	strong := false
	for i < len(s) {
		switch {
		case s[i] == '!' || s[i] == '?':
			strong = true
			i++
		case s[i] == '.':
			i++
		case hasEllipsis(s, i):
			i += 3
		default:
			goto closers
		}
	}
closers:
	for i < len(s) {
		switch {
		case s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']':
			i++
		case guillemets && strings.HasPrefix(s[i:], "»"):
			i += len("»")
		case guillemets && strings.HasPrefix(s[i:], " »"):
			i += len(" »") // French sets a space inside its quotes
		default:
			return i, strong
		}
	}
	return i, strong
}

// opensSentence decides, for a period at dot followed by text at next, whether a new sentence
// starts at next.
func opensSentence(s string, next, dot int, lg language) bool {
	r, _ := utf8.DecodeRuneInString(s[next:])
	if unicode.IsLower(r) {
		return false
	}
	w := dot
	for w > 0 && (IsWordByte(s[w-1]) || s[w-1] == '.') {
		w--
	}
	word := s[w:dot]
	if len(word) == 1 && (unicode.IsUpper(rune(word[0])) || lg.letters && unicode.IsLetter(rune(word[0]))) {
		return false // an initial: "J. Smith"; or "z. B."
	}
	if len(word) <= 6 && isAbbreviation(word, lg.abbreviations) && !isAcronym(word) {
		return false
	}
	return true
}

func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// Words appends the word and punctuation tokens of s to dst and returns it. A word is a run of
// letters and digits that may contain an apostrophe, hyphen or period between letters
// ("don't", "e-mail", "U.S"); every other non-space rune is a token of its own.
func Words(s string, dst []Span) []Span {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == ' ' || unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isLetterOrDigit(r) {
			dst = append(dst, Span{i, i + n})
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isLetterOrDigit(r) {
				j += n
				continue
			}
			if (r == '\'' || r == '-' || r == '.') && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if isLetterOrDigit(r2) {
					j += n
					continue
				}
			}
			break
		}
		dst = append(dst, Span{i, j})
		i = j
	}
	return dst
}

func isLetterOrDigit(r rune) bool {
	if r < 0x80 {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
