package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cancelEmail is a cancellation e-mail with characters outside ASCII before its findings, so
// that UTF-16 columns, code points and bytes all differ.
const cancelEmail = `<!DOCTYPE html>
<html>
<head><title>Your subscription is cancelled</title></head>
<body>
  <p>Hi Zoë — we’re sorry to see you leave.</p>
  <p>Your subscription has been cancelled. Zoë, please don’t go! To cancel for good, call us.</p>
  <p><a href="{{ keep_url }}">No thanks, I don’t like saving money</a></p>
</body>
</html>
`

// nvimDriver runs in Neovim once README's snippet is loaded: it opens the e-mail, records the
// diagnostics, asks for the code actions at one of them, applies the first rewrite, and waits
// for that diagnostic to go. It writes one JSON object per line to the file OUT.
const nvimDriver = `
local out = {}
local function emit(t) table.insert(out, vim.fn.json_encode(t)) end
local function finish() vim.fn.writefile(out, OUT) vim.cmd("qa!") end
local function code(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
local function has(buf) for _, d in ipairs(vim.diagnostic.get(buf)) do if code(d) == RULE then return d end end end
vim.cmd("edit " .. vim.fn.fnameescape(FILE))
local buf = vim.api.nvim_get_current_buf()
emit({ event = "opened", filetype = vim.bo[buf].filetype })
if not vim.wait(20000, function() return has(buf) ~= nil end, 20) then
  emit({ event = "timeout", waiting = "diagnostics" }) return finish()
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  emit({ event = "diagnostic", line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col, code = code(d), source = d.source })
end
local target = has(buf)
local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)()
local client = clients[1]
local params = vim.lsp.util.make_given_range_params({ target.lnum + 1, target.col }, { target.lnum + 1, target.col }, buf, client.offset_encoding)
params.context = { diagnostics = {}, only = { "quickfix" } }
local action
for _, resp in pairs(vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000) or {}) do
  for _, a in ipairs(resp.result or {}) do
    if not action and a.edit and a.title:find("^Replace") and a.diagnostics and a.diagnostics[1].code == RULE then action = a end
  end
end
if not action then emit({ event = "timeout", waiting = "code action" }) return finish() end
emit({ event = "action", title = action.title, clients = #clients })
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
local gone = vim.wait(20000, function() return has(buf) == nil end, 20)
emit({ event = "after", gone = gone, text = vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, false)[1] })
finish()
`

// TestNeovimClient starts Neovim headless with README's setup snippet, and checks that
// farewell's diagnostics arrive at the lines and columns farewell lint reports, and that a
// code action's rewrite makes its diagnostic go.
func TestNeovimClient(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim is not installed: install Neovim (apt-get install neovim) to test farewell lsp with a real client")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "farewell"), ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	email := filepath.Join(dir, "cancel.html")
	const rule = "farewell.desperation.please-dont-go"
	files := map[string]string{
		"init.lua":    readmeBlock(t, "**Neovim**", "lua"),
		"driver.lua":  "local FILE, OUT, RULE = " + luaString(email) + ", " + luaString(filepath.Join(dir, "out.jsonl")) + ", " + luaString(rule) + "\n" + nvimDriver,
		"cancel.html": cancelEmail,
	}
	for name, text := range files {
		writeText(t, filepath.Join(dir, name), text)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-n", "-i", "NONE", "-u", filepath.Join(dir, "init.lua"), "-c", "luafile "+filepath.Join(dir, "driver.lua"))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "HOME="+dir,
		"XDG_CONFIG_HOME="+dir+"/config", "XDG_DATA_HOME="+dir+"/data", "XDG_STATE_HOME="+dir+"/state", "XDG_CACHE_HOME="+dir+"/cache")
	output, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("nvim: %v\n%s", err, output)
	}
	events := readEvents(t, filepath.Join(dir, "out.jsonl"), output)

	// Where farewell lint puts each finding, as 0-based lines and byte columns, as Neovim counts.
	want := map[diagPos]bool{}
	for _, f := range lintFindings(t, email) {
		want[bytePos(cancelEmail, f.Offset, f.EndOffset, f.Rule)] = true
	}
	got := map[diagPos]bool{}
	var title, after string
	gone := false
	for _, e := range events {
		switch e.Event {
		case "opened":
			if e.Filetype != "html" {
				t.Errorf("filetype %q", e.Filetype)
			}
		case "timeout":
			t.Fatalf("timed out waiting for the %s\n%s", e.Waiting, output)
		case "diagnostic":
			if e.Source != "farewell" {
				t.Errorf("diagnostic from %q", e.Source)
			}
			got[diagPos{e.Line, e.Col, e.EndLine, e.EndCol, e.Code}] = true
		case "action":
			title = e.Title
			if e.Clients != 1 {
				t.Errorf("%d clients", e.Clients)
			}
		case "after":
			gone, after = e.Gone, e.Text
		}
	}
	if len(got) == 0 || len(got) != len(want) {
		t.Errorf("Neovim shows %d diagnostics, farewell lint finds %d", len(got), len(want))
	}
	for p := range want {
		if !got[p] {
			t.Errorf("no diagnostic %+v in Neovim; it shows %+v", p, got)
		}
	}
	if !got[bytePos(cancelEmail, strings.Index(cancelEmail, "please don’t go!"), strings.Index(cancelEmail, " To cancel"), rule)] {
		t.Errorf("no %s diagnostic on line 6 after the curly quote", rule)
	}
	if !strings.HasPrefix(title, "Replace with ") || !gone || strings.Contains(after, "please don’t go") {
		t.Errorf("code action %q applied: diagnostic gone %v, line now %q", title, gone, after)
	}
}

// diagPos is a diagnostic's range in Neovim's terms: 0-based lines, byte columns.
type diagPos struct {
	Line, Col, EndLine, EndCol int
	Code                       string
}

// bytePos turns byte offsets into a diagPos.
func bytePos(src string, start, end int, rule string) diagPos {
	pos := func(off int) (int, int) {
		line := strings.Count(src[:off], "\n")
		return line, off - (strings.LastIndex(src[:off], "\n") + 1)
	}
	l, c := pos(start)
	el, ec := pos(end)
	return diagPos{l, c, el, ec, rule}
}

type nvimEvent struct {
	Event, Filetype, Waiting, Code, Source, Title, Text string
	Line, Col                                           int
	EndLine                                             int `json:"end_line"`
	EndCol                                              int `json:"end_col"`
	Clients                                             int
	Gone                                                bool
}

func readEvents(t *testing.T, path string, output []byte) []nvimEvent {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the driver wrote nothing (%v); Neovim printed:\n%s", err, output)
	}
	var events []nvimEvent
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		var e nvimEvent
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%v: %s", err, sc.Text())
		}
		events = append(events, e)
	}
	return events
}

// lintFinding is a finding of farewell lint --format json: its rule and byte offsets.
type lintFinding struct {
	Rule      string `json:"rule"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
}

// lintFindings runs farewell lint --format json on one file and returns its findings.
func lintFindings(t *testing.T, path string) []lintFinding {
	t.Helper()
	_, out, _ := farewell(t, "", "lint", "--format", "json", path)
	var doc struct {
		Files []struct {
			Findings []lintFinding `json:"findings"`
		} `json:"files"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Files) != 1 {
		t.Fatalf("farewell lint: %v\n%s", err, out)
	}
	return doc.Files[0].Findings
}

// luaString quotes s as a Lua string literal.
func luaString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
