// Package inorder runs a function over a sequence on several goroutines and hands the results
// on in the sequence's order, with no goroutine that only feeds the others or only collects
// their results: each worker takes the next item itself, and the worker that finishes the
// earliest result not yet handed on hands it on, with every later one already finished. A
// worker never waits for another but when it is a window of items ahead of the earliest
// unfinished one, so a run wakes no sleeping goroutine per item, and a finished result waits
// only for an earlier, slower item, never for a goroutine to be scheduled.
package inorder

import (
	"iter"
	"sync"
)

// Run calls do on each item of items, on up to workers goroutines at once (the caller's one of
// them), and emit with each result in the order of items, as soon as it and every earlier one
// are ready. emit is called by one goroutine at a time, any of the workers', never two at
// once, and every call returns before Run does. At most window items are taken beyond the
// earliest result not yet emitted, so that at most that many results are held at once.
// stopped, asked before each item is taken or read, ends the run when it says so: the items
// left are neither taken nor emitted. items is read by one goroutine at a time, up to twice
// workers items ahead of those taken, so that a worker seldom waits for the next to be read.
func Run[T, R any](items iter.Seq[T], workers, window int, stopped func() bool, do func(T) R, emit func(R)) {
	workers, window = max(workers, 1), max(window, workers, 1)
	next, stop := iter.Pull(items)
	r := &run[T, R]{next: next, stopped: stopped, do: do, emit: emit, slots: make([]slot[R], window),
		ahead: make([]T, 2*workers)}
	r.room.L = &r.mu
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(r.work)
	}
	r.work()
	wg.Wait()
	stop()
}

// run is the state of one Run, which mu guards but for the functions it calls and next, which
// the worker that holds pull calls.
type run[T, R any] struct {
	pull    sync.Mutex // held by the worker that reads items ahead
	mu      sync.Mutex
	room    sync.Cond // told when the window has room again, or the run has ended
	next    func() (T, bool)
	stopped func() bool
	do      func(T) R
	emit    func(R)
	// ahead holds the items read and not yet taken, n of them from ahead[first] on, in a ring:
	// a worker takes the next item from there, and waits for items to be read only when it
	// is empty, so that one worker reads items while the others take those read before.
	ahead    []T
	first, n int
	drained  bool // items has ended
	// slots holds the result of item i in slots[i%len(slots)] from when it is finished until
	// it is emitted.
	slots []slot[R]
	// taken counts the items taken, emitted the results emitted or being emitted; emitting
	// says a worker is emitting (between taking a slot's result and checking the next slot).
	taken, emitted int
	emitting       bool
	waiting        int  // workers waiting for room
	ended          bool // no item is to be taken: items has ended, or stopped said so
}

// slot is a finished result, until it is emitted.
type slot[R any] struct {
	res   R
	ready bool
}

// work takes items and calls do on them until the run ends.
func (r *run[T, R]) work() {
	r.mu.Lock()
	for {
		for !r.ended && r.taken-r.emitted >= len(r.slots) {
			r.waiting++
			r.room.Wait()
			r.waiting--
		}
		if r.ended || r.stopped != nil && r.stopped() || r.n == 0 && r.drained {
			r.end()
			break
		}
		if r.n == 0 {
			r.mu.Unlock()
			r.readAhead(true)
			r.mu.Lock()
			continue
		}
		it := r.ahead[r.first]
		var none T
		r.ahead[r.first] = none // the ring holds no item once it is taken
		r.first, r.n = (r.first+1)%len(r.ahead), r.n-1
		i := r.taken
		r.taken++
		low := r.n < len(r.ahead)/2 && !r.drained
		r.mu.Unlock()
		if low {
			r.readAhead(false) // while the other workers take what is read already
		}
		res := r.do(it)
		r.mu.Lock()
		r.slots[i%len(r.slots)] = slot[R]{res, true}
		if i == r.emitted && !r.emitting {
			r.emitReady()
		}
	}
	r.mu.Unlock()
}

// readAhead reads items until the ring is full or items ends, with pull held: wait says to
// wait for pull when another worker holds it, else that worker's reading is enough. It is
// called without mu held.
func (r *run[T, R]) readAhead(wait bool) {
	if wait {
		r.pull.Lock()
	} else if !r.pull.TryLock() {
		return
	}
	defer r.pull.Unlock()
	for {
		r.mu.Lock()
		done := r.n == len(r.ahead) || r.drained || r.ended || r.stopped != nil && r.stopped()
		r.mu.Unlock()
		if done {
			return
		}
		it, ok := r.next()
		r.mu.Lock()
		if ok {
			r.ahead[(r.first+r.n)%len(r.ahead)] = it
			r.n++
		} else {
			r.drained = true
		}
		r.mu.Unlock()
		if !ok {
			return
		}
	}
}

// emitReady emits every result ready from the earliest not yet emitted on; it is called with
// mu held, and returns with it held.
func (r *run[T, R]) emitReady() {
	r.emitting = true
	for {
		s := &r.slots[r.emitted%len(r.slots)]
		if !s.ready {
			break
		}
		res := s.res
		*s = slot[R]{} // the slot holds no result once it is handed on
		r.emitted++
		r.mu.Unlock()
		r.emit(res)
		r.mu.Lock()
		if r.waiting > 0 {
			r.room.Broadcast()
		}
	}
	r.emitting = false
}

// end ends the run: no more items are taken, and the workers that wait for room stop waiting.
func (r *run[T, R]) end() {
	r.ended = true
	r.room.Broadcast()
}
