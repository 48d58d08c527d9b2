// Command measure runs a command several times and prints its median wall time and its peak
// resident memory (from the kernel's rusage), for the benchmark scripts in bench/.
//
//	go run ./bench/measure -n 5 -- farewell lint ../shared/corpora
//
// It prints `wall=SECONDS rss_mb=MEGABYTES exit=CODE`; the measured command's own output is
// discarded, and a non-zero exit code is reported, not treated as a failure.
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

func main() {
	runs := flag.Int("n", 5, "number of runs")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: measure [-n RUNS] -- COMMAND [ARG...]")
		os.Exit(2)
	}
	var walls []float64
	var peak int64
	code := 0
	for i := 0; i < *runs; i++ {
		cmd := exec.Command(args[0], args[1:]...)
		start := time.Now()
		err := cmd.Run()
		walls = append(walls, time.Since(start).Seconds())
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit):
			code = exit.ExitCode()
		case err != nil:
			fmt.Fprintln(os.Stderr, "measure:", err)
			os.Exit(2)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && ru.Maxrss > peak {
			peak = ru.Maxrss // kilobytes on Linux
		}
	}
	sort.Float64s(walls)
	fmt.Printf("wall=%.3f rss_mb=%.1f exit=%d\n", walls[len(walls)/2], float64(peak)/1024, code)
}
