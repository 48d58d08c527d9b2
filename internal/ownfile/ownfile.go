// Package ownfile recognises the files farewell itself wrote, its reports and baselines, so that
// a run over a tree that holds them does not lint them.
package ownfile

import (
	"bytes"
	"strings"
)

// Baseline reports whether data is a baseline farewell wrote: the package baseline writes
// it indented, opening with its version and findings.
func Baseline(data []byte) bool {
	return bytes.HasPrefix(data, []byte("{\n  \"version\": 1,\n  \"findings\": ["))
}

// Report reports whether data is a report farewell wrote, in any of its formats: by how a
// json, sarif, junit, html or checkstyle report begins, or by the first line of a text or
// github one.
func Report(data []byte) bool {
	head := data[:min(len(data), 2048)]
	if bytes.Contains(head, []byte(`{"version":1,"files":[`)) {
		return true
	}
	if bytes.HasPrefix(head, []byte(`<?xml`)) && bytes.Contains(head, []byte("<checkstyle")) && bytes.Contains(data, []byte(`source="farewell`)) {
		return true
	}
	first, _, _ := bytes.Cut(head, []byte("\n"))
	if summaryLine(first) {
		return true
	}
	// Every other sign names farewell within the head: one search rules them all out in the
	// text of a file that is no report.
	if !bytes.Contains(head, []byte("farewell")) {
		return false
	}
	for _, s := range []string{`<testsuites name="farewell"`, `<title>farewell report</title>`} {
		if bytes.Contains(head, []byte(s)) {
			return true
		}
	}
	if bytes.Contains(head, []byte(`"$schema": "https://json.schemastore.org/sarif`)) && bytes.Contains(head, []byte(`"name": "farewell"`)) {
		return true
	}
	return findingLine(first) || annotationLine(first)
}

// findingLine reports a text report's finding: "path:3:7: error farewell.rule.id: ...".
func findingLine(l []byte) bool {
	for _, sev := range []string{": error farewell.", ": warning farewell.", ": suggestion farewell."} {
		if i := bytes.Index(l, []byte(sev)); i > 0 {
			pos := bytes.Split(l[:i], []byte(":"))
			return len(pos) >= 3 && allDigits(string(pos[len(pos)-1])) && allDigits(string(pos[len(pos)-2]))
		}
	}
	return false
}

// annotationLine reports a github report's annotation for a farewell rule.
func annotationLine(l []byte) bool {
	for _, level := range []string{"::error file=", "::warning file=", "::notice file="} {
		if bytes.HasPrefix(l, []byte(level)) {
			return bytes.Contains(l, []byte("title=farewell."))
		}
	}
	return false
}

// summaryLine reports a report that is only its summary: "No problems in 3 files." or
// "2 errors, 0 warnings, 1 suggestion in 3 files".
func summaryLine(l []byte) bool {
	if bytes.HasPrefix(l, []byte("No problems in ")) {
		return true
	}
	return len(l) > 0 && '0' <= l[0] && l[0] <= '9' && bytes.Contains(l, []byte(" warning")) &&
		bytes.Contains(l, []byte(" suggestion")) && bytes.Contains(l, []byte(" in ")) && bytes.Contains(l, []byte(" file"))
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
