package lsp_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/lsp"
)

// TestMissingElements checks what an editor shows of a goodbye's missing elements: one
// diagnostic per message, at the end of its last body sentence (before the sign-off), with an
// action per element that adds its sentence there and one that adds them all; adding a
// sentence takes its element off the list.
func TestMissingElements(t *testing.T) {
	dir := t.TempDir()
	c := startServer(t, lsp.Options{Version: "test"})
	c.initialize(dir, map[string]any{})
	uri := fileURI(filepath.Join(dir, "notice.txt"))
	body := "Your subscription has been cancelled. Thank you for being a customer."
	text := "Subject: Your subscription has been cancelled\n\nHi Sam,\n\n" + body + "\n\nBest,\nThe Acme team\n"
	c.open(uri, "plaintext", text)
	p := c.waitVersion(uri, 1)
	got := find(p, "farewell.elements.missing")
	if len(got) != 1 || len(p.Diagnostics) != 1 {
		t.Fatalf("diagnostics: %+v", p.Diagnostics)
	}
	d := got[0]
	at := pos(text, strings.Index(text, body)+len(body), false)
	if d.Range.Start != at || d.Range.End != at || d.Severity != 3 || !strings.Contains(d.Message, "an open door") {
		t.Fatalf("diagnostic %+v, want an information at %+v naming an open door", d, at)
	}
	actions := c.codeActions(uri, d.Range)
	var titles []string
	for _, a := range actions {
		titles = append(titles, a.Title)
	}
	all := action(t, actions, "Add a paragraph with all of them")
	if e := all.Edit.Changes[uri]; len(e) != 1 || !strings.HasPrefix(e[0].NewText, "\n\n") {
		t.Errorf("paragraph edit %+v", e)
	}
	door := ""
	for _, title := range titles {
		if strings.HasPrefix(title, "Add an open door: ") {
			door = title
		}
	}
	if door == "" {
		t.Fatalf("no action adds an open door: %q", titles)
	}
	add := action(t, actions, door)
	text = apply(text, add.Edit.Changes[uri], false)
	if !strings.Contains(text, body+" If you change your mind") || !strings.HasSuffix(text, "\n\nBest,\nThe Acme team\n") {
		t.Fatalf("the sentence is not where the paragraph belongs:\n%s", text)
	}
	c.change(uri, 2, map[string]any{"text": text})
	p = c.waitVersion(uri, 2)
	if got := find(p, "farewell.elements.missing"); len(got) != 1 || strings.Contains(got[0].Message, "an open door") {
		t.Errorf("after adding the open door: %+v", p.Diagnostics)
	}
}
