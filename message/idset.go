package message

// idSet numbers the message ids of the catalog being grouped 0, 1, 2, ... in the order met
// (their locals), so that grouping tells ids apart by number: an id the key table numbers
// (see keyInfos) by that number, through byTable, and the others, the source texts used as
// keys, by a map. One string has one local, whichever way it is met.
type idSet struct {
	names  []string // by local, the id
	inTab  []int32  // by local, the id's number in the key table, or -1
	root   []int32  // by local, the id it joined (see mergeAdjacent), itself when none
	dialog []bool   // by local, whether the id is the stem of a key naming a part of a message
	size   []sizes  // by local, how many strings the id has before merging, and after
	facts  []idFacts
	// byTable holds, by an id's number in the key table, stamp<<32 | its local, for the
	// document whose stamp it is.
	byTable []uint64
	stamp   uint64
	byName  map[string]int32 // the locals of ids the key table does not number
}

// start begins a document.
func (s *idSet) start() {
	s.stamp++
	if s.stamp >= 1<<32 {
		s.stamp = 1
		clear(s.byTable)
	}
	s.names, s.inTab, s.root, s.dialog = s.names[:0], s.inTab[:0], s.root[:0], s.dialog[:0]
	s.size, s.facts = s.size[:0], s.facts[:0]
}

// add gives the next local to an id, whose number in the key table is n or -1.
func (s *idSet) add(id string, n int32) int32 {
	l := int32(len(s.names))
	s.names = append(s.names, id)
	s.inTab = append(s.inTab, n)
	s.root = append(s.root, l)
	s.dialog = append(s.dialog, false)
	s.size = append(s.size, sizes{})
	s.facts = append(s.facts, idFacts{})
	return l
}

// ofNum returns the local of the id the key table numbers n, whose string is id.
func (s *idSet) ofNum(id string, n int32) int32 {
	for int(n) >= len(s.byTable) {
		s.byTable = append(s.byTable, 0)
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
	for s.root[l] != l {
		l = s.root[l]
	}
	return l
}

// factsOf returns the facts of local l (see idFacts).
func (s *idSet) factsOf(l int32, x *keyInfos) idFacts {
	if f := s.facts[l]; f.know {
		return f
	}
	var f idFacts
	if n := s.inTab[l]; n >= 0 {
		f = x.factsOfNum(n)
	} else {
		f = compactFacts(factsOf(s.names[l]))
	}
	s.facts[l] = f
	return f
}

// release forgets the document's ids: it holds none of their strings after.
func (s *idSet) release() {
	clear(s.names)
	s.names = s.names[:0]
	if len(s.byName) > bigMap {
		s.byName = nil
	}
	clear(s.byName)
}
