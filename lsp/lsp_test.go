package lsp_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/lsp"
)

const (
	shaming = "No thanks, I don't like saving money"
	// page has an astral character before the finding on its line, so that UTF-16 units, code
	// points and bytes all count differently.
	page = "<!DOCTYPE html>\n<html><body>\n<h1>Your subscription has been cancelled \U0001F388</h1>\n" +
		"<p>\U0001F388 Thank you for being with us. " + shaming + "</p>\n</body></html>\n"
)

// TestEditSession drives the server as an editor does: initialize, open, diagnostics with exact
// UTF-16 ranges, hover, a quick fix applied as an incremental change, a typed insertion, a code
// lens, the disable action, close, shutdown and exit.
func TestEditSession(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t, lsp.Options{Version: "test"})
	res := c.initialize(dir, map[string]any{})
	caps := res["capabilities"].(map[string]any)
	if caps["positionEncoding"] != "utf-16" || caps["textDocumentSync"].(map[string]any)["change"] != 2.0 ||
		caps["hoverProvider"] != true || res["serverInfo"].(map[string]any)["name"] != "farewell" {
		t.Fatalf("capabilities: %v", res)
	}
	uri := fileURI(filepath.Join(dir, "emails", "cancel.html"))
	text := page
	c.open(uri, "html", text)
	p := c.waitVersion(uri, 1)
	got := find(p, "farewell.guilt.confirmshaming")
	if len(got) != 1 {
		t.Fatalf("diagnostics: %+v", p.Diagnostics)
	}
	d := got[0]
	if d.Range != rangeOf(t, text, shaming, false) || d.Severity != 1 || d.Source != "farewell" ||
		!strings.Contains(d.Message, "shames the reader") {
		t.Errorf("diagnostic %+v, want range %+v", d, rangeOf(t, text, shaming, false))
	}

	var hover *lsp.Hover
	c.mustCall("textDocument/hover", position(uri, lsp.Position{Line: d.Range.Start.Line, Character: d.Range.Start.Character + 3}), &hover)
	if hover == nil || hover.Range == nil || *hover.Range != d.Range {
		t.Fatalf("hover: %+v", hover)
	}
	for _, want := range []string{"shames the reader", "A decline option that puts an insult", "Try:", "- No thanks", "Flags:", "Grace score of cancel.html (cancellation)"} {
		if !strings.Contains(hover.Contents.Value, want) {
			t.Errorf("hover lacks %q:\n%s", want, hover.Contents.Value)
		}
	}
	var none *lsp.Hover
	c.mustCall("textDocument/hover", position(uri, lsp.Position{Line: 0, Character: 2}), &none)
	if none != nil {
		t.Errorf("hover outside findings: %+v", none)
	}

	actions := c.codeActions(uri, d.Range)
	fix := action(t, actions, `Replace with "No thanks"`)
	edits := fix.Edit.Changes[uri]
	if !fix.IsPreferred || len(edits) != 1 || edits[0].Range != d.Range || edits[0].NewText != "No thanks" {
		t.Fatalf("fix: %+v", fix)
	}
	action(t, actions, "Disable farewell.guilt.confirmshaming on this line")
	// The editor applies the fix and sends it back as an incremental change.
	text = apply(text, edits, false)
	c.change(uri, 2, map[string]any{"range": edits[0].Range, "text": edits[0].NewText})
	if p := c.waitVersion(uri, 2); len(find(p, "farewell.guilt.confirmshaming")) != 0 {
		t.Errorf("the fix left %+v", p.Diagnostics)
	}

	// Typing a plea after the emoji: an insertion at a UTF-16 position.
	at := pos(text, strings.Index(text, "Thank you"), false)
	text = apply(text, []lsp.TextEdit{{Range: lsp.Range{Start: at, End: at}, NewText: "Please don't go! "}}, false)
	c.change(uri, 3, map[string]any{"range": lsp.Range{Start: at, End: at}, "text": "Please don't go! "})
	p = c.waitVersion(uri, 3)
	plea := find(p, "farewell.desperation.please-dont-go")
	if len(plea) != 1 || plea[0].Range != rangeOf(t, text, "Please don't go", false) {
		t.Fatalf("after typing a plea: %+v", p.Diagnostics)
	}

	var lenses []lsp.CodeLens
	c.mustCall("textDocument/codeLens", map[string]any{"textDocument": map[string]any{"uri": uri}}, &lenses)
	if len(lenses) != 1 || lenses[0].Range.Start.Line != 2 || !strings.Contains(lenses[0].Command.Title, "Grace score of cancel.html (cancellation): ") {
		t.Errorf("code lenses: %+v", lenses)
	}

	disable := action(t, c.codeActions(uri, plea[0].Range), "Disable farewell.desperation.please-dont-go on this line")
	text = apply(text, disable.Edit.Changes[uri], false)
	if !strings.Contains(text, "<!-- farewell-disable-next-line farewell.desperation.please-dont-go -->\n<p>") {
		t.Fatalf("disable comment not inserted above the line:\n%s", text)
	}
	c.change(uri, 4, map[string]any{"text": text}) // a full-text change, as some clients send
	if p := c.waitVersion(uri, 4); len(find(p, "farewell.desperation.please-dont-go")) != 0 {
		t.Errorf("the disable comment left %+v", p.Diagnostics)
	}

	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	c.waitFor(uri, func(p published) bool { return p.Version == nil && len(p.Diagnostics) == 0 })
	c.mustCall("shutdown", nil, nil)
	var after any
	if err := c.call("textDocument/hover", position(uri, lsp.Position{}), &after); err == nil {
		t.Error("a request after shutdown succeeded")
	}
	c.notify("exit", nil)
	if code := c.exitCode(); code != 0 {
		t.Errorf("exit code %d after shutdown, want 0", code)
	}
}

