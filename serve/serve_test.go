package serve_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/report"
	"github.com/farewell-protocol/farewell/serve"
)

const goodbye = "Subject: Your subscription has been cancelled\n\n" +
	"Thank you for being with us these two years. You keep access until May 31, and you will not be charged again.\n\n" +
	"Want 50% off instead? Keep my discount\nNo thanks, I don't like saving money\n"

// response mirrors the API's answer, with the file as the JSON report writes it.
type response struct {
	Version int    `json:"version"`
	Band    string `json:"band"`
	File    struct {
		Path     string `json:"path"`
		Format   string `json:"format"`
		Skipped  string `json:"skipped"`
		Score    *int   `json:"score"`
		Findings []struct {
			Rule        string `json:"rule"`
			Match       string `json:"match"`
			Offset      int    `json:"offset"`
			EndOffset   int    `json:"end_offset"`
			Suggestions []struct {
				Text  string `json:"text"`
				Edits []struct {
					Offset    int    `json:"offset"`
					EndOffset int    `json:"end_offset"`
					New       string `json:"new"`
				} `json:"edits"`
			} `json:"suggestions"`
		} `json:"findings"`
		Messages []struct {
			Kind       string   `json:"kind"`
			KindSource string   `json:"kind_source"`
			Missing    []string `json:"missing"`
			Score      int      `json:"score"`
		} `json:"messages"`
	} `json:"file"`
	Rules map[string]serve.RuleDoc `json:"rules"`
	Error string                   `json:"error"`
}

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(serve.Handler(serve.Options{Linter: linttest.Builtin(t), Version: "test", LoopbackOnly: true}))
	t.Cleanup(srv.Close)
	return srv
}

func post(t *testing.T, url, contentType, body string) (int, response, http.Header) {
	t.Helper()
	r, err := http.Post(url+"/api/lint", contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = r.Body.Close() }() // read only: closing loses nothing
	var out response
	if err := json.NewDecoder(r.Body).Decode(&out); err != nil {
		t.Fatalf("decoding the answer: %v", err)
	}
	return r.StatusCode, out, r.Header
}

