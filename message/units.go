package message

import (
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
	if depth != 0 {
		for i := range doc.Segments {
			if k := doc.Segments[i].Key; k != "" {
				ids[i] = CatalogMessageID(k, depth)
			}
		}
		return ids, nil, 0
	}
	x, s := &sc.keys, &sc.locals
	x.start()
	s.start()
	x.segs = append(x.segs[:0], make([]int32, len(doc.Segments))...)
	// loc holds, by segment, the local of its id (see idSet), then the local of its message's.
	sc.loc = append(sc.loc[:0], make([]int32, len(doc.Segments))...)
	loc := sc.loc
	keyed := true
	for i := range doc.Segments {
		x.segs[i] = -1
		k := doc.Segments[i].Key
		switch {
		case i > 0 && k == doc.Segments[i-1].Key:
			ids[i], loc[i], x.segs[i] = ids[i-1], loc[i-1], x.segs[i-1] // a plural's forms
		case k == "":
			keyed = false
			loc[i] = s.ofName("")
		default:
			kn, found, known := x.knownKey(k) // a key of the table is no source text
			if !known && IsSourceKey(k) {
				ids[i] = singularField(k) // CatalogMessageID; no role words are taken off
				if ids[i] == k {
					loc[i] = s.ofName(k) // white space: not in the table (see inTable)
				} else {
					loc[i] = s.of(ids[i], x)
				}
				continue
			}
			var idNum int32
			var stemmed bool
			if ids[i], idNum, stemmed, x.segs[i] = x.infoOf(k, kn, found); idNum >= 0 {
				loc[i] = s.ofNum(ids[i], idNum)
			} else {
				loc[i] = s.ofName(ids[i])
			}
			if stemmed {
				s.ids[loc[i]].dialog = true // the stem of a key naming a part of a message
			}
		}
	}
	x.valid = true
	if cap(sc.merged) < len(loc) {
		sc.merged = make([]int32, len(loc))
	}
	merged := sc.merged[:len(loc)]
	s.mergeAdjacent(loc, merged, x)
	for i := range loc {
		s.ids[loc[i]].size.before++
		s.ids[merged[i]].size.after++
	}
	for i, l := range loc {
		switch {
		case s.ids[l].name == "":
			keyed = false
		case s.ids[merged[i]].size.after <= MaxMessageStrings:
			if merged[i] != l {
				loc[i] = merged[i]
				ids[i] = s.ids[loc[i]].name
			}
		case s.ids[l].size.before > MaxMessageStrings:
			ids[i] = keyStem(doc.Segments[i].Key)
			loc[i] = s.of(ids[i], x)
		}
	}
	if !keyed {
		return ids, nil, 0 // Group names the strings without a key and numbers every id itself
	}
	return ids, loc, len(s.ids)
}

// messageID names the message of a segment of running text, and the label that opened it;
// base is path.Base(doc.Path).
func messageID(doc *document.Document, seg *document.Segment, base string) (string, *document.Label) {
	if len(doc.Labels) == 0 {
		return base, nil
	}
	start, _ := seg.SourceRange(0, 0)
	var label *document.Label
	// The labels are in source order: the last one at or before the segment is a binary
	// search away, which keeps a catalog of many labelled strings linear.
	if i := sort.Search(len(doc.Labels), func(i int) bool { return doc.Labels[i].Offset > start }); i > 0 {
		label = &doc.Labels[i-1]
	}
	if label == nil {
		return base, nil
	}
	if label.ID != "" {
		return label.ID, label
	}
	return base + "#" + itoa(label.Offset), label
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
