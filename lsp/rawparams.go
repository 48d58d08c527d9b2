package lsp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// rawParams carries a notification's params past jsonrpc2, which would otherwise hold them
// encoded about six times over (it encodes params, then the request as a map that compacts
// them again, and the codec encodes the whole message once more): for a document with tens
// of thousands of diagnostics that is a hundred megabytes. The notification is sent with
// rawParamsToken as its params, and the codec writes the params held here in its place,
// streamed: they are never whole in memory.
type rawParams struct {
	mu      sync.Mutex
	pending *streamed
}

// streamed is an encoded JSON value written in pieces: n bytes in all.
type streamed struct {
	n     int
	write func(w io.Writer) error
}

// rawParamsToken stands for the held params in a message: a JSON string no client sends.
type rawParamsToken struct{}

// rawParamsJSON is rawParamsToken as it appears in an encoded message.
const rawParamsJSON = `"\u0000farewell:raw-params"`

// MarshalJSON writes the token.
func (rawParamsToken) MarshalJSON() ([]byte, error) { return []byte(rawParamsJSON), nil }

// hold keeps params until the next message that carries the token is written; nil forgets
// them.
func (p *rawParams) hold(params *streamed) {
	p.mu.Lock()
	p.pending = params
	p.mu.Unlock()
}

// write writes the message body to w behind its Content-Length header, with the held params
// in place of the token when the body carries it.
func (p *rawParams) write(w io.Writer, body []byte) error {
	var params *streamed
	i := -1
	if p != nil {
		p.mu.Lock()
		params = p.pending
		p.mu.Unlock()
		if params != nil {
			i = bytes.Index(body, []byte(rawParamsJSON))
		}
	}
	if i < 0 {
		if _, err := fmt.Fprintf(w, "Content-Length: %d\r\n\r\n", len(body)); err != nil {
			return err
		}
		_, err := w.Write(body)
		return err
	}
	rest := body[i+len(rawParamsJSON):]
	if _, err := fmt.Fprintf(w, "Content-Length: %d\r\n\r\n", i+params.n+len(rest)); err != nil {
		return err
	}
	if _, err := w.Write(body[:i]); err != nil {
		return err
	}
	if err := params.write(w); err != nil {
		return err
	}
	_, err := w.Write(rest)
	return err
}

// streamDiagnostics returns the params of a publishDiagnostics notification, encoded one
// diagnostic at a time: a first pass counts the bytes, the second writes them.
func streamDiagnostics(p publishDiagnosticsParams) (*streamed, error) {
	diags := p.Diagnostics
	p.Diagnostics = []Diagnostic{}
	head, err := json.Marshal(p) // {"uri":...,"diagnostics":[]}
	if err != nil {
		return nil, err
	}
	open, closing := head[:len(head)-2], head[len(head)-2:]
	each := func(fn func(i int, b []byte) error) error {
		for i := range diags {
			b, err := json.Marshal(&diags[i])
			if err != nil {
				return err
			}
			if err := fn(i, b); err != nil {
				return err
			}
		}
		return nil
	}
	n := len(head)
	if err := each(func(i int, b []byte) error { n += len(b) + min(i, 1); return nil }); err != nil {
		return nil, err
	}
	return &streamed{n: n, write: func(w io.Writer) error {
		if _, err := w.Write(open); err != nil {
			return err
		}
		if err := each(func(i int, b []byte) error {
			if i > 0 {
				if _, err := w.Write([]byte{','}); err != nil {
					return err
				}
			}
			_, err := w.Write(b)
			return err
		}); err != nil {
			return err
		}
		_, err := w.Write(closing)
		return err
	}}, nil
}
