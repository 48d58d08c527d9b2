package lsp

import (
	"fmt"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// current returns the lint result of a document's newest version: the worker's, or, when the
// worker has not finished it yet, one linted now.
func (s *server) current(uri string) (*textDocument, *snapshot, error) {
	d := s.doc(uri)
	if d == nil {
		return nil, nil, notOpen(uri)
	}
	d.mu.Lock()
	snap, text, version := d.snap, d.text, d.version
	d.mu.Unlock()
	if snap == nil || snap.version != version {
		snap = s.lint(d, text, version)
	}
	return d, snap, nil
}

// codeAction offers, for each finding the range touches, a quick fix per rewrite and one that
// disables the rule on the finding's line.
func (s *server) codeAction(p codeActionParams) ([]CodeAction, error) {
	out := []CodeAction{}
	if !wants(p.Context.Only, "quickfix") {
		return out, nil
	}
	d, snap, err := s.current(p.TextDocument.URI)
	if err != nil || snap.res == nil {
		return out, err
	}
	utf8 := s.isUTF8()
	start, end := offsetAt(snap.doc.Src, p.Range.Start, utf8), offsetAt(snap.doc.Src, p.Range.End, utf8)
	disabled := map[string]bool{}
	for i := range snap.res.Findings {
		f := &snap.res.Findings[i]
		if f.Start > end || f.End < start {
			continue
		}
		diag := []Diagnostic{diagnostic(snap.res.Doc, f, utf8)}
		for j, fx := range f.Fixes {
			out = append(out, CodeAction{
				Title: fmt.Sprintf("Replace with %q", fx.Title), Kind: "quickfix", Diagnostics: diag,
				IsPreferred: j == 0, Edit: s.workspaceEdit(d, snap, []document.Edit{f.Edit(fx)}),
			})
		}
		out = append(out, s.elementActions(d, snap, f, diag)...)
		key := fmt.Sprintf("%s:%d", f.Rule.ID, snap.res.Doc.Position(f.Start).Line)
		if e, ok := format.DisableEdit(snap.doc, f.Rule.ID, f.Start); ok && !disabled[key] {
			disabled[key] = true
			out = append(out, CodeAction{
				Title: fmt.Sprintf("Disable %s on this line", f.Rule.ID), Kind: "quickfix", Diagnostics: diag,
				Edit: s.workspaceEdit(d, snap, []document.Edit{e}),
			})
		}
	}
	return out, nil
}

// elementActions offers, for a message's missing-elements finding, to add each element's
// sentence where the paragraph belongs, and the whole paragraph; a sentence the source cannot
// hold there (a gettext msgid, template code) is not offered.
func (s *server) elementActions(d *textDocument, snap *snapshot, f *lint.Finding, diag []Diagnostic) []CodeAction {
	var out []CodeAction
	for _, e := range f.Elements() {
		if e.Insert.New == "" {
			continue
		}
		out = append(out, CodeAction{
			Title: fmt.Sprintf("Add %s: %q", e.Rule.ElementName(), e.Sentence), Kind: "quickfix", Diagnostics: diag,
			Edit: s.workspaceEdit(d, snap, []document.Edit{e.Insert}),
		})
	}
	if len(f.Elements()) > 1 && f.Insert().New != "" {
		out = append(out, CodeAction{
			Title: "Add a paragraph with all of them", Kind: "quickfix", Diagnostics: diag,
			Edit: s.workspaceEdit(d, snap, []document.Edit{f.Insert()}),
		})
	}
	return out
}

// wants reports whether a code action of kind is among those the client asked for (all when
// it named none); a requested kind covers its sub-kinds.
func wants(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == kind || strings.HasPrefix(kind, k+".") {
			return true
		}
	}
	return false
}

