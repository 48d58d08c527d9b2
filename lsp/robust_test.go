package lsp_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/farewell-protocol/farewell/lsp"
)

// rawClient speaks the base protocol byte by byte, so that tests can send what no well-behaved
// client would.
type rawClient struct {
	t    *testing.T
	conn net.Conn
	msgs chan map[string]any // what the server sent, read as it comes (a pipe has no buffer)
	done chan int
}

func startRaw(t *testing.T, opt lsp.Options) *rawClient {
	t.Helper()
	srv, cli := net.Pipe()
	c := &rawClient{t: t, conn: cli, msgs: make(chan map[string]any, 100), done: make(chan int, 1)}
	go func() { c.done <- lsp.Serve(context.Background(), srv, opt) }()
	go c.read(bufio.NewReader(cli))
	t.Cleanup(func() { _ = cli.Close() })
	return c
}

// read parses the server's messages until the connection closes.
func (c *rawClient) read(r *bufio.Reader) {
	defer close(c.msgs)
	for {
		n := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				n, _ = strconv.Atoi(v)
			}
		}
		body := make([]byte, max(n, 0))
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var m map[string]any
		if json.Unmarshal(body, &m) == nil {
			c.msgs <- m
		}
	}
}

func (c *rawClient) send(body string) {
	c.t.Helper()
	if _, err := fmt.Fprintf(c.conn, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		c.t.Fatal(err)
	}
}

// next returns the next message the server sent.
func (c *rawClient) next() map[string]any {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if !ok {
			c.t.Fatal("the server closed the connection")
		}
		return m
	case <-time.After(10 * time.Second):
		c.t.Fatal("no message from the server")
	}
	return nil
}

// reply reads messages until the response to id, returning it and the notifications before it.
func (c *rawClient) reply(id float64) (map[string]any, []map[string]any) {
	var notes []map[string]any
	for {
		m := c.next()
		if got, ok := m["id"].(float64); ok && got == id && m["method"] == nil {
			return m, notes
		}
		notes = append(notes, m)
	}
}

const initialize = `{"jsonrpc":"2.0","id":%d,"method":"initialize","params":{"capabilities":{}}}`

