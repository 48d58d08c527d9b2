package inorder

import (
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// TestRunInOrder runs items that take random times on several goroutines and checks that
// every result is emitted once, in order, by one goroutine at a time, and that no item is
// taken a window or more beyond the results emitted.
func TestRunInOrder(t *testing.T) {
	for _, c := range []struct{ n, workers, window int }{
		{0, 2, 8}, {1, 1, 4}, {50, 1, 4}, {200, 2, 8}, {200, 3, 1}, {300, 4, 16}, {100, 8, 2},
	} {
		var emitting, emitted, running, most atomic.Int64
		var got []int
		window := int64(max(c.window, c.workers)) // Run widens a window narrower than the workers
		do := func(i int) int {
			// emitted may lag by the one result whose emit has not begun.
			if e := emitted.Load(); int64(i) > e+window {
				t.Errorf("%+v: item %d taken when %d results were emitted", c, i, e)
			}
			n := running.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			if rand.IntN(4) == 0 {
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
			}
			running.Add(-1)
			return i * 10
		}
		emit := func(r int) {
			if emitting.Add(1) != 1 {
				t.Errorf("%+v: two goroutines emit at once", c)
			}
			emitted.Add(1)
			got = append(got, r)
			if rand.IntN(8) == 0 {
				time.Sleep(time.Duration(rand.IntN(100)) * time.Microsecond)
			}
			emitting.Add(-1)
		}
		var read atomic.Int64
		items := func(yield func(int) bool) {
			for i := range c.n {
				// Items are read at most twice workers ahead of those taken.
				if e := emitted.Load(); read.Add(1) > e+1+window+2*int64(c.workers)+1 {
					t.Errorf("%+v: item %d read when %d results were emitted", c, i, e)
				}
				if !yield(i) {
					return
				}
			}
		}
		Run(items, c.workers, c.window, nil, do, emit)
		want := seq(c.n)
		for i := range want {
			want[i] *= 10
		}
		if !slices.Equal(got, want) {
			t.Errorf("%+v: emitted %v", c, got)
		}
		if m := most.Load(); m > int64(c.workers) {
			t.Errorf("%+v: %d items at once", c, m)
		}
	}
}

// TestRunStops checks that a run that is told to stop takes no item after, and emits every
// item it took, in order.
func TestRunStops(t *testing.T) {
	for _, workers := range []int{1, 2, 5} {
		var stop atomic.Bool
		var taken atomic.Int64
		var got []int
		do := func(i int) int {
			taken.Add(1)
			if i == 40 {
				stop.Store(true)
			}
			return i
		}
		Run(slices.Values(seq(1000)), workers, 4*workers, stop.Load, do, func(r int) { got = append(got, r) })
		if !slices.Equal(got, seq(len(got))) || len(got) < 41 || int64(len(got)) != taken.Load() {
			t.Errorf("%d workers: took %d items, emitted %v", workers, taken.Load(), got)
		}
		if len(got) > 40+4*workers { // items beyond the 41st are those taken a window ahead
			t.Errorf("%d workers: %d items taken after the run was told to stop", workers, len(got)-41)
		}
	}
}

// TestRunEndsEarlyIterator checks that items is asked for no item after it ends, and that
// Run returns when it ends with workers waiting for room.
func TestRunEndsEarlyIterator(t *testing.T) {
	asked := 0
	items := func(yield func(int) bool) {
		for i := range 3 {
			asked++
			if !yield(i) {
				return
			}
		}
	}
	var got []int
	Run(items, 4, 1, nil, func(i int) int {
		time.Sleep(time.Duration(3-i) * time.Millisecond)
		return i
	}, func(r int) { got = append(got, r) })
	if !slices.Equal(got, []int{0, 1, 2}) || asked != 3 {
		t.Errorf("emitted %v, asked %d times", got, asked)
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}
