// Package serve is farewell's page for writers: one embedded page on which a message is linted
// as it is typed, with findings highlighted inline, the why on hover, one-click rewrites, the
// elements the message lacks and its grace score as a gauge, and the JSON API behind it
// (POST /api/lint), which other tools may call too. It is wiring around the flow: it imports
// config, lint, format, message, report and document, and only cmd imports it.
package serve

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/lint"
)

//go:embed static
var static embed.FS

// MaxBody is the largest request body the API reads.
const MaxBody = 1 << 20

// Timeouts of the HTTP server and of one API request.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 2 * time.Minute
	lintTimeout       = 20 * time.Second
)

// Options configure the page and its API.
type Options struct {
	// Linter lints the messages.
	Linter *lint.Linter
	// Config gives the settings of a message by its file name; nil means defaults.
	Config *config.Config
	// Version is farewell's version, shown on the page.
	Version string
	// LoopbackOnly refuses requests whose Host header does not name the local machine, so that
	// a web page cannot reach the server through a DNS name it controls.
	LoopbackOnly bool
}

// Handler returns the page, its assets and the API.
func Handler(opt Options) http.Handler {
	if opt.Config == nil {
		opt.Config = config.Default()
	}
	return newAPI(opt).handler()
}

// newAPI returns the API with the production limits and the options' linter.
func newAPI(opt Options) *api {
	return &api{opt: opt, slots: make(chan struct{}, 4*runtime.GOMAXPROCS(0)), timeout: lintTimeout,
		lintInput: opt.Linter.LintInputContext}
}

// handler routes the page, its assets and the API.
func (a *api) handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /api/lint", http.TimeoutHandler(http.HandlerFunc(a.lint), a.timeout, `{"error":"linting took too long"}`))
	mux.HandleFunc("GET /api/meta", a.meta)
	mux.HandleFunc("/api/lint", methodNotAllowed("POST"))
	mux.HandleFunc("/api/meta", methodNotAllowed("GET"))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no API %s %s (POST /api/lint, GET /api/meta)", r.Method, r.URL.Path))
	})
	mux.HandleFunc("GET /{$}", asset("index.html"))
	mux.HandleFunc("GET /app.js", asset("app.js"))
	mux.HandleFunc("GET /missing.js", asset("missing.js"))
	mux.HandleFunc("GET /app.css", asset("app.css"))
	return secure(mux, a.opt.LoopbackOnly)
}

// methodNotAllowed answers a request to an API with the wrong method.
func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s takes %s, not %s", r.URL.Path, allow, r.Method))
	}
}

// asset serves one embedded file of the page.
func asset(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, static, "static/"+name)
	}
}

// secure sets the headers that keep the page to itself, refuses requests addressed to
// another host when serving on loopback, and refuses a POST sent from another site's page.
func secure(next http.Handler, loopbackOnly bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if loopbackOnly && !loopbackHost(r.Host) {
			writeError(w, http.StatusForbidden, "farewell serve answers only requests addressed to localhost")
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && !sameOrigin(r, loopbackOnly) {
			writeError(w, http.StatusForbidden, "farewell serve answers only requests from its own page, not from "+r.Header.Get("Origin"))
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		next.ServeHTTP(w, r)
	})
}

// sameOrigin reports whether a request comes from the page the server serves, or from no page
// at all (curl, an editor): a browser names the page in the Origin header, which must then
// name this server's host, and the Fetch metadata it sends must not say cross-site.
func sameOrigin(r *http.Request, loopbackOnly bool) bool {
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		return false
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.EqualFold(u.Host, r.Host) {
		return false
	}
	return !loopbackOnly || loopbackHost(u.Host)
}

// loopbackHost reports whether a Host header names the local machine.
func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// IsLoopback reports whether a listen address accepts connections from this machine only. An
// empty host listens on every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return false
	}
	return loopbackHost(host)
}

// Serve serves h on ln, with timeouts on reading and writing, until ctx ends; it then shuts
// down gracefully, letting requests in flight finish for up to five seconds before closing
// what is left (such as connections a browser opened ahead and never used).
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		if !errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("shutting down: %w", err)
		}
		if err := srv.Close(); err != nil {
			return fmt.Errorf("shutting down: %w", err)
		}
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving: %w", err)
	}
	return nil
}
