// Package keywords finds every keyword of a rule pack in a text in one pass: an Aho-Corasick
// automaton over byte classes, folded to ASCII lower case, and its encoding for a pack built
// with the program.
package keywords

import (
	"slices"
	"unsafe"
)

// Automaton is one Aho-Corasick automaton over every literal the rules and kind cues need,
// compiled into a dense DFA over byte classes and folded to ASCII lower case. One pass over a
// segment finds every occurrence of every literal, overlapping ones included, without
// allocating; only rules whose literals occur run their regular expressions.
//
// It is written here rather than taken from a library because the engine needs every
// overlapping hit reported through a callback with no allocation per hit, and an automaton that
// builds in a few milliseconds: it is built at every start of the command line tool.
type Automaton struct {
	// column[b] is where the transitions on byte b start in delta: class[b] times the number
	// of states. It comes first, where a scan's loop reads it with no offset to add.
	column [256]uint32
	class  [256]uint8
	nclass int32
	// The next state is delta[column[byte]+state], in delta16 when the automaton has at most
	// 32,768 states (every pack so far: half the memory to fill at start-up and to keep in
	// cache while scanning), else in delta32. The top bit of an entry (outputBit) says that
	// keywords end at the state it leads to: a scan looks up nothing else for the others.
	//
	// The table holds a column of states per class, and states are numbered breadth first:
	// the shallow states, where a scan spends most of its steps, share the first cache lines
	// of each column, and a text's common bytes the same few columns (a third fewer misses
	// than rows of classes in a cache of 128 KB, in a simulation on the corpus).
	delta16 []uint16
	delta32 []uint32
	// The keywords that end at state s, its own and those of the states on its failure chain,
	// in the order a scan reports them, are info[s] (one short keyword) or a run of entries
	// of outs it gives (see runBit and entry): read where a transition's output bit says
	// keywords end.
	info []uint32
	outs []uint32
	// The keywords, for checking the bytes past a long keyword's prefix: each followed by a
	// zero byte in text, keyword id at text[start[id]:start[id+1]-1]. A table's are its
	// memory, read in place.
	text  string
	start []uint32
}

// stateID is the type of a state number in a transition table.
type stateID interface{ ~uint16 | ~uint32 }

// prefixDepth is how many leading bytes of a keyword the automaton holds. Longer keywords are
// reported where their prefix ends and then checked byte by byte, which keeps the automaton
// about a third of the size it would be with every byte of every keyword (a smaller table to
// build at start-up and to keep in cache while scanning).
const prefixDepth = 8

// New builds the automaton for keywords, which must be lower case; keyword i is reported as id
// i. Every table is allocated once, at its final size.
func New(keywords []string) *Automaton {
	return Build(keywords, trieSize(keywords) > 1<<15)
}

// Build builds the automaton with 32-bit state numbers when wide is set, else with 16-bit
// ones, whose 15 bits of state number must be enough.
func Build(keywords []string, wide bool) *Automaton {
	p := &Automaton{}
	p.setText(keywords)
	p.buildClasses(keywords)
	total := trieSize(keywords)
	if !wide {
		p.delta16 = buildDelta(p, make([]uint16, total*int(p.nclass)))
	} else {
		p.delta32 = buildDelta(p, make([]uint32, total*int(p.nclass)))
	}
	p.setColumns()
	return p
}

// setColumns sets column from class and the number of states. The table's entries, states
// times classes, are fewer than 1<<32: more would be 16 GB, which no build allocates.
func (p *Automaton) setColumns() {
	states := uint32(len(p.info))
	for b, c := range p.class {
		p.column[b] = uint32(c) * states
	}
}

// buildDelta fills the trie of the keywords' prefixes into delta, which has room for every
// state, then the output runs and failure links; it returns delta cut to the states used.
func buildDelta[T stateID](p *Automaton, delta []T) []T {
	nc := int(p.nclass)
	// 0 doubles as "no edge yet" in delta: the root is never a child.
	last := make([]int32, p.Count()) // the state each keyword ends at
	states := 1
	for id := range int32(p.Count()) {
		kw := p.keyword(id)
		s := 0
		for i := 0; i < min(len(kw), prefixDepth); i++ {
			c := int(p.class[kw[i]])
			next := int(delta[s*nc+c])
			if next == 0 {
				next = states
				states++
				delta[s*nc+c] = T(next)
			}
			s = next
		}
		last[id] = int32(s)
	}
	delta = delta[:states*nc]
	// own[s] lists the keywords that end at state s: ownList[ownStart[s]:ownStart[s+1]].
	ownStart := make([]int32, states+1)
	for _, s := range last {
		if s > 0 {
			ownStart[s+1]++
		}
	}
	for s := 0; s < states; s++ {
		ownStart[s+1] += ownStart[s]
	}
	ownList := make([]int32, ownStart[states])
	fill := append([]int32(nil), ownStart[:states]...)
	for id, s := range last {
		if s > 0 {
			ownList[fill[s]] = int32(id)
			fill[s]++
		}
	}
	dict, order := link(delta, states, nc, ownStart)
	// Breadth-first numbers: number[s] is state s's, order[k] the state numbered k.
	number := make([]T, states)
	for k, s := range order {
		number[s] = T(k)
	}
	flatten(p, ownStart, ownList, dict, order, number)
	// Each state's entry as the table holds it: its number, with the output bit where
	// keywords end there.
	flag := outputBit[T]()
	for s, k := range number {
		if p.info[k] != 0 {
			number[s] = k | flag
		}
	}
	cols := make([]T, len(delta))
	for k, s := range order {
		for c, next := range delta[int(s)*nc : (int(s)+1)*nc] {
			cols[c*states+k] = number[next]
		}
	}
	return cols
}