// TestUTF8Positions checks that a client offering UTF-8 positions gets byte columns and
// versioned workspace edits.
func TestUTF8Positions(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t, lsp.Options{})
	res := c.initialize(dir, map[string]any{
		"general":   map[string]any{"positionEncodings": []string{"utf-8", "utf-16"}},
		"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": true}},
	})
	if enc := res["capabilities"].(map[string]any)["positionEncoding"]; enc != "utf-8" {
		t.Fatalf("position encoding %v", enc)
	}
	uri := fileURI(filepath.Join(dir, "cancel.html"))
	c.open(uri, "html", page)
	got := find(c.waitVersion(uri, 1), "farewell.guilt.confirmshaming")
	if len(got) != 1 || got[0].Range != rangeOf(t, page, shaming, true) {
		t.Fatalf("diagnostics %+v, want range %+v", got, rangeOf(t, page, shaming, true))
	}
	fix := action(t, c.codeActions(uri, got[0].Range), `Replace with "No thanks"`)
	if len(fix.Edit.DocumentChanges) != 1 || fix.Edit.DocumentChanges[0].TextDocument.Version != 1 || fix.Edit.Changes != nil {
		t.Fatalf("edit %+v", fix.Edit)
	}
	e := fix.Edit.DocumentChanges[0].Edits[0]
	c.change(uri, 2, map[string]any{"range": e.Range, "text": e.NewText})
	if p := c.waitVersion(uri, 2); len(find(p, "farewell.guilt.confirmshaming")) != 0 {
		t.Errorf("the fix left %+v", p.Diagnostics)
	}
	text := apply(page, fix.Edit.DocumentChanges[0].Edits, true)
	if !strings.Contains(text, "with us. No thanks</p>") {
		t.Errorf("fixed text:\n%s", text)
	}
}

