package lsp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
)

// DefaultMaxMessage is the largest message the server reads; larger ones are skipped.
const DefaultMaxMessage = 32 << 20

// invalidMethod is the notification a message the server cannot read turns into, so that it
// is reported to the client instead of ending the connection.
const invalidMethod = "$/farewell/invalidMessage"

// codec reads and writes the protocol's base messages (Content-Length headers, then a JSON
// body) like jsonrpc2.VSCodeObjectCodec, but survives what a broken client sends: a body that
// is not a JSON-RPC message, or one larger than max, is read past and becomes an
// invalidMethod notification. Only a broken header, after which no message boundary can be
// found, ends the connection.
type codec struct {
	max int64
}

func (c codec) WriteObject(w io.Writer, v any) error {
	return jsonrpc2.VSCodeObjectCodec{}.WriteObject(w, v)
}

func (c codec) ReadObject(r *bufio.Reader, v any) error {
	n, err := readHeaders(r)
	if err != nil {
		return err
	}
	if n > c.max {
		if _, err := io.CopyN(io.Discard, r, n); err != nil {
			return err
		}
		return invalid(v, fmt.Sprintf("a message of %d bytes is larger than the %d-byte limit and was skipped", n, c.max))
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return err
	}
	if err := json.Unmarshal(body, v); err != nil {
		return invalid(v, fmt.Sprintf("a message that is not JSON-RPC was skipped: %v", err))
	}
	return nil
}

// invalid fills v with the notification that reports an unreadable message.
func invalid(v any, why string) error {
	note, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": invalidMethod, "params": map[string]string{"message": why}})
	if err != nil {
		return err
	}
	return json.Unmarshal(note, v)
}

// readHeaders reads a message's header lines and returns its Content-Length.
func readHeaders(r *bufio.Reader) (int64, error) {
	n := int64(-1)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return 0, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			if n, err = strconv.ParseInt(strings.TrimSpace(value), 10, 64); err != nil || n < 0 {
				return 0, fmt.Errorf("farewell lsp: bad Content-Length %q", value)
			}
		}
	}
	if n < 0 {
		return 0, fmt.Errorf("farewell lsp: a message without Content-Length")
	}
	return n, nil
}
