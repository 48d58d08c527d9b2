// Package lsp is farewell's language server. It lints the documents an editor has open as they
// change and publishes diagnostics with exact ranges, quick fixes (each rewrite, and a comment
// that disables the rule on the line), hovers that explain the rule, and each message's grace
// score as a code lens, over the Language Server Protocol: JSON-RPC 2.0 on a byte stream,
// usually standard input and output. It is wiring around the flow: it imports config, lint,
// format, message and document, and only cmd imports it.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// Options configure a server.
type Options struct {
	// Version is farewell's version, reported to the client.
	Version string
	// Log receives the server's log lines (standard error in the CLI); nil discards them.
	Log io.Writer
	// Config, when set, is the configuration file of every document instead of the
	// .farewell.yaml nearest to it.
	Config string
	// NoBuiltin leaves the built-in rule pack out.
	NoBuiltin bool
	// MaxMessage is the largest message read (0: DefaultMaxMessage); larger ones are skipped
	// and reported to the client.
	MaxMessage int64
	// LargestDocument, when set, is called with the size in bytes of the largest document
	// opened so far, each time it grows; the CLI sets its memory budget from it.
	LargestDocument func(size int)
}

// The server's life cycle, as the protocol orders it.
const (
	stateStarting = iota // before initialize
	stateRunning         // after initialize, before shutdown
	stateShutdown        // after shutdown: only exit is accepted
)

// codeServerNotInitialized is the protocol's error code for a request before initialize.
const codeServerNotInitialized = -32002

type server struct {
	opt     Options
	log     *log.Logger
	conn    *jsonrpc2.Conn
	configs *configs
	done    chan struct{} // closed when the connection ends: workers stop
	wg      sync.WaitGroup

	// pubMu orders publishDiagnostics notifications: the check that a document is still the
	// open one and the notification happen together.
	pubMu sync.Mutex
	// raw holds the encoded params of the notification being published (see rawParams).
	raw rawParams

	mu         sync.Mutex
	state      int
	exitCode   int
	utf8       bool // positions in UTF-8 bytes rather than UTF-16 units
	docChanges bool // the client takes versioned document changes in workspace edits
	watch      bool // the client lets the server register file watchers
	debounce   time.Duration
	folders    []string // workspace folder paths, longest first
	docs       map[string]*textDocument
	largest    int               // the size of the largest document opened so far
	lost       map[string]string // documents dropped after an edit failed, with their language id
	reported   map[string]bool   // configuration errors already shown to the user
}

// Serve runs a language server on stream until the client sends exit, closes the stream or
// ctx ends, and returns the exit code the protocol asks for: 0 after a shutdown request, 1
// otherwise.
func Serve(ctx context.Context, stream io.ReadWriteCloser, opt Options) int {
	logw := opt.Log
	if logw == nil {
		logw = io.Discard
	}
	s := &server{
		opt:      opt,
		log:      log.New(logw, "farewell lsp: ", 0),
		configs:  newConfigs(opt),
		done:     make(chan struct{}),
		docs:     map[string]*textDocument{},
		lost:     map[string]string{},
		reported: map[string]bool{},
		exitCode: 1,
	}
	h := jsonrpc2.HandlerWithError(s.handle).SuppressErrClosed()
	s.mu.Lock()
	maxMessage := opt.MaxMessage
	if maxMessage <= 0 {
		maxMessage = DefaultMaxMessage
	}
	s.conn = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(stream, codec{max: maxMessage, raw: &s.raw}), h,
		jsonrpc2.SetLogger(s.log))
	conn := s.conn
	s.mu.Unlock()
	<-conn.DisconnectNotify()
	close(s.done)
	s.wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.exitCode
}

// handle answers one request or notification. It runs on the connection's reading goroutine,
// so notifications are handled in the order the client sent them; linting happens elsewhere.
func (s *server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	s.mu.Lock()
	state := s.state
	s.mu.Unlock()
	switch {
	case req.Method == invalidMethod:
		s.unreadable(ctx, conn, req)
		return nil, nil
	case req.Method == "exit":
		s.mu.Lock()
		if s.state == stateShutdown {
			s.exitCode = 0
		}
		s.mu.Unlock()
		return nil, conn.Close()
	case req.Method == "initialize":
		if state != stateStarting {
			return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "initialize was already called"}
		}
		return s.initialize(req)
	case state == stateStarting:
		if req.Notif {
			return nil, nil // the protocol drops notifications before initialize
		}
		return nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "the server is not initialized"}
	case state == stateShutdown:
		if req.Notif {
			return nil, nil // documents closing as the editor quits
		}
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidRequest, Message: "the server is shutting down"}
	case req.Method == "shutdown":
		s.shutdown()
		return nil, nil
	}
	return s.dispatch(ctx, req)
}

