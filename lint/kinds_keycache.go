package lint

import (
	"unsafe"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/internal/strtab"
	"github.com/farewell-protocol/farewell/message"
)

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
	era   uint64
}

// maxKeyCues is the most keys a keyCueCache remembers: more are the keys of unrelated
// catalogs, and it starts over.
const maxKeyCues = 1 << 12

// lookup returns the cues of key (see keyCues) if the cache holds them.
func (c *keyCueCache) lookup(key string, n int) (first []int32, has, ok bool) {
	k, ok := c.keys.Find(key)
	switch {
	case !ok:
		return nil, false, false
	case c.at[k] < 0:
		return nil, false, true
	}
	at := int(c.at[k])
	return c.first[at : at+n : at+n], true, true
}

// store remembers the cues of key, which the cache does not hold; first is not kept.
func (c *keyCueCache) store(key string, first []int32, has bool) {
	if c.keys.Len() >= maxKeyCues {
		// The old slices of first stay as they are for callers that hold them; byNum's
		// offsets into it are forgotten with it.
		c.keys.Reset()
		c.at, c.first, c.byNum = c.at[:0], nil, c.byNum[:0]
	}
	c.keys.Add(key) // a copy: the scratch outlives the document, and keeps none of its bytes
	if !has {
		c.at = append(c.at, -1)
		return
	}
	c.at = append(c.at, int32(len(c.first)))
	c.first = append(c.first, first...)
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
	if era := sc.group.KeyEra(); c.era != era {
		// The old slices of first stay as they are for callers that hold them.
		c.era, c.byNum, c.first = era, c.byNum[:0], nil
		c.keys.Reset()
		c.at = c.at[:0]
	}
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

// findKeyCues finds the cues of key (see keyCues) in the scratch's buffers: the slice it
// returns is written again by the next call.
func (l *Linter) findKeyCues(key string, sc *scratch) ([]int32, bool) {
	sc.keyWords = appendKeyWords(sc.keyWords[:0], key)
	// Audited: the string is read only by first, before sc.keyWords is written again.
	words := unsafe.String(unsafe.SliceData(sc.keyWords), len(sc.keyWords)) //nolint:gosec // see above
	var has bool
	sc.keyBuf, has = l.cueKeys.first(words, sc.keyBuf)
	return sc.keyBuf, has
}

// keyCues returns, by cue, the index of the first of its key words in the words of a catalog
// key (see cueKeyIndex.first). The last key's are kept, and every key's in the scratch's
// keyCueCache: a message's id is often the key of the string looked at last, and the keys of
// a catalog's translations are the same. The key's words are written in the scratch's buffer,
// read as a string only while the key is searched: no string is made for each key. It returns
// nil when the key's words hold none. The slice it returns must not be written.
func (l *Linter) keyCues(key string, sc *scratch) []int32 {
	if sc.key != key || sc.key == "" {
		first, has, ok := sc.keyCache.lookup(key, len(l.pack.Kinds))
		if !ok {
			first, has = l.findKeyCues(key, sc)
			sc.keyCache.store(key, first, has)
		}
		sc.key, sc.keyFirst, sc.keyAny = key, first, has
	}
	if !sc.keyAny {
		return nil
	}
	return sc.keyFirst
}

// messageKeyCues is keyCues for the id of catalog message m: by its first segment's key number
// when the id is that key (as most are), which spares a look-up by the string.
func (l *Linter) messageKeyCues(doc *document.Document, m *message.Message, sc *scratch) []int32 {
	if len(m.Segments) > 0 && doc.Segments[m.Segments[0]].Key == m.ID {
		return l.segKeyCues(m.Segments[0], m.ID, sc)
	}
	return l.keyCues(m.ID, sc)
}
