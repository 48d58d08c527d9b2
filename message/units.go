package message

import (
	"path"
	"sort"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/rules"
)

// labelCatalog applies each label in a catalog to the message of the first string after it.
func labelCatalog(doc *document.Document, msgs []Message) error {
	for li := range doc.Labels {
		label := &doc.Labels[li]
		for si := range doc.Segments {
			if start, _ := doc.Segments[si].SourceRange(0, 0); start >= label.Offset {
				if m := &msgs[doc.Segments[si].Message]; m.KindSource == "" {
					if err := applyLabel(doc, m, label); err != nil {
						return err
					}
				}
				break
			}
		}
	}
	return nil
}

// keyKind returns the kind a configured key pattern gives a catalog message: the first
// pattern that matches its id or the key of one of its strings.
func keyKind(doc *document.Document, m *Message, catalog bool, g *Grouping) (rules.MessageKind, bool) {
	if g.KeyKind == nil || !catalog {
		return "", false
	}
	if k, ok := g.KeyKind(m.ID); ok {
		return k, true
	}
	for _, si := range m.Segments {
		if key := doc.Segments[si].Key; key != "" {
			if k, ok := g.KeyKind(key); ok {
				return k, true
			}
		}
	}
	return "", false
}

// MaxMessageStrings is the most strings a catalog message grouped by parent key may have: a
// dialog's title, body, items, buttons and footnotes. A larger group is a section of the
// catalog (a settings screen, every string of a page), and its strings group by their own keys,
// role words taken off (see CatalogMessageID).
const MaxMessageStrings = 16

// catalogIDs names the message of each segment of a catalog: by its key (CatalogMessageID),
// adjacent messages that extend one another joined (see mergeAdjacent) unless that makes a
// group larger than MaxMessageStrings, and the strings of a group that is larger by itself by
// their own keys; with a key depth configured, by key alone. A segment without a key gets "".
// With no key depth and every string keyed, it also numbers the ids: nums[i] is the number of
// ids[i], the same for the same id, below n, which spares Group a map of its own.
//
// sc holds its buffers, which hold the ids it returns: the caller releases them (see
// GroupScratch.release) when it is done with them.
func catalogIDs(doc *document.Document, depth int, sc *GroupScratch) (ids []string, nums []int32, n int) {
	ids = names(&sc.ids, len(doc.Segments))
	if sc.dialog == nil {
		sc.dialog = map[string]bool{}
	}
	dialog := sc.dialog // ids that are the stem of a key naming a part of a message
	keyed := true
	x := &sc.keys
	era := x.era
	x.segs = append(x.segs[:0], make([]int32, len(doc.Segments))...)
	for i := range doc.Segments {
		x.segs[i] = -1
		k := doc.Segments[i].Key
		switch {
		case k == "":
			keyed = false
		case depth == 0 && IsSourceKey(k):
			ids[i] = singularField(k) // CatalogMessageID; no role words are taken off
		case depth == 0:
			var stemmed bool
			if ids[i], stemmed, x.segs[i] = sc.keyInfoOf(k); stemmed {
				dialog[ids[i]] = true
			}
		default:
			ids[i] = CatalogMessageID(k, depth)
			if stemmedByRole(k) {
				dialog[ids[i]] = true
			}
		}
	}
	x.valid = x.era == era // the numbers of segs are all of one era
	if depth != 0 {
		return ids, nil, 0
	}
	merged := names(&sc.merged, len(ids))
	copy(merged, ids)
	if sc.root == nil {
		sc.root = map[string]string{}
	}
	mergeAdjacent(merged, dialog, sc.root)
	// How many strings each id has before merging, and after: the ids are numbered in one map,
	// as most are the same before and after, and each segment's two numbers kept, so that a
	// segment costs one map look-up, or none when it shares its id with the one before.
	// pairs holds, by segment, the numbers of its id before and after.
	size := sc.size[:0]
	if sc.num == nil {
		sc.num, sc.numHint = make(map[string]int32, len(ids)), len(ids)
	}
	num := sc.num
	defer func() { sc.size = size }()
	number := func(id string) int32 {
		n, ok := num[id]
		if !ok {
			n = int32(len(size))
			num[id] = n
			size = append(size, sizes{})
		}
		return n
	}
	if cap(sc.pairs) < len(ids) {
		sc.pairs = make([][2]int32, len(ids))
	}
	pairs := sc.pairs[:len(ids)] // each set below before it is read
	for i := range ids {
		switch {
		case i > 0 && ids[i] == ids[i-1] && merged[i] == merged[i-1]:
			pairs[i] = pairs[i-1]
		default:
			pairs[i][0] = number(ids[i])
			pairs[i][1] = pairs[i][0]
			if merged[i] != ids[i] {
				pairs[i][1] = number(merged[i])
			}
		}
		size[pairs[i][0]].before++
		size[pairs[i][1]].after++
	}
	if cap(sc.final) < len(ids) {
		sc.final = make([]int32, len(ids))
	}
	final := sc.final[:len(ids)] // each set below
	for i, id := range ids {
		final[i] = pairs[i][0]
		switch {
		case id == "":
			keyed = false
		case size[pairs[i][1]].after <= MaxMessageStrings:
			ids[i], final[i] = merged[i], pairs[i][1]
		case size[pairs[i][0]].before > MaxMessageStrings:
			ids[i] = keyStem(doc.Segments[i].Key)
			final[i] = number(ids[i])
		}
	}
	if !keyed {
		return ids, nil, 0 // Group names the strings without a key and numbers every id itself
	}
	return ids, final, len(size)
}

// messageID names the message of a segment of running text, and the label that opened it.
func messageID(doc *document.Document, seg *document.Segment) (string, *document.Label) {
	start, _ := seg.SourceRange(0, 0)
	var label *document.Label
	// The labels are in source order: the last one at or before the segment is a binary
	// search away, which keeps a catalog of many labelled strings linear.
	if i := sort.Search(len(doc.Labels), func(i int) bool { return doc.Labels[i].Offset > start }); i > 0 {
		label = &doc.Labels[i-1]
	}
	if label == nil {
		return path.Base(doc.Path), nil
	}
	if label.ID != "" {
		return label.ID, label
	}
	return path.Base(doc.Path) + "#" + itoa(label.Offset), label
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
