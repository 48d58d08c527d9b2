package lsp

import (
	"strconv"
	"strings"
	"time"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// worker lints one document whenever it is woken, until the document is closed or the
// connection ends. Changes that arrive while it lints coalesce into one more lint of the
// newest version, and a result is stored and published only if no newer version arrived
// meanwhile: the latest version wins, and a stale result is never published over a newer one.
// With a debounce delay, it also waits until the changes pause.
func (s *server) worker(d *textDocument) {
	defer s.wg.Done()
	for {
		select {
		case <-d.wake:
		case <-s.done:
			return
		}
		if !s.settle(d) {
			return
		}
		d.mu.Lock()
		text, version, closed := d.text, d.version, d.closed
		d.mu.Unlock()
		if closed {
			s.publish(d, nil, nil, true)
			return
		}
		snap := s.lint(d, text, version)
		d.mu.Lock()
		current := d.version == version && !d.closed
		if current {
			d.snap = snap
		}
		d.mu.Unlock()
		if current {
			s.publish(d, &version, s.diagnostics(snap), false)
		}
	}
}

// settle waits for the debounce delay to pass without a change; it reports false when the
// connection ended meanwhile.
func (s *server) settle(d *textDocument) bool {
	s.mu.Lock()
	delay := s.debounce
	s.mu.Unlock()
	for delay > 0 {
		t := time.NewTimer(delay)
		select {
		case <-t.C:
			return true
		case <-d.wake:
			t.Stop()
		case <-s.done:
			t.Stop()
			return false
		}
	}
	return true
}

// lint lints one version of a document's text with the configuration that applies to it.
func (s *server) lint(d *textDocument, text []byte, version int32) *snapshot {
	snap := &snapshot{version: version}
	fm, ok := s.format(d, text)
	if !ok {
		snap.doc = &document.Document{Src: text}
		return snap
	}
	st := s.configs.forDir(s.configDir(d))
	if st.Err != nil {
		snap.doc, snap.cfgErr = &document.Document{Src: text, Format: fm}, st.Err
		s.reportConfigError(st.Err)
		return snap
	}
	settingsPath := d.abs
	if settingsPath == "" {
		settingsPath = d.name
	}
	res := st.Linter.LintInput(lint.Input{Path: d.name, Data: text}, lint.RunOptions{
		Format:   fm,
		Settings: func(string) *lint.FileSettings { return st.Config.Settings(settingsPath) },
	})
	snap.res, snap.doc = res, res.Doc
	if snap.doc == nil {
		snap.doc = &document.Document{Src: text, Format: fm}
	}
	snap.doc.LineCount() // fill the line index now: readers on other goroutines only read it
	return snap
}

// format chooses how to read a document: by its name, else by the client's language id. ok is
// false for documents farewell does not read, and for farewell's own configuration files.
func (s *server) format(d *textDocument, text []byte) (document.Format, bool) {
	if isConfigFile(d.name) {
		return "", false
	}
	if f, ok := format.Detect(d.name, text); ok {
		return f, true
	}
	switch d.lang {
	case "html", "handlebars", "django-html", "jinja-html", "twig", "liquid", "gohtml", "go-html", "erb", "mjml":
		return format.HTML, true
	case "markdown":
		return format.Markdown, true
	case "plaintext", "text":
		return format.Text, true
	}
	return "", false
}

// publish sends a document's diagnostics (none to clear them). It sends nothing once the
// document was closed or opened again, except the clearing of a closed document that was not
// opened again, and nothing after shutdown.
func (s *server) publish(d *textDocument, version *int32, diags []Diagnostic, clearing bool) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	s.mu.Lock()
	open, shutdown := s.docs[d.uri], s.state == stateShutdown
	s.mu.Unlock()
	if shutdown || (clearing && open != nil) || (!clearing && open != d) {
		return
	}
	if diags == nil {
		diags = []Diagnostic{}
	}
	params, err := streamDiagnostics(publishDiagnosticsParams{URI: d.uri, Version: version, Diagnostics: diags})
	if err != nil {
		s.log.Printf("textDocument/publishDiagnostics: %v", err)
		return
	}
	s.raw.hold(params)
	s.notify("textDocument/publishDiagnostics", rawParamsToken{})
	s.raw.hold(nil)
}

// diagnostics converts a snapshot's findings, and any configuration or parse error, into
// diagnostics.
func (s *server) diagnostics(snap *snapshot) []Diagnostic {
	utf8 := s.isUTF8()
	var out []Diagnostic
	if snap.res != nil {
		out = make([]Diagnostic, 0, len(snap.res.Findings)+2)
	}
	if snap.cfgErr != nil {
		out = append(out, Diagnostic{Severity: severityError, Code: "config", Source: "farewell", Message: snap.cfgErr.Error()})
	}
	res := snap.res
	if res == nil {
		return out
	}
	if res.Err != nil {
		out = append(out, errorDiagnostic(snap.doc, res, utf8))
	}
	for i := range res.Findings {
		out = append(out, diagnostic(res.Doc, &res.Findings[i], utf8))
	}
	return out
}

func diagnostic(doc *document.Document, f *lint.Finding, utf8 bool) Diagnostic {
	d := Diagnostic{
		Range:    Range{Start: fromLint(doc.Position(f.Start), utf8), End: fromLint(doc.Position(f.End), utf8)},
		Severity: severity(f.Severity),
		Code:     f.Rule.ID,
		Source:   "farewell",
		Message:  f.Message,
	}
	if f.Rule.Link != "" {
		d.CodeDescription = &codeDescription{Href: f.Rule.Link}
	}
	return d
}

func severity(s rules.Severity) int {
	switch s {
	case rules.Error:
		return severityError
	case rules.Warning:
		return severityWarning
	}
	return severityInformation
}

// errorDiagnostic places a lint error (a label naming an unknown kind, say) at the line and
// column it names after the document's path, or at the start of the document.
func errorDiagnostic(doc *document.Document, res *lint.Result, utf8 bool) Diagnostic {
	msg := strings.TrimPrefix(strings.TrimPrefix(res.Err.Error(), res.Path), ":")
	d := Diagnostic{Severity: severityError, Code: "parse", Source: "farewell", Message: msg}
	lineText, rest, ok1 := strings.Cut(msg, ":")
	colText, rest, ok2 := strings.Cut(rest, ": ")
	line, err1 := strconv.Atoi(lineText)
	col, err2 := strconv.Atoi(colText)
	if ok1 && ok2 && err1 == nil && err2 == nil {
		p := position(doc, doc.OffsetOf(line, col, false), utf8)
		d.Range, d.Message = Range{Start: p, End: p}, rest
	}
	return d
}
