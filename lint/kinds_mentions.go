package lint

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/farewell-protocol/farewell/rules"
)

// mentionText is what the mentions tried in one text share: whether they can be tried only
// where their keywords begin (rules.FoldsToASCII), the text with its ASCII letters lowered
// for their guards, and where the sentences of the places tried end (rules.SentenceEnd), each
// found once for the text rather than once for each mention: a keyword such as "account"
// begins a dozen mentions.
type mentionText struct {
	text  string
	folds int8 // 0: not yet known; 1: rules.FoldsToASCII(text) does not hold; 2: it holds
	lower []byte
	// terms are the offsets of the '.', '!' and '?' of text[:upto], in order (see sentenceEnd).
	terms []int32
	upto  int
}

// mentionText returns the scratch's mentionText, emptied, for text.
func (sc *scratch) mentionText(text string) *mentionText {
	mt := &sc.mentions
	if cap(mt.lower) > maxKeptLower {
		mt.lower = nil // a long text's room is not kept
	}
	if cap(mt.terms) > maxKeptLower {
		mt.terms = nil
	}
	mt.text, mt.folds, mt.lower, mt.terms, mt.upto = text, 0, mt.lower[:0], mt.terms[:0], 0
	return mt
}

// maxKeptLower is the most room for a lowered text, or for the ends of its sentences, a
// scratch keeps between texts.
const maxKeptLower = 1 << 12

// find returns where mention mn first occurs in the text, trying it only where hits (the
// keyword hits of the text from the first of its keyword, id, on) say the keyword begins,
// when it can be tried so; with no hits (a long text, whose hits are not kept) it searches
// the text.
func (mt *mentionText) find(mn *rules.Mention, hits []hit, id int32) (rules.Span, bool) {
	if hits == nil {
		return mn.Find(mt.text)
	}
	if mt.folds == 0 {
		mt.folds = 1
		if rules.FoldsToASCII(mt.text) {
			mt.folds = 2
		}
	}
	if mt.folds != 1 || !mn.CanAnchor() {
		return mn.Find(mt.text)
	}
	for _, h := range hits {
		if h.id == id {
			if sp, ok := mn.FindAtLower(mt.text, mt.lowered(), int(h.start), mt.sentenceEnd(int(h.start))); ok {
				return sp, true
			}
		}
	}
	return rules.Span{}, false
}

// lowered returns the text with its ASCII letters lowered, made the first time it is asked
// for. It is read only while the text's mentions are tried: its bytes are the scratch's.
func (mt *mentionText) lowered() string {
	if len(mt.lower) == 0 {
		b := append(mt.lower[:0], mt.text...)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		mt.lower = b
	}
	return unsafe.String(unsafe.SliceData(mt.lower), len(mt.lower))
}

// sentenceEnd returns rules.SentenceEnd of the text at at. The text's '.', '!' and '?' are
// found once, as far as the places asked about need.
func (mt *mentionText) sentenceEnd(at int) int {
	if i, _ := slices.BinarySearch(mt.terms, int32(at)); i < len(mt.terms) {
		return int(mt.terms[i]) // the first at or after at: terms holds every one before upto
	}
	for mt.upto < len(mt.text) {
		e := strings.IndexAny(mt.text[mt.upto:], ".!?")
		if e < 0 {
			mt.upto = len(mt.text)
			break
		}
		p := mt.upto + e
		mt.terms, mt.upto = append(mt.terms, int32(p)), p+1
		if p >= at {
			return p
		}
	}
	return len(mt.text)
}
