package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
)

// progress shows "linted N files" on a terminal's stderr once a run has taken a second, and
// clears it at the end; it prints nothing when stderr is not a terminal. Inputs are walked
// lazily, so there is no total to show.
type progress struct {
	w io.Writer

	mu    sync.Mutex
	done  int
	shown bool
	stop  chan struct{}
	wg    sync.WaitGroup
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, stop: make(chan struct{})}
	f, ok := fileOf(w)
	if !ok || !isatty.IsTerminal(f.Fd()) {
		return p
	}
	p.wg.Add(1)
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer p.wg.Done()
	select {
	case <-p.stop:
		return
	case <-time.After(time.Second):
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		p.mu.Lock()
		fmt.Fprintf(p.w, "\rfarewell: linted %d files", p.done)
		p.shown = true
		p.mu.Unlock()
		select {
		case <-p.stop:
			return
		case <-tick.C:
		}
	}
}

// add counts a finished file.
func (p *progress) add() {
	p.mu.Lock()
	p.done++
	p.mu.Unlock()
}

// finish stops the display and erases the line.
func (p *progress) finish() {
	close(p.stop)
	p.wg.Wait()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
