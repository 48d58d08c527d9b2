// Command measure runs a command several times and prints its median wall time and its peak
// resident memory (from the kernel's rusage), for the benchmark scripts in bench/.
//
//	go -C bench run ./measure -n 5 -- farewell lint ../shared/corpora
//	go -C bench run ./measure -n 21 -in cancel.html -- farewell lint --stdin --stdin-filename cancel.html
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
	in := flag.String("in", "", "file to give the command as standard input (default: none)")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: measure [-n RUNS] [-in FILE] -- COMMAND [ARG...]")
		os.Exit(2)
	}
	var walls []float64
	var peak int64
	code := 0
	for i := 0; i < *runs; i++ {
		cmd := exec.Command(args[0], args[1:]...)
		var stdin *os.File
		if *in != "" {
			f, err := os.Open(*in)
			if err != nil {
				fmt.Fprintln(os.Stderr, "measure:", err)
				os.Exit(2)
			}
			cmd.Stdin, stdin = f, f
		}
		start := time.Now()
		err := cmd.Run()
		walls = append(walls, time.Since(start).Seconds())
		if stdin != nil {
			_ = stdin.Close() // read-only: closing cannot lose data
		}
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
