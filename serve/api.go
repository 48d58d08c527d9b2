package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/report"
	"github.com/farewell-protocol/farewell/rules"
)

// api answers the page's requests. slots bounds how many messages are linted at once; other
// requests wait for a slot (or for their client to give up). A request's lint stops when the
// request ends, its client gone or its time up, and frees its slot then.
type api struct {
	opt       Options
	slots     chan struct{}
	timeout   time.Duration // how long one request may lint
	lintInput func(context.Context, lint.Input, lint.RunOptions) *lint.Result
}

// LintRequest is the body of POST /api/lint.
type LintRequest struct {
	// Text is the message as the writer typed it.
	Text string `json:"text"`
	// Format is how to read the text (text, markdown, html, ...); "" chooses by Name, else text.
	Format string `json:"format"`
	// Kind sets the kind of the message ("" infers it, as for a file).
	Kind string `json:"kind"`
	// Name is a file name for the text: it chooses the format when none is given, and the
	// configuration's per-file settings apply to it ("message" when empty).
	Name string `json:"name"`
}

// LintResponse is the answer of POST /api/lint.
type LintResponse struct {
	Version int `json:"version"`
	// File is the result exactly as `farewell lint --format json` writes it under "files".
	File json.RawMessage `json:"file"`
	// Band is the band of the file's score ("" when there is no score).
	Band string `json:"band,omitempty"`
	// Rules documents every rule the result names: its findings' rules and the message's
	// elements.
	Rules map[string]RuleDoc `json:"rules"`
}

// RuleDoc is what the page shows about a rule.
type RuleDoc struct {
	Summary  string   `json:"summary"`
	Why      string   `json:"why"`
	Link     string   `json:"link,omitempty"`
	Severity string   `json:"severity"`
	Type     string   `json:"type"`
	Rewrites []string `json:"rewrites"`
}

// Meta is the answer of GET /api/meta: what the page's menus offer.
type Meta struct {
	Version string   `json:"version"`
	Formats []string `json:"formats"`
	Kinds   []string `json:"kinds"`
}

func (a *api) meta(w http.ResponseWriter, _ *http.Request) {
	m := Meta{Version: a.opt.Version}
	for _, f := range format.Formats() {
		m.Formats = append(m.Formats, string(f))
	}
	for _, k := range rules.MessageKinds() {
		m.Kinds = append(m.Kinds, string(k))
	}
	writeJSON(w, http.StatusOK, m)
}

func (a *api) lint(w http.ResponseWriter, r *http.Request) {
	if ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || ct != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "send the request as application/json")
		return
	}
	var req LintRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(&req)
	if err == nil {
		if _, next := dec.Token(); next != io.EOF {
			err = errors.New("something follows the JSON object")
			if next != nil && !errors.Is(next, io.ErrUnexpectedEOF) {
				err = next
			}
		}
	}
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the request is larger than %d bytes", MaxBody))
			return
		}
		writeError(w, http.StatusBadRequest, "reading the request: "+err.Error())
		return
	}
	in, opt, err := a.input(&req)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	ctx := r.Context()
	select {
	case a.slots <- struct{}{}:
	case <-ctx.Done():
		return // the client gave up
	}
	res := a.lintInput(ctx, in, opt)
	<-a.slots
	if ctx.Err() != nil {
		return // the client gave up, or the time ran out and the timeout answered
	}
	file, err := report.FileJSON(res)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "encoding the result: "+err.Error())
		return
	}
	out := LintResponse{Version: 1, File: file, Rules: a.docs(res)}
	if v, ok := message.FileScore(res.Messages); ok && res.Err == nil && res.Skipped == "" {
		out.Band = message.Band(v)
	}
	writeJSON(w, http.StatusOK, out)
}

// input checks a request and turns it into the linter's input and options.
func (a *api) input(req *LintRequest) (lint.Input, lint.RunOptions, error) {
	name := strings.TrimSpace(req.Name)
	if name == "" {
		name = "message"
	}
	var fm document.Format
	switch {
	case req.Format != "":
		f, err := format.Parse(req.Format)
		if err != nil {
			return lint.Input{}, lint.RunOptions{}, err
		}
		fm = f
	default:
		f, ok := format.Detect(name, []byte(req.Text))
		if !ok {
			f = format.Text
		}
		fm = f
	}
	var kind rules.MessageKind
	if req.Kind != "" {
		k, err := rules.ParseMessageKind(req.Kind)
		if err != nil {
			return lint.Input{}, lint.RunOptions{}, err
		}
		kind = k
	}
	cfg := a.opt.Config
	opt := lint.RunOptions{Format: fm, Settings: func(p string) *lint.FileSettings {
		fs := cfg.Settings(p)
		if kind != "" {
			fs.Kind = kind
		}
		return fs
	}}
	// What the page or a tool sends is named: read as its format says, never skipped on the
	// guess that JSON or YAML without a locale is no catalog.
	return lint.Input{Path: name, Data: []byte(req.Text), Named: true}, opt, nil
}

// docs documents the rules a result names.
func (a *api) docs(res *lint.Result) map[string]RuleDoc {
	out := map[string]RuleDoc{}
	pack := a.opt.Linter.Pack()
	add := func(id string) {
		if _, ok := out[id]; ok {
			return
		}
		if r := pack.Rule(id); r != nil {
			out[id] = RuleDoc{Summary: rules.Summary(r), Why: strings.TrimSpace(r.Why), Link: r.Link,
				Severity: r.Severity.String(), Type: string(r.Type), Rewrites: nonNil(rules.AllRewrites(r))}
		}
	}
	for _, f := range res.Findings {
		add(f.Rule.ID)
	}
	for _, m := range res.Messages {
		for _, id := range m.Present {
			add(id)
		}
		for _, id := range m.Missing {
			add(id)
		}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"encoding the answer failed"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n')) // a client that went away is not an error of the server
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
