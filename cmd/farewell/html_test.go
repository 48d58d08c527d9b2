package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/farewell-protocol/farewell/internal/browser"
	"github.com/farewell-protocol/farewell/internal/golden"
)

// TestHTMLReport writes the HTML report of the bundled examples, compares it with its golden
// file, and renders it in headless Chromium to check the page a reviewer sees: the run's score
// in the gauge, a chart bar per message, a highlight per finding with its why on hover, and
// what each message is missing. Under -update it also refreshes the README's screenshot.
func TestHTMLReport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")
	code, _, stderr := farewell(t, "", "lint", "--format", "html", "--output", out, "../../testdata/examples")
	if code != exitFindings || stderr != "" {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/examples.html.golden", page)
	if strings.Contains(string(page), "http://") || strings.Contains(string(page), "<script") || strings.Contains(string(page), "<link") {
		t.Error("the report must be self-contained: no scripts, links or external assets")
	}
	_, jsonOut, _ := farewell(t, "", "lint", "--format", "json", "../../testdata/examples")
	wantScore := jsonField(t, jsonOut, `"summary":`, `"score":`)

	ctx := browser.New(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+out), chromedp.WaitVisible(chromedp.CSS("#run-score"))); err != nil {
		t.Fatal(err)
	}
	eval := func(js string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return n
	}
	if got := eval(`parseInt(document.querySelector('#run-score').textContent)`); strconv.Itoa(got) != wantScore {
		t.Errorf("gauge shows %d, the JSON run score is %s", got, wantScore)
	}
	messages := eval(`document.querySelectorAll('article.message').length`)
	if bars := eval(`document.querySelectorAll('#chart rect').length`); messages == 0 || bars != messages {
		t.Errorf("%d messages but %d chart bars", messages, bars)
	}
	if marks := eval(`document.querySelectorAll('pre.source mark').length`); marks < 5 {
		t.Errorf("only %d highlighted findings", marks)
	}
	if missing := eval(`document.querySelectorAll('ul.missing li').length`); missing == 0 {
		t.Error("no missing elements shown")
	}
	// Hovering a highlight (a real mouse move) shows its why and rewrite; before the hover the tip is hidden.
	hidden := eval(`getComputedStyle(document.querySelector('mark[data-rule="farewell.guilt.confirmshaming"] .tip')).display === 'none' ? 1 : 0`)
	sel := `mark[data-rule="farewell.guilt.confirmshaming"]`
	if err := chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS(sel))); err != nil {
		t.Fatal(err)
	}
	x := eval(`Math.round(document.querySelector('` + sel + `').getBoundingClientRect().left + 4)`)
	y := eval(`Math.round(document.querySelector('` + sel + `').getBoundingClientRect().top + 4)`)
	if err := chromedp.Do(ctx, chromedp.MouseEvent(chromedp.MouseMoved, float64(x), float64(y))); err != nil {
		t.Fatal(err)
	}
	shown := eval(`(function(){ const t = document.querySelector('mark[data-rule="farewell.guilt.confirmshaming"] .tip');
		return getComputedStyle(t).display !== 'none' && t.textContent.includes('Try: No thanks') ? 1 : 0 })()`)
	if hidden != 1 || shown != 1 {
		t.Errorf("hover text: hidden before %d, shown on focus %d", hidden, shown)
	}
	if golden.Updating() {
		shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("../../docs/screenshots/report.png", shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// jsonField returns the raw value after key, searched after the marker, in a JSON document.
func jsonField(t *testing.T, doc, marker, key string) string {
	t.Helper()
	i := strings.LastIndex(doc, marker)
	j := strings.Index(doc[i:], key)
	if i < 0 || j < 0 {
		t.Fatalf("%s%s not in the JSON output", marker, key)
	}
	rest := doc[i+j+len(key):]
	end := strings.IndexAny(rest, ",}")
	return rest[:end]
}
