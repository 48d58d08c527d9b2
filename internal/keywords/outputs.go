package keywords

// An entry of outs is entrySize uint32 for a keyword that ends at a state: its id; its
// length, with longBit set when it is longer than prefixDepth and lastBit on the last entry
// of a state's run; and, for a long one, the classes of its first sigBytes bytes past the
// prefix (or as many as it has), the first in the low byte: its signature, which a scan
// compares with the text's before it reads the keyword's bytes.
const (
	entrySize = 3
	longBit   = 1 << 31
	lastBit   = 1 << 30
	lenMask   = lastBit - 1
	sigBytes  = 4
)

// A state's info says which keywords end there. 0: none. With runBit set, the rest is the
// first of the state's entries in outs (entry k is outs[entrySize*k:]), the last of which has
// lastBit. Otherwise exactly one keyword ends there, of prefixDepth bytes or fewer (the
// keywords of four states in five that have any): its id plus one in the low singleBits bits,
// its length minus one in the bits above.
const (
	runBit     = 1 << 31
	singleBits = 28
	singleMask = 1<<singleBits - 1
)

// single returns the keyword id and length that info v, without runBit, gives; id -1 for 0.
func single(v uint32) (id, n int) {
	return int(v&singleMask) - 1, int(v>>singleBits) + 1
}

// flatten fills info and outs, for the states numbered as order gives them (order[k] is the
// state numbered k, number[s] state s's number), from each state's own keywords, own[s]
// being ownList[ownStart[s]:ownStart[s+1]], and dict, the nearest state on each state's
// failure chain that has keywords of its own (0: none). A state without keywords of its own
// shares the info of its dict state, whose number is smaller (it is shallower).
func flatten[T stateID](p *Automaton, ownStart, ownList, dict []int32, order, number []T) {
	p.info = make([]uint32, len(order))
	p.outs = nil
	for k, s := range order {
		own := ownList[ownStart[s]:ownStart[s+1]]
		switch d := dict[s]; {
		case len(own) == 0:
			if d != 0 {
				p.info[k] = p.info[number[d]]
			}
		case len(own) == 1 && d == 0 && p.Len(own[0]) <= prefixDepth && own[0] < singleMask:
			p.info[k] = uint32(own[0]+1) | uint32(p.Len(own[0])-1)<<singleBits
		default:
			p.info[k] = runBit | uint32(len(p.outs)/entrySize)
			for t := int(s); t != 0; t = int(dict[t]) {
				for _, id := range ownList[ownStart[t]:ownStart[t+1]] {
					p.outs = append(p.outs, p.entry(id)...)
				}
			}
			p.outs[len(p.outs)-2] |= lastBit
		}
	}
}

// entry returns the outs entry of keyword id.
func (p *Automaton) entry(id int32) []uint32 {
	kw := p.keyword(id)
	if len(kw) <= prefixDepth {
		return []uint32{uint32(id), uint32(len(kw)), 0}
	}
	return []uint32{uint32(id), longBit | uint32(len(kw)), p.sig(kw, prefixDepth)}
}

// sig returns the classes of the bytes of s from i on, sigBytes of them or as many as s has,
// the first in the low byte.
func (p *Automaton) sig(s string, i int) uint32 {
	v := uint32(0)
	for j := min(i+sigBytes, len(s)) - 1; j >= i; j-- {
		v = v<<8 | uint32(p.class[s[j]])
	}
	return v
}

// sigMask returns the bits of a text's signature that the signature of the long keyword
// whose entry's second word is meta holds: those of the keyword's first sigBytes bytes past
// the prefix, or of as many as it has.
func sigMask(meta uint32) uint32 {
	rest := min(int(meta&lenMask)-prefixDepth, sigBytes)
	return ^uint32(0) >> (8 * (sigBytes - rest))
}

// long reports whether the long keyword of entry e, whose prefix the automaton says ends at
// s[i] and whose signature the text's past s[i] matches (see sigMask), occurs there, and
// returns its start.
func (p *Automaton) long(s string, i int, e []uint32) (int, bool) {
	n := int(e[1] & lenMask)
	start := i + 1 - prefixDepth
	if start+n > len(s) {
		return 0, false
	}
	kw := p.text[p.start[e[0]]:]
	for j := prefixDepth + sigBytes; j < n; j++ {
		if p.class[s[start+j]] != p.class[kw[j]] {
			return 0, false
		}
	}
	return start, true
}

// sigDone marks a text's signature, the sig of its sigBytes bytes past where a prefix ends, as
// read: a scan reads it once where several long keywords' prefixes end, and only if one does.
const sigDone = 1 << 32
