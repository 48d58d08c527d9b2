// Command farewell lints the messages companies send when customers leave: cancellations,
// unsubscribes, account deletions, downgrades, win-backs and offboarding. It flags desperate,
// guilt-tripping and obstructive wording, offers gracious rewrites, and scores each message.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/farewell-protocol/farewell/internal/suggest"
)

// version returns the module version farewell was built from ("devel" for a local build).
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// versionLine says which farewell this is: the module version and, when the build recorded
// them, the revision it was built from, its time, and whether the tree had changes.
func versionLine(bi *debug.BuildInfo, ok bool) string {
	v := "devel"
	if ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	line := "farewell " + v
	if !ok {
		return line
	}
	var rev, at, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	var parts []string
	if rev != "" {
		parts = append(parts, "revision "+rev)
	}
	if at != "" {
		parts = append(parts, at)
	}
	if modified == "true" {
		parts = append(parts, "with uncommitted changes")
	}
	if bi.GoVersion != "" {
		parts = append(parts, bi.GoVersion)
	}
	if len(parts) > 0 {
		line += " (" + strings.Join(parts, ", ") + ")"
	}
	return line
}

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	e := &env{ctx: ctx, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	if os.Getenv("GOGC") == "" {
		// Loading the rules makes a few megabytes of short-lived garbage once, which a lax
		// collector leaves alone (an editor's run on one file is mostly this); linting then
		// allocates per file and frees it all (see runGCPercent).
		debug.SetGCPercent(400)
		e.afterSetup = func() { debug.SetGCPercent(runGCPercent) }
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		e.budget = memoryBudget
	}
	code := e.run(os.Args[1:])
	stop()
	os.Exit(code)
}

// Collection targets (GOGC) of a lint run once it is set up, when the process sets its own
// memory limit: none while the documents are small, so the collector runs only when the heap
// reaches runBudgetBase plus forty times the largest document (a run over many files collects a
// third as often as at GOGC 100, and its peak stays flat as the run grows, since every run of
// more than a few files reaches the limit); tightGCPercent from its first document of
// largeDocument bytes on, so that the peak memory of large documents (bench/memory.sh) stays
// near what they hold. Without its own limit (GOMEMLIMIT set) a run collects at runGCPercent
// until its first large document.
const (
	runGCPercent   = 100
	tightGCPercent = 50
	largeDocument  = 1 << 20
)

// env is what a command needs from the process: its streams and arguments.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// afterSetup, when set, runs once the rules are loaded and the linter is built.
	afterSetup func()
	// budget, when set, is told the size of the largest document seen, each time it grows.
	budget func(size int64)
}

// Memory budget: the collector is asked to keep the process within a base plus ten times the
// largest document linted, which what one document's findings and messages take fits in. The
// limit is on the memory the runtime manages; the binary's pages that the process touches,
// about 15 MB resident (bench/memory.sh), come on top of it, so the base leaves them 20 MB of
// the 64 MB that the target of 64 MB plus ten times the document allows.
const (
	budgetBase    = 44 << 20
	budgetPerByte = 10
	// runBudgetBase is the base of a lint run's limit while its documents are small and it
	// collects only at the limit: what stays live between small documents is the rules and
	// about a megabyte, so most of the base is room that each collection frees. It is set so
	// that a run ten times as large peaks within 1.2x of a small one (static builds, peak RSS,
	// median of 15 runs): the md/html/txt files of ../shared/corpora take 27.4 MB, with one
	// collection near their end, and ten copies of them 30.2 MB, 1.10x. At 19 MB one copy
	// does not collect (27.2 MB, about 3 % less CPU) but ten copies peak at 32.6 MB, 1.20x,
	// and at 18.5 MB one copy collects in about one run in ten and ten copies peak at 1.18x:
	// the less a small run holds, the further the limit lies above what it fills.
	runBudgetBase = 18 << 20
	// runBudgetPerByte is what a run of small documents allows for each byte of the largest.
	// A result holds five to eight times its document's bytes (source, segments, messages;
	// a 550 KB catalog 2.5 MB) until it is written, and a run holds the documents its workers
	// lint and the results that wait in the window for an earlier file, so the limit must
	// leave room for several of the largest. At ten times, the corpus read as English, whose
	// catalogs reach 550 KB, collected 58 times, each freeing less than half the heap; at
	// twenty, 42-49 times; at forty, 33 times, with 4-5 % less CPU for 8 MB more memory
	// (56 MB).
	runBudgetPerByte = 4 * budgetPerByte
)

// memoryBudget sets the collector's soft memory limit for documents of up to size bytes.
func memoryBudget(size int64) {
	debug.SetMemoryLimit(budgetBase + budgetPerByte*size)
}

// largest returns a function that tells e.budget of each size larger than all before; it may
// be called from several goroutines.
func (e *env) largest() func(size int64) {
	var mu sync.Mutex
	var most int64
	return func(size int64) {
		mu.Lock()
		defer mu.Unlock()
		if size > most && e.budget != nil {
			most = size
			e.budget(size)
		}
	}
}

func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "farewell: "+format+"\n", args...)
}

const usage = `farewell: a linter for goodbyes

Usage:
  farewell lint [flags] [PATH...]     lint files and directories (- reads standard input)
  farewell init                       write a starter .farewell.yaml for this repository
  farewell rules                      list the rules
  farewell rules explain ID           explain a rule: why, examples, rewrites (ID may be its end: confirmshaming)
  farewell rules test [PACK...]       check every rule's examples
  farewell eval [--verbose] FILE.tsv  measure the rules on a labelled data set
  farewell lsp                        run the language server on standard input and output
  farewell serve [--addr ADDR]        serve the writers' page and its API (127.0.0.1:7777)
  farewell version                    print the version and the revision it was built from

Run 'farewell lint -h' for the lint flags.
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	return e.run(args)
}

// run runs the command named by args[0] and returns the exit code. Output goes through sticky
// writers: a command prints freely, and a failed write to standard output turns its exit code
// into 2 (once: a command that failed already said why), since a report that was not
// written must not pass.
func (e *env) run(args []string) int {
	out := &stickyWriter{w: e.stdout}
	e.stdout, e.stderr = out, &stickyWriter{w: e.stderr}
	code := e.command(args)
	if out.err != nil && code != exitUsage {
		e.errorf("writing the output: %v", out.err)
		return exitUsage
	}
	return code
}

// command runs the command named by args[0] and returns the exit code.
func (e *env) command(args []string) int {
	stdout, stderr := e.stdout, e.stderr
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "lint":
		return cmdLint(e, args[1:])
	case "rules":
		return cmdRules(e, args[1:])
	case "eval":
		return cmdEval(e, args[1:])
	case "lsp":
		return cmdLSP(e, args[1:])
	case "serve":
		return cmdServe(e, args[1:])
	case "init":
		return cmdInit(e, args[1:])
	case "version", "--version":
		fmt.Fprintln(stdout, versionLine(debug.ReadBuildInfo()))
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	e.errorf("unknown command %q%s", args[0], suggest.Hint(args[0], []string{"lint", "init", "rules", "eval", "lsp", "serve", "version", "help"}))
	fmt.Fprint(stderr, usage)
	return exitUsage
}

// parseInterspersed parses flags that may come before, between or after positional
// arguments; "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// newFlagSet returns a flag set that reports errors to stderr without exiting.
func newFlagSet(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// flagExit turns a flag parsing error into an exit code: -h is success, anything else usage.
func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// oneOf checks a flag value against its allowed values.
func oneOf(name, value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return fmt.Errorf("--%s must be one of %s, not %q", name, strings.Join(allowed, ", "), value)
}
