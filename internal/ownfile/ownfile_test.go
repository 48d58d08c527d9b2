package ownfile

import (
	"strings"
	"testing"
)

// TestReport checks Report on the head of each format's report and on files that only look alike.
func TestReport(t *testing.T) {
	for _, tc := range []struct {
		data string
		own  bool
	}{
		{"a.txt:1:1: error farewell.desperation.please-dont-go: \"Please stay\" begs\n", true},
		{"dir/a b.txt:12:40: suggestion farewell.elements.thanks: missing\n", true},
		{"No problems in 3 files.\n", true},
		{"1 error, 0 warnings, 2 suggestions in 1 file. Grace score 49 (needs work).\n", true},
		{"::error file=a.txt,line=1,col=1,endLine=1,endColumn=12,title=farewell.x.y::msg\n", true},
		{`{"version":1,"files":[]}`, true},
		{"<?xml version=\"1.0\"?>\n<testsuites name=\"farewell\" tests=\"1\">", true},
		{"<!DOCTYPE html>\n<html><head><title>farewell report</title>", true},
		{"<?xml version=\"1.0\"?>\n<checkstyle version=\"4.3\">\n<error source=\"farewell.x.y\"/>", true},
		{"Please stay with us. We will miss you.\n", false},
		{"Subject: error farewell.x\n", false},
		{`{"version":1,"cancel":"Please stay"}`, false},
		{"<html><title>Goodbye</title>", false},
		{"{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"runs\": [{\"tool\": {\"driver\": {\n          \"name\": \"farewell\",", true},
		{"{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"runs\": [{\"tool\": {\"driver\": {\n          \"name\": \"other\",", false},
		{"<?xml version=\"1.0\"?>\n<checkstyle version=\"4.3\">\n<file name=\"" + strings.Repeat("a", 3000) + "\">\n<error source=\"farewell.x.y\"/>", true},
		{"We say farewell to you.\n<title>farewell to arms</title>", false},
		{"a.txt:1:1: warning farewell.x.y: shown\n", true},
		{"::notice file=a.txt,line=1,title=farewell.x.y::msg\n", true},
		{"::notice file=a.txt,line=1,title=other.x.y::msg farewell\n", false},
	} {
		if got := Report([]byte(tc.data)); got != tc.own {
			t.Errorf("%q: %v, want %v", tc.data, got, tc.own)
		}
	}
}
