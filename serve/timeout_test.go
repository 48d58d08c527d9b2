package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
)

// TestTimeoutFreesSlot lints with a linter that works until its request ends, on a server with
// one slot and a short timeout: each request is answered 503 at its timeout and frees the slot
// then, so the next request gets it. Had the lint gone on past the timeout, the second request
// would wait for a slot until its own time ran out, and the lint would never learn it.
func TestTimeoutFreesSlot(t *testing.T) {
	a := newAPI(Options{Linter: linttest.Builtin(t)})
	a.slots, a.timeout = make(chan struct{}, 1), 50*time.Millisecond
	ended := make(chan error, 2)
	a.lintInput = func(ctx context.Context, in lint.Input, _ lint.RunOptions) *lint.Result {
		<-ctx.Done() // a long lint that checks its context, as the engine does
		ended <- ctx.Err()
		return &lint.Result{Path: in.Path, Err: ctx.Err()}
	}
	srv := httptest.NewServer(a.handler())
	t.Cleanup(srv.Close)
	for i := range 2 {
		r, err := http.Post(srv.URL+"/api/lint", "application/json", strings.NewReader(`{"text": "Please don't go"}`))
		if err != nil {
			t.Fatal(err)
		}
		_ = r.Body.Close()
		if r.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("request %d: %d, want 503", i, r.StatusCode)
		}
		select {
		case err := <-ended:
			if err == nil {
				t.Errorf("request %d: the lint ended without its context", i)
			}
		case <-time.After(time.Minute): // a hang guard, not a speed target
			t.Fatalf("request %d: the lint went on after the timeout", i)
		}
	}
	for deadline := time.Now().Add(time.Minute); len(a.slots) > 0; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) { // the handler frees the slot just after the lint returns
			t.Fatal("the slot was not freed")
		}
	}
}
