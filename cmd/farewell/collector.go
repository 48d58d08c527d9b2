package main

import (
	"runtime/debug"
	"sync"
)

// collector tunes the garbage collector of a lint run to the largest document it has read.
type collector struct {
	mu       sync.Mutex // grown is called from the goroutines that read the documents
	ownLimit bool       // the process sets its memory limit (GOMEMLIMIT is unset)
	tight    bool       // a document of largeDocument bytes or more has come
	most     int64      // the largest document so far
}

// newCollector sets the collector of a lint run of small documents so far and returns it:
// with the process's own limit, collections happen only at that limit.
func newCollector(ownLimit bool) *collector {
	c := &collector{ownLimit: ownLimit}
	if ownLimit {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(runBudgetBase)
	} else {
		debug.SetGCPercent(runGCPercent)
	}
	return c
}

// grown is told the size of each document read; a size larger than all before raises the
// memory limit to cover it, and the first large one takes the tight collection target.
func (c *collector) grown(size int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if size <= c.most {
		return
	}
	c.most = size
	if !c.tight && size >= largeDocument {
		c.tight = true
		debug.SetGCPercent(tightGCPercent)
	}
	if !c.ownLimit {
		return
	}
	if c.tight {
		debug.SetMemoryLimit(budgetBase + budgetPerByte*size)
		return
	}
	debug.SetMemoryLimit(runBudgetBase + runBudgetPerByte*size)
}
