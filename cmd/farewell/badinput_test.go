package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// badCase is one row of the bad-input matrix: files to create, the command to run, and what
// must come out. Every row must also finish: a hang fails the test after hangAfter.
type badCase struct {
	name   string
	files  func(t *testing.T, dir string) // creates the input under dir
	args   []string                       // arguments after "lint"; {dir} is replaced
	stdin  *failingReader
	in     string // standard input, when stdin is nil
	code   int
	stdout string // a substring of standard output
	stderr string // a substring of standard error
	// chdir runs the command in the input's directory, the working tree --fix may write in.
	chdir bool
	// cancel runs the command with its context already cancelled, as after Ctrl-C.
	cancel bool
	// check, when set, checks the files after the run.
	check func(t *testing.T, dir string, stderr string)
}

// hangAfter is how long a row may run before it counts as hung; it is not a speed target.
const hangAfter = 2 * time.Minute

// fileWriter returns a function that writes a file named name in dir and returns its path.
func fileWriter(t *testing.T, dir string) func(name, content string) string {
	t.Helper()
	return func(name, content string) string {
		p := filepath.Join(dir, name)
		write(t, p, []byte(content))
		return p
	}
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func file(name string, data []byte) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		t.Helper()
		write(t, filepath.Join(dir, name), data)
	}
}

// failingReader is standard input that breaks after some bytes, like a closed pipe.
type failingReader struct{ data []byte }

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, errors.New("read |0: broken pipe")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func utf16le(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), 0)
	}
	return out
}

