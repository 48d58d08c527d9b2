package serve_test

import (
	"bytes"
	"context"
	"image/png"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/farewell-protocol/farewell/internal/browser"
	"github.com/farewell-protocol/farewell/internal/golden"
	"github.com/farewell-protocol/farewell/lint/linttest"
	"github.com/farewell-protocol/farewell/serve"
)

// screenshot is where `go test ./serve -update` saves the page as the browser test sees it.
const screenshot = "../docs/screenshots/serve.png"

// TestWritersPage drives the page in headless Chromium as a writer would: type a
// cancellation that shames the reader for declining, see the phrase highlighted, its why on
// hover and the score, click the rewrite, and see the score rise; then add the sentence
// offered for a missing element and see it rise again.
func TestWritersPage(t *testing.T) {
	ctx := browser.New(t)
	srv := httptest.NewServer(serve.Handler(serve.Options{Linter: linttest.Builtin(t), Version: "test", LoopbackOnly: true}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	run := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatal(err)
		}
	}
	// Without motion the gauge shows its final position at once, for the screenshot.
	motion := []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: motion}); err != nil {
		t.Fatal(err)
	}
	run(chromedp.EmulateViewport(1280, 860), chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.ID("text")))
	poll[bool](t, ctx, `document.querySelectorAll('#format option').length > 3`)
	run(chromedp.SendKeys(chromedp.ID("text"), strings.TrimSpace(goodbye)))

	shaming := `mark.sev-error`
	run(chromedp.WaitVisible(chromedp.CSS(shaming)))
	marked := poll[string](t, ctx, `(() => {
		const m = [...document.querySelectorAll('#backdrop mark.sev-error')].map(m => m.textContent).join('|');
		return m.includes('No thanks') ? m : '';
	})()`)
	if marked != "No thanks, I don't like saving money" {
		t.Errorf("highlighted %q", marked)
	}
	before := poll[int](t, ctx, `(() => { const s = parseInt(document.getElementById('score').textContent, 10); return isNaN(s) ? 0 : s; })()`)
	if band := text(t, ctx, "#band"); before >= 50 || band == "" {
		t.Errorf("score %d (%s) for a message that shames the reader", before, band)
	}

	// Hover the highlight: the why appears.
	box := poll[[]float64](t, ctx, `(() => { const r = document.querySelector('#backdrop mark.sev-error').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`)
	run(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0], box[1]))
	run(chromedp.WaitVisible(chromedp.ID("tooltip")))
	if tip := text(t, ctx, "#tooltip"); !strings.Contains(tip, "shames the reader") || !strings.Contains(tip, "A decline option") {
		t.Errorf("tooltip %q", tip)
	}
	saveScreenshot(t, ctx)

	run(chromedp.Click(chromedp.CSS(`#findings li[data-rule="farewell.guilt.confirmshaming"] button[data-fix]`)))
	after := poll[int](t, ctx, `(() => {
		const s = parseInt(document.getElementById('score').textContent, 10);
		return !document.querySelector('#findings li[data-rule="farewell.guilt.confirmshaming"]') && s > `+strconv.Itoa(before)+` ? s : 0;
	})()`)
	value := poll[string](t, ctx, `document.getElementById('text').value`)
	if !strings.HasSuffix(value, "Keep my discount\nNo thanks") {
		t.Errorf("after the rewrite the text is %q", value)
	}

	// Add the sentence offered for a missing element: the element counts, the score rises again.
	missing := poll[string](t, ctx, `document.querySelector('#missing li[data-rule] button[data-add]').closest('li').dataset.rule`)
	run(chromedp.Click(chromedp.CSS(`#missing li[data-rule="` + missing + `"] button[data-add]`)))
	added := poll[int](t, ctx, `(() => {
		const s = parseInt(document.getElementById('score').textContent, 10);
		return !document.querySelector('#missing li[data-rule="`+missing+`"]') && s > `+strconv.Itoa(after)+` ? s : 0;
	})()`)
	t.Logf("score %d before the rewrite, %d after it, %d after adding the sentence for %s", before, after, added, missing)
}

// poll evaluates expression in the page until it returns a non-zero value.
func poll[T any](t *testing.T, ctx context.Context, expression string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Poll[T](expression, chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		t.Fatalf("waiting for %s: %v", expression, err)
	}
	return v
}

func text(t *testing.T, ctx context.Context, css string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// saveScreenshot captures the page; under -update it becomes docs/screenshots/serve.png.
func saveScreenshot(t *testing.T, ctx context.Context) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil || img.Bounds().Dx() != 1280 {
		t.Fatalf("screenshot: %v, %v", err, img.Bounds())
	}
	path := filepath.Join(t.TempDir(), "serve.png")
	if golden.Updating() {
		path = filepath.FromSlash(screenshot)
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
}
