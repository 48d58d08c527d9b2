package lsp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
)

// DefaultMaxMessage is the largest message the server reads; larger ones are skipped.
const DefaultMaxMessage = 32 << 20

// Limits on a message's header: a line longer than the reader's buffer (4 KB), or more lines
// than this, ends the connection, since no message boundary can be found after them.
const maxHeaderLines = 32

// invalidMethod is the notification a message the server cannot read turns into, so that it
// is reported to the client instead of ending the connection.
const invalidMethod = "$/farewell/invalidMessage"

// JSON-RPC's error codes for a message that is not JSON and one that is not a request.
const (
	codeParseError     = -32700
	codeInvalidRequest = -32600
)

// nullID stands for the JSON-RPC id null in a response the server sends: the answer to a
// message whose id could not be read. jsonrpc2 cannot write null ids, so the codec writes
// this one as null.
func nullID() jsonrpc2.ID { return jsonrpc2.ID{Str: "\x00farewell:null-id", IsString: true} }

// codec reads and writes the protocol's base messages (Content-Length headers, then a JSON
// body) like jsonrpc2.VSCodeObjectCodec, but survives what a broken client sends: a body that
// is not a JSON-RPC message, or one larger than max, is read past and becomes an
// invalidMethod notification, which the server answers with a JSON-RPC error. Only a broken
// header, after which no message boundary can be found, ends the connection.
type codec struct {
	max int64
	raw *rawParams // params written in place of rawParamsToken (nil: none)
}

func (c codec) WriteObject(w io.Writer, v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if id, _ := json.Marshal(nullID()); bytes.Contains(body, id) {
		body = bytes.Replace(body, append([]byte(`"id":`), id...), []byte(`"id":null`), 1)
	}
	return c.raw.write(w, body)
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
		return invalid(v, codeInvalidRequest, nil, fmt.Sprintf("a message of %d bytes is larger than the %d-byte limit and was skipped", n, c.max))
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return err
	}
	if !json.Valid(body) {
		return invalid(v, codeParseError, nil, "a message that is not JSON was skipped")
	}
	if err := json.Unmarshal(body, v); err != nil {
		var m struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.Unmarshal(body, &m) // the id, when the message has one, is answered
		return invalid(v, codeInvalidRequest, m.ID, fmt.Sprintf("a message that is not JSON-RPC was skipped: %v", err))
	}
	return nil
}

// invalidParams are the params of an invalidMethod notification.
type invalidParams struct {
	Message string          `json:"message"`
	Code    int64           `json:"code"`
	ID      json.RawMessage `json:"id,omitempty"` // the unreadable message's id, when it had one
}

// invalid fills v with the notification that reports an unreadable message.
func invalid(v any, code int64, id json.RawMessage, why string) error {
	note, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": invalidMethod,
		"params": invalidParams{Message: why, Code: code, ID: id}})
	if err != nil {
		return err
	}
	return json.Unmarshal(note, v)
}

// readHeaders reads a message's header lines and returns its Content-Length. A line is read
// within the reader's buffer, so a client that never ends one cannot make memory grow.
func readHeaders(r *bufio.Reader) (int64, error) {
	n := int64(-1)
	for lines := 0; ; lines++ {
		if lines == maxHeaderLines {
			return 0, fmt.Errorf("farewell lsp: more than %d header lines", maxHeaderLines)
		}
		raw, err := r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return 0, fmt.Errorf("farewell lsp: a header line longer than %d bytes", r.Size())
		}
		if err != nil {
			return 0, err
		}
		line := strings.TrimRight(string(raw), "\r\n")
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

// unreadable reports a message the codec could not read: in the log, to the user, and to the
// client as the JSON-RPC error it asks for (a parse error or an invalid request), with the
// message's id when it had one and null otherwise.
func (s *server) unreadable(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	var p invalidParams
	if req.Params != nil {
		_ = json.Unmarshal(*req.Params, &p) // our own notification: it always decodes
	}
	s.log.Print(p.Message)
	s.notify("window/logMessage", map[string]any{"type": 1, "message": "farewell: " + p.Message})
	id := nullID()
	if len(p.ID) > 0 && string(p.ID) != "null" {
		if err := json.Unmarshal(p.ID, &id); err != nil {
			id = nullID()
		}
	}
	if err := conn.ReplyWithError(ctx, id, &jsonrpc2.Error{Code: p.Code, Message: p.Message}); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("answering an unreadable message: %v", err)
	}
}
