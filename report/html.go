package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// The HTML report is one self-contained page for a writer or a reviewer: the run's grace
// score, a chart of the score of every message (inline SVG), and each message with its findings
// highlighted in the source, the why on hover, the rewrites, and what the message is missing.
// It has no external assets and no script; hover text is CSS.

//go:embed html.tmpl
var htmlTemplate string

// maxExcerptLines bounds the source lines shown for one message.
const maxExcerptLines = 120

// maxChartBars bounds the bars of the chart; the lowest scores are kept.
const maxChartBars = 150

type htmlReport struct {
	w    io.Writer
	tmpl *template.Template
	page htmlPage
}

type htmlPage struct {
	Version  string
	Score    *int
	Band     string
	Gauge    htmlGauge
	Summary  *Summary
	Chart    htmlChart
	Messages []htmlMessage
	Errors   []string
}

type htmlGauge struct {
	Dash, Gap float64
	Color     string
}

type htmlChart struct {
	Height int
	Bars   []htmlBar
	Hidden int
}

type htmlBar struct {
	Y, Width    int
	Label, Href string
	Score       int
	Color       string
}

type htmlMessage struct {
	Anchor, Path, ID, Kind, KindSource, Band, Color string
	Score, Line                                     int
	Lines                                           []htmlLine
	Findings                                        []htmlFinding
	Missing                                         []htmlFinding
}

type htmlLine struct {
	Number int
	HTML   template.HTML
}

type htmlFinding struct {
	Rule, Severity, Message, Why string
	Line, Col                    int
	Rewrites                     []string
}

func newHTML(w io.Writer, opts Options) (*htmlReport, error) {
	t, err := template.New("report").Parse(htmlTemplate)
	if err != nil {
		return nil, fmt.Errorf("html report template: %w", err)
	}
	return &htmlReport{w: w, tmpl: t, page: htmlPage{Version: opts.Version}}, nil
}

func (h *htmlReport) File(r *lint.Result) error {
	if r.Err != nil {
		h.page.Errors = append(h.page.Errors, r.Err.Error())
		return nil
	}
	if r.Skipped != "" || r.Doc == nil {
		return nil
	}
	for mi, m := range r.Messages {
		var fs []*lint.Finding
		for i := range r.Findings {
			if r.Findings[i].MessageIndex == mi {
				fs = append(fs, &r.Findings[i])
			}
		}
		if len(fs) == 0 && m.Kind == rules.Other {
			continue
		}
		h.page.Messages = append(h.page.Messages, htmlMessageOf(r, m, fs, len(h.page.Messages)))
	}
	return nil
}

func htmlMessageOf(r *lint.Result, m message.Message, fs []*lint.Finding, n int) htmlMessage {
	hm := htmlMessage{
		Anchor: fmt.Sprintf("m%d", n), Path: r.Path, ID: m.ID, Kind: string(m.Kind), KindSource: m.KindSource,
		Score: m.Score, Band: message.Band(m.Score), Color: scoreColor(m.Score), Line: r.Doc.Position(m.Start).Line,
	}
	for _, f := range fs {
		p := r.Doc.Position(f.Start)
		hf := htmlFinding{Rule: f.Rule.ID, Severity: f.Severity.String(), Message: f.Message,
			Why: strings.TrimSpace(f.Rule.Why), Line: p.Line, Col: p.Col, Rewrites: f.Suggestions()}
		if len(f.Elements()) == 0 {
			hm.Findings = append(hm.Findings, hf)
		}
		for _, e := range f.Elements() { // what the message could add, element by element
			hm.Missing = append(hm.Missing, htmlFinding{Rule: e.Rule.ID, Severity: e.Severity.String(), Message: e.Rule.Message,
				Why: strings.TrimSpace(e.Rule.Why), Line: p.Line, Col: p.Col, Rewrites: []string{e.Sentence}})
		}
	}
	hm.Lines = excerpt(r.Doc, m, fs)
	return hm
}

