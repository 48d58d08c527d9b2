package lsp_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/farewell-protocol/farewell/lsp"
)

// TestProtocolErrors checks the answers to requests out of order and to bad params, and the
// exit code of an exit without shutdown.
func TestProtocolErrors(t *testing.T) {
	c := startServer(t, lsp.Options{})
	var rerr *jsonrpc2.Error
	err := c.call("textDocument/hover", position("file:///x.txt", lsp.Position{}), nil)
	if !asRPCError(err, &rerr) || rerr.Code != -32002 {
		t.Errorf("hover before initialize: %v", err)
	}
	c.initialize(t.TempDir(), map[string]any{})
	if err := c.call("initialize", map[string]any{}, nil); err == nil {
		t.Error("a second initialize succeeded")
	}
	if err := c.call("textDocument/hover", map[string]any{"position": "top"}, nil); !asRPCError(err, &rerr) || rerr.Code != jsonrpc2.CodeInvalidParams {
		t.Errorf("bad params: %v", err)
	}
	if err := c.call("textDocument/hover", position("file:///not/open.txt", lsp.Position{}), nil); err == nil {
		t.Error("hover on a document that is not open succeeded")
	}
	if err := c.call("workspace/symbol", map[string]any{}, nil); !asRPCError(err, &rerr) || rerr.Code != jsonrpc2.CodeMethodNotFound {
		t.Errorf("unknown method: %v", err)
	}
	c.notify("exit", nil)
	if code := c.exitCode(); code != 1 {
		t.Errorf("exit code %d without shutdown, want 1", code)
	}
}

func asRPCError(err error, target **jsonrpc2.Error) bool {
	e, ok := err.(*jsonrpc2.Error) //nolint:errorlint // jsonrpc2 returns its errors unwrapped
	if ok {
		*target = e
	}
	return ok
}

// TestDocumentsNotLinted checks that documents farewell does not read, and its own
// configuration, get empty diagnostics, that the language id chooses the format of a document
// whose name does not, and that a bad label is reported where it stands.
func TestDocumentsNotLinted(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t, lsp.Options{})
	c.initialize(dir, map[string]any{})
	for _, tc := range []struct{ name, lang string }{{"main.go", "go"}, {".farewell.yaml", "yaml"}} {
		uri := fileURI(filepath.Join(dir, tc.name))
		c.open(uri, tc.lang, "Please don't go!\n")
		if p := c.waitVersion(uri, 1); len(p.Diagnostics) != 0 {
			t.Errorf("%s: %+v", tc.name, p.Diagnostics)
		}
	}
	uri := fileURI(filepath.Join(dir, "GOODBYE"))
	c.open(uri, "markdown", "# Bye\n\nPlease don't go!\n")
	if p := c.waitVersion(uri, 1); len(find(p, "farewell.desperation.please-dont-go")) != 1 {
		t.Errorf("by language id: %+v", p.Diagnostics)
	}
	uri = fileURI(filepath.Join(dir, "label.txt"))
	c.open(uri, "plaintext", "Hello.\n# farewell: kind=cancelation\nBye.\n")
	p := c.waitVersion(uri, 1)
	if bad := find(p, "parse"); len(bad) != 1 || bad[0].Range.Start != (lsp.Position{Line: 1}) ||
		!strings.HasPrefix(bad[0].Message, `farewell label: unknown message kind "cancelation"`) {
		t.Errorf("bad label: %+v", p.Diagnostics)
	}
}