// outputBit returns the top bit of a state number of type T, which marks transitions into
// states where keywords end.
func outputBit[T stateID]() T {
	return T(1) << (8*unsafe.Sizeof(T(0)) - 1)
}

// trieSize returns the number of states of the trie of the keywords' first prefixDepth bytes:
// one per distinct prefix,
// the empty one included. Every byte of a lower-case keyword has a class of its own, so
// distinct byte prefixes are distinct states.
func trieSize(keywords []string) int {
	sorted := make([]string, len(keywords))
	for i, kw := range keywords {
		sorted[i] = kw[:min(len(kw), prefixDepth)]
	}
	slices.Sort(sorted)
	n, prev := 1, ""
	for _, kw := range sorted {
		common := 0
		for common < len(kw) && common < len(prev) && kw[common] == prev[common] {
			common++
		}
		n += len(kw) - common
		prev = kw
	}
	return n
}

// buildClasses gives every byte that occurs in a keyword its own class, upper-case ASCII
// letters sharing their lower-case letter's class; all other bytes are class 0.
func (p *Automaton) buildClasses(keywords []string) {
	p.nclass = 1
	for _, kw := range keywords {
		for i := 0; i < len(kw); i++ {
			c := kw[i]
			if p.class[c] != 0 || p.nclass == 256 {
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

// link computes failure links breadth-first, completes the DFA, and returns for each state
// the nearest state on its failure chain that ends a keyword (0: none), and the states in
// breadth-first order, the root first, each state's children in the order of their classes.
func link[T stateID](delta []T, states, nc int, ownStart []int32) (dict []int32, order []T) {
	fail := make([]T, states)
	dict = make([]int32, states)
	order = make([]T, 1, states)
	for c := 0; c < nc; c++ {
		if next := delta[c]; next != 0 {
			order = append(order, next)
		}
	}
	for q := 1; q < len(order); q++ {
		s := int(order[q])
		f := int(fail[s])
		if ownStart[f] < ownStart[f+1] {
			dict[s] = int32(f)
		} else {
			dict[s] = dict[f]
		}
		for c := 0; c < nc; c++ {
			next := delta[s*nc+c]
			if next == 0 {
				delta[s*nc+c] = delta[f*nc+c]
				continue
			}
			fail[next] = delta[f*nc+c]
			order = append(order, next)
		}
	}
	return dict, order
}

// Scan calls hit for every occurrence of every keyword in s, with its byte range, in the order
// the occurrences' first min(length, prefixDepth) bytes end.
func (p *Automaton) Scan(s string, hit func(id, start, end int)) {
	if p.delta16 != nil {
		scanWith(p, p.delta16, s, hit)
		return
	}
	scanWith(p, p.delta32, s, hit)
}

func scanWith[T stateID](p *Automaton, delta []T, s string, hit func(id, start, end int)) {
	flag := outputBit[T]()
	state := 0
	for i := 0; i < len(s); i++ {
		next := delta[int(p.column[s[i]])+state]
		state = int(next &^ flag)
		if next&flag == 0 {
			continue
		}
		v := p.info[state]
		if v&runBit == 0 {
			if id, n := single(v); id >= 0 {
				hit(id, i+1-n, i+1)
			}
			continue
		}
		sig := uint64(0)
		for k := entrySize * int(v&^runBit); ; k += entrySize {
			e := p.outs[k : k+entrySize : k+entrySize]
			if e[1]&longBit == 0 {
				hit(int(e[0]), i+1-int(e[1]&lenMask), i+1)
			} else {
				if sig == 0 {
					sig = sigDone | uint64(p.sig(s, i+1))
				}
				if (uint32(sig)^e[2])&sigMask(e[1]) != 0 {
					// another keyword's signature
				} else if start, ok := p.long(s, i, e); ok {
					hit(int(e[0]), start, start+int(e[1]&lenMask))
				}
			}
			if e[1]&lastBit != 0 {
				break
			}
		}
	}
}

// Exact reports whether every byte of the keywords has a class of its own, so that a hit is
// always the keyword's own bytes in some ASCII case (past 255 classes, the other bytes fall
// in with those of no keyword).
func (p *Automaton) Exact() bool { return p.nclass < 256 }
