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

// letter is a cancellation e-mail with a greeting, a decline that shames the reader and a
// sign-off: what it lacks belongs after its last sentence, before "Best,".
const letter = "Subject: Your subscription has been cancelled\n\nHi Sam,\n\n" +
	"Thank you for being with us these two years. You keep access until May 31, and you will not be charged again.\n\n" +
	"Want 50% off instead? Keep my discount\nNo thanks, I don't like saving money\n\nBest,\nThe Acme team"

// TestWritersPage drives the page in headless Chromium, in a 1280x900 window, as a writer
// would: the empty page says nothing is missing only once something was linted; type a
// cancellation that shames the reader for declining, see the phrase highlighted, its why on
// hover and the score, with the editor and the findings side by side and the missing panel
// near the top; click the rewrite and see the score rise; add a missing sentence where the
// paragraph belongs (before the sign-off) and another at the cursor; and check that a long
// text scrolls in its own column, the findings still in view.
func TestWritersPage(t *testing.T) {
	ctx := browser.New(t)
	srv := httptest.NewServer(serve.Handler(serve.Options{Linter: linttest.Builtin(t), Version: "test", LoopbackOnly: true}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
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
	run(chromedp.EmulateViewport(1280, 900), chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.ID("text")))
	poll[bool](t, ctx, `document.querySelectorAll('#format option').length > 3`)
	if intro := poll[string](t, ctx, `document.getElementById('missing-intro').textContent`); strings.Contains(intro, "Nothing") {
		t.Errorf("the empty page says %q", intro)
	}

	run(chromedp.SendKeys(chromedp.ID("text"), letter))
	run(chromedp.WaitVisible(chromedp.CSS(`mark.sev-error`)))
	// The page lints as the writer types, so a highlight of the text typed so far ("No thanks,
	// I don't like") may come first: wait for the one of the whole line.
	marked := poll[string](t, ctx, `(() => {
		const m = [...document.querySelectorAll('#backdrop mark.sev-error')].map(m => m.textContent).join('|');
		return m.includes('No thanks') && m.includes('money') ? m : '';
	})()`)
	if marked != "No thanks, I don't like saving money" {
		t.Errorf("highlighted %q", marked)
	}
	before := poll[int](t, ctx, `(() => { const s = parseInt(document.getElementById('score').textContent, 10); return isNaN(s) ? 0 : s; })()`)
	if band := text(t, ctx, "#band"); before >= 50 || band == "" {
		t.Errorf("score %d (%s) for a message that shames the reader", before, band)
	}
	checkLayout(t, ctx)

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
	if !strings.Contains(value, "Keep my discount\nNo thanks\n\nBest,") {
		t.Errorf("after the rewrite the text is %q", value)
	}

	// Add the sentence of a missing element: it goes after the last sentence, before the
	// sign-off, the element counts and the score rises again.
	missing := poll[string](t, ctx, `document.querySelector('#missing li[data-rule] button[data-add]').closest('li').dataset.rule`)
	sentence := poll[string](t, ctx, `document.querySelector('#missing li[data-rule="`+missing+`"] .advice').textContent.slice(1, -1)`)
	run(chromedp.Click(chromedp.CSS(`#missing li[data-rule="` + missing + `"] button[data-add]`)))
	added := poll[int](t, ctx, `(() => {
		const s = parseInt(document.getElementById('score').textContent, 10);
		return !document.querySelector('#missing li[data-rule="`+missing+`"]') && s > `+strconv.Itoa(after)+` ? s : 0;
	})()`)
	value = poll[string](t, ctx, `document.getElementById('text').value`)
	at := strings.Index(value, " "+sentence)
	if at < strings.Index(value, "charged again.") || at > strings.Index(value, "\n\nBest,\nThe Acme team") {
		t.Errorf("the sentence for %s is not after the last sentence, before the sign-off:\n%s", missing, value)
	}

	// Put the cursor after the greeting and add another element's sentence there.
	caret := strings.Index(value, "Hi Sam,") + len("Hi Sam,")
	poll[bool](t, ctx, `(() => { const t = document.getElementById('text'); t.focus(); t.setSelectionRange(`+strconv.Itoa(caret)+`, `+strconv.Itoa(caret)+`);
		t.dispatchEvent(new KeyboardEvent('keyup')); return true; })()`)
	other := poll[string](t, ctx, `(() => { const b = document.querySelector('#missing button[data-cursor]:not([hidden])'); return b ? b.closest('li').dataset.rule : ''; })()`)
	otherSentence := poll[string](t, ctx, `document.querySelector('#missing li[data-rule="`+other+`"] .advice').textContent.slice(1, -1)`)
	run(chromedp.Click(chromedp.CSS(`#missing li[data-rule="` + other + `"] button[data-cursor]`)))
	value = poll[string](t, ctx, `(() => { const v = document.getElementById('text').value; return v.includes(`+strconv.Quote(otherSentence)+`) ? v : ''; })()`)
	if !strings.Contains(value, "Hi Sam, "+otherSentence+"\n\n") {
		t.Errorf("the sentence for %s is not at the cursor:\n%s", other, value)
	}
	t.Logf("score %d before the rewrite, %d after it, %d after adding the sentence for %s", before, after, added, missing)

	// A long text scrolls in its own column: the page does not, and the findings stay in view.
	poll[bool](t, ctx, `(() => { const t = document.getElementById('text');
		t.value = t.value + '\n\n' + Array(60).fill('We have kept every project you made, and you can open it again whenever you sign in.').join('\n\n');
		t.dispatchEvent(new Event('input')); return true; })()`)
	poll[bool](t, ctx, `document.getElementById('status').textContent.includes('finding')`)
	checkLayout(t, ctx)
}

// checkLayout checks the page at the window's size: the editor and the findings side by side,
// both in view without scrolling the page, and the missing panel in the upper half.
func checkLayout(t *testing.T, ctx context.Context) {
	t.Helper()
	got := poll[[]float64](t, ctx, `(() => {
		const r = (id) => document.getElementById(id).getBoundingClientRect();
		const text = r('text'), findings = r('findings'), missing = r('missing-panel');
		return [innerWidth, innerHeight, document.scrollingElement.scrollHeight, text.left, text.top, text.right,
			findings.left, findings.top, missing.top];
	})()`)
	w, h, pageHeight := got[0], got[1], got[2]
	textLeft, textTop, textRight, findingsLeft, findingsTop, missingTop := got[3], got[4], got[5], got[6], got[7], got[8]
	if w != 1280 || h != 900 {
		t.Fatalf("window %vx%v, want 1280x900", w, h)
	}
	if pageHeight > h+1 {
		t.Errorf("the page is %v pixels tall in a %v-pixel window: it scrolls", pageHeight, h)
	}
	if textTop >= h || findingsTop >= h || textLeft < 0 || findingsLeft < textRight {
		t.Errorf("editor at (%v, %v)-%v and findings at (%v, %v): not side by side in view", textLeft, textTop, textRight, findingsLeft, findingsTop)
	}
	if missingTop >= h/2 {
		t.Errorf("the missing panel starts at %v, below the upper half", missingTop)
	}
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
	if err != nil || img.Bounds().Dx() != 1280 || img.Bounds().Dy() != 900 {
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