// TestUnreadableMessages sends a body that is not JSON, one that is JSON but not JSON-RPC and
// one over the size limit: each is reported to the user, answered with the JSON-RPC error for
// it (-32700 for a body that is not JSON, -32600 for the others; id null, as none can be
// read), and the server keeps serving.
func TestUnreadableMessages(t *testing.T) {
	c := startRaw(t, lsp.Options{MaxMessage: 4096})
	for i, bad := range []struct {
		body string
		code float64
	}{
		{`{"jsonrpc":"2.0","id":1,"method":"initialize",`, -32700},
		{`[1, 2, 3]`, -32600},
		{`{"jsonrpc":"2.0","id":1,"method":"textDocument/didOpen","params":{"text":"` + strings.Repeat("x", 5000) + `"}}`, -32600},
	} {
		c.send(bad.body)
		c.send(fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"shutdown"}`, 100+i))
		resp, notes := c.reply(float64(100 + i))
		if len(notes) != 2 || notes[0]["method"] != "window/logMessage" {
			t.Fatalf("message %d: %v, want a window/logMessage and an error answer", i, notes)
		}
		if id, ok := notes[1]["id"]; !ok || id != nil || notes[1]["error"].(map[string]any)["code"] != bad.code {
			t.Errorf("message %d: answered %v, want error %v with id null", i, notes[1], bad.code)
		}
		if resp["error"] == nil { // shutdown before initialize is refused: the server answered
			t.Errorf("message %d: %v", i, resp)
		}
	}
	c.send(fmt.Sprintf(initialize, 7))
	if resp, _ := c.reply(7); resp["result"] == nil {
		t.Fatalf("initialize after unreadable messages: %v", resp)
	}
}

// TestRequestsAfterShutdown checks that requests after shutdown are refused and exit then
// ends the server with code 0.
func TestRequestsAfterShutdown(t *testing.T) {
	c := startRaw(t, lsp.Options{})
	c.send(fmt.Sprintf(initialize, 1))
	c.reply(1)
	c.send(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`)
	c.reply(2)
	c.send(`{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.txt"},"position":{"line":0,"character":0}}}`)
	if resp, _ := c.reply(3); resp["error"] == nil || resp["error"].(map[string]any)["code"].(float64) != -32600 {
		t.Errorf("hover after shutdown: %v", resp)
	}
	c.send(`{"jsonrpc":"2.0","method":"exit"}`)
	select {
	case code := <-c.done:
		if code != 0 {
			t.Errorf("exit after shutdown: code %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not exit")
	}
}

// TestClientGoneMidRequest opens a large document and hangs up before the diagnostics come: the
// server stops with code 1 and nothing is left running.
func TestClientGoneMidRequest(t *testing.T) {
	c := startRaw(t, lsp.Options{})
	c.send(fmt.Sprintf(initialize, 1))
	c.reply(1)
	text, _ := json.Marshal(strings.Repeat("<p>Please don't go! To cancel, call us.</p>\n", 1000))
	c.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/big.html","languageId":"html","version":1,"text":` + string(text) + `}}}`)
	c.send(`{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/big.html"},"position":{"line":0,"character":5}}}`)
	_ = c.conn.Close()
	select {
	case code := <-c.done:
		if code != 1 {
			t.Errorf("code %d after the client hung up, want 1", code)
		}
	case <-time.After(60 * time.Second): // a hang guard: a lint in flight (slow under -race) ends first
		t.Fatal("the server did not stop when the client hung up")
	}
}

// TestEditThatCannotBeApplied sends an edit whose range ends before it starts: the server does
// not keep linting a text that is no longer the editor's. It clears the document's diagnostics
// and says so once; requests about it are invalid params; a change with the whole text brings
// it back.
func TestEditThatCannotBeApplied(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t, lsp.Options{})
	c.initialize(dir, map[string]any{})
	uri := fileURI(filepath.Join(dir, "a.txt"))
	c.open(uri, "plaintext", "Please don't go!\n")
	if p := c.waitVersion(uri, 1); len(p.Diagnostics) == 0 {
		t.Fatal("no diagnostics for the open document")
	}
	bad := map[string]any{"range": lsp.Range{Start: lsp.Position{Line: 0, Character: 9}, End: lsp.Position{Line: 0, Character: 2}}, "text": "x"}
	c.change(uri, 2, bad)
	c.change(uri, 3, bad)
	c.waitFor(uri, func(p published) bool { return p.Version == nil && len(p.Diagnostics) == 0 })
	var rerr *jsonrpc2.Error
	if err := c.call("textDocument/hover", position(uri, lsp.Position{}), nil); !asRPCError(err, &rerr) || rerr.Code != jsonrpc2.CodeInvalidParams {
		t.Errorf("hover on the dropped document: %v", err)
	}
	c.mu.Lock()
	told := 0
	for _, m := range c.messages {
		if strings.Contains(m, uri) && strings.Contains(m, "reopen") {
			told++
		}
	}
	c.mu.Unlock()
	if told != 1 {
		t.Errorf("told the user %d times, want once: %q", told, c.messages)
	}
	c.change(uri, 4, map[string]any{"text": "Please stay with us!\n"})
	if p := c.waitVersion(uri, 4); len(find(p, "farewell.desperation.please-dont-go")) != 1 {
		t.Errorf("after a full-text change: %+v", p.Diagnostics)
	}
}

// TestLargestDocument checks that the server reports each new largest document size, from
// opens and edits, and not the sizes below it.
func TestLargestDocument(t *testing.T) {
	var mu sync.Mutex
	var sizes []int
	c := startServer(t, lsp.Options{LargestDocument: func(n int) { mu.Lock(); sizes = append(sizes, n); mu.Unlock() }})
	dir := t.TempDir()
	c.initialize(dir, map[string]any{})
	a, b := fileURI(filepath.Join(dir, "a.txt")), fileURI(filepath.Join(dir, "b.txt"))
	c.open(a, "plaintext", "Bye.\n")
	c.waitVersion(a, 1)
	c.open(b, "plaintext", "Bye.\n")
	c.waitVersion(b, 1)
	c.change(a, 2, map[string]any{"text": "Thank you for being with us.\n"})
	c.waitVersion(a, 2)
	mu.Lock()
	defer mu.Unlock()
	if fmt.Sprint(sizes) != "[5 29]" {
		t.Errorf("sizes %v, want [5 29]", sizes)
	}
}
