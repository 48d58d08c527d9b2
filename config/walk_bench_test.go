package config_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// BenchmarkWalkResolve walks the shared corpora as the command does, each file's setup found
// by a new resolver, told each directory's entries by the walk ("listed") or asking the system
// ("stat").
func BenchmarkWalkResolve(b *testing.B) {
	dir := linttest.Shared(b, "corpora")
	for _, listed := range []bool{true, false} {
		name := map[bool]string{true: "listed", false: "stat"}[listed]
		b.Run(name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				res := config.NewResolver("", false)
				opt := lint.WalkOptions{Ignore: func(p string, dir bool) bool {
					cfg := res.ForFile(p).Config
					return cfg != nil && cfg.Ignored(p, dir)
				}}
				if listed {
					opt.Listed = res.Listed
				}
				for in := range lint.Walk([]string{dir}, opt) {
					if res.ForFile(in.Path).Err != nil {
						b.Fatal(res.ForFile(in.Path).Err)
					}
				}
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuTime returns the process's user and system time so far: on a machine other jobs share, a
// walk's time waiting for a processor would hide what it costs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