// dispatch handles the methods of a running server.
func (s *server) dispatch(_ context.Context, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "initialized":
		s.registerWatchers()
		return nil, nil
	case "textDocument/didOpen":
		var p didOpenParams
		return nil, decode(req, &p, func() error { return s.didOpen(p) })
	case "textDocument/didChange":
		var p didChangeParams
		return nil, decode(req, &p, func() error { return s.didChange(p) })
	case "textDocument/didSave":
		var p didSaveParams
		return nil, decode(req, &p, func() error { s.didSave(p.TextDocument.URI); return nil })
	case "textDocument/didClose":
		var p didCloseParams
		return nil, decode(req, &p, func() error { s.didClose(p.TextDocument.URI); return nil })
	case "workspace/didChangeWatchedFiles":
		var p didChangeWatchedFilesParams
		return nil, decode(req, &p, func() error { s.watchedFilesChanged(p); return nil })
	case "workspace/didChangeWorkspaceFolders":
		var p didChangeWorkspaceFoldersParams
		return nil, decode(req, &p, func() error { s.foldersChanged(p); return nil })
	case "textDocument/codeAction":
		var p codeActionParams
		var out []CodeAction
		return &out, decode(req, &p, func() (err error) { out, err = s.codeAction(p); return err })
	case "textDocument/hover":
		var p textDocumentPositionParams
		var out *Hover
		err := decode(req, &p, func() (err error) { out, err = s.hover(p); return err })
		return out, err
	case "textDocument/codeLens":
		var p codeLensParams
		var out []CodeLens
		return &out, decode(req, &p, func() (err error) { out, err = s.codeLens(p); return err })
	}
	if req.Notif {
		return nil, nil // $/cancelRequest, $/setTrace and other notifications farewell has no use for
	}
	return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeMethodNotFound, Message: "farewell does not handle " + req.Method}
}

// decode reads a request's params into v and runs fn; bad params are an InvalidParams error.
func decode(req *jsonrpc2.Request, v any, fn func() error) error {
	if err := unmarshalParams(req.Params, v); err != nil {
		return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: fmt.Sprintf("%s: %v", req.Method, err)}
	}
	return fn()
}

func (s *server) initialize(req *jsonrpc2.Request) (any, error) {
	var p initializeParams
	if err := unmarshalParams(req.Params, &p); err != nil {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: "initialize: " + err.Error()}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state = stateRunning
	for _, enc := range p.Capabilities.General.PositionEncodings {
		if enc == "utf-8" {
			s.utf8 = true
		}
	}
	s.docChanges = p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges
	s.watch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
	if o := p.InitializationOptions; o != nil && o.DebounceMs != nil && *o.DebounceMs > 0 {
		s.debounce = time.Duration(*o.DebounceMs) * time.Millisecond
	}
	folders := p.WorkspaceFolders
	if len(folders) == 0 && p.RootURI != "" {
		folders = []workspaceFolder{{URI: p.RootURI}}
	}
	for _, f := range folders {
		s.addFolder(f.URI)
	}
	enc := "utf-16"
	if s.utf8 {
		enc = "utf-8"
	}
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding:   enc,
			TextDocumentSync:   textDocumentSync{OpenClose: true, Change: 2},
			HoverProvider:      true,
			CodeActionProvider: codeActionOptions{CodeActionKinds: []string{"quickfix"}},
			Workspace:          workspaceOptions{WorkspaceFolders: workspaceFoldersOptions{Supported: true, ChangeNotifications: true}},
		},
		ServerInfo: serverInfo{Name: "farewell", Version: s.opt.Version},
	}, nil
}

// shutdown stops linting; exit follows.
func (s *server) shutdown() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state = stateShutdown
	for uri, d := range s.docs {
		d.close()
		delete(s.docs, uri)
	}
}

// registerWatchers asks the client to report changes to configuration files and rule packs,
// when it lets servers register watchers. The request is answered on the reading goroutine,
// so it is sent from another one.
func (s *server) registerWatchers() {
	s.mu.Lock()
	watch, conn := s.watch, s.conn
	s.mu.Unlock()
	if !watch {
		return
	}
	params := registrationParams{Registrations: []registration{{
		ID: "farewell-config", Method: "workspace/didChangeWatchedFiles",
		RegisterOptions: watchedFilesOptions{Watchers: []fileSystemWatcher{{GlobPattern: "**/*.{yaml,yml}"}}},
	}}}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		var res json.RawMessage
		if err := conn.Call(context.Background(), "client/registerCapability", params, &res); err != nil {
			s.log.Printf("registering file watchers: %v", err)
		}
	}()
}

// notify sends a notification, logging a failure: the client may be gone.
func (s *server) notify(method string, params any) {
	s.mu.Lock()
	conn := s.conn
	s.mu.Unlock()
	if err := conn.Notify(context.Background(), method, params); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("%s: %v", method, err)
	}
}
