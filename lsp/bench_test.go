package lsp_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/farewell-protocol/farewell/lsp"
)

// template20K returns an HTML e-mail template of about 20 KB, laid out as transactional
// e-mails are (a head with styles, nested presentation tables, Handlebars values and
// sections), whose copy is a cancellation with a few findings in it.
func template20K() string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Your subscription has been cancelled</title>\n<style>\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, ".c%d { color: #333; font-family: Helvetica, Arial, sans-serif; padding: %dpx; }\n", i, i)
	}
	b.WriteString("</style>\n</head>\n<body>\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\n")
	paras := []string{
		"Hi {{ customer.first_name }}, your {{ plan.name }} subscription has been cancelled.",
		"Thank you for being with us for {{ tenure }}. You keep access until {{ period_end }}, and you will not be charged again.",
		"Your projects stay available to export from Settings &rarr; Data for 30 days.",
		"Please don't go! We have so much more to show you.",
		"If you change your mind, we'll be here. You can resubscribe anytime.",
		"{{#if survey_url}}Tell us why you left, if you like: <a href=\"{{ survey_url }}\">two questions</a>.{{/if}}",
	}
	for i := 0; b.Len() < 19500; i++ {
		fmt.Fprintf(&b, "  <tr>\n    <td class=\"c%d\" style=\"padding: 16px 24px; font-size: 16px; line-height: 24px;\">\n", i%40)
		fmt.Fprintf(&b, "      <p style=\"margin: 0 0 12px;\">%s</p>\n", paras[i%len(paras)])
		b.WriteString("    </td>\n  </tr>\n")
	}
	b.WriteString("  <tr><td><a class=\"button\" href=\"{{ keep_url }}\">Keep my plan</a>\n")
	b.WriteString("  <a href=\"{{ cancel_url }}\">No thanks, I don&rsquo;t like saving money</a></td></tr>\n</table>\n</body>\n</html>\n")
	return b.String()
}

// BenchmarkDidChangeToDiagnostics measures, over a pipe as an editor sees it, the time from
// sending a didChange (one character typed into, or deleted from, a paragraph in the middle of
// a 20 KB HTML template) to receiving the diagnostics of that version. It reports the
// percentiles of the latency; the target is p99 <= 5 ms.
func BenchmarkDidChangeToDiagnostics(b *testing.B) {
	dir := b.TempDir()
	c := startServer(b, lsp.Options{})
	c.initialize(dir, map[string]any{})
	uri := fileURI(filepath.Join(dir, "cancel.html.hbs"))
	text := template20K()
	c.open(uri, "handlebars", text)
	if len(c.waitVersion(uri, 1).Diagnostics) == 0 {
		b.Fatal("the template has no findings")
	}
	at := strings.Index(text, "much more") + len("much")
	insert := lsp.Range{Start: pos(text, at, false), End: pos(text, at, false)}
	remove := lsp.Range{Start: insert.Start, End: lsp.Position{Line: insert.Start.Line, Character: insert.Start.Character + 1}}
	var lat []time.Duration
	version := int32(1)
	for b.Loop() {
		version++
		change := map[string]any{"range": insert, "text": "x"}
		if version%2 == 1 {
			change = map[string]any{"range": remove, "text": ""}
		}
		sent := time.Now()
		c.change(uri, version, change)
		p := c.waitVersion(uri, version)
		lat = append(lat, p.at.Sub(sent))
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(q float64) float64 {
		return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.90), "p90-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "max-ms")
	b.ReportMetric(float64(len(text)), "doc-bytes")
}
