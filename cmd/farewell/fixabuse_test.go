package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/net/html"
)

// sunsetPack is a configuration whose one rule rewrites "sunset" as rewrite.
func sunsetPack(t *testing.T, dir, rewrite string) {
	t.Helper()
	write(t, filepath.Join(dir, "rules.yaml"), []byte(fmt.Sprintf("rules:\n  - {id: acme.voice.sunset, type: substitution, severity: error, message: m, why: w, swap: {sunset: [%q]}}\n", rewrite)))
	write(t, filepath.Join(dir, ".farewell.yaml"), []byte("builtin: false\npacks: [rules.yaml]\n"))
}

// tagAttrs returns the attributes of every start tag in an HTML file, "tag name=value" each.
func tagAttrs(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	z := html.NewTokenizer(bytes.NewReader(data))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		for _, a := range tok.Attr {
			out = append(out, tok.Data+" "+a.Key+"="+a.Val)
		}
	}
	return out
}

// wantAttrs checks the attributes of the HTML file name in dir.
func wantAttrs(name string, want ...string) func(*testing.T, string, string) {
	return func(t *testing.T, dir, _ string) {
		t.Helper()
		if got := tagAttrs(t, filepath.Join(dir, name)); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("attributes after --fix:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// unchanged checks that the file at path (relative to dir unless absolute) still holds data.
func unchanged(path string, data []byte) func(*testing.T, string, string) {
	return func(t *testing.T, dir, _ string) {
		t.Helper()
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
			t.Errorf("%s was written: %q", path, got)
		}
	}
}

// fixCases are the rows of the bad-input matrix for --fix, --output and interruption.
func fixCases() []badCase {
	please := []byte("Please don't go!\n")
	handler := "' onmouseover='alert(1)"
	return []badCase{
		{name: "fix in a single-quoted attribute", chdir: true, args: []string{"--fix", "a.html"}, code: 0,
			files: file("a.html", []byte("<img alt='Please don&#39;t go' src=\"a.png\">\n<p>Bye</p>\n")),
			check: wantAttrs("a.html", "img alt=We'll miss you, and we'll be here if you want to come back.", "img src=a.png")},
		{name: "fix writing quotes into attributes of every quoting", chdir: true, args: []string{"--fix", "a.html"}, code: 0,
			files: func(t *testing.T, dir string) {
				t.Helper()
				sunsetPack(t, dir, handler)
				write(t, filepath.Join(dir, "a.html"), []byte("<img alt='sunset' src=a.png><img alt=\"sunset\"><img alt=sunset src=b.png><input type=submit value=sunset>\n"))
			},
			check: wantAttrs("a.html", "img alt="+handler, "img src=a.png", "img alt="+handler, "img alt="+handler, "img src=b.png",
				"input type=submit", "input value="+handler)},
		{name: "fix through a symbolic link to a directory outside the tree", chdir: true, args: []string{"--fix", "out/a.txt"},
			code: 2, stdout: "out/a.txt:1:1: error", stderr: "out/a.txt resolves to ../",
			files: func(t *testing.T, dir string) {
				t.Helper()
				outside := t.TempDir()
				write(t, filepath.Join(outside, "a.txt"), please)
				if err := os.Symlink(outside, filepath.Join(dir, "out")); err != nil {
					t.Skip(err)
				}
			},
			check: func(t *testing.T, dir, _ string) {
				t.Helper()
				target, _ := filepath.EvalSymlinks(filepath.Join(dir, "out"))
				unchanged(filepath.Join(target, "a.txt"), please)(t, dir, "")
			}},
		{name: "directory named through a symbolic link", code: 1, args: []string{"{dir}/link"}, stdout: "link/a.txt:1:1: error",
			files: func(t *testing.T, dir string) {
				t.Helper()
				write(t, filepath.Join(dir, "real", "a.txt"), please)
				if err := os.Symlink("real", filepath.Join(dir, "link")); err != nil {
					t.Skip(err)
				}
			}},
		{name: "fix a read-only file", chdir: true, args: []string{"--fix", "a.txt"}, code: 2,
			stdout: "not fixed: a.txt is read-only", stderr: "farewell: a.txt is read-only: not written",
			files: func(t *testing.T, dir string) {
				t.Helper()
				write(t, filepath.Join(dir, "a.txt"), please)
				if err := os.Chmod(filepath.Join(dir, "a.txt"), 0o444); err != nil {
					t.Fatal(err)
				}
			},
			check: unchanged("a.txt", please)},
		{name: "fix a file with two hard links", chdir: true, args: []string{"--fix", "a.txt"}, code: 2,
			stdout: "a.txt:1:1: error", stderr: "a.txt has 2 hard links, which replacing it would split: not written",
			files: func(t *testing.T, dir string) {
				t.Helper()
				write(t, filepath.Join(dir, "a.txt"), please)
				if err := os.Link(filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.bin")); err != nil {
					t.Skip(err)
				}
			},
			check: unchanged("b.bin", please)},
		{name: "fix keeps owner, group and set-group-ID", chdir: true, args: []string{"--fix", "a.txt"}, code: 0,
			files: func(t *testing.T, dir string) {
				t.Helper()
				if os.Geteuid() != 0 {
					t.Skip("only root can give a file away")
				}
				p := filepath.Join(dir, "a.txt")
				write(t, p, please)
				if err := os.Chown(p, 1234, 5678); err != nil {
					t.Skip(err)
				}
				if err := os.Chmod(p, 0o664|os.ModeSetgid); err != nil {
					t.Fatal(err)
				}
			},
			check: func(t *testing.T, dir, _ string) {
				t.Helper()
				info, _ := os.Stat(filepath.Join(dir, "a.txt"))
				st := info.Sys().(*syscall.Stat_t)
				if st.Uid != 1234 || st.Gid != 5678 || info.Mode()&os.ModeSetgid == 0 || info.Mode().Perm() != 0o664 {
					t.Errorf("owner %d, group %d, mode %v", st.Uid, st.Gid, info.Mode())
				}
			}},
		{name: "--output that is the input", args: []string{"--output", "{dir}/a.txt", "{dir}/a.txt"}, code: 2,
			stderr: "--output " /* the path follows */, files: file("a.txt", please), check: unchanged("a.txt", please)},
		{name: "--write-baseline that is the input", chdir: true, args: []string{"--write-baseline", "a.txt", "."}, code: 2,
			stderr: "--write-baseline a.txt is also a file to lint: not written", files: file("a.txt", please), check: unchanged("a.txt", please)},
		{name: "a report farewell wrote into the linted tree", code: 1, stdout: "skipped 1 file: a report farewell wrote",
			files: func(t *testing.T, dir string) {
				t.Helper()
				write(t, filepath.Join(dir, "a.txt"), please)
				write(t, filepath.Join(dir, "report.txt"), []byte("a.txt:1:1: error farewell.desperation.please-dont-go: \"Please don't go\" begs the reader to stay\n  1 | Please don't go!\n"))
			}},
		{name: "interrupted --fix", cancel: true, chdir: true, args: []string{"--fix", "."}, code: 2,
			stderr: "farewell: interrupted (context canceled)",
			files: func(t *testing.T, dir string) {
				t.Helper()
				for i := range 40 {
					write(t, filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), please)
				}
			},
			check: func(t *testing.T, dir, stderr string) {
				t.Helper()
				if n := strings.Count(stderr, "context canceled"); n != 1 {
					t.Errorf("%d lines say the run was interrupted:\n%s", n, stderr)
				}
				unchanged("00.txt", please)(t, dir, "")
			}},
	}
}
