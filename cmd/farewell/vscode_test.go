package main

import (
	"archive/zip"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/format"
)

// vscodeDir is the VS Code extension, from this package's directory.
const vscodeDir = "../../editors/vscode"

// TestVSCodeExtension builds the VS Code extension (npm ci when its node_modules is missing,
// then npm run compile), runs its tests against a farewell built here (the real
// vscode-languageclient starts farewell lsp and shows its diagnostics at VS Code's columns),
// and packages it into a .vsix with vsce. It is skipped when node or npm is absent.
func TestVSCodeExtension(t *testing.T) {
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed: install Node.js (apt-get install nodejs npm) to build the VS Code extension", tool)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "farewell")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	npm := func(args ...string) {
		t.Helper()
		cmd := exec.Command("npm", args...)
		cmd.Dir = vscodeDir
		cmd.Env = append(os.Environ(), "FAREWELL_BIN="+bin)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("npm %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	if _, err := os.Stat(filepath.Join(vscodeDir, "node_modules")); err != nil {
		npm("ci", "--no-audit", "--no-fund")
	}
	npm("run", "compile")
	npm("test")
	vsix := filepath.Join(dir, "farewell.vsix")
	npm("exec", "--", "vsce", "package", "--skip-license", "--out", vsix)

	zr, err := zip.OpenReader(vsix)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = zr.Close() }() // read only: closing drops nothing
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	for _, want := range []string{"extension/package.json", "extension/out/extension.js", "extension/out/encoding.js",
		"extension/node_modules/vscode-languageclient/package.json", "extension/readme.md"} {
		if !slices.Contains(names, want) {
			t.Errorf("the .vsix lacks %s", want)
		}
	}
	for _, n := range names {
		if strings.HasPrefix(n, "extension/src/") || strings.HasPrefix(n, "extension/out/test/") ||
			strings.Contains(n, "node_modules/typescript/") || strings.Contains(n, "node_modules/@vscode/vsce/") {
			t.Errorf("the .vsix holds %s", n)
		}
	}
}

// TestVSCodeManifest checks that the extension offers farewell lsp every file extension
// farewell reads, and declares each setting it reads.
func TestVSCodeManifest(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(vscodeDir, "src", "extension.ts"))
	if err != nil {
		t.Fatal(err)
	}
	list := regexp.MustCompile(`(?s)const extensions = \[(.*?)\];`).FindSubmatch(src)
	if list == nil {
		t.Fatal("no list of extensions in extension.ts")
	}
	var got []string
	for _, m := range regexp.MustCompile(`"([^"]+)"`).FindAllSubmatch(list[1], -1) {
		got = append(got, "."+string(m[1]))
	}
	want := format.Extensions()
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("the extension selects %v, farewell reads %v", got, want)
	}

	var manifest struct {
		Main         string
		Dependencies map[string]string
		Contributes  struct {
			Configuration struct {
				Properties map[string]json.RawMessage
			}
		}
	}
	data, err := os.ReadFile(filepath.Join(vscodeDir, "package.json"))
	if err == nil {
		err = json.Unmarshal(data, &manifest)
	}
	if err != nil {
		t.Fatal(err)
	}
	if manifest.Main != "./out/extension.js" || manifest.Dependencies["vscode-languageclient"] == "" {
		t.Errorf("main %q, dependencies %v", manifest.Main, manifest.Dependencies)
	}
	for _, m := range regexp.MustCompile(`cfg\.get<[^>]+>\("([^"]+)"`).FindAllSubmatch(src, -1) {
		if _, ok := manifest.Contributes.Configuration.Properties["farewell."+string(m[1])]; !ok {
			t.Errorf("the extension reads farewell.%s, which package.json does not declare", m[1])
		}
	}
	for _, s := range []string{"path", "args", "debounceMs", "positionEncoding"} {
		if !strings.Contains(string(src), `"`+s+`"`) {
			t.Errorf("the extension never reads farewell.%s", s)
		}
	}
}
