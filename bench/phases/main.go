// Command phases times the phases of an editor's one-file run in a fresh process: loading the
// built-in pack, building the linter, the first lint of a file and a second lint of it, each
// with the memory it allocated and the page faults it took, so that start-up work can be
// attributed before it is optimised.
//
//	go -C bench run ./phases "$PWD/cancel.html"   # from the repository root
//
// Run it several times (each run is one cold process); the figures vary by a millisecond or so.
package main

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"time"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: phases FILE")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "phases:", err)
		os.Exit(2)
	}
	var p probe
	p.start()
	pack, err := rules.Builtin()
	if err != nil {
		fmt.Fprintln(os.Stderr, "phases:", err)
		os.Exit(2)
	}
	p.phase("built-in pack")
	l := lint.New(pack)
	p.phase("lint.New")
	in := lint.Input{Path: os.Args[1], Data: data}
	res := l.LintInput(in, lint.RunOptions{})
	p.phase(fmt.Sprintf("first lint (%d findings)", len(res.Findings)))
	l.LintInput(in, lint.RunOptions{})
	p.phase("second lint")
}

// probe measures the wall time, heap allocation and minor page faults between phases.
type probe struct {
	t      time.Time
	alloc  uint64
	faults int64
}

func (p *probe) read() (time.Time, uint64, int64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		fmt.Fprintln(os.Stderr, "phases:", err)
		os.Exit(2)
	}
	return time.Now(), ms.TotalAlloc, ru.Minflt
}

func (p *probe) start() {
	p.t, p.alloc, p.faults = p.read()
	fmt.Printf("%-28s %8s %10s %7s\n", "phase", "ms", "alloc KB", "faults")
	fmt.Printf("%-28s %8s %10d %7d\n", "(process start and init)", "", p.alloc/1024, p.faults)
}

func (p *probe) phase(name string) {
	t, alloc, faults := p.read()
	fmt.Printf("%-28s %8.2f %10d %7d\n", name, float64(t.Sub(p.t).Microseconds())/1000, (alloc-p.alloc)/1024, faults-p.faults)
	p.t, p.alloc, p.faults = p.read()
}
