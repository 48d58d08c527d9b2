package keywords

import "unsafe"

// Hit is one occurrence of a keyword in a text: the keyword's id and the offset of its first
// byte.
type Hit struct{ ID, Start int32 }

// Scratch is room a scan lends from text to text: AppendHits records in it where keywords
// end before it looks them up. The zero value is ready to use; a Scratch must not be used by
// two scans at once.
type Scratch struct {
	ends []uint32
}

// Shrink drops the scratch's room when it has room for more than n entries (a text of about
// two thirds of n bytes), so that a long text's room is not kept for the texts after it.
func (sc *Scratch) Shrink(n int) {
	if cap(sc.ends) > n {
		sc.ends = nil
	}
}

// splitMin is the length from which AppendHits walks a text as two halves at once; maxSplit
// the length up to which it records where keywords end in 32 bits (offset and state).
const (
	splitMin = 24
	maxSplit = 1 << 16
)

// AppendHits appends to dst every occurrence of every keyword in s, in the order Scan reports
// them, and returns the extended slice.
//
// The walk over the text is a chain of table lookups, each waiting on the one before, most
// of them from memory farther than the first-level cache: AppendHits walks a text of
// splitMin bytes or more as two halves at once, the second from prefixDepth bytes before its
// start (where the automaton's state depends on no byte before), so that two chains overlap;
// it records where keywords end without a branch, then looks them up.
func (p *Automaton) AppendHits(dst []Hit, s string, sc *Scratch) []Hit {
	n := len(s)
	if p.delta16 == nil || n > maxSplit {
		p.Scan(s, func(id, start, _ int) { dst = append(dst, Hit{int32(id), int32(start)}) })
		return dst
	}
	if need := n + prefixDepth + 2; cap(sc.ends) < need { // walk2 records up to 2*half
		sc.ends = make([]uint32, need+need/2)
	}
	ends := sc.ends[:cap(sc.ends)]
	if n < splitMin {
		k := walk1(p, p.delta16, s, ends)
		return p.expand(dst, s, ends[:k], 0)
	}
	half := (n + prefixDepth + 1) / 2 // each walk's length
	ka, kb := walk2(p, p.delta16, s, half, ends)
	dst = p.expand(dst, s, ends[:ka], 0)
	return p.expand(dst, s, ends[half:half+kb], n-half)
}

// walk1 walks s from the root and records in ends, for each byte after which keywords end,
// its offset (high 16 bits) and the transition that led there (low 16 bits, the output bit
// set). It returns how many it recorded.
func walk1(p *Automaton, delta []uint16, s string, ends []uint32) int {
	column := &p.column
	state, k := 0, 0
	ends = ends[:len(s)+1]
	for i := 0; i < len(s); i++ {
		next := delta[int(column[s[i]])+state]
		state = int(next & 0x7fff)
		ends[k] = uint32(i)<<16 | uint32(next)
		k += int(next >> 15)
	}
	return k
}

// walk2 walks s[:half] and s[len(s)-half:] at once and records, as walk1 does, where
// keywords end: the first walk in ends[:ka], the second from offset half on, its offsets
// counted from len(s)-half, in ends[half:half+kb]. It returns ka and kb. The second walk's
// bytes before offset half are prefixDepth or more: its state at half is then the
// automaton's, which depends on no more than the last prefixDepth bytes.
func walk2(p *Automaton, delta []uint16, s string, half int, ends []uint32) (ka, kb int) {
	column := &p.column
	b0 := len(s) - half
	sa, sb := 0, 0
	ta, tb := s[:half], s[b0:]
	tb = tb[:len(ta)]
	// Audited: the entries are written through pointers to ends, whose length the line below
	// checks: each walk writes entry k after at most k entries in k bytes, k < half.
	// The bounds checks this saves would hold two more registers in a loop short of them.
	_ = ends[2*half-1]
	outA := unsafe.Pointer(unsafe.SliceData(ends)) //nolint:gosec // see above
	outB := unsafe.Add(outA, 4*half)               // see above
	i := 0
	for ; i < half-b0; i++ { // the second walk's bytes before half find nothing
		na := delta[int(column[ta[i]])+sa]
		nb := delta[int(column[tb[i]])+sb]
		sa, sb = int(na&0x7fff), int(nb&0x7fff)
		*(*uint32)(unsafe.Add(outA, 4*ka)) = uint32(i)<<16 | uint32(na)
		ka += int(na >> 15)
	}
	for ; i < len(ta); i++ {
		na := delta[int(column[ta[i]])+sa]
		nb := delta[int(column[tb[i]])+sb]
		sa, sb = int(na&0x7fff), int(nb&0x7fff)
		at := uint32(i) << 16
		*(*uint32)(unsafe.Add(outA, 4*ka)) = at | uint32(na)
		ka += int(na >> 15)
		*(*uint32)(unsafe.Add(outB, 4*kb)) = at | uint32(nb)
		kb += int(nb >> 15)
	}
	return ka, kb
}

// expand appends the hits of the keywords that end where walk1 or walk2 recorded, at their
// offset plus from.
func (p *Automaton) expand(dst []Hit, s string, ends []uint32, from int) []Hit {
	for _, e := range ends {
		i := from + int(e>>16)
		v := p.info[e&0x7fff]
		if v&runBit == 0 {
			if id, n := single(v); id >= 0 {
				dst = append(dst, Hit{int32(id), int32(i + 1 - n)})
			}
			continue
		}
		sig := uint64(0)
		for k := entrySize * int(v&^runBit); ; k += entrySize {
			e := p.outs[k : k+entrySize : k+entrySize]
			if e[1]&longBit == 0 {
				dst = append(dst, Hit{int32(e[0]), int32(i+1) - int32(e[1]&lenMask)})
			} else {
				if sig == 0 {
					sig = sigDone | uint64(p.sig(s, i+1))
				}
				if (uint32(sig)^e[2])&sigMask(e[1]) != 0 {
					// another keyword's signature
				} else if start, ok := p.long(s, i, e); ok {
					dst = append(dst, Hit{int32(e[0]), int32(start)})
				}
			}
			if e[1]&lastBit != 0 {
				break
			}
		}
	}
	return dst
}
