package message

// idSet numbers the message ids of the catalog being grouped 0, 1, 2, ... in the order met
// (their locals), so that grouping tells ids apart by number: an id the key table numbers
// (see keyInfos) by that number, through byTable, and the others, the source texts used as
// keys, by a map. One string has one local, whichever way it is met.
type idSet struct {
	ids []local // by local
	// byTable holds, by an id's number in the key table, stamp<<32 | its local, for the
	// document whose stamp it is.
	byTable []uint64
	stamp   uint64
	byName  map[string]int32 // the locals of ids the key table does not number
}

// local is what an idSet holds of an id.
type local struct {
	name   string
	inTab  int32 // its number in the key table, or -1
	root   int32 // the local of the id it joined (see mergeAdjacent), its own when none
	size   sizes // how many strings it has before merging, and after
	facts  idFacts
	dialog bool // it is the stem of a key naming a part of a message
}

// start begins a document.
func (s *idSet) start() {
	s.stamp++
	if s.stamp >= 1<<32 {
		s.stamp = 1
		clear(s.byTable)
	}
	s.ids = s.ids[:0]
}

// add gives the next local to an id, whose number in the key table is n or -1.
func (s *idSet) add(id string, n int32) int32 {
	l := int32(len(s.ids))
	s.ids = append(s.ids, local{name: id, inTab: n, root: l})
	return l
}

// ofNum returns the local of the id the key table numbers n, whose string is id.
func (s *idSet) ofNum(id string, n int32) int32 {
	if int(n) >= len(s.byTable) {
		s.byTable = append(s.byTable, make([]uint64, int(n)+1-len(s.byTable)+256)...)
	}
	if v := s.byTable[n]; v>>32 == s.stamp {
		return int32(uint32(v))
	}
	l := s.add(id, n)
	s.byTable[n] = s.stamp<<32 | uint64(uint32(l))
	return l
}

// ofName returns the local of an id the key table does not number.
func (s *idSet) ofName(id string) int32 {
	if s.byName == nil {
		s.byName = map[string]int32{}
	}
	l, ok := s.byName[id]
	if !ok {
		l = s.add(id, -1)
		s.byName[id] = l
	}
	return l
}

// of returns the local of any id, numbering it in the key table when it belongs there.
func (s *idSet) of(id string, x *keyInfos) int32 {
	if !inTable(id) {
		return s.ofName(id)
	}
	n := x.number(id)
	return s.ofNum(x.keys.String(n), n)
}

// find returns the root of local l: the id it stands for once joined.
func (s *idSet) find(l int32) int32 {
	for s.ids[l].root != l {
		l = s.ids[l].root
	}
	return l
}

// factsOf returns the facts of local l (see idFacts).
func (s *idSet) factsOf(l int32, x *keyInfos) idFacts {
	d := &s.ids[l]
	if !d.facts.know {
		if d.inTab >= 0 {
			d.facts = x.factsOfNum(d.inTab)
		} else {
			d.facts = compactFacts(factsOf(d.name))
		}
	}
	return d.facts
}

// release forgets the document's ids: it holds none of their strings after.
func (s *idSet) release() {
	clear(s.ids) // their names
	s.ids = s.ids[:0]
	if len(s.byName) > bigMap {
		s.byName = nil
	}
	clear(s.byName)
}
