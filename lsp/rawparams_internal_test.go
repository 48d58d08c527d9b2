package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
)

// TestRawParams checks that a notification whose params are streamed is written byte for byte
// as the codec writes the same notification encoded whole.
func TestRawParams(t *testing.T) {
	version := int32(7)
	many := make([]Diagnostic, 300)
	for i := range many {
		many[i] = Diagnostic{Severity: severityError, Code: "farewell.x", Source: "farewell",
			Message: fmt.Sprintf("finding %d says \"<&>\" \u2028", i), Range: Range{Start: Position{Line: i}, End: Position{Line: i, Character: 3}}}
	}
	for _, p := range []publishDiagnosticsParams{
		{URI: "file:///a.html", Diagnostics: []Diagnostic{}},
		{URI: "file:///b.txt", Version: &version, Diagnostics: many[:1]},
		{URI: "file:///c.md", Version: &version, Diagnostics: many},
	} {
		var want, got bytes.Buffer
		if err := (codec{}).WriteObject(&want, map[string]any{"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": p}); err != nil {
			t.Fatal(err)
		}
		params, err := streamDiagnostics(p)
		if err != nil {
			t.Fatal(err)
		}
		var raw rawParams
		raw.hold(params)
		if err := (codec{raw: &raw}).WriteObject(&got, map[string]any{"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": rawParamsToken{}}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: streamed\n%.300s\nwant\n%.300s", p.URI, got.Bytes(), want.Bytes())
		}
		if !json.Valid(bytes.SplitN(got.Bytes(), []byte("\r\n\r\n"), 2)[1]) {
			t.Errorf("%s: not JSON", p.URI)
		}
	}
}
