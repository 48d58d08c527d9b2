package message

import (
	"github.com/farewell-protocol/farewell/internal/strtab"
)

// keyInfos remembers what catalogIDs derives from a catalog key alone (with no key depth
// configured): the key's message id (CatalogMessageID), whether role words were taken off it
// (stemmedByRole), and what mergeAdjacent asks about an id (see idFacts). Translations of one
// catalog share their keys, so a key met again in the next document is looked up rather than
// split into words again. Keys and ids are copied into one strtab.Table, which the collector
// does not scan key by key, and numbered there: a key's id is a number too, so that the ids of
// a document are told apart without a map. The table starts over, between documents only,
// once it holds maxKeyInfos strings.
type keyInfos struct {
	keys strtab.Table
	info []keyInfo // by the string's number in keys
	// other holds the ids that are not numbered in keys (see keyInfo.id).
	other []string
	// era counts the times the table started over; segs holds, by segment of the document
	// being grouped, the number of its key in keys, or -1, and valid says whether segs holds
	// the numbers of the document being grouped.
	era   uint64
	segs  []int32
	valid bool
}

// keyInfo is what keyInfos remembers of a string of its table. For a string met as a key
// (derived), id is the number of its message id in the table, or -(i+1) for other[i], an id
// the table does not number (see inTable). For a string met as an id, facts, once known.
type keyInfo struct {
	id      int32
	derived bool
	stemmed bool
	title   bool // see titleKey
	facts   idFacts
}

// idFacts are what mergeAdjacent asks about an id (see factsOf), kept without the id.
type idFacts struct {
	last                   int32 // where its last word begins, or -1 when it has none
	state, flat, two, know bool  // know: the facts are found
}

// maxKeyInfos is the most strings a GroupScratch remembers from one document to the next:
// more are the keys of unrelated catalogs, and it starts over.
const maxKeyInfos = 1 << 12

// bigKeyInfos is the most strings the table may keep after a document: one catalog of more
// keys leaves none behind.
const bigKeyInfos = 4 * maxKeyInfos

// start begins a document: the table starts over when it is full, so that one document's
// numbers are all of one era.
func (x *keyInfos) start() {
	if x.keys.Len() >= maxKeyInfos {
		x.reset()
	}
}

// reset empties the table.
func (x *keyInfos) reset() {
	x.keys.Reset()
	x.info, x.other = x.info[:0], nil
	x.era++
}

// inTable reports whether an id is numbered in the table: every id but the empty one and
// source texts (see IsSourceKey), which are the keys of gettext catalogs, each its own id,
// numbered by a map for the document alone.
func inTable(id string) bool { return id != "" && !IsSourceKey(id) }

// number returns the number of s in the table, which it adds when it must.
func (x *keyInfos) number(s string) int32 {
	n, ok := x.keys.Find(s)
	if !ok {
		n = x.keys.Add(s) // a copy: the scratch outlives the document, and keeps none of its bytes
		x.info = append(x.info, keyInfo{})
	}
	return n
}

// keyInfoOf returns the message id of catalog key k (CatalogMessageID with depth 0), its
// number in the table or -1 (see inTable), whether role words were taken off k
// (stemmedByRole), and k's number, found once for each key the table holds. The id is a copy
// of k's bytes, never a slice of the document's.
func (sc *GroupScratch) keyInfoOf(k string) (id string, idNum int32, stemmed bool, n int32) {
	n, ok := sc.keys.keys.Find(k)
	return sc.keys.infoOf(k, n, ok)
}

// infoOf is keyInfoOf for a key that Find numbered n, if ok.
func (x *keyInfos) infoOf(k string, n int32, ok bool) (id string, idNum int32, stemmed bool, _ int32) {
	if !ok {
		n = x.keys.Add(k) // a copy: the scratch outlives the document, and keeps none of its bytes
		x.info = append(x.info, keyInfo{})
	}
	if !x.info[n].derived {
		k := x.keys.String(n)
		id, stemmed := deriveKeyInfo(k)
		ki := keyInfo{derived: true, stemmed: stemmed, title: titleKey(k), facts: x.info[n].facts}
		switch {
		case id == k:
			ki.id = n
		case inTable(id):
			ki.id = x.number(id)
		default:
			ki.id = -int32(len(x.other)) - 1
			x.other = append(x.other, id)
		}
		x.info[n] = ki
	}
	ki := x.info[n]
	if ki.id < 0 {
		return x.other[-ki.id-1], -1, ki.stemmed, n
	}
	return x.keys.String(ki.id), ki.id, ki.stemmed, n
}

// knownKey returns the number of k when the table holds it as a key (see keyInfoOf), which
// tells that k is no source text without reading it; else what Find said.
func (x *keyInfos) knownKey(k string) (n int32, found, known bool) {
	n, found = x.keys.Find(k)
	return n, found, found && x.info[n].derived
}

// factsOfNum returns the facts of the id the table numbers n, found once.
func (x *keyInfos) factsOfNum(n int32) idFacts {
	if f := x.info[n].facts; f.know {
		return f
	}
	f := compactFacts(factsOf(x.keys.String(n)))
	x.info[n].facts = f
	return f
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
