package lsp_test

import (
	"context"
	"encoding/json"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/sourcegraph/jsonrpc2"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
	"github.com/farewell-protocol/farewell/lsp"
)

// client is a language client talking to a server over a pipe, as an editor does.
type client struct {
	t      testing.TB
	conn   *jsonrpc2.Conn
	exited chan struct{} // closed when Serve returns
	code   int           // what Serve returned

	mu       sync.Mutex
	diags    map[string][]published // by URI, in arrival order
	messages []string               // window/showMessage texts
	notified chan struct{}          // signalled on every notification
}

type published struct {
	Version     *int32           `json:"version"`
	Diagnostics []lsp.Diagnostic `json:"diagnostics"`
	URI         string           `json:"uri"`
	at          time.Time        // when the client received it
}

// startServer runs a server on one end of a pipe and a client on the other.
func startServer(t testing.TB, opt lsp.Options) *client {
	t.Helper()
	srv, cli := net.Pipe()
	c := &client{t: t, exited: make(chan struct{}), diags: map[string][]published{}, notified: make(chan struct{}, 1)}
	go func() {
		c.code = lsp.Serve(context.Background(), srv, opt)
		close(c.exited)
	}()
	c.conn = jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(cli, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() {
		_ = c.conn.Close()
		select {
		case <-c.exited:
		case <-time.After(10 * time.Second):
			t.Error("the server did not stop when the client went away")
		}
	})
	return c
}

// exitCode waits for the server to stop and returns its exit code.
func (c *client) exitCode() int {
	c.t.Helper()
	select {
	case <-c.exited:
		return c.code
	case <-time.After(10 * time.Second):
		c.t.Fatal("the server did not exit")
	}
	return -1
}

func (c *client) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	c.mu.Lock()
	switch req.Method {
	case "textDocument/publishDiagnostics":
		p := published{at: time.Now()}
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			c.t.Errorf("publishDiagnostics: %v", err)
		}
		c.diags[p.URI] = append(c.diags[p.URI], p)
	case "window/showMessage":
		var p struct{ Message string }
		_ = json.Unmarshal(*req.Params, &p)
		c.messages = append(c.messages, p.Message)
	}
	c.mu.Unlock()
	select {
	case c.notified <- struct{}{}:
	default:
	}
	return nil, nil // client/registerCapability and the rest succeed
}

// call sends a request and decodes its result.
func (c *client) call(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return c.conn.Call(ctx, method, params, result)
}

func (c *client) mustCall(method string, params, result any) {
	c.t.Helper()
	if err := c.call(method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// initialize runs the handshake with the given client capabilities.
func (c *client) initialize(root string, caps map[string]any) map[string]any {
	c.t.Helper()
	var res map[string]any
	params := map[string]any{"processId": nil, "rootUri": fileURI(root), "capabilities": caps}
	c.mustCall("initialize", params, &res)
	c.notify("initialized", map[string]any{})
	return res
}

// waitFor waits until the diagnostics published for uri satisfy ok, and returns the last.
func (c *client) waitFor(uri string, ok func(published) bool) published {
	c.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		c.mu.Lock()
		list := c.diags[uri]
		c.mu.Unlock()
		if n := len(list); n > 0 && ok(list[n-1]) {
			return list[n-1]
		}
		select {
		case <-c.notified:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			c.t.Fatalf("no matching diagnostics for %s; got %+v", uri, list)
		}
	}
}

// waitVersion waits for the diagnostics of a document version.
func (c *client) waitVersion(uri string, v int32) published {
	c.t.Helper()
	return c.waitFor(uri, func(p published) bool { return p.Version != nil && *p.Version == v })
}

func (c *client) open(uri, lang, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": lang, "version": 1, "text": text}})
}

// change sends edits (or whole texts, with a nil range) for a new version.
func (c *client) change(uri string, version int32, changes ...map[string]any) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": changes,
	})
}

func fileURI(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		panic(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// pos computes, independently of the server, the position of byte offset off in text: a
// 0-based line and the column in UTF-16 units, or in bytes when utf8 is set.
func pos(text string, off int, utf8Bytes bool) lsp.Position {
	before := text[:off]
	line := strings.Count(before, "\n")
	col := before[strings.LastIndexByte(before, '\n')+1:]
	if utf8Bytes {
		return lsp.Position{Line: line, Character: len(col)}
	}
	return lsp.Position{Line: line, Character: len(utf16.Encode([]rune(col)))}
}

// rangeOf is the range of the first occurrence of sub in text.
func rangeOf(t testing.TB, text, sub string, utf8Bytes bool) lsp.Range {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	return lsp.Range{Start: pos(text, i, utf8Bytes), End: pos(text, i+len(sub), utf8Bytes)}
}

// offset converts a position back into a byte offset, independently of the server.
func offset(text string, p lsp.Position, utf8Bytes bool) int {
	off := 0
	for i := 0; i < p.Line; i++ {
		off += strings.IndexByte(text[off:], '\n') + 1
	}
	if utf8Bytes {
		return off + p.Character
	}
	for units := 0; units < p.Character; {
		r, n := utf8.DecodeRuneInString(text[off:])
		off += n
		units += len(utf16.Encode([]rune{r}))
	}
	return off
}

// apply applies text edits, given in the client's position encoding, to text.
func apply(text string, edits []lsp.TextEdit, utf8Bytes bool) string {
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		start, end := offset(text, e.Range.Start, utf8Bytes), offset(text, e.Range.End, utf8Bytes)
		text = text[:start] + e.NewText + text[end:]
	}
	return text
}

// find returns the diagnostics of a rule.
func find(p published, rule string) []lsp.Diagnostic {
	var out []lsp.Diagnostic
	for _, d := range p.Diagnostics {
		if d.Code == rule {
			out = append(out, d)
		}
	}
	return out
}