// excerpt renders the message's source lines, escaped, with each finding's bytes wrapped in a
// <mark> that carries its message, why and first rewrite as hover text. Overlapping findings are
// listed below the source but only the first is highlighted.
func excerpt(doc *document.Document, m message.Message, fs []*lint.Finding) []htmlLine {
	first := doc.Position(m.Start).Line
	last := min(doc.Position(m.End).Line, first+maxExcerptLines-1)
	var marks []*lint.Finding
	end := -1
	for _, f := range fs {
		if f.End > f.Start && f.Start >= end {
			marks = append(marks, f)
			end = f.End
		}
	}
	var out []htmlLine
	k := 0
	for n := first; n <= last; n++ {
		start := doc.OffsetOf(n, 1, false)
		line := doc.Line(n)
		var b strings.Builder
		pos := start
		for _, seg := range splitMarks(start, start+len(line), marks, &k) {
			b.WriteString(template.HTMLEscapeString(string(doc.Src[pos:seg.start])))
			if seg.f != nil {
				f := seg.f
				tip := f.Message + " — " + strings.TrimSpace(f.Rule.Why)
				if s := f.Suggestions(); len(s) > 0 {
					tip += " Try: " + s[0]
				}
				fmt.Fprintf(&b, `<mark class="%s" data-rule="%s" title="%s" tabindex="0">%s<span class="tip">%s</span></mark>`,
					f.Severity, template.HTMLEscapeString(f.Rule.ID), template.HTMLEscapeString(tip),
					template.HTMLEscapeString(string(doc.Src[seg.start:seg.end])), template.HTMLEscapeString(tip))
			}
			pos = seg.end
		}
		b.WriteString(template.HTMLEscapeString(string(doc.Src[pos : start+len(line)])))
		out = append(out, htmlLine{Number: n, HTML: template.HTML(b.String())}) //nolint:gosec // every part is escaped above
	}
	return out
}

type markSpan struct {
	start, end int
	f          *lint.Finding
}

// splitMarks returns the parts of marks that fall on the line [start, end); a finding over
// several lines is highlighted on each of them.
func splitMarks(start, end int, marks []*lint.Finding, k *int) []markSpan {
	var out []markSpan
	for i := *k; i < len(marks); i++ {
		f := marks[i]
		if f.Start >= end {
			break
		}
		if f.End <= start {
			*k = i + 1
			continue
		}
		s, e := max(f.Start, start), min(f.End, end)
		if e > s {
			out = append(out, markSpan{s, e, f})
		}
	}
	return out
}

func scoreColor(score int) string {
	switch {
	case score >= message.GraciousScore:
		return "#2f8f5b"
	case score > message.ErrorCap:
		return "#c98a12"
	}
	return "#c0392b"
}

func (h *htmlReport) Close(s *Summary) error {
	p := &h.page
	p.Summary, p.Score = s, s.Score
	if s.Score != nil {
		p.Band = message.Band(*s.Score)
		c := 2 * math.Pi * 52
		p.Gauge = htmlGauge{Dash: c * float64(*s.Score) / 100, Gap: c, Color: scoreColor(*s.Score)}
	}
	p.Chart = chartOf(p.Messages)
	return h.tmpl.Execute(h.w, p)
}

// chartOf draws a bar per message, lowest scores first.
func chartOf(msgs []htmlMessage) htmlChart {
	order := make([]int, len(msgs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return msgs[order[a]].Score < msgs[order[b]].Score })
	var c htmlChart
	if len(order) > maxChartBars {
		c.Hidden = len(order) - maxChartBars
		order = order[:maxChartBars]
	}
	for i, mi := range order {
		m := msgs[mi]
		c.Bars = append(c.Bars, htmlBar{Y: i * 22, Width: max(3, m.Score*4), Label: m.Path + " · " + m.ID,
			Href: "#" + m.Anchor, Score: m.Score, Color: m.Color})
	}
	c.Height = len(c.Bars)*22 + 4
	return c
}
