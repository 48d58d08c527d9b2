package lint

// prefilter is one Aho-Corasick automaton over every literal the rules and kind cues need,
// compiled into a dense DFA over byte classes and folded to ASCII lower case. One pass over a
// segment finds every occurrence of every literal, overlapping ones included, without
// allocating; only rules whose literals occur run their regular expressions.
//
// It is written here rather than taken from a library because the engine needs every
// overlapping hit reported through a callback with no allocation per hit.
type prefilter struct {
	class    [256]uint8
	nclass   int32
	delta    []int32 // next state: delta[state*nclass+class]
	outStart []int32 // outputs of state s: outList[outStart[s]:outStart[s+1]]
	outList  []int32 // keyword ids
	lens     []int32 // byte length of each keyword
}

// newPrefilter builds the automaton for keywords, which must be lower case; keyword i is
// reported as id i.
func newPrefilter(keywords []string) *prefilter {
	p := &prefilter{lens: make([]int32, len(keywords))}
	p.buildClasses(keywords)
	nc := int(p.nclass)
	delta := make([]int32, nc) // state 0, the root
	for i := range delta {
		delta[i] = -1
	}
	own := [][]int32{nil}
	for id, kw := range keywords {
		p.lens[id] = int32(len(kw))
		s := int32(0)
		for i := 0; i < len(kw); i++ {
			c := int(p.class[kw[i]])
			next := delta[int(s)*nc+c]
			if next < 0 {
				next = int32(len(own))
				own = append(own, nil)
				for j := 0; j < nc; j++ {
					delta = append(delta, -1)
				}
				delta[int(s)*nc+c] = next
			}
			s = next
		}
		own[s] = append(own[s], int32(id))
	}
	p.delta = delta
	p.link(own)
	return p
}

// buildClasses gives every byte that occurs in a keyword its own class, upper-case ASCII
// letters sharing their lower-case letter's class; all other bytes are class 0.
func (p *prefilter) buildClasses(keywords []string) {
	p.nclass = 1
	for _, kw := range keywords {
		for i := 0; i < len(kw); i++ {
			c := kw[i]
			if p.class[c] != 0 {
				continue
			}
			p.class[c] = uint8(p.nclass)
			if 'a' <= c && c <= 'z' {
				p.class[c-'a'+'A'] = uint8(p.nclass)
			}
			p.nclass++
		}
	}
}

// link computes failure links breadth-first, completes the DFA, and flattens each state's
// outputs together with those of its failure chain.
func (p *prefilter) link(own [][]int32) {
	nc := int(p.nclass)
	n := len(own)
	fail := make([]int32, n)
	order := make([]int32, 0, n)
	for c := 0; c < nc; c++ {
		if next := p.delta[c]; next > 0 {
			fail[next] = 0
			order = append(order, next)
		} else {
			p.delta[c] = 0
		}
	}
	for q := 0; q < len(order); q++ {
		s := int(order[q])
		for c := 0; c < nc; c++ {
			next := p.delta[s*nc+c]
			if next < 0 {
				p.delta[s*nc+c] = p.delta[int(fail[s])*nc+c]
				continue
			}
			fail[next] = p.delta[int(fail[s])*nc+c]
			order = append(order, next)
		}
	}
	outs := make([][]int32, n)
	outs[0] = own[0]
	for _, s := range order {
		outs[s] = append(append([]int32(nil), own[s]...), outs[fail[s]]...)
	}
	p.outStart = make([]int32, n+1)
	for s := 0; s < n; s++ {
		p.outStart[s+1] = p.outStart[s] + int32(len(outs[s]))
		p.outList = append(p.outList, outs[s]...)
	}
}

// scan calls hit for every occurrence of every keyword in s, with its byte range.
func (p *prefilter) scan(s string, hit func(id, start, end int)) {
	nc := p.nclass
	state := int32(0)
	for i := 0; i < len(s); i++ {
		state = p.delta[state*nc+int32(p.class[s[i]])]
		if lo, hi := p.outStart[state], p.outStart[state+1]; lo < hi {
			for _, id := range p.outList[lo:hi] {
				hit(int(id), i+1-int(p.lens[id]), i+1)
			}
		}
	}
}