func badCases() []badCase {
	please := []byte("Please don't go!\n")
	return []badCase{
		{name: "binary file", files: file("photo.txt", []byte("GIF89a\x00\x01\x02\x00\xff")), code: 2, stdout: "skipped 1 file: binary file", stderr: "nothing was linted: 1 file was skipped"},
		{name: "invalid UTF-8", files: file("bad.txt", []byte("We\xff can't \xc3 lose you.\xfe Please don't go!\n")), code: 2, stdout: "skipped 1 file: not UTF-8", stderr: "nothing was linted"},
		{name: "UTF-16 with BOM", files: file("u16.txt", utf16le("Please don't go!\n")), code: 2, stdout: "UTF-16 text (farewell reads UTF-16 only in .strings files", stderr: "nothing was linted"},
		{name: "UTF-16 without BOM", files: file("u16.txt", utf16le("Please don't go!\n")[2:]), code: 2, stdout: "UTF-16 text without a byte order mark", stderr: "nothing was linted"},
		{name: "CRLF", files: file("crlf.txt", []byte("Hello.\r\n\r\nPlease don't go!\r\n")), code: 1, stdout: "crlf.txt:3:1: error farewell.desperation.please-dont-go"},
		{name: "lone CR", files: file("cr.txt", []byte("Hello.\r\rPlease don't go!\r")), code: 1, stdout: "cr.txt:3:1: error farewell.desperation.please-dont-go"},
		{name: "50 MB file over the limit", files: file("big.txt", bytes.Repeat([]byte("Thanks for reading. "), 50<<20/20)),
			code: 2, stdout: "larger than the 16777216-byte limit", stderr: "nothing was linted"},
		{name: "50 MB file under a raised limit", files: func(t *testing.T, dir string) {
			t.Helper()
			if testing.Short() {
				t.Skip("-short: the 50 MB file is linted in full runs (minutes under -race)")
			}
			write(t, filepath.Join(dir, "big.txt"), append(bytes.Repeat([]byte("Thanks for reading.\n\n"), 50<<20/21), please...))
			write(t, filepath.Join(dir, ".farewell.yaml"), []byte("limits:\n  max_file_size: 64MB\n"))
		}, args: []string{"--config", "{dir}/.farewell.yaml", "{dir}"}, code: 1, stdout: "big.txt:"},
		{name: "1 MB single line", files: file("line.txt", append(bytes.Repeat([]byte("we will miss you and "), 1<<20/21), please...)), code: 1, stdout: "line.txt:1:"},
		{name: "JSON nested 100,000 deep", files: file("locales/en/deep.json", []byte(strings.Repeat("[", 100000)+strings.Repeat("]", 100000))),
			code: 2, stderr: "deep.json:1:1001: JSON nested deeper than 1000 levels"},
		{name: "YAML alias bomb in a catalog", files: file("locales/en.yml", []byte("en:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n  h: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n")),
			code: 0, stdout: "in 1 file"},
		{name: "YAML alias bomb in a rule file", files: func(t *testing.T, dir string) {
			t.Helper()
			write(t, filepath.Join(dir, "rules.yaml"), []byte("rules: &r [{id: a.b, type: existence, severity: error, message: m, why: w, tokens: [x]}]\nkinds: [*r, *r]\n"))
			write(t, filepath.Join(dir, "c.yaml"), []byte("packs: [rules.yaml]\n"))
		}, args: []string{"--config", "{dir}/c.yaml", "{dir}"}, code: 2, stderr: "rules.yaml:1:"},
		{name: "YAML alias bomb in the config", files: file("c.yaml", []byte("ignore: &a [\"a\",\"a\",\"a\"]\noverrides: [{files: *a, rules: &r {guilt: off}}, {files: *a, rules: *r}]\npacks: [*a]\n")),
			args: []string{"--config", "{dir}/c.yaml", "{dir}"}, code: 2, stderr: "c.yaml:1:9: expected a string, found a list"},
		{name: "symbolic link loop", files: func(t *testing.T, dir string) {
			t.Helper()
			if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "a.txt")); err != nil {
				t.Skip(err)
			}
			if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")); err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(dir, "ok.txt"), please)
		}, code: 2, stdout: "ok.txt:1:1", stderr: "a.txt: too many levels of symbolic links"},
		{name: "named pipe", files: func(t *testing.T, dir string) {
			t.Helper()
			if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
				t.Skip(err)
			}
		}, args: []string{"{dir}/pipe.txt"}, code: 2, stderr: "pipe.txt: not a regular file"},
		{name: "unreadable file", files: func(t *testing.T, dir string) {
			t.Helper()
			write(t, filepath.Join(dir, "ok.txt"), please)
			secret := filepath.Join(dir, "secret.txt")
			if os.Geteuid() != 0 {
				write(t, secret, please)
				if err := os.Chmod(secret, 0); err != nil {
					t.Fatal(err)
				}
				return
			}
			// Root reads every file it may open; a process's own memory fails at offset 0.
			if _, err := os.Stat("/proc/self/mem"); err != nil {
				t.Skip("root reads every file, and there is no /proc/self/mem")
			}
			if err := os.Symlink("/proc/self/mem", secret); err != nil {
				t.Fatal(err)
			}
		}, code: 2, stdout: "1 file could not be read", stderr: "/secret.txt: "},
		{name: "path that does not exist", files: file("ok.txt", please), args: []string{"{dir}/nope.txt", "{dir}/ok.txt"},
			code: 2, stdout: "ok.txt:1:1", stderr: "nope.txt: no such file or directory"},
		{name: "100,000 empty files", files: func(t *testing.T, dir string) {
			t.Helper()
			if testing.Short() {
				t.Skip("-short: 100,000 files are made in full runs")
			}
			for i := 0; i < 100000; i++ {
				write(t, filepath.Join(dir, fmt.Sprintf("d%03d", i/1000), fmt.Sprintf("%05d.txt", i)), nil)
			}
		}, code: 0, stdout: "No problems in 100000 files."},
		{name: "empty file", files: file("empty.txt", nil), code: 0, stdout: "No problems in 1 file."},
		{name: "catastrophic-looking regex", files: func(t *testing.T, dir string) {
			t.Helper()
			write(t, filepath.Join(dir, "rules.yaml"), []byte("rules:\n  - {id: acme.x.nested, type: existence, severity: error, message: m, why: w, patterns: ['(a+)+$', '(a|aa)+b', '(x+x+)+y']}\n"))
			write(t, filepath.Join(dir, "c.yaml"), []byte("builtin: false\npacks: [rules.yaml]\n"))
			write(t, filepath.Join(dir, "in.txt"), append(bytes.Repeat([]byte("a"), 1<<20), '!'))
		}, args: []string{"--config", "{dir}/c.yaml", "{dir}/in.txt"}, code: 0, stdout: "No problems in 1 file."},
		{name: "a pack of 10,000 rules", files: func(t *testing.T, dir string) {
			t.Helper()
			var b strings.Builder
			b.WriteString("rules:\n")
			for i := 0; i < 10000; i++ {
				fmt.Fprintf(&b, "  - {id: acme.bulk.r%d, type: existence, severity: warning, message: m, why: w, tokens: [\"phrase number %d\"]}\n", i, i)
			}
			write(t, filepath.Join(dir, "rules.yaml"), []byte(b.String()))
			write(t, filepath.Join(dir, "c.yaml"), []byte("packs: [rules.yaml]\n"))
			write(t, filepath.Join(dir, "in.txt"), []byte("This is phrase number 9999.\n"))
		}, args: []string{"--config", "{dir}/c.yaml", "{dir}/in.txt"}, code: 0, stdout: "acme.bulk.r9999"},
		{name: "malformed .farewell.yaml", files: func(t *testing.T, dir string) {
			t.Helper()
			write(t, filepath.Join(dir, ".farewell.yaml"), []byte("rules:\n  guilt: [off\n"))
			write(t, filepath.Join(dir, "ok.txt"), please)
		}, args: []string{"--config", "{dir}/.farewell.yaml", "{dir}"}, code: 2, stderr: ".farewell.yaml:1:1: did not find expected"},
		{name: "standard input closed early", files: func(*testing.T, string) {}, args: []string{"--stdin", "--stdin-filename", "x.txt"},
			stdin: &failingReader{data: []byte("Please don't")}, code: 2, stderr: "reading standard input: read |0: broken pipe"},
	}
}

