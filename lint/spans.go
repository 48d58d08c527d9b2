package lint

import "sort"

// spanIndex answers whether a byte range overlaps any of a set of ranges in O(log n): the
// ranges ordered by start, with the largest end among each prefix.
type spanIndex struct {
	starts, ends []int // ends[i] is the largest end among the first i+1 ranges by start
}

// reserve makes room for n ranges.
func (x *spanIndex) reserve(n int) {
	if n > 0 {
		x.starts, x.ends = make([]int, 0, n), make([]int, 0, n)
	}
}

// add records the range [start, end).
func (x *spanIndex) add(start, end int) {
	x.starts = append(x.starts, start)
	x.ends = append(x.ends, end)
}

// index orders the ranges and computes the prefix maxima; add must not be called after it.
func (x *spanIndex) index() {
	if !sort.IntsAreSorted(x.starts) {
		sort.Sort(byStart{x})
	}
	for i := 1; i < len(x.ends); i++ {
		x.ends[i] = max(x.ends[i], x.ends[i-1])
	}
}

// overlaps reports whether [start, end) overlaps a recorded range: some range starts before
// end and ends after start.
func (x *spanIndex) overlaps(start, end int) bool {
	k := sort.SearchInts(x.starts, end) // ranges [0, k) start before end
	return k > 0 && x.ends[k-1] > start
}

// byStart sorts a spanIndex's ranges by start, before the prefix maxima are taken.
type byStart struct{ x *spanIndex }

func (s byStart) Len() int           { return len(s.x.starts) }
func (s byStart) Less(i, j int) bool { return s.x.starts[i] < s.x.starts[j] }
func (s byStart) Swap(i, j int) {
	s.x.starts[i], s.x.starts[j] = s.x.starts[j], s.x.starts[i]
	s.x.ends[i], s.x.ends[j] = s.x.ends[j], s.x.ends[i]
}
