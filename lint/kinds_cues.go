package lint

import (
	"unicode"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/cuesym"
	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// counterKey returns the first counter-evidence cue (of kind other) among the words of the key
// of segment si, and its index.
func (l *Linter) counterKey(si int, key string, sc *scratch) (int, string) {
	for ci, j := range l.segKeyCues(si, key, sc) {
		if c := &l.pack.Kinds[ci]; j >= 0 && c.Kind == rules.Other {
			return ci, c.Keys[j]
		}
	}
	return -1, ""
}

// cueHit is a kind cue found in a text: the cue's key for counting it once, its wording as
// the pack writes it, and where it is.
type cueHit struct {
	key  [3]int32
	cue  string
	span rules.Span
}

// textCues returns the text the cues of segment si were looked for in (its text without
// symbols, when it has any) and found with the phrases and mentions found there, outside link
// and button text, appended.
func (l *Linter) textCues(seg *document.Segment, si int, sc *scratch, found []cueHit) (string, []cueHit) {
	text, rescan := sc.texts[si], false
	if len(seg.CTAs) == 0 {
		// Grouping found whether the segment's text holds a symbol as it counted its words.
		if has, known := sc.group.CueSymbols(si); !known || has || text != seg.Text {
			if sq, ok := cuesym.Without(text); ok {
				text, rescan = sq, true
			}
		}
	}
	each := func(fn func(hit)) { // the keyword hits of text, in order
		if rescan {
			l.pf.Scan(text, func(id, start, _ int) { fn(hit{int32(id), int32(start)}) })
			return
		}
		l.eachHit(sc, si, fn)
	}
	if len(sc.triedAt) < int(l.mentionBase[len(l.mentionBase)-1]) {
		sc.triedAt, sc.cueTexts = make([]uint32, l.mentionBase[len(l.mentionBase)-1]), 0
	}
	if sc.cueTexts++; sc.cueTexts == 0 { // counted from 1 over the texts a scratch reads
		clear(sc.triedAt)
		sc.cueTexts = 1
	}
	mt := &sc.mentions
	mt.Reset(text)
	if !rescan && text == seg.Text { // grouping found whether it holds K or ſ as it counted its words
		if folds, known := sc.group.FoldsToASCII(si); known {
			mt.KnowFolds(folds)
		}
	}
	// visit adds the cues of hit h; rest are the hits of text from h on, when they are kept.
	visit := func(h hit, rest []hit) {
		for _, t := range l.cueTargets.of(h.id) {
			switch t.kind {
			case targetCue:
				c := &l.pack.Kinds[t.rule]
				sp := rules.Span{Start: int(h.start), End: l.hitEnd(h)}
				if wordBounded(text, sp.Start, sp.End) && !insideCTA(seg, rules.Match{Start: sp.Start, End: sp.End}) {
					found = append(found, cueHit{[3]int32{t.rule, int32(t.kind), t.token}, c.Tokens[t.token], sp})
				}
			case targetMention:
				at := &sc.triedAt[l.mentionBase[t.rule]+t.token]
				if *at == sc.cueTexts {
					continue
				}
				*at = sc.cueTexts
				mn := &l.pack.Kinds[t.rule].Mentions[t.token]
				if sp, ok := findMention(mt, mn, text, rest, h.id); ok && !insideCTA(seg, rules.Match{Start: sp.Start, End: sp.End}) {
					found = append(found, cueHit{[3]int32{t.rule, int32(t.kind), t.token}, mn.Text, sp})
				}
			}
		}
	}
	if len(text) > longSegment {
		each(func(h hit) { visit(h, nil) })
		return text, found
	}
	// The hits of a text that is not long with kind targets, in a slice, so that a mention is
	// tried from its keyword's first hit on without going over the hits before it again.
	kept := sc.cueHits[:0]
	each(func(h hit) {
		if l.cueTargets.start[h.id] < l.cueTargets.start[h.id+1] {
			kept = append(kept, h)
		}
	})
	sc.cueHits = kept
	for hi, h := range kept {
		visit(h, kept[hi:])
	}
	return text, found
}

// findMention returns where mention mn first occurs in the text mt holds, trying it only
// where hits (the keyword hits of the text from the first of its keyword, id, on) say the
// keyword begins, when it can be tried so; with no hits (a long text, whose hits are not kept)
// it searches the text.
func findMention(mt *rules.MentionText, mn *rules.Mention, text string, hits []hit, id int32) (rules.Span, bool) {
	if hits == nil || !mt.Anchored(mn) {
		return mn.Find(text)
	}
	for _, h := range hits {
		// An anchored mention's expression begins with \b and its keyword with an ASCII word
		// byte: where an ASCII word byte comes before the hit, FindAt would find nothing.
		if h.id == id && (h.start == 0 || !asciiWordByte(text[h.start-1])) {
			if sp, ok := mt.FindAt(mn, int(h.start)); ok {
				return sp, true
			}
		}
	}
	return rules.Span{}, false
}

// asciiWordByte reports whether c is a word byte of \b in an expression: an ASCII letter, a
// digit or '_'.
func asciiWordByte(c byte) bool { return c < utf8.RuneSelf && textseg.IsWordByte(c) }

// within reports whether span sp overlaps one of spans.
func within(spans []rules.Span, sp rules.Span) bool {
	for _, s := range spans {
		if sp.Start < s.End && s.Start < sp.End {
			return true
		}
	}
	return false
}

// keyEvidence adds the cue words found in a key or path: first[ci] is the index of the first
// key word of cue ci found there, or -1 (see cuekeys.Index.First). With confirm set, a cue
// counts only for a kind confirm says the text has evidence for; otherwise it is recorded as
// not confirmed. Counter-evidence in a key is weighed per segment.
func (l *Linter) keyEvidence(first []int32, where string, confirm []bool, inf *inference) {
	for ci, j := range first { // nil: no cue
		c := &l.pack.Kinds[ci]
		if j < 0 || c.Kind == rules.Other {
			continue
		}
		e := message.Evidence{Kind: c.Kind, Where: where, Cue: c.Keys[j]}
		if confirm == nil || confirm[ci] {
			e.Points = keyPoints
			inf.points[ci] += keyPoints
			inf.scored = true
			inf.fromKey[ci] = true
		} else {
			e.Note = "the text does not confirm it"
		}
		inf.add(e, [3]int32{int32(ci), keySlot, int32(len(where))}) // "key" and "path" differ in length
	}
}

func wordBounded(s string, start, end int) bool {
	if start > 0 && textseg.IsWordByte(s[start]) && wordRune(utf8.DecodeLastRuneInString(s[:start])) {
		return false
	}
	return end >= len(s) || !textseg.IsWordByte(s[end-1]) || !wordRune(utf8.DecodeRuneInString(s[end:]))
}

// wordRune reports whether r, a rune next to a match, continues its word: a letter, a digit or
// '_' ("¿" and "¡" before a Spanish phrase do not).
func wordRune(r rune, _ int) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }
