package rules

import (
	"slices"
	"unsafe"

	"github.com/farewell-protocol/farewell/internal/swar"
)

// MentionText is a text in which many mentions are tried where their keywords begin: whether
// they can be tried so (FoldsToASCII), the text with its ASCII letters lowered for their
// guards, and where the sentences of the places tried end are found once for the text rather
// than once for each mention (a keyword such as "account" begins a dozen of them), each only
// when first needed. The zero value is an empty text; Reset makes it another, keeping its
// buffers.
type MentionText struct {
	text  string
	folds int8   // 0: not yet known; 1: FoldsToASCII(text) does not hold; 2: it holds
	lower []byte // text[:len(lower)] with its ASCII letters lowered (see lowered)
	// terms are the offsets of the '.', '!' and '?' of text[:upto], in order (see sentenceEnd).
	terms []int32
	upto  int
}

// maxKeptMentionRoom is the most room for a lowered text, or for the ends of its sentences, a
// MentionText keeps from one text to the next.
const maxKeptMentionRoom = 1 << 12

// Reset makes t the text s.
func (t *MentionText) Reset(s string) {
	if cap(t.lower) > maxKeptMentionRoom {
		t.lower = nil
	}
	if cap(t.terms) > maxKeptMentionRoom {
		t.terms = nil
	}
	t.text, t.folds, t.lower, t.terms, t.upto = s, 0, t.lower[:0], t.terms[:0], 0
}

// KnowFolds tells t whether FoldsToASCII holds of its text, as its caller found it: Anchored
// then does not look the text over for it. Call it after Reset, with what FoldsToASCII says.
func (t *MentionText) KnowFolds(folds bool) {
	t.folds = 1
	if folds {
		t.folds = 2
	}
}

// Anchored reports whether m.Anchored holds in the text.
func (t *MentionText) Anchored(m *Mention) bool {
	if t.folds == 0 {
		t.folds = 1
		if FoldsToASCII(t.text) {
			t.folds = 2
		}
	}
	return t.folds == 1 && m.CanAnchor()
}

// FindAt is m.FindAt on the text: at must be where m's keyword occurs, and Anchored(m) must
// hold.
func (t *MentionText) FindAt(m *Mention, at int) (Span, bool) {
	if lit := m.re.literal; lit != nil && len(lit.parts) == 1 {
		// Its words are compared: no sentence end or lowered text to find.
		return m.findAtLower(t.text, "", at, len(t.text))
	}
	end := t.sentenceEnd(at)
	if m.re.crossesSentences {
		end = len(t.text)
	}
	return m.findAtLower(t.text, t.lowered(end), at, end)
}

// lowered returns the text with its ASCII letters lowered up to end at least, lowered as far
// as the places tried so far needed (most texts are tried at a keyword or two, in their first
// sentences). It is read only while the text's mentions are tried: its bytes are t's, and
// lowering more of the text leaves those of the strings it returned before as they were.
func (t *MentionText) lowered(end int) string {
	if n := len(t.lower); n < end {
		t.lower = swar.AppendLower(t.lower, t.text[n:end])
	}
	// Audited: the string is read only while the mentions are tried, and t.lower's bytes up
	// to its length are not written before the text changes.
	return unsafe.String(unsafe.SliceData(t.lower), len(t.lower)) //nolint:gosec // see above
}

// sentenceEnd returns sentenceEnd(text, at), the text's '.', '!' and '?' found once, as far
// as the places asked about need.
func (t *MentionText) sentenceEnd(at int) int {
	if i, _ := slices.BinarySearch(t.terms, int32(at)); i < len(t.terms) {
		return int(t.terms[i]) // the first at or after at: terms holds every one before upto
	}
	for t.upto < len(t.text) {
		e := swar.IndexAny3(t.text[t.upto:], '.', '!', '?')
		if e < 0 {
			t.upto = len(t.text)
			break
		}
		p := t.upto + e
		t.terms, t.upto = append(t.terms, int32(p)), p+1
		if p >= at {
			return p
		}
	}
	return len(t.text)
}
