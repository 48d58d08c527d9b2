package keywords

// An entry of outs is entrySize uint32 for a keyword that ends at a state: its id; its
// length, with longBit set when it is longer than prefixDepth; and, for a long one, the
// classes of its first sigBytes bytes past the prefix (or as many as it has), the first in
// the low byte: its signature, which a scan compares with the text's before it reads the
// keyword's bytes.
const (
	entrySize = 3
	longBit   = 1 << 31
	sigBytes  = 4
)

// flatten fills outStart and outs, for the states numbered as order gives them (order[k] is
// the state numbered k), from each state's own keywords, own[s] being
// ownList[ownStart[s]:ownStart[s+1]], and dict, the nearest state on each state's failure
// chain that has keywords of its own (0: none).
func flatten[T stateID](p *Automaton, ownStart, ownList, dict []int32, order []T) {
	states := len(dict)
	p.outStart = make([]int32, states+1)
	for k, s := range order {
		n := int32(0)
		for t := int(s); t != 0; t = int(dict[t]) {
			n += ownStart[t+1] - ownStart[t]
		}
		p.outStart[k+1] = p.outStart[k] + n
	}
	p.outs = make([]uint32, 0, entrySize*p.outStart[states])
	for _, s := range order {
		for t := int(s); t != 0; t = int(dict[t]) {
			for _, id := range ownList[ownStart[t]:ownStart[t+1]] {
				p.outs = append(p.outs, p.entry(id)...)
			}
		}
	}
}

// entry returns the outs entry of keyword id.
func (p *Automaton) entry(id int32) []uint32 {
	kw := p.keywords[id]
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

// long reports whether the long keyword of entry e, whose prefix the automaton says ends at
// s[i], occurs there, and returns its start. sig holds the text's signature past s[i] with
// sigDone set once a long keyword needed it, and 0 before.
func (p *Automaton) long(s string, i int, e []uint32, sig *uint64) (int, bool) {
	n := int(e[1] &^ longBit)
	start := i + 1 - prefixDepth
	if start+n > len(s) {
		return 0, false
	}
	if *sig == 0 {
		*sig = sigDone | uint64(p.sig(s, i+1))
	}
	rest := n - prefixDepth
	if rest < sigBytes {
		return start, (uint32(*sig)^e[2])&(1<<(8*rest)-1) == 0
	}
	if uint32(*sig) != e[2] {
		return 0, false
	}
	kw := p.keywords[e[0]]
	for j := prefixDepth + sigBytes; j < n; j++ {
		if p.class[s[start+j]] != p.class[kw[j]] {
			return 0, false
		}
	}
	return start, true
}

// sigDone marks a text's signature as read (see long).
const sigDone = 1 << 32
