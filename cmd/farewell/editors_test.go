package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// frame writes a JSON-RPC message with the Language Server Protocol's header.
func frame(body string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body)
}

func TestLSPCommand(t *testing.T) {
	in := frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`) +
		frame(`{"jsonrpc":"2.0","method":"initialized","params":{}}`) +
		frame(`{"jsonrpc":"2.0","id":2,"method":"shutdown"}`) +
		frame(`{"jsonrpc":"2.0","method":"exit"}`)
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"lsp", "--stdio"}, strings.NewReader(in), &out, &errb)
	if code != exitOK || !strings.Contains(out.String(), `"positionEncoding":"utf-16"`) ||
		!strings.Contains(out.String(), `"serverInfo":{"name":"farewell"`) || !strings.Contains(out.String(), `"id":2,"result":null`) {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, out.String(), errb.String())
	}
	if code, _, stderr := farewell(t, "", "lsp", "extra"); code != exitUsage || !strings.Contains(stderr, "lsp takes no arguments") {
		t.Errorf("lsp extra: exit %d, %s", code, stderr)
	}
}

func TestServeCommand(t *testing.T) {
	if code, _, stderr := farewell(t, "", "serve", "--addr", "nonsense"); code != exitUsage || !strings.Contains(stderr, "serve:") {
		t.Errorf("bad address: exit %d, %s", code, stderr)
	}
	for _, tc := range []struct {
		addr    string
		warning bool
	}{{"127.0.0.1:0", false}, {"0.0.0.0:0", true}} {
		ctx, cancel := context.WithCancel(context.Background())
		pr, pw := io.Pipe()
		done := make(chan int, 1)
		go func() {
			done <- run(ctx, []string{"serve", "--addr", tc.addr}, strings.NewReader(""), io.Discard, pw)
			_ = pw.Close()
		}()
		lines := bufio.NewScanner(pr)
		var url string
		warned := false
		for url == "" && lines.Scan() {
			line := lines.Text()
			warned = warned || strings.Contains(line, "is not a loopback address")
			if _, rest, ok := strings.Cut(line, "serving the writers' page at "); ok {
				url = strings.Fields(rest)[0]
			}
		}
		go func() { _, _ = io.Copy(io.Discard, pr) }()
		if url == "" || warned != tc.warning {
			t.Fatalf("%s: url %q, warned %v", tc.addr, url, warned)
		}
		if tc.addr == "127.0.0.1:0" {
			r, err := http.Get(url + "api/meta")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(r.Body)
			_ = r.Body.Close()
			if r.StatusCode != http.StatusOK || !strings.Contains(string(body), `"formats":["text"`) {
				t.Errorf("GET %sapi/meta: %d %s", url, r.StatusCode, body)
			}
		}
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("%s: exit %d after interruption", tc.addr, code)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: serve did not stop", tc.addr)
		}
	}
}
