package lint

import (
	"sort"

	"github.com/farewell-protocol/farewell/rules"
)

// oneFindingPerWords keeps, where findings of different rules in one segment overlap, only
// the one that matters most: the most severe, then one that offers a fix, then the longer,
// then the first rule by id. One problem in the text gets one finding. Findings are taken in
// that order and each is kept unless it overlaps one already kept; the order of fs is kept.
func oneFindingPerWords(fs []Finding, work *int) []Finding {
	if len(fs) < 2 {
		return fs
	}
	if *work += len(fs); apart(fs) {
		return fs
	}
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return outranks(&fs[order[x]], &fs[order[y]]) })
	var keep []bool
	if byStart, ok := disjointPerRule(fs); ok {
		keep = keepDisjoint(fs, order, byStart, work)
	} else {
		keep = keepScanning(fs, order, work)
	}
	kept := fs[:0]
	for i, f := range fs {
		if keep[i] {
			kept = append(kept, f)
		}
	}
	return kept
}

// apart reports whether each finding of fs starts where the one before it ends or later, so
// that none overlaps another: the usual segment, and one with many findings of one rule, costs
// one pass and nothing allocated.
func apart(fs []Finding) bool {
	for i := 1; i < len(fs); i++ {
		if fs[i].Start < fs[i-1].End {
			return false
		}
	}
	return true
}

// disjointPerRule returns the findings' indices ordered by start, then end, and whether no
// two findings of one rule overlap, as the matcher makes them.
func disjointPerRule(fs []Finding) ([]int, bool) {
	byStart := make([]int, len(fs))
	for i := range byStart {
		byStart[i] = i
	}
	sort.Slice(byStart, func(x, y int) bool {
		a, b := &fs[byStart[x]], &fs[byStart[y]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	ends := map[*rules.Rule]int{}
	for _, i := range byStart {
		f := &fs[i]
		if end, ok := ends[f.Rule]; ok && f.Start < end {
			return nil, false
		}
		ends[f.Rule] = max(ends[f.Rule], f.End)
	}
	return byStart, true
}

// keepDisjoint decides which findings to keep in O(n log n). Kept findings never overlap, so
// ordered by start they are ordered by end as well, and a finding overlaps a kept one exactly
// when it overlaps the last kept finding that starts before it ends.
func keepDisjoint(fs []Finding, order, byStart []int, work *int) []bool {
	rank := make([]int, len(fs))
	for p, i := range byStart {
		rank[i] = p
	}
	keep := make([]bool, len(fs))
	kept := newFenwick(len(fs))
	for _, i := range order {
		a := &fs[i]
		before := sort.Search(len(byStart), func(p int) bool {
			*work++
			return fs[byStart[p]].Start >= a.End
		})
		if p := kept.last(before); p >= 0 && fs[byStart[p]].End > a.Start {
			continue
		}
		keep[i] = true
		kept.add(rank[i])
	}
	return keep
}

// keepScanning decides which findings to keep by comparing each with every kept one; it
// serves the rare input where findings of one rule overlap.
func keepScanning(fs []Finding, order []int, work *int) []bool {
	keep := make([]bool, len(fs))
	for n, i := range order {
		keep[i] = true
		for _, j := range order[:n] {
			*work++
			a, b := &fs[i], &fs[j]
			if keep[j] && a.Rule != b.Rule && a.Start < b.End && b.Start < a.End {
				keep[i] = false
				break
			}
		}
	}
	return keep
}

// fenwick is a binary indexed tree of counts over positions 0..n-1.
type fenwick []int

func newFenwick(n int) fenwick { return make(fenwick, n+1) }

// add counts position p.
func (t fenwick) add(p int) {
	for i := p + 1; i < len(t); i += i & -i {
		t[i]++
	}
}

// last returns the largest counted position below p, or -1.
func (t fenwick) last(p int) int {
	c := 0
	for i := p; i > 0; i -= i & -i {
		c += t[i]
	}
	if c == 0 {
		return -1
	}
	// Find the smallest position whose prefix count reaches c.
	pos, step := 0, 1
	for step*2 < len(t) {
		step *= 2
	}
	for ; step > 0; step /= 2 {
		if pos+step < len(t) && t[pos+step] < c {
			pos += step
			c -= t[pos]
		}
	}
	return pos
}
