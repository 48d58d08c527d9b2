package main

import (
	"io"
	"runtime/debug"

	"github.com/farewell-protocol/farewell/lsp"
)

// cmdLSP runs the language server on standard input and output.
func cmdLSP(e *env, args []string) int {
	fs := newFlagSet(e, "lsp", "farewell lsp [--config FILE] [--no-builtin]")
	configPath := fs.String("config", "", "configuration file for every document (default: the .farewell.yaml nearest each)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in rule pack")
	fs.Bool("stdio", true, "talk over standard input and output, the only transport (accepted for clients that pass it)")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(rest) > 0 {
		e.errorf("lsp takes no arguments, got %q", rest)
		return exitUsage
	}
	if e.afterSetup != nil { // a long-running server: the steady-state collector from the start
		e.afterSetup()
		// A server keeps each open document's text and findings between edits and lints one
		// at a time: a tighter collector keeps its resident memory near what it holds, at
		// little cost on documents of an editor's size.
		debug.SetGCPercent(lspGCPercent)
	}
	grown := e.largest()
	return lsp.Serve(e.ctx, stdio{e.stdin, e.stdout}, lsp.Options{
		Version: version(), Log: e.stderr, Config: *configPath, NoBuiltin: *noBuiltin,
		LargestDocument: func(size int) { grown(int64(size)) },
	})
}

// lspGCPercent is the language server's garbage collection target (GOGC) once it is set up.
const lspGCPercent = 25

// stdio joins standard input and output into the stream a language server talks over.
type stdio struct {
	io.Reader
	io.Writer
}

// Close closes standard input, which ends the server's reading; standard output stays open
// for the process's last words.
func (s stdio) Close() error {
	if c, ok := s.Reader.(io.Closer); ok {
		return c.Close()
	}
	return nil
}
