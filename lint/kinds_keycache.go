package lint

import (
	"unsafe"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/cuekeys"
	"github.com/farewell-protocol/farewell/internal/strtab"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// cueKeyIndex finds the kind cues' key words in a key's or a path's words.
type cueKeyIndex = cuekeys.Index

// newCueKeyIndex indexes the key words of each cue, as cueKeys gives them.
func newCueKeyIndex(keys [][]string) *cueKeyIndex { return cuekeys.New(keys) }

// cueKeys returns each kind cue's key words (see cuekeys.Of).
func cueKeys(cues []rules.KindCue) [][]string { return cuekeys.Of(cues) }

// keyCueCache remembers the cue key words of catalog keys and message ids (see keyCues) from
// document to document: translations of one catalog share their keys, and a key met again is
// looked up rather than split into words and scanned again: the key of a segment by the
// number the group scratch gave it (see message.GroupScratch.KeyNumber), other keys and ids
// by the string, copied into a strtab.Table, which the collector does not scan key by key.
type keyCueCache struct {
	keys strtab.Table
	// at holds, by the key's number in keys, where its cues begin in first, or -1 when it
	// holds none.
	at []int32
	// first holds the cues of the keys that hold one, len(pack.Kinds) for each.
	first []int32
	// byNum holds, by the number a message.GroupScratch gave a key (of era era), where its
	// cues begin in first, -1 when it holds none, or -2 when they are not found yet.
	byNum []int32
	// idNum holds, by the number a message.GroupScratch gave a key (as byNum), the number in
	// keys plus one of the id of the message that key began last, or 0: a message's id is
	// most often its first key's stem, met again with the key, and a comparison with the id
	// remembered spares a look-up by the string.
	idNum []int32
	era   uint64
}

// maxKeyCues is the most keys a keyCueCache remembers: more are the keys of unrelated
// catalogs, and it starts over.
const maxKeyCues = 1 << 12

// lookup returns the cues of key (see keyCues) and its number in keys if the cache holds
// them.
func (c *keyCueCache) lookup(key string, n int) (first []int32, has bool, k int32, ok bool) {
	k, ok = c.keys.Find(key)
	if !ok {
		return nil, false, 0, false
	}
	first, has = c.cues(k, n)
	return first, has, k, true
}

// cues returns the cues of key k of keys, for a pack of n kind cues.
func (c *keyCueCache) cues(k int32, n int) ([]int32, bool) {
	if c.at[k] < 0 {
		return nil, false
	}
	at := int(c.at[k])
	return c.first[at : at+n : at+n], true
}

// store remembers the cues of key, which the cache does not hold, and returns its number in
// keys; first is not kept.
func (c *keyCueCache) store(key string, first []int32, has bool) int32 {
	if c.keys.Len() >= maxKeyCues {
		// The old slices of first stay as they are for callers that hold them; byNum's
		// offsets into it, and idNum's numbers of keys, are forgotten with it.
		c.keys.Reset()
		c.at, c.first, c.byNum = c.at[:0], nil, c.byNum[:0]
		clear(c.idNum)
	}
	k := c.keys.Add(key) // a copy: the scratch outlives the document, and keeps none of its bytes
	if !has {
		c.at = append(c.at, -1)
		return k
	}
	c.at = append(c.at, int32(len(c.first)))
	c.first = append(c.first, first...)
	return k
}

// segKeyCues is keyCues for key, the key of segment si of the catalog being grouped: found by
// the number the group scratch gave the key when it did, which spares a look-up by the
// string.
func (l *Linter) segKeyCues(si int, key string, sc *scratch) []int32 {
	n, ok := sc.group.KeyNumber(si)
	if !ok {
		return l.keyCues(key, sc)
	}
	c := &sc.keyCache
	c.settle(sc.group.KeyEra())
	for int(n) >= len(c.byNum) {
		c.byNum = append(c.byNum, -2)
	}
	at := c.byNum[n]
	if at == -2 {
		first, has := l.findKeyCues(key, sc)
		at = -1
		if has {
			at = int32(len(c.first))
			c.first = append(c.first, first...)
		}
		c.byNum[n] = at
	}
	sc.key, sc.keyAny = key, at >= 0
	if at < 0 {
		sc.keyFirst = nil
		return nil
	}
	k := len(l.pack.Kinds)
	sc.keyFirst = c.first[at : int(at)+k : int(at)+k]
	return sc.keyFirst
}

// settle makes the cache's numbers of keys those of a group scratch's era era (see
// message.GroupScratch.KeyEra): those of another era are forgotten.
func (c *keyCueCache) settle(era uint64) {
	if c.era != era {
		// The old slices of first stay as they are for callers that hold them.
		c.era, c.byNum, c.first = era, c.byNum[:0], nil
		c.keys.Reset()
		c.at = c.at[:0]
		clear(c.idNum)
	}
}

// findKeyCues finds the cues of key (see keyCues) in the scratch's buffers: the slice it
// returns is written again by the next call.
func (l *Linter) findKeyCues(key string, sc *scratch) ([]int32, bool) {
	sc.keyWords = cuekeys.AppendWords(sc.keyWords[:0], key)
	// Audited: the string is read only by first, before sc.keyWords is written again.
	words := unsafe.String(unsafe.SliceData(sc.keyWords), len(sc.keyWords)) //nolint:gosec // see above
	var has bool
	sc.keyBuf, has = l.cueKeys.First(words, sc.keyBuf)
	return sc.keyBuf, has
}

// keyCues returns, by cue, the index of the first of its key words in the words of a catalog
// key (see cuekeys.Index.First). The last key's are kept, and every key's in the scratch's
// keyCueCache: a message's id is often the key of the string looked at last, and the keys of
// a catalog's translations are the same. The key's words are written in the scratch's buffer,
// read as a string only while the key is searched: no string is made for each key. It returns
// nil when the key's words hold none. The slice it returns must not be written.
func (l *Linter) keyCues(key string, sc *scratch) []int32 {
	if sc.key != key || sc.key == "" {
		first, has, _ := l.cachedKeyCues(key, sc)
		sc.key, sc.keyFirst, sc.keyAny = key, first, has
	}
	if !sc.keyAny {
		return nil
	}
	return sc.keyFirst
}

// cachedKeyCues returns the cues of key from the scratch's keyCueCache, found and stored
// there if it does not hold them, whether it holds one, and the key's number there.
func (l *Linter) cachedKeyCues(key string, sc *scratch) ([]int32, bool, int32) {
	first, has, k, ok := sc.keyCache.lookup(key, len(l.pack.Kinds))
	if !ok {
		first, has = l.findKeyCues(key, sc)
		k = sc.keyCache.store(key, first, has)
	}
	return first, has, k
}

// messageKeyCues is keyCues for the id of catalog message m: by its first segment's key number
// when the id is that key (as most are), which spares a look-up by the string, and otherwise,
// when the message's first key is numbered, by the id remembered for that number if m's id is
// the same.
func (l *Linter) messageKeyCues(doc *document.Document, m *message.Message, sc *scratch) []int32 {
	if len(m.Segments) == 0 {
		return l.keyCues(m.ID, sc)
	}
	si := m.Segments[0]
	if doc.Segments[si].Key == m.ID {
		return l.segKeyCues(si, m.ID, sc)
	}
	n, ok := sc.group.KeyNumber(si)
	if !ok {
		return l.keyCues(m.ID, sc)
	}
	c := &sc.keyCache
	c.settle(sc.group.KeyEra())
	for int(n) >= len(c.idNum) {
		c.idNum = append(c.idNum, 0)
	}
	var first []int32
	var has bool
	if k := c.idNum[n] - 1; k >= 0 && c.keys.String(k) == m.ID {
		first, has = c.cues(k, len(l.pack.Kinds))
	} else {
		first, has, k = l.cachedKeyCues(m.ID, sc)
		c.idNum[n] = k + 1
	}
	sc.key, sc.keyFirst, sc.keyAny = m.ID, first, has
	if !has {
		return nil
	}
	return first
}