func request(v serve.LintRequest) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestLintAPI(t *testing.T) {
	srv := newServer(t)
	code, res, _ := post(t, srv.URL, "application/json", request(serve.LintRequest{Text: goodbye, Format: "text"}))
	if code != http.StatusOK || res.Version != 1 || res.File.Path != "message" || res.File.Format != "text" {
		t.Fatalf("%d %+v", code, res)
	}
	var shaming bool
	for _, f := range res.File.Findings {
		if goodbye[f.Offset:f.EndOffset] != f.Match {
			t.Errorf("%s: bytes %d-%d are not %q", f.Rule, f.Offset, f.EndOffset, f.Match)
		}
		if _, ok := res.Rules[f.Rule]; !ok {
			t.Errorf("no documentation for %s", f.Rule)
		}
		if f.Rule == "farewell.guilt.confirmshaming" {
			shaming = f.Match == "No thanks, I don't like saving money" && f.Suggestions[0].Edits[0].New == "No thanks"
		}
	}
	doc := res.Rules["farewell.guilt.confirmshaming"]
	if !shaming || !strings.Contains(doc.Why, "A decline option") || doc.Type != "substitution" || len(doc.Rewrites) == 0 {
		t.Errorf("confirmshaming: %v %+v", shaming, doc)
	}
	if len(res.File.Messages) != 1 || res.File.Messages[0].Kind != "cancellation" || res.File.Score == nil ||
		*res.File.Score != res.File.Messages[0].Score || res.Band != message.Band(*res.File.Score) {
		t.Errorf("messages %+v, score %v, band %q", res.File.Messages, res.File.Score, res.Band)
	}
	for _, id := range res.File.Messages[0].Missing {
		if res.Rules[id].Type != "requires" {
			t.Errorf("missing element %s is not documented as a requires rule", id)
		}
	}

	// The file is exactly what `farewell lint --format json` writes for the same input.
	raw, err := http.Post(srv.URL+"/api/lint", "application/json", strings.NewReader(request(serve.LintRequest{Text: goodbye, Name: "emails/cancel.txt"})))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = raw.Body.Close() }() // read only: closing loses nothing
	var envelope struct{ File json.RawMessage }
	if err := json.NewDecoder(raw.Body).Decode(&envelope); err != nil {
		t.Fatal(err)
	}
	want, err := report.FileJSON(linttest.Builtin(t).LintInput(lint.Input{Path: "emails/cancel.txt", Data: []byte(goodbye)}, lint.RunOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(envelope.File, want) {
		t.Errorf("the API's file differs from the JSON report:\n%s\n%s", envelope.File, want)
	}
}

func TestLintAPIKind(t *testing.T) {
	srv := newServer(t)
	_, res, _ := post(t, srv.URL, "application/json", request(serve.LintRequest{Text: "Your plan ends today.", Format: "text"}))
	if m := res.File.Messages[0]; m.Kind != "other" || len(m.Missing) != 0 {
		t.Errorf("inferred: %+v", m)
	}
	_, res, _ = post(t, srv.URL, "application/json", request(serve.LintRequest{Text: "Your plan ends today.", Format: "text", Kind: "cancellation"}))
	if m := res.File.Messages[0]; m.Kind != "cancellation" || m.KindSource != "config" || len(m.Missing) == 0 {
		t.Errorf("chosen: %+v", m)
	}
	_, res, _ = post(t, srv.URL, "application/json", request(serve.LintRequest{Text: `{"a": "b"}`, Format: "json"}))
	if res.File.Skipped == "" && len(res.File.Messages) == 0 {
		t.Errorf("a JSON catalog is neither linted nor skipped: %+v", res.File)
	}
}

func TestLintAPIErrors(t *testing.T) {
	srv := newServer(t)
	for _, tc := range []struct {
		name, contentType, body string
		code                    int
		want                    string
	}{
		{"bad format", "application/json", `{"text": "x", "format": "docx"}`, 400, `unknown format "docx"`},
		{"bad kind", "application/json", `{"text": "x", "kind": "farewell"}`, 400, `unknown message kind "farewell"`},
		{"unknown field", "application/json", `{"txt": "x"}`, 400, `unknown field "txt"`},
		{"not JSON", "application/json", `text=x`, 400, "reading the request"},
		{"form", "application/x-www-form-urlencoded", `text=x`, 415, "application/json"},
		{"too large", "application/json", `{"text": "` + strings.Repeat("a", serve.MaxBody) + `"}`, 413, "larger than 1048576 bytes"},
		{"two objects", "application/json", `{"text": "x"} {"text": "Please don't go"}`, 400, "something follows the JSON object"},
		{"trailing garbage", "application/json", `{"text": "x"}garbage`, 400, "reading the request: invalid character 'g'"},
		{"trailing space", "application/json", "{\"text\": \"x\"}\n\t ", 200, ""},
	} {
		code, res, _ := post(t, srv.URL, tc.contentType, tc.body)
		if code != tc.code || !strings.Contains(res.Error, tc.want) {
			t.Errorf("%s: %d %q, want %d %q", tc.name, code, res.Error, tc.code, tc.want)
		}
	}
	for _, tc := range []struct {
		method, path string
		host         string
		code         int
		want         string
	}{
		{"GET", "/api/lint", "", 405, "/api/lint takes POST, not GET"},
		{"POST", "/api/meta", "", 405, "/api/meta takes GET, not POST"},
		{"GET", "/api/nope", "", 404, "no API GET /api/nope"},
		{"GET", "/", "", 200, "<title>farewell"},
		{"GET", "/app.js", "", 200, "api/lint"},
		{"GET", "/app.css", "", 200, ".gauge"},
		{"GET", "/api/meta", "", 200, `"kinds":["cancellation"`},
		{"GET", "/", "evil.example:7777", 403, "addressed to localhost"},
		{"GET", "/", "localhost:7777", 200, "<title>farewell"},
		{"GET", "/nothing.html", "", 404, ""},
	} {
		req, err := http.NewRequest(tc.method, srv.URL+tc.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tc.host != "" {
			req.Host = tc.host
		}
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(r.Body)
		_ = r.Body.Close()
		if r.StatusCode != tc.code || !strings.Contains(string(body), tc.want) {
			t.Errorf("%s %s (Host %q): %d %.200s", tc.method, tc.path, tc.host, r.StatusCode, body)
		}
		if tc.code == 200 && !strings.Contains(r.Header.Get("Content-Security-Policy"), "default-src 'self'") {
			t.Errorf("%s: no content security policy", tc.path)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:7777": true, "localhost:7777": true, "[::1]:7777": true, "127.0.0.2:80": true,
		":7777": false, "0.0.0.0:7777": false, "192.168.1.4:7777": false, "example.com:80": false, "nonsense": false,
	} {
		if got := serve.IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

// TestLoad sends 1,000 API requests at once to a server on loopback, with the production
// timeouts and limits, and checks that every one is answered correctly; it logs the latency
// percentiles.
func TestLoad(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- serve.Serve(ctx, ln, serve.Handler(serve.Options{Linter: linttest.Builtin(t), LoopbackOnly: true}))
	}()
	url := "http://" + ln.Addr().String() + "/api/lint"
	client := &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 1000}}
	n := 1000
	if testing.Short() {
		n = 100 // the race detector's run: enough to overlap, not a load test
	}
	lat := make([]time.Duration, n)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := request(serve.LintRequest{Text: fmt.Sprintf("Hi %d,\n\n%s", i, goodbye), Format: "text"})
			t0 := time.Now()
			r, err := client.Post(url, "application/json", strings.NewReader(body))
			if err != nil {
				errs <- err
				return
			}
			defer func() { _ = r.Body.Close() }() // read only: closing loses nothing
			var res response
			err = json.NewDecoder(r.Body).Decode(&res)
			lat[i] = time.Since(t0)
			switch {
			case err != nil:
				errs <- err
			case r.StatusCode != http.StatusOK || len(res.File.Findings) == 0:
				errs <- fmt.Errorf("request %d: %d %q", i, r.StatusCode, res.Error)
			}
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p := func(q float64) time.Duration { return lat[min(n-1, int(q*float64(n)))].Round(time.Millisecond / 10) }
	t.Logf("%d concurrent requests in %v: p50 %v, p90 %v, p99 %v, max %v", n, wall.Round(time.Millisecond), p(0.5), p(0.9), p(0.99), lat[n-1].Round(time.Millisecond/10))
	client.CloseIdleConnections()
	cancel()
	if err := <-done; err != nil {
		t.Errorf("shutting down: %v", err)
	}
}

// TestChosenFormatIsRead checks that a catalog pasted with its format chosen is read as one,
// whatever the guess would make of a name without a locale, and that a new format reads too.
func TestChosenFormatIsRead(t *testing.T) {
	srv := newServer(t)
	for _, req := range []serve.LintRequest{
		{Text: `{"cancel": {"title": "Please don't go!"}}`, Format: "json"},
		{Text: "export default { cancel: { title: 'Please don\\'t go!' } }", Format: "js"},
		{Text: `{"title": "Please don't go!"}`, Name: "cancel.json"},
	} {
		code, res, _ := post(t, srv.URL, "application/json", request(req))
		if code != http.StatusOK || res.File.Skipped != "" || len(res.File.Findings) == 0 {
			t.Errorf("%+v: %d, skipped %q, %d findings", req, code, res.File.Skipped, len(res.File.Findings))
		}
	}
}
