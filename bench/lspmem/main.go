// Command lspmem measures the peak memory of `farewell lsp` holding one large document: it
// starts the server, opens the document, waits for its diagnostics, makes one small edit at
// its end and waits for those too, shuts the server down and prints the server's peak
// resident memory (from the kernel's rusage) and the time to the first diagnostics.
//
//	go -C bench run ./lspmem -- farewell lsp < big.html
//
// It prints `wall=SECONDS rss_mb=MEGABYTES diagnostics=N`.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	name := flag.String("name", "big.html", "the document's file name, which chooses its format")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: lspmem [-name FILE] -- COMMAND [ARG...] < DOCUMENT")
		os.Exit(2)
	}
	text, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err)
	}
	if err := run(flag.Args(), *name, string(text)); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "lspmem:", err)
	os.Exit(2)
}

// run drives one server through the document's life.
func run(args []string, name, text string) error {
	cmd := exec.Command(args[0], args[1:]...)
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	r := bufio.NewReaderSize(out, 1<<20)
	uri := "file:///tmp/lspmem/" + name
	send(in, map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": map[string]any{"capabilities": map[string]any{}}})
	if _, err := until(r, func(m message) bool { return m.ID == 1 }); err != nil {
		return err
	}
	send(in, map[string]any{"jsonrpc": "2.0", "method": "initialized", "params": map[string]any{}})
	start := time.Now()
	send(in, map[string]any{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "html", "version": 1, "text": text}}})
	first, err := until(r, published(uri, 1))
	if err != nil {
		return err
	}
	wall := time.Since(start)
	lines := strings.Count(text, "\n")
	send(in, map[string]any{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"range": map[string]any{"start": map[string]int{"line": lines, "character": 0}, "end": map[string]int{"line": lines, "character": 0}}, "text": "Bye.\n"}}}})
	if _, err := until(r, published(uri, 2)); err != nil {
		return err
	}
	send(in, map[string]any{"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
	if _, err := until(r, func(m message) bool { return m.ID == 2 }); err != nil {
		return err
	}
	send(in, map[string]any{"jsonrpc": "2.0", "method": "exit"})
	_ = in.Close()
	if err := cmd.Wait(); err != nil {
		return err
	}
	rss := 0.0
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	fmt.Printf("wall=%.3f rss_mb=%.1f diagnostics=%d\n", wall.Seconds(), rss, len(first.Params.Diagnostics))
	return nil
}

// message is what the driver reads of the server's messages.
type message struct {
	ID     int    `json:"id"`
	Method string `json:"method"`
	Params struct {
		URI         string            `json:"uri"`
		Version     *int              `json:"version"`
		Diagnostics []json.RawMessage `json:"diagnostics"`
	} `json:"params"`
}

func published(uri string, version int) func(message) bool {
	return func(m message) bool {
		return m.Method == "textDocument/publishDiagnostics" && m.Params.URI == uri && m.Params.Version != nil && *m.Params.Version == version
	}
}

func send(w io.Writer, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		fail(err)
	}
	if _, err := fmt.Fprintf(w, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		fail(err)
	}
}

// until reads messages until ok accepts one, and returns it.
func until(r *bufio.Reader, ok func(message) bool) (message, error) {
	for {
		n := -1
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return message{}, fmt.Errorf("reading from the server: %w", err)
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, found := strings.CutPrefix(line, "Content-Length: "); found {
				if n, err = strconv.Atoi(v); err != nil {
					return message{}, err
				}
			}
		}
		if n < 0 {
			return message{}, errors.New("a message without Content-Length")
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			return message{}, err
		}
		var m message
		if err := json.Unmarshal(body, &m); err != nil {
			return message{}, err
		}
		if ok(m) {
			return m, nil
		}
	}
}
