package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// changes are the lines added or changed since a git revision (--new-from-rev), by the
// absolute path of each file, as `git diff REV` finds them between REV and the working tree.
// Untracked files (not ignored) are new throughout.
type changes struct {
	lines map[string][]lineSpan
	whole map[string]bool
}

// lineSpan is a run of changed lines, first to last, 1-based.
type lineSpan struct{ first, last int }

// newFromRev reads what changed since rev in the git repository holding the working
// directory; it returns nil changes, which filter nothing, when rev is "". Its errors are
// usage errors: not a repository, an unknown revision, no git.
func newFromRev(ctx context.Context, rev string) (*changes, error) {
	if rev == "" {
		return nil, nil
	}
	top, err := git(ctx, "", "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev needs a git repository: %w", err)
	}
	root := strings.TrimSpace(string(top))
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	if _, err := git(ctx, root, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--new-from-rev: unknown revision %q (a shallow clone may need it fetched): %w", rev, err)
	}
	diff, err := git(ctx, root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--no-textconv",
		"--text", "--find-renames", "--unified=0", "--src-prefix=a/", "--dst-prefix=b/", rev, "--")
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev: %w", err)
	}
	untracked, err := git(ctx, root, "ls-files", "-z", "--others", "--exclude-standard")
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev: %w", err)
	}
	c := &changes{lines: map[string][]lineSpan{}, whole: map[string]bool{}}
	if err := c.parseDiff(root, diff); err != nil {
		return nil, fmt.Errorf("--new-from-rev: reading git diff: %w", err)
	}
	for _, p := range strings.Split(string(untracked), "\x00") {
		if p != "" {
			c.whole[filepath.Join(root, filepath.FromSlash(p))] = true
		}
	}
	return c, nil
}

// git runs a git command in dir ("" for the working directory) and returns its output.
func git(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("%w: %s", err, msg)
		}
		return nil, err
	}
	return out, nil
}

// parseDiff records the new side of each hunk of a unified diff without context lines.
func (c *changes) parseDiff(root string, diff []byte) error {
	file := ""   // the current file's absolute path; "" for a deleted file
	pending := 0 // hunk lines still to skip: content is never read as a header
	for _, line := range strings.Split(string(diff), "\n") {
		switch {
		case pending > 0:
			if !strings.HasPrefix(line, `\`) { // "\ No newline at end of file" is no line
				pending--
			}
		case strings.HasPrefix(line, "+++ "):
			// A name holding a space ends with a tab; one with quotes or control characters
			// is quoted as in C.
			name := strings.TrimSuffix(strings.TrimPrefix(line, "+++ "), "\t")
			if strings.HasPrefix(name, `"`) {
				quoted, err := strconv.QuotedPrefix(name)
				if err == nil {
					name, err = strconv.Unquote(quoted)
				}
				if err != nil {
					return fmt.Errorf("file name %s: %w", name, err)
				}
			}
			file = ""
			if rest, ok := strings.CutPrefix(name, "b/"); ok {
				file = filepath.Join(root, filepath.FromSlash(rest))
			}
		case strings.HasPrefix(line, "@@ "):
			fields := strings.Fields(line)
			if len(fields) < 3 {
				return fmt.Errorf("hunk header %q", line)
			}
			_, oldN, err1 := hunkRange(fields[1], "-")
			start, newN, err2 := hunkRange(fields[2], "+")
			if err := errors.Join(err1, err2); err != nil {
				return err
			}
			pending = oldN + newN
			if file != "" && newN > 0 {
				c.lines[file] = append(c.lines[file], lineSpan{start, start + newN - 1})
			}
		}
	}
	return nil
}

// hunkRange parses one side of a hunk header: "+12,3" (three lines from line 12) or "+12".
func hunkRange(s, sign string) (start, n int, err error) {
	s, ok := strings.CutPrefix(s, sign)
	if !ok {
		return 0, 0, fmt.Errorf("hunk range %q", s)
	}
	first, count, more := strings.Cut(s, ",")
	n = 1
	if start, err = strconv.Atoi(first); err == nil && more {
		n, err = strconv.Atoi(count)
	}
	if err != nil {
		return 0, 0, fmt.Errorf("hunk range %q: %w", s, err)
	}
	return start, n, nil
}

// of returns the changed lines of a display path, or whole when every line is new (an
// untracked file, or standard input without --stdin-filename).
func (c *changes) of(display string) (spans []lineSpan, whole bool) {
	if display == "<stdin>" {
		return nil, true
	}
	abs, err := filepath.Abs(filepath.FromSlash(display))
	if err != nil {
		return nil, false
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return c.lines[abs], c.whole[abs]
}

// inputs passes on the inputs that may hold a changed line: files without one are not read.
func (c *changes) inputs(in iter.Seq[lint.Input]) iter.Seq[lint.Input] {
	if c == nil {
		return in
	}
	return func(yield func(lint.Input) bool) {
		for i := range in {
			spans, whole := c.of(i.Path)
			if (i.Err != nil || i.File == "" || whole || len(spans) > 0) && !yield(i) {
				return
			}
		}
	}
}

// filter keeps what --new-from-rev reports of a result: the messages with a changed line,
// each whole (its score counts every finding in it, as with --min-severity, and its missing
// elements are reported), and the findings on changed lines. Other messages are neither shown
// nor scored.
func (c *changes) filter(r *lint.Result) {
	if c == nil {
		return
	}
	spans, whole := c.of(r.Path)
	if whole || r.Err != nil || r.Skipped != "" {
		return
	}
	index := make([]int, len(r.Messages)) // each message's index once filtered, or -1
	var kept []message.Message
	for i := range r.Messages {
		index[i] = -1
		if m := &r.Messages[i]; touches(spans, r.Doc.Position(m.Start).Line, r.Doc.Position(m.End).Line) {
			index[i] = len(kept)
			kept = append(kept, *m)
		}
	}
	findings := r.Findings[:0]
	for _, f := range r.Findings {
		mi := -1
		if f.MessageIndex >= 0 && f.MessageIndex < len(index) {
			mi = index[f.MessageIndex]
		}
		changed := touches(spans, r.Doc.Position(f.Start).Line, r.Doc.Position(f.End).Line)
		if f.Rule.Type == rules.Requires {
			changed = true // a missing element belongs to its whole message
		}
		if changed && mi >= 0 {
			f.MessageIndex = mi
			findings = append(findings, f)
		}
	}
	r.Findings, r.Messages = findings, kept
}

// touches reports whether lines first to last hold a changed line.
func touches(spans []lineSpan, first, last int) bool {
	for _, s := range spans {
		if s.first <= last && first <= s.last {
			return true
		}
	}
	return false
}

// checkNewFromRev refuses the flags that would act on unchanged lines too.
func checkNewFromRev(f *lintFlags) error {
	switch {
	case f.newFromRev == "":
		return nil
	case f.fix || f.diff:
		return errors.New("--new-from-rev cannot be combined with --fix or --diff, which would change unchanged lines too")
	case f.writeBaseline != "":
		return errors.New("--new-from-rev cannot be combined with --write-baseline, which would record only the changed lines")
	}
	return nil
}
