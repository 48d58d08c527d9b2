package serve_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestCrossOrigin checks that a POST from another site's page is refused, whatever its Host,
// and that the page's own requests and those of tools that send no Origin are answered.
func TestCrossOrigin(t *testing.T) {
	srv := newServer(t)
	own := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	for _, tc := range []struct {
		origin, site string
		code         int
	}{
		{"", "", 200},
		{srv.URL, "same-origin", 200},
		{"http://evil.example", "cross-site", 403},
		{"http://evil.example", "", 403},
		{"null", "", 403},
		{own, "", 403}, // another origin, though it names this machine
		{"", "cross-site", 403},
	} {
		req, err := http.NewRequest("POST", srv.URL+"/api/lint", strings.NewReader(`{"text": "Please don't go"}`))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		if tc.origin != "" {
			req.Header.Set("Origin", tc.origin)
		}
		if tc.site != "" {
			req.Header.Set("Sec-Fetch-Site", tc.site)
		}
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(r.Body)
		_ = r.Body.Close()
		if r.StatusCode != tc.code {
			t.Errorf("Origin %q, Sec-Fetch-Site %q: %d %s", tc.origin, tc.site, r.StatusCode, body)
		}
	}
}
