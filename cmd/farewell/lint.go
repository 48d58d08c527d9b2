package main

import (
	"flag"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/suggest"
	"github.com/farewell-protocol/farewell/report"
	"github.com/farewell-protocol/farewell/rules"
)

// lintFlags are the flags of `farewell lint`.
type lintFlags struct {
	format, color, failOn, minSeverity  string
	configPath, stdinName, output       string
	inputFormat                         string
	baseline, writeBaseline, newFromRev string
	noBuiltin, quiet, stdin, fix, diff  bool
	verbose, asWalked                   bool
	score                               scoreFlags

	failSev, minSev rules.Severity
	input           document.Format
}

func cmdLint(e *env, args []string) int {
	var f lintFlags
	fs := newFlagSet(e, "lint", "farewell lint [flags] [PATH...]")
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.Names(), ", ")+" (default: from --output's extension, else text)")
	fs.StringVar(&f.color, "color", "auto", "colour: auto, always or never (NO_COLOR is respected)")
	fs.StringVar(&f.failOn, "fail-on", "error", "exit 1 on findings at or above: error, warning or suggestion")
	fs.StringVar(&f.minSeverity, "min-severity", "suggestion", "report only findings at or above: error, warning or suggestion")
	fs.StringVar(&f.configPath, "config", "", "configuration file for every file (default: the .farewell.yaml nearest each file)")
	fs.StringVar(&f.stdinName, "stdin-filename", "", "name for standard input, which chooses its format and config")
	fs.StringVar(&f.inputFormat, "input-format", "", "read named files and standard input as this format: "+strings.Join(formatNames(), ", "))
	fs.BoolVar(&f.noBuiltin, "no-builtin", false, "do not load the built-in rule pack")
	fs.BoolVar(&f.quiet, "quiet", false, "print only the summary")
	fs.BoolVar(&f.verbose, "verbose", false, "list every skipped file by name, with the reason")
	fs.BoolVar(&f.stdin, "stdin", false, "read standard input (the same as the path -); it is text unless named")
	fs.BoolVar(&f.asWalked, "as-walked", false, "read named files as a directory walk finds them: skip what farewell does not read, and never exit 2 because nothing was linted (for hooks that pass every changed file)")
	fs.StringVar(&f.output, "output", "", "write the report to this file instead of standard output")
	fs.BoolVar(&f.fix, "fix", false, "apply each finding's first fix in place (atomically)")
	fs.BoolVar(&f.diff, "diff", false, "print the fixes --fix would apply as a unified diff instead of the report; exits as lint does")
	fs.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in this baseline file")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in this baseline file")
	fs.StringVar(&f.newFromRev, "new-from-rev", "", "report only the findings on lines changed since this git revision, and the messages holding them")
	f.score.register(fs)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if f.stdin {
		paths = append(paths, "-")
	}
	if err := f.check(fs, paths); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	return runLint(e, &f, paths)
}

// check validates the flags and fills in what follows from them.
func (f *lintFlags) check(fs *flag.FlagSet, paths []string) error {
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	if f.output != "" && !set["format"] {
		name, err := reportFormatOf(f.output)
		if err != nil {
			return err
		}
		f.format = name
	}
	githubDefaults(fs, f)
	var err error
	if f.failSev, err = rules.ParseSeverity(f.failOn); err != nil {
		return fmt.Errorf("--fail-on: %w", err)
	}
	if f.minSev, err = rules.ParseSeverity(f.minSeverity); err != nil {
		return fmt.Errorf("--min-severity: %w", err)
	}
	if err := oneOf("color", f.color, "auto", "always", "never"); err != nil {
		return err
	}
	if !slices.Contains(report.Names(), f.format) {
		return fmt.Errorf("--format: unknown output format %q (want one of %s)%s", f.format, strings.Join(report.Names(), ", "), suggest.Hint(f.format, report.Names()))
	}
	if f.inputFormat != "" {
		if f.input, err = format.Parse(f.inputFormat); err != nil {
			return fmt.Errorf("--input-format: %w (want one of %s)%s", err, strings.Join(formatNames(), ", "), suggest.Hint(f.inputFormat, formatNames()))
		}
	}
	switch {
	case f.fix && f.diff:
		return fmt.Errorf("--fix and --diff cannot be combined: --diff shows what --fix would write")
	case (f.fix || f.diff) && slices.Contains(paths, "-"):
		return fmt.Errorf("--fix and --diff need files, not standard input")
	}
	if err := checkNewFromRev(f); err != nil {
		return err
	}
	return f.score.check()
}

// reportFormatOf returns the report format an --output file's extension names: .html and .htm
// html, .json json, .sarif sarif, a name ending in junit.xml junit and checkstyle.xml
// checkstyle, anything else text. Another .xml is ambiguous, and an error.
func reportFormatOf(output string) (string, error) {
	base := strings.ToLower(path.Base(strings.ReplaceAll(output, `\`, "/")))
	switch {
	case strings.HasSuffix(base, ".html") || strings.HasSuffix(base, ".htm"):
		return "html", nil
	case strings.HasSuffix(base, ".sarif") || strings.HasSuffix(base, ".sarif.json"):
		return "sarif", nil
	case strings.HasSuffix(base, ".json"):
		return "json", nil
	case strings.HasSuffix(base, "junit.xml"):
		return "junit", nil
	case strings.HasSuffix(base, "checkstyle.xml"):
		return "checkstyle", nil
	case strings.HasSuffix(base, ".xml"):
		return "", fmt.Errorf("--output %s: say which XML report with --format junit or --format checkstyle", output)
	}
	return "text", nil
}

func formatNames() []string {
	var out []string
	for _, f := range format.Formats() {
		out = append(out, string(f))
	}
	return out
}

// namedDirs returns the directories among paths (the working directory when there are none):
// the configuration of each is loaded before linting, so that its problems stop the run.
func namedDirs(paths []string) []string {
	if len(paths) == 0 {
		return []string{"."}
	}
	var out []string
	for _, p := range paths {
		if p != "-" && isDir(p) {
			out = append(out, p)
		}
	}
	return out
}

// checkConfigs loads the configuration of the working directory and of every directory named,
// and prints every problem of every one that cannot be loaded; ok is false when one cannot.
func checkConfigs(e *env, res *config.Resolver, dirs []string) (*config.Setup, bool) {
	root := res.ForDir(".")
	seen := map[*config.Setup]bool{}
	ok := true
	for _, st := range append([]*config.Setup{root}, setupsOf(res, dirs)...) {
		if st.Err != nil && !seen[st] {
			problems(e, st.Err)
			ok = false
		}
		seen[st] = true
	}
	return root, ok
}

func setupsOf(res *config.Resolver, dirs []string) []*config.Setup {
	var out []*config.Setup
	for _, d := range dirs {
		out = append(out, res.ForDir(d))
	}
	return out
}
