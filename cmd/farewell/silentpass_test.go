package main

import (
	"path/filepath"
	"testing"
)

// silentPassCases are the rows of the bad-input matrix where a run used to pass without
// reading what it was given: standard input without a name, files named on the command line
// that a directory walk would skip, formats farewell does not read, runs that lint nothing.
func silentPassCases() []badCase {
	please := []byte("Please don't go!\n")
	catalog := []byte(`{"cancel": {"title": "Please don't go!"}}`)
	files := func(pairs ...string) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			t.Helper()
			for i := 0; i+1 < len(pairs); i += 2 {
				write(t, filepath.Join(dir, pairs[i]), []byte(pairs[i+1]))
			}
		}
	}
	none := func(*testing.T, string) {}
	return []badCase{
		{name: "standard input without a name is text", files: none, args: []string{"-"}, in: string(please),
			code: 1, stdout: "<stdin>:1:1: error farewell.desperation.please-dont-go"},
		{name: "--stdin without a name is text", files: none, args: []string{"--stdin"}, in: string(please),
			code: 1, stdout: "<stdin>:1:1: error farewell.desperation.please-dont-go"},
		{name: "standard input as the format given", files: none, args: []string{"--stdin", "--input-format", "html"}, in: "<p>Please <b>don't</b> go!</p>",
			code: 1, stdout: "<stdin>:1:4: error farewell.desperation.please-dont-go"},
		{name: "standard input named as a catalog without a locale", files: none, args: []string{"--stdin", "--stdin-filename", "cancel.json"}, in: string(catalog),
			code: 1, stdout: "cancel.json:1:23: error farewell.desperation.please-dont-go"},
		{name: "a named catalog without a locale in its path", files: file("msgs/cancel.json", catalog), args: []string{"{dir}/msgs/cancel.json"},
			code: 1, stdout: "cancel.json:1:23: error farewell.desperation.please-dont-go"},
		{name: "a walked JSON file that is no catalog", files: file("msgs/cancel.json", catalog),
			code: 2, stdout: "skipped 1 file: JSON or YAML with no locale", stderr: "nothing was linted: 1 file was skipped"},
		{name: "a walked file whose format a glob sets", files: files("msgs/cancel.json", string(catalog), ".farewell.yaml", "overrides:\n  - files: [\"msgs/**\"]\n    format: json\n"),
			code: 1, stdout: "cancel.json:1:23: error farewell.desperation.please-dont-go"},
		{name: "an unknown extension that a glob names a format", files: files("copy/bye.tmpl2", string(please), ".farewell.yaml", "overrides:\n  - files: [\"copy/*.tmpl2\"]\n    format: text\n"),
			code: 1, stdout: "bye.tmpl2:1:1: error farewell.desperation.please-dont-go"},
		{name: "a named file of no format farewell reads", files: file("notes.docx", please), args: []string{"{dir}/notes.docx"},
			code: 2, stderr: "notes.docx: not a format farewell reads"},
		{name: "a named file of no known format, as a hook passes it", files: file("notes.docx", please), args: []string{"--as-walked", "{dir}/notes.docx"},
			code: 0, stdout: "skipped 1 file: not a format farewell reads"},
		{name: "every named file skipped", files: file("locales/it/bye.txt", []byte("Non andartene!\n")), args: []string{"{dir}/locales/it/bye.txt"},
			code: 2, stderr: "bye.txt: no rule pack for its locale"},
		{name: "a directory with nothing to read", files: file("notes.docx", please),
			code: 2, stderr: "nothing was linted: no file farewell reads was found"},
		{name: "skipped files listed with --verbose", files: files("photo.txt", "GIF89a\x00\x01", "ok.txt", string(please)), args: []string{"--verbose", "{dir}"},
			code: 1, stdout: "photo.txt: skipped: binary file"},
		{name: "a named TypeScript module outside a catalog folder", files: file("src/banner.ts", []byte("export default { bye: 'Please don\\'t go!' }\n")), args: []string{"{dir}/src/banner.ts"},
			code: 1, stdout: "banner.ts:1:24: error farewell.desperation.please-dont-go"},
		{name: "a walked TypeScript file outside a catalog folder", files: file("src/banner.ts", []byte("export default { bye: 'Please don\\'t go!' }\n")),
			code: 2, stdout: "skipped 1 file: JavaScript or TypeScript with no locale"},
		{name: "the configuration of a linted directory applies", files: files("repo/a.txt", string(please), "repo/.farewell.yaml", "rules:\n  farewell.desperation: off\n"),
			args: []string{"{dir}/repo"}, code: 0, stdout: "No problems in 1 file."},
		{name: "the configuration nearest each file applies", files: files("repo/a.txt", string(please), "repo/sub/b.txt", string(please), "repo/sub/.farewell.yaml", "rules:\n  farewell.desperation: off\n"),
			args: []string{"{dir}/repo"}, code: 1, stdout: "a.txt:1:1: error farewell.desperation.please-dont-go"},
		{name: "a broken configuration in a linted directory", files: files("repo/a.txt", string(please), "repo/.farewell.yaml", "rulez: {}\nrules:\n  farewell.desperation.exclamation: of\n"),
			args: []string{"{dir}/repo"}, code: 2, stderr: `.farewell.yaml:3:3: rules: "farewell.desperation.exclamation" names no rule, category or id prefix (did you mean "farewell.desperation.exclamations"?)`},
		{name: "--diff exits 1 while findings remain", files: file("a.txt", please), args: []string{"--diff", "{dir}/a.txt"},
			code: 1, stdout: "+We'll miss you"},
		{name: "a Latin-1 file named is skipped, not shown as U+FFFD", files: file("bye.txt", []byte("Caf\xe9 news: please don't go!\n")), args: []string{"{dir}/bye.txt"},
			code: 2, stderr: "bye.txt: not UTF-8 (Latin-1 or Windows-1252?): save it as UTF-8"},
		{name: "a byte order mark is not a column", files: file("bom.html", []byte("\xEF\xBB\xBF<p>Please don't go!</p>\n")), args: []string{"{dir}/bom.html"},
			code: 1, stdout: "bom.html:1:4: error farewell.desperation.please-dont-go"},
		{name: "--diff on a UTF-16 .strings file is readable", files: file("en.lproj/Localizable.strings", utf16le("\"bye\" = \"Please don't go!\";\n")),
			args: []string{"--diff", "{dir}/en.lproj/Localizable.strings"}, code: 1, stdout: "-\"bye\" = \"Please don't go!\";\n+\"bye\" = \"We'll miss you"},
	}
}