// workspaceEdit turns byte edits of a snapshot's text into a workspace edit of the document,
// tied to the snapshot's version when the client supports versioned edits.
func (s *server) workspaceEdit(d *textDocument, snap *snapshot, edits []document.Edit) WorkspaceEdit {
	s.mu.Lock()
	versioned, utf8 := s.docChanges, s.utf8
	s.mu.Unlock()
	tes := make([]TextEdit, len(edits))
	for i, e := range edits {
		tes[i] = TextEdit{
			Range:   Range{Start: position(snap.doc, e.Start, utf8), End: position(snap.doc, e.End, utf8)},
			NewText: e.New,
		}
	}
	if versioned {
		return WorkspaceEdit{DocumentChanges: []textDocumentEdit{{
			TextDocument: versionedTextDocumentIdentifier{URI: d.uri, Version: snap.version}, Edits: tes,
		}}}
	}
	return WorkspaceEdit{Changes: map[string][]TextEdit{d.uri: tes}}
}

// hover explains the findings under the cursor: the finding, its rewrites, the rule's
// documentation (why, examples, rewrites) and the grace score of its message.
func (s *server) hover(p textDocumentPositionParams) (*Hover, error) {
	_, snap, err := s.current(p.TextDocument.URI)
	if err != nil || snap.res == nil {
		return nil, err
	}
	utf8 := s.isUTF8()
	off := offsetAt(snap.doc.Src, p.Position, utf8)
	var parts []string
	var rng *Range
	for i := range snap.res.Findings {
		f := &snap.res.Findings[i]
		if off < f.Start || off > f.End || (off == f.End && f.End > f.Start) {
			continue
		}
		parts = append(parts, hoverText(snap.res, f))
		if rng == nil {
			rng = &Range{Start: fromLint(snap.res.Doc.Position(f.Start), utf8), End: fromLint(snap.res.Doc.Position(f.End), utf8)}
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return &Hover{Contents: markupContent{Kind: "markdown", Value: strings.Join(parts, "\n\n---\n\n")}, Range: rng}, nil
}

func hoverText(res *lint.Result, f *lint.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**farewell** %s: %s\n\n", f.Severity, f.Message)
	if sug := f.Suggestions(); len(sug) > 0 {
		b.WriteString("Try:\n\n")
		for _, s := range sug {
			fmt.Fprintf(&b, "- %s\n", s)
		}
		b.WriteString("\n")
	}
	b.WriteString(rules.Markdown(f.Rule))
	if f.Rule.Link != "" {
		fmt.Fprintf(&b, "\n[More about this rule](%s)\n", f.Rule.Link)
	}
	if f.MessageIndex < len(res.Messages) {
		fmt.Fprintf(&b, "\n%s\n", scoreLine(&res.Messages[f.MessageIndex]))
	}
	return b.String()
}

// scoreLine describes a message's grace score in one line.
func scoreLine(m *message.Message) string {
	s := fmt.Sprintf("Grace score of %s (%s): %d/100, %s", m.ID, m.Kind, m.Score, message.Band(m.Score))
	if n := len(m.Missing); n == 1 {
		s += "; 1 element missing"
	} else if n > 1 {
		s += fmt.Sprintf("; %d elements missing", n)
	}
	return s
}

// codeLens shows each message's grace score above its first line; messages of kind other that
// score 100 are left out, as in the text report.
func (s *server) codeLens(p codeLensParams) ([]CodeLens, error) {
	out := []CodeLens{}
	_, snap, err := s.current(p.TextDocument.URI)
	if err != nil || snap.res == nil {
		return out, err
	}
	utf8 := s.isUTF8()
	for i := range snap.res.Messages {
		m := &snap.res.Messages[i]
		if m.Kind == rules.Other && m.Score == 100 {
			continue
		}
		start := fromLint(snap.res.Doc.Position(m.Start), utf8)
		out = append(out, CodeLens{
			Range:   Range{Start: Position{Line: start.Line}, End: Position{Line: start.Line}},
			Command: &command{Title: "farewell: " + scoreLine(m)},
		})
	}
	return out, nil
}