// TestLatestVersionWins sends changes faster than they can be linted and checks that
// diagnostics are published in version order and that the last ones describe the last text,
// with and without a debounce delay.
func TestLatestVersionWins(t *testing.T) {
	for _, debounce := range []int{0, 15} {
		c := startServer(t, lsp.Options{})
		c.mustCall("initialize", map[string]any{"capabilities": map[string]any{},
			"initializationOptions": map[string]any{"debounceMs": debounce}}, nil)
		c.notify("initialized", map[string]any{})
		uri := "untitled:Untitled-1"
		c.open(uri, "plaintext", "Hello.")
		c.waitVersion(uri, 1) // the rules are compiled: from here on, linting keeps pace
		const last = 60
		for v := int32(2); v <= last; v++ {
			text := "Thank you. Your plan ends on May 1."
			if v%2 == 0 {
				text = "Please don't go! " + strings.Repeat("We will miss you. ", int(v))
			}
			c.change(uri, v, map[string]any{"text": text})
		}
		p := c.waitVersion(uri, last)
		if len(find(p, "farewell.desperation.please-dont-go")) != 1 {
			t.Errorf("debounce %d: the last diagnostics do not describe the last text: %+v", debounce, p.Diagnostics)
		}
		c.mu.Lock()
		list := c.diags[uri]
		c.mu.Unlock()
		prev := int32(0)
		for _, p := range list {
			if *p.Version < prev {
				t.Errorf("debounce %d: version %d published after version %d", debounce, *p.Version, prev)
			}
			prev = *p.Version
		}
		t.Logf("debounce %d ms: %d changes, %d publications", debounce, last, len(list))
	}
}

// TestConfiguration checks that the nearest .farewell.yaml applies, with the packs it names and
// their links, and that a change to it is picked up from a file watcher event or a save.
func TestConfiguration(t *testing.T) {
	dir := t.TempDir()
	pack := "rules:\n  - id: acme.voice.sunset\n    type: existence\n    severity: warning\n    message: sunset\n" +
		"    why: Plain words.\n    link: https://example.com/voice#sunset\n    tokens: [sunset]\n"
	write(t, filepath.Join(dir, "rules", "acme.yaml"), pack)
	cfg := filepath.Join(dir, ".farewell.yaml")
	write(t, cfg, "packs: [rules]\nrules: {farewell.guilt.confirmshaming: off}\n")
	c := startServer(t, lsp.Options{})
	c.initialize(dir, map[string]any{"workspace": map[string]any{"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true}}})
	uri := fileURI(filepath.Join(dir, "emails", "cancel.txt"))
	c.open(uri, "plaintext", "We will sunset your plan. "+shaming+".\n")
	p := c.waitVersion(uri, 1)
	sunset := find(p, "acme.voice.sunset")
	if len(sunset) != 1 || sunset[0].CodeDescription == nil || sunset[0].CodeDescription.Href != "https://example.com/voice#sunset" ||
		sunset[0].Severity != 2 || len(find(p, "farewell.guilt.confirmshaming")) != 0 {
		t.Fatalf("with the configuration: %+v", p.Diagnostics)
	}

	write(t, cfg, "packs: [rules]\n")
	c.notify("workspace/didChangeWatchedFiles", map[string]any{"changes": []any{map[string]any{"uri": fileURI(cfg), "type": 2}}})
	c.waitFor(uri, func(p published) bool { return len(find(p, "farewell.guilt.confirmshaming")) == 1 })

	write(t, cfg, "packs: [rules]\nrulez: {}\n")
	c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": fileURI(cfg)}})
	p = c.waitFor(uri, func(p published) bool { return len(find(p, "config")) == 1 })
	if msg := find(p, "config")[0].Message; !strings.Contains(msg, `.farewell.yaml:2:1: unknown field "rulez"`) {
		t.Errorf("config diagnostic %q", msg)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.messages) != 1 || !strings.Contains(c.messages[0], "unknown field") {
		t.Errorf("messages shown: %q", c.messages)
	}
}

func (c *client) codeActions(uri string, r lsp.Range) []lsp.CodeAction {
	c.t.Helper()
	var out []lsp.CodeAction
	c.mustCall("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": r, "context": map[string]any{"diagnostics": []any{}},
	}, &out)
	return out
}

func action(t *testing.T, actions []lsp.CodeAction, title string) lsp.CodeAction {
	t.Helper()
	for _, a := range actions {
		if a.Title == title {
			if a.Kind != "quickfix" || len(a.Diagnostics) != 1 {
				t.Errorf("action %+v", a)
			}
			return a
		}
	}
	t.Fatalf("no action %q among %+v", title, actions)
	return lsp.CodeAction{}
}

func position(uri string, p lsp.Position) map[string]any {
	return map[string]any{"textDocument": map[string]any{"uri": uri}, "position": p}
}

func write(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