// TestBadInput runs the bad-input matrix: each row gets its exit code and message, and none
// panics or hangs.
func TestBadInput(t *testing.T) {
	for _, tc := range slices.Concat(badCases(), fixCases(), silentPassCases()) {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			tc.files(t, dir)
			args := []string{"lint", "--color", "never"}
			if tc.args == nil {
				tc.args = []string{"{dir}"}
			}
			for _, a := range tc.args {
				args = append(args, strings.ReplaceAll(a, "{dir}", dir))
			}
			if tc.chdir {
				t.Chdir(dir)
			}
			ctx, cancel := context.WithCancel(context.Background())
			if tc.cancel {
				cancel()
			}
			defer cancel()
			var stdin interface{ Read([]byte) (int, error) } = strings.NewReader(tc.in)
			if tc.stdin != nil {
				stdin = tc.stdin
			}
			type outcome struct {
				code           int
				stdout, stderr string
			}
			done := make(chan outcome, 1)
			go func() {
				var out, errb bytes.Buffer
				code := run(ctx, args, stdin, &out, &errb)
				done <- outcome{code, out.String(), errb.String()}
			}()
			select {
			case o := <-done:
				if o.code != tc.code || !strings.Contains(o.stdout, tc.stdout) || !strings.Contains(o.stderr, tc.stderr) {
					t.Errorf("exit %d (want %d)\nstdout: %.2000s\nstderr: %.2000s", o.code, tc.code, o.stdout, o.stderr)
				}
				if tc.check != nil {
					tc.check(t, dir, o.stderr)
				}
			case <-time.After(hangAfter):
				t.Fatalf("no answer after %v", hangAfter)
			}
		})
	}
}
