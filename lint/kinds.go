package lint

import (
	"path"
	"strings"
	"unicode"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// minCueWords is the fewest words a body text must have for its cue phrases to count toward a
// kind: shorter ones are labels.
const minCueWords = 4

// messages groups the document's segments into messages (see message.Group); where no label
// or configuration names a message's kind, the cues the keyword automaton found infer it.
func (l *Linter) messages(doc *document.Document, fs *FileSettings, sc *scratch) ([]message.Message, error) {
	var inPath [][]bool // built on the first message that needs a kind inferred
	return message.Group(doc, &message.Grouping{KeyDepth: fs.KeyDepth, Kind: fs.Kind, KeyKind: fs.KeyKind,
		Infer: func(m *message.Message) (rules.MessageKind, string) {
			if inPath == nil {
				inPath = l.cuesInPath(doc.Path)
			}
			return l.inferKind(doc, m, sc, inPath)
		}})
}

// cuesInPath reports, by cue and cue key, whether the key's words occur in the file or folder
// name of path: the same for every message of a file, so reckoned once per file.
func (l *Linter) cuesInPath(p string) [][]bool {
	pathWords := keyWordsOf(path.Base(path.Dir(p)) + " " + strings.SplitN(path.Base(p), ".", 2)[0])
	in := make([][]bool, len(l.cueKeys))
	for ci, keys := range l.cueKeys {
		in[ci] = make([]bool, len(keys))
		for j, k := range keys {
			in[ci][j] = strings.Contains(pathWords, k)
		}
	}
	return in
}

// inferKind picks the kind whose cues weigh most: a cue word in the catalog key of the message
// weighs 3, in the file or folder name 2, each distinct cue phrase in a heading, title or
// subject line 2, in other text of four words or more 1 (link and button text does not count).
// Ties go to the cue listed first in the pack; no cue at all means "other".
// inPath is what cuesInPath reports for the document's path.
func (l *Linter) inferKind(doc *document.Document, m *message.Message, sc *scratch, inPath [][]bool) (rules.MessageKind, string) {
	cues := l.pack.Kinds
	if len(cues) == 0 {
		return rules.Other, "default"
	}
	score := make([]int, len(cues))
	source := make([]string, len(cues))
	var keyWords string
	if format.IsCatalog(doc.Format) {
		keyWords = keyWordsOf(m.ID)
	}
	for ci := range cues {
		for j, k := range l.cueKeys[ci] {
			if keyWords != "" && strings.Contains(keyWords, k) {
				score[ci], source[ci] = score[ci]+3, "key"
				break
			}
			if inPath[ci][j] {
				score[ci], source[ci] = score[ci]+2, "path"
				break
			}
		}
	}
	seen := map[int32]bool{}
	for _, si := range m.Segments {
		seg := &doc.Segments[si]
		if seg.Role != document.RoleHeading && message.CountWords(seg.Text) < minCueWords {
			continue
		}
		text, hits := seg.Text, sc.hits[sc.segHits[si]:sc.segHits[si+1]]
		if len(seg.CTAs) == 0 {
			if sq, ok := withoutSymbols(seg.Text); ok {
				text, hits = sq, nil
				l.pf.scan(sq, func(id, start, end int) { hits = append(hits, hit{int32(id), int32(start), int32(end)}) })
			}
		}
		for _, h := range hits {
			if seen[h.id] || !hasCue(l.targets[h.id]) || !wordBounded(text, int(h.start), int(h.end)) ||
				insideCTA(seg, rules.Match{Start: int(h.start), End: int(h.end)}) {
				continue
			}
			seen[h.id] = true
			weight := 1
			if seg.Role == document.RoleHeading {
				weight = 2
			}
			for _, t := range l.targets[h.id] {
				if t.kind != targetCue {
					continue
				}
				score[t.rule] += weight
				if source[t.rule] == "" {
					source[t.rule] = "text"
				}
			}
		}
	}
	best := -1
	for ci := range cues {
		if score[ci] > 0 && (best < 0 || score[ci] > score[best]) {
			best = ci
		}
	}
	if best < 0 {
		return rules.Other, "default"
	}
	return cues[best].Kind, source[best]
}

// withoutSymbols returns s with its symbols (emoji, dingbats, arrows) taken out and the spaces
// around them squeezed, in lower case, when it has any: "We😢 miss you" says "we miss you"
// for a kind, with the emoji or without it.
func withoutSymbols(s string) (string, bool) {
	i := strings.IndexFunc(s, isCueSymbol)
	if i < 0 {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isCueSymbol(r):
			continue
		case r == ' ':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String(), true
}

// isCueSymbol reports a rune that carries no words: a symbol outside ASCII, a variation
// selector or a zero-width joiner.
func isCueSymbol(r rune) bool {
	return r >= 0x80 && (unicode.IsSymbol(r) || r == 0x200D || (r >= 0xFE00 && r <= 0xFE0F)) && r != '\uFFFC'
}

func hasCue(ts []target) bool {
	for _, t := range ts {
		if t.kind == targetCue {
			return true
		}
	}
	return false
}

// cueKeys returns each kind cue's key words in the form keyWordsOf writes them, without the
// trailing space so that a cue may end inside a longer word.
func cueKeys(cues []rules.KindCue) [][]string {
	out := make([][]string, len(cues))
	for i, c := range cues {
		for _, k := range c.Keys {
			out[i] = append(out[i], strings.TrimSuffix(keyWordsOf(k), " "))
		}
	}
	return out
}

// keyWordsOf splits a key or file name into lower-case words at punctuation, spaces and
// camelCase humps, and writes them with a space before and after each ("cancelDialog.title"
// -> " cancel dialog title "), so that a cue matches whole words with strings.Contains.
func keyWordsOf(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	prevLower := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			prevLower = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			prevLower = true
		default:
			if str := b.String(); str[len(str)-1] != ' ' {
				b.WriteByte(' ')
			}
			prevLower = false
		}
	}
	if str := b.String(); str[len(str)-1] != ' ' {
		b.WriteByte(' ')
	}
	return b.String()
}

func wordBounded(s string, start, end int) bool {
	if start > 0 && textseg.IsWordByte(s[start]) && textseg.IsWordByte(s[start-1]) {
		return false
	}
	return end >= len(s) || !textseg.IsWordByte(s[end-1]) || !textseg.IsWordByte(s[end])
}
