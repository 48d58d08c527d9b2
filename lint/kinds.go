package lint

import (
	"cmp"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/cuekeys"
	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// The weights of kind evidence (rules/builtin/kinds.yaml documents them).
const (
	// minCueWords is the fewest words a body text must have for its cues to count toward a
	// kind: shorter ones are labels and buttons.
	minCueWords = 4
	// tokenPoints is what a phrase saying the goodbye happens adds; mentionPoints what a
	// phrase naming its subject adds; headingBonus is added to either in a heading.
	tokenPoints, mentionPoints, headingBonus = 2, 1, 1
	// keyPoints is what a cue word in a catalog key or a file name adds, where it counts.
	keyPoints = 2
	// wordsPerPoint is how many words of sentences one point of evidence can speak for: a long
	// text (a licence, a readme) that mentions an ending in passing is no goodbye.
	wordsPerPoint = 150
)

// messages groups the document's segments into messages (see message.Group); where no label
// or configuration names a message's kind, the evidence the keyword automaton found infers it.
func (l *Linter) messages(doc *document.Document, fs *FileSettings, sc *scratch) ([]message.Message, error) {
	catalog := format.IsCatalog(doc.Format)
	return message.Group(doc, &message.Grouping{KeyDepth: fs.KeyDepth, Kind: fs.Kind, KeyKind: fs.KeyKind, Moment: fs.Moment,
		Moments: l.moments(), Scratch: &sc.group,
		Infer: func(m *message.Message) (rules.MessageKind, string, []message.Evidence) {
			k, source := l.inferKind(doc, m, catalog, sc)
			return k, source, sc.inf.evidence()
		}})
}

// keySlot marks, in an evidence key, a cue word of a key or path rather than a phrase.
const keySlot = -2

// inferKind weighs the evidence for each kind (see kinds.yaml): phrases and mentions in text
// that no counter-evidence voids, then cue words in the catalog key and the file name, which
// count only when the text agrees (or, for the name of a file that is one message, on their
// own). The kind with most points wins, ties going to the kind listed first, if it has a point
// for every wordsPerPoint words of sentences; with none the message is other. The evidence it
// weighed is left in sc.inf (see inference.evidence). catalog says whether doc is a catalog.
func (l *Linter) inferKind(doc *document.Document, m *message.Message, catalog bool, sc *scratch) (rules.MessageKind, string) {
	cues := l.pack.Kinds
	inf := sc.inference(len(cues))
	if len(cues) == 0 {
		return rules.Other, "default"
	}
	segs, counter, whole := l.counterEvidence(doc, m, catalog, inf, sc)
	if whole {
		return rules.Other, counter
	}
	for i := range segs {
		l.textEvidence(&segs[i], inf)
	}
	text := inf.none // most messages have no point
	if inf.scored {
		text = inf.text
		for ci := range cues {
			text[ci] = inf.points[ci] > 0
		}
	}
	if catalog && !message.IsSourceKey(m.ID) { // a key holding spaces is a source text
		l.keyEvidence(l.messageKeyCues(doc, m, sc), "key", text, inf)
	}
	if catalog {
		l.keyEvidence(l.pathKeys(doc.Path, sc), "path", text, inf)
	} else {
		l.keyEvidence(l.pathKeys(doc.Path, sc), "path", nil, inf)
	}
	best := -1
	for ci := 0; inf.scored && ci < len(cues); ci++ {
		if inf.points[ci] > 0 && (best < 0 || inf.points[ci] > inf.points[best]) {
			best = ci
		}
	}
	if need := m.BodyWords / wordsPerPoint; best >= 0 && inf.points[best] < need {
		inf.ev = append(inf.ev, message.Evidence{Kind: cues[best].Kind, Where: "text", Cue: "...",
			Note: fmt.Sprintf("%d points are too few for %d words", inf.points[best], m.BodyWords)})
		best = -1
	}
	if best >= 0 && catalog && 2*inf.segs[best] < len(m.Segments) && alternatives(doc, m) {
		inf.ev = append(inf.ev, message.Evidence{Kind: cues[best].Kind, Where: "text", Cue: "...",
			Note: fmt.Sprintf("in %d of %d alternative strings, none a title, body or button", inf.segs[best], len(m.Segments))})
		best = -1
	}
	switch {
	case best >= 0:
		source := "text"
		if inf.fromKey[best] {
			source = inf.keySource(cues[best].Kind)
		}
		return cues[best].Kind, source
	case counter != "":
		return rules.Other, counter
	}
	return rules.Other, "default"
}

// pathKeys returns, by cue, the index of the first of its key words in the words of a
// document's folder and file name (see cuekeys.Index.First), found once per document; nil when
// they hold none.
func (l *Linter) pathKeys(p string, sc *scratch) []int32 {
	if sc.pathFirst == nil || sc.path != p {
		name, _, _ := strings.Cut(path.Base(p), ".")
		words := cuekeys.Words(path.Base(path.Dir(p)) + " " + name)
		sc.pathFirst, sc.pathAny = l.cueKeys.First(words, sc.pathFirst)
		sc.path = p
	}
	if !sc.pathAny {
		return nil
	}
	return sc.pathFirst
}

// keySource says whether a key or a path cue counted for kind k.
func (inf *inference) keySource(k rules.MessageKind) string {
	for _, e := range inf.ev {
		if e.Kind == k && e.Points > 0 && (e.Where == "key" || e.Where == "path") {
			return e.Where
		}
	}
	return "text"
}

// segCues are the cues of one segment whose text can count: a heading, or a body text of
// minCueWords words or more (labels and buttons add nothing).
type segCues struct {
	where  string // "text" or "heading"
	text   string // the text the cues were found in
	found  []cueHit
	voided []rules.Span // sentences that hold counter-evidence
}

// counterEvidence finds the cues of the message's segments and records their
// counter-evidence, which voids the evidence around it: in a catalog every string of the key
// that holds it (an error toast is an error whatever else it says), elsewhere the sentence, or
// the whole message when it stands in a heading or the opening text (a subject line or first
// paragraph that says the message is a trial reminder). It returns the segments with cues that
// still count, where the first counter-evidence was found ("" for none), and whether it voids
// the whole message. A footer's counter-evidence voids only its sentence.
func (l *Linter) counterEvidence(doc *document.Document, m *message.Message, catalog bool, inf *inference, sc *scratch) ([]segCues, string, bool) {
	segs, keys := inf.cues[:0], inf.keys[:0]
	voidKey := &inf.void
	voidKey.Reset() // the keys are the file's: none stays reachable from the scratch
	counter, opening := "", true
	for _, si := range m.Segments {
		seg := &doc.Segments[si]
		heading := sc.group.IsHeading(doc, seg, si)
		if !heading && !hasCueWords(m, seg, si, sc) {
			continue
		}
		if _, numbered := sc.group.KeyNumber(si); numbered || catalog && seg.Key != "" && !message.IsSourceKey(seg.Key) {
			if ci, k := l.counterKey(si, seg.Key, sc); k != "" {
				inf.add(message.Evidence{Kind: rules.Other, Where: "key", Cue: k, Note: l.pack.Kinds[ci].Reason}, [3]int32{int32(ci), keySlot, 0})
				voidKey.Add(seg.Key)
				counter = cmp.Or(counter, "key")
				continue
			}
		}
		sg := segCues{where: "text"}
		if heading {
			sg.where = "heading"
		}
		sg.text, sg.found = inf.textCues(l, seg, si, sc, len(m.Segments))
		for _, c := range sg.found {
			cue := &l.pack.Kinds[c.key[0]]
			if cue.Kind != rules.Other {
				continue
			}
			inf.add(message.Evidence{Kind: rules.Other, Where: sg.where, Cue: c.cue, Note: cue.Reason}, c.key)
			counter = cmp.Or(counter, sg.where)
			switch {
			case catalog:
				voidKey.Add(seg.Key)
			case (sg.where == "heading" || opening) && !cue.Footer:
				inf.keep(segs, keys)
				return nil, sg.where, true
			}
		}
		if !catalog {
			sg.voided = l.voided(sg.text, sg.found, sg.voided)
		}
		opening = opening && sg.where == "heading"
		if len(sg.found) > 0 { // a segment with no cue adds nothing (most have none)
			segs, keys = append(segs, sg), append(keys, seg.Key)
		}
	}
	inf.keep(segs, keys)
	kept := segs[:0]
	for i, sg := range segs {
		if !catalog || !voidKey.Has(keys[i]) {
			kept = append(kept, sg)
		}
	}
	return kept, counter, false
}

// voided appends to dst the sentences of text that hold counter-evidence among found, the cues
// found there (the whole text for one in no sentence), and returns it: none when found holds
// no cue for a kind, which is all the voided sentences are read for (see textEvidence).
func (l *Linter) voided(text string, found []cueHit, dst []rules.Span) []rules.Span {
	if !slices.ContainsFunc(found, func(c cueHit) bool { return l.pack.Kinds[c.key[0]].Kind != rules.Other }) {
		return dst
	}
	for _, c := range found {
		if l.pack.Kinds[c.key[0]].Kind == rules.Other {
			s, ok := textseg.SentenceAt(text, c.span.Start)
			if !ok {
				s = rules.Span{Start: 0, End: len(text)}
			}
			dst = append(dst, s)
		}
	}
	return dst
}

// hasCueWords reports whether segment si of m has minCueWords words: m's word count says it
// for the only segment of a message, and grouping, which counted them, for others.
func hasCueWords(m *message.Message, seg *document.Segment, si int, sc *scratch) bool {
	if len(m.Segments) == 1 {
		return m.Words >= minCueWords
	}
	if has, known := sc.group.SentenceWords(si); known && minCueWords == message.MinSentenceWords {
		return has
	}
	return message.HasWords(seg.Text, minCueWords)
}

// textEvidence adds the evidence of one segment's cues outside its voided sentences; each
// phrase counts once per message, and a segment's mentions once per kind.
func (l *Linter) textEvidence(sg *segCues, inf *inference) {
	bonus := 0
	if sg.where == "heading" {
		bonus = headingBonus
	}
	mentioned, scored := map[int32]bool{}, map[int32]bool{}
	defer func() {
		for ci := range scored {
			inf.segs[ci]++
		}
	}()
	for _, c := range sg.found {
		cue := &l.pack.Kinds[c.key[0]]
		if cue.Kind == rules.Other || inf.has(c.key) || within(sg.voided, c.span) {
			continue
		}
		points := tokenPoints + bonus
		if c.key[1] == int32(targetMention) {
			if mentioned[c.key[0]] {
				continue
			}
			mentioned[c.key[0]] = true
			points = mentionPoints + bonus
		}
		inf.add(message.Evidence{Kind: cue.Kind, Where: sg.where, Cue: c.cue, Points: points}, c.key)
		inf.points[c.key[0]] += points
		inf.scored = true
		scored[c.key[0]] = true
	}
}

// alternatives reports whether a catalog message is a set of alternatives rather than one
// message: three keys or more, none of which names a part of a message or a title
// ("moderation_warning_action_silence", "…_suspend", "…_delete_statuses" are the states one
// notification shows). Goodbye cues in fewer than half of them make those strings states, not
// the set a goodbye.
func alternatives(doc *document.Document, m *message.Message) bool {
	keys := map[string]bool{}
	for _, si := range m.Segments {
		seg := &doc.Segments[si]
		if seg.Key == "" || message.IsSourceKey(seg.Key) || message.NamesPart(seg.Key) || message.IsHeading(doc, seg) {
			return false
		}
		keys[seg.Key] = true
	}
	return len(keys) >= 3 // the branches of one string (an ICU select) are one text
}
