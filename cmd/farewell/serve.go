package main

import (
	"net"

	"github.com/farewell-protocol/farewell/serve"
)

// cmdServe serves the writers' page and its JSON API until interrupted.
func cmdServe(e *env, args []string) int {
	fs := newFlagSet(e, "serve", "farewell serve [--addr 127.0.0.1:7777] [--config FILE] [--no-builtin]")
	addr := fs.String("addr", "127.0.0.1:7777", "address to listen on; a non-loopback address exposes the page to the network")
	configPath := fs.String("config", "", "configuration file (default: the nearest .farewell.yaml)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in rule pack")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(rest) > 0 {
		e.errorf("serve takes no arguments, got %q", rest)
		return exitUsage
	}
	cfg, linter, code := setup(e, *configPath, *noBuiltin)
	if linter == nil {
		return code
	}
	loopback := serve.IsLoopback(*addr)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		e.errorf("serve: %v", err)
		return exitUsage
	}
	if !loopback {
		e.errorf("warning: %s is not a loopback address: anyone who can reach this machine can use the page and its API", *addr)
	}
	e.errorf("serving the writers' page at http://%s/ (interrupt to stop)", ln.Addr())
	h := serve.Handler(serve.Options{Linter: linter, Config: cfg, Version: version(), LoopbackOnly: loopback})
	if err := serve.Serve(e.ctx, ln, h); err != nil {
		e.errorf("serve: %v", err)
		return exitUsage
	}
	return exitOK
}
