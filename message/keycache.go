package message

import (
	"strings"

	"github.com/farewell-protocol/farewell/internal/strtab"
)

// keyInfos remembers what catalogIDs derives from a catalog key alone (with no key depth
// configured): the key's message id (CatalogMessageID) and whether role words were taken off
// it (stemmedByRole). Translations of one catalog share their keys, so a key met again in the
// next document is looked up rather than split into words again. The keys are copied into a
// strtab.Table, which the collector does not scan key by key; the table starts over when it
// holds maxKeyInfos keys.
type keyInfos struct {
	keys strtab.Table
	info []keyInfo // by the key's number in keys
	// other holds the ids that are not a prefix of their key (see keyInfo.other).
	other []string
	// era counts the times the table started over; segs holds, by segment of the document
	// being grouped, the number of its key in keys, or -1, and valid says whether segs holds
	// the numbers of the document being grouped, all of one era.
	era   uint64
	segs  []int32
	valid bool
}

// keyInfo is what keyInfos remembers of a key: its id is the key's first idLen bytes, or
// other[other] when other is not -1.
type keyInfo struct {
	idLen, other int32
	stemmed      bool
	title        bool // see titleKey
}

// maxKeyInfos is the most keys a GroupScratch remembers: more are the keys of unrelated
// catalogs, and it starts over.
const maxKeyInfos = 1 << 12

// keyInfoOf returns the message id of catalog key k (CatalogMessageID with depth 0) and
// whether role words were taken off it (stemmedByRole), found once for each key the scratch
// holds. The id is a copy of k's bytes, never a slice of the document's.
func (sc *GroupScratch) keyInfoOf(k string) (string, bool, int32) {
	x := &sc.keys
	n, ok := x.keys.Find(k)
	if !ok {
		if x.keys.Len() >= maxKeyInfos {
			x.keys.Reset()
			x.info, x.other = x.info[:0], nil
			x.era++
		}
		n = x.keys.Add(k)
		k = x.keys.String(n) // the scratch outlives the document: it keeps none of its bytes
		id, stemmed := deriveKeyInfo(k)
		ki := keyInfo{idLen: int32(len(id)), other: -1, stemmed: stemmed, title: titleKey(k)}
		if !strings.HasPrefix(k, id) {
			ki.other = int32(len(x.other))
			x.other = append(x.other, strings.Clone(id))
		}
		x.info = append(x.info, ki)
	}
	ki := x.info[n]
	if ki.other >= 0 {
		return x.other[ki.other], ki.stemmed, n
	}
	return x.keys.String(n)[:ki.idLen], ki.stemmed, n
}

// KeyNumber returns the number the scratch gave the key of segment si of the catalog being
// grouped, if it numbered it (a key with no depth configured that is not a source text):
// while KeyEra returns the same, one number is one key, in this document and in the next
// grouped with the scratch, so that Grouping.Infer can remember what it derives from a key
// by its number rather than by the string. It answers during Group only.
func (sc *GroupScratch) KeyNumber(si int) (int32, bool) {
	x := &sc.keys
	if !x.valid || si >= len(x.segs) || x.segs[si] < 0 {
		return 0, false
	}
	return x.segs[si], true
}

// KeyEra returns what changes whenever the scratch forgets the keys it numbered (see
// KeyNumber).
func (sc *GroupScratch) KeyEra() uint64 { return sc.keys.era }

// deriveKeyInfo finds the message id of k and whether role words were taken off it.
func deriveKeyInfo(k string) (string, bool) {
	if isPlainFlatKey(k) {
		// CatalogMessageID is the key's stem and stemmedByRole whether it has one: the stem
		// is found once for both.
		if stem, ok := roleStem(k); ok {
			return stem, true
		}
		return k, false
	}
	return CatalogMessageID(k, 0), stemmedByRole(k)
}
