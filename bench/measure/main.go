// Command measure runs commands several times and prints, for each, its median wall time, its
// median CPU time (user plus system, from the kernel's rusage) and its peak resident memory,
// for the benchmark scripts in bench/.
//
//	go -C bench run ./measure -n 5 -- farewell lint ../shared/corpora
//	go -C bench run ./measure -n 21 -in cancel.html -- farewell lint --stdin --stdin-filename cancel.html
//	go -C bench run ./measure -n 31 -in cancel.html -- old lint --stdin ::: new lint --stdin
//
// Commands separated by ":::" are measured side by side: each round runs every command once,
// in an order that rotates from round to round, so that a change in the machine's load falls
// on all of them alike. It prints one line per command, in the order given:
// `wall=SECONDS rss_mb=MEGABYTES exit=CODE cpu=SECONDS wall_min=SECONDS wall_max=SECONDS
// cpu_min=SECONDS cpu_max=SECONDS`; the measured commands' own output is discarded, and a
// non-zero exit code is reported, not treated as a failure.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"syscall"
	"time"
)

// sample is what the runs of one command measured.
type sample struct {
	walls, cpus []float64
	peak        int64 // kilobytes
	code        int
}

func main() {
	runs := flag.Int("n", 5, "number of runs of each command")
	in := flag.String("in", "", "file to give the commands as standard input (default: none)")
	flag.Parse()
	cmds := split(flag.Args())
	if len(cmds) == 0 {
		fmt.Fprintln(os.Stderr, "usage: measure [-n RUNS] [-in FILE] -- COMMAND [ARG...] [::: COMMAND [ARG...]]...")
		os.Exit(2)
	}
	samples := make([]sample, len(cmds))
	for round := 0; round < *runs; round++ {
		for k := range cmds {
			i := (round + k) % len(cmds)
			if err := runOnce(cmds[i], *in, &samples[i]); err != nil {
				fmt.Fprintln(os.Stderr, "measure:", err)
				os.Exit(2)
			}
		}
	}
	for _, s := range samples {
		sort.Float64s(s.walls)
		sort.Float64s(s.cpus)
		fmt.Printf("wall=%.3f rss_mb=%.1f exit=%d cpu=%.3f wall_min=%.3f wall_max=%.3f cpu_min=%.3f cpu_max=%.3f\n",
			median(s.walls), float64(s.peak)/1024, s.code, median(s.cpus),
			s.walls[0], s.walls[len(s.walls)-1], s.cpus[0], s.cpus[len(s.cpus)-1])
	}
}

// split cuts args into commands at each ":::".
func split(args []string) [][]string {
	var cmds [][]string
	start := 0
	for i := 0; i <= len(args); i++ {
		if i == len(args) || args[i] == ":::" {
			if i > start {
				cmds = append(cmds, args[start:i])
			}
			start = i + 1
		}
	}
	return cmds
}

// runOnce runs cmd once with in as its standard input and adds what it measured to s.
func runOnce(args []string, in string, s *sample) error {
	cmd := exec.Command(args[0], args[1:]...)
	if in != "" {
		f, err := os.Open(in)
		if err != nil {
			return fmt.Errorf("opening %s: %w", in, err)
		}
		defer f.Close() // read-only: closing cannot lose data
		cmd.Stdin = f
	}
	start := time.Now()
	err := cmd.Run()
	s.walls = append(s.walls, time.Since(start).Seconds())
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		s.code = exit.ExitCode()
	case err != nil:
		return fmt.Errorf("running %s: %w", args[0], err)
	}
	st := cmd.ProcessState
	s.cpus = append(s.cpus, (st.UserTime() + st.SystemTime()).Seconds())
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > s.peak {
		s.peak = ru.Maxrss // kilobytes on Linux
	}
	return nil
}

// median returns the middle value of xs, which is sorted.
func median(xs []float64) float64 { return xs[len(xs)/2] }
