package actionrun

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// These tests run farewell's own action.yml: its shell steps for real, in bash, building
// farewell from the repository as the action builds it from its checkout; the steps that use
// other actions (the cache, the SARIF upload) are recorded.

// repo is the repository root: the action's checkout.
func repo(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// uses records the steps that use other actions.
type uses struct {
	calls map[string]map[string]string // by the action used, its with: values
	sarif []byte                       // the SARIF file given to the upload, read when uploaded
}

// workspace copies the bundled examples into a new workspace.
func workspace(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(repo(t), "testdata", "examples")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// environ is the test's environment without the runner's own variables, PATH replaced when
// path is not "".
func environ(path string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GITHUB_") || strings.HasPrefix(kv, "RUNNER_") || (path != "" && strings.HasPrefix(kv, "PATH=")) {
			continue
		}
		env = append(env, kv)
	}
	if path != "" {
		env = append(env, "PATH="+path)
	}
	return env
}

// runAction runs action.yml with inputs in ws and returns the result and the other actions
// it used.
func runAction(t *testing.T, ws string, inputs map[string]string, env []string) (*Result, *uses) {
	t.Helper()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	a, err := Load(filepath.Join(repo(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	u := &uses{calls: map[string]map[string]string{}}
	var log bytes.Buffer
	rn := &Runner{ActionPath: repo(t), Workspace: ws, Temp: t.TempDir(), Inputs: inputs, Env: env, Log: &log,
		Uses: func(st Step, with map[string]string) (map[string]string, error) {
			u.calls[st.Uses] = with
			if strings.HasPrefix(st.Uses, "github/codeql-action/upload-sarif@") {
				data, err := os.ReadFile(with["sarif_file"])
				if err != nil {
					t.Errorf("upload-sarif: %v", err)
				}
				u.sarif = data
			}
			return map[string]string{"cache-hit": "false"}, nil
		}}
	res, err := rn.Run(a)
	if err != nil {
		t.Fatal(err)
	}
	if res.Step("build").Outcome != "success" {
		t.Fatalf("the build failed:\n%s", log.String())
	}
	t.Logf("steps' output:\n%s", log.String())
	return res, u
}

func TestActionDefaults(t *testing.T) {
	res, u := runAction(t, workspace(t), nil, environ(""))
	if res.Outputs["exit-code"] != "1" || !res.Failed || res.Step("Fail on findings").Outcome != "failure" {
		t.Errorf("exit-code %q, failed %v", res.Outputs["exit-code"], res.Failed)
	}
	// The caller's Go, PATH and environment are left as they were.
	if res.Env != "" || res.Path != "" {
		t.Errorf("the action changed the environment of later steps: GITHUB_ENV %q, GITHUB_PATH %q", res.Env, res.Path)
	}
	for _, st := range res.Steps {
		if strings.Contains(st.Step.Uses, "setup-go") {
			t.Errorf("the action uses %s", st.Step.Uses)
		}
	}
	// Built from the action's checkout, with the modules and build cached by go.sum.
	if out, err := exec.Command(res.Outputs["farewell"], "version").Output(); err != nil || !strings.HasPrefix(string(out), "farewell ") {
		t.Errorf("the built farewell: %q, %v", out, err)
	}
	cache := u.calls["actions/cache@v4"]
	modcache, _ := exec.Command("go", "env", "GOMODCACHE").Output()
	if !strings.Contains(cache["path"], strings.TrimSpace(string(modcache))) || !strings.HasPrefix(cache["key"], "farewell-Linux-X64-") {
		t.Errorf("cache: %v", cache)
	}
	// Errors and warnings annotate; the job summary lists the messages with their scores.
	lint := res.Step("lint").Stdout
	if !strings.Contains(lint, "::error file=cancel-confirmation.html,line=14,col=23,") || !strings.Contains(lint, "::warning ") || strings.Contains(lint, "::notice ") {
		t.Errorf("annotations:\n%s", lint)
	}
	if !strings.Contains(res.Summary, "| 81 gracious | `cancel-gracious.md:4` | cancellation | 0 |") {
		t.Errorf("job summary:\n%s", res.Summary)
	}
	var sarif struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(u.sarif, &sarif); err != nil || sarif.Version != "2.1.0" || len(sarif.Runs[0].Results) != 27 {
		t.Errorf("uploaded SARIF: %v, %+v", err, sarif)
	}
}

func TestActionInputs(t *testing.T) {
	ws := workspace(t)
	cfg := filepath.Join(t.TempDir(), "farewell.yaml")
	if err := os.WriteFile(cfg, []byte("rules:\n  farewell.friction.cancel-by-phone: off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, u := runAction(t, ws, map[string]string{
		"paths": "*.txt", "min-severity": "suggestion", "fail-on": "warning", "config": cfg, "sarif": "false",
	}, environ(""))
	lint := res.Step("lint").Stdout
	if res.Outputs["exit-code"] != "1" || !strings.Contains(lint, "::notice file=unsubscribe.txt,") ||
		strings.Contains(lint, "cancel-confirmation.html") || strings.Contains(lint, "cancel-by-phone") {
		t.Errorf("exit-code %s, annotations:\n%s", res.Outputs["exit-code"], lint)
	}
	if _, ok := u.calls["github/codeql-action/upload-sarif@v3"]; ok || res.Outputs["sarif-file"] != "" {
		t.Error("sarif: false uploaded SARIF")
	}
	// annotations: false still writes the job summary; fail-on: suggestion with the defaults.
	res, _ = runAction(t, ws, map[string]string{"annotations": "false", "paths": "cancel-gracious.md", "fail-on": "suggestion"}, environ(""))
	if lint := res.Step("lint").Stdout; lint != "" || !strings.Contains(res.Summary, "cancel-gracious.md:4") || res.Outputs["exit-code"] != "1" {
		t.Errorf("annotations: false printed %q, summary %q, exit-code %s", lint, res.Summary, res.Outputs["exit-code"])
	}
}

func TestActionNewFromRev(t *testing.T) {
	ws := workspace(t)
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-c", "user.name=farewell", "-c", "user.email=farewell@example.com"}, args...)...)
		cmd.Dir = ws
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "examples")
	md := filepath.Join(ws, "cancel-gracious.md")
	data, _ := os.ReadFile(md)
	if err := os.WriteFile(md, append(data, "\nTo cancel, call us.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	res, _ := runAction(t, ws, map[string]string{"new-from-rev": "HEAD"}, environ(""))
	lint := res.Step("lint").Stdout
	if res.Outputs["exit-code"] != "1" || strings.Count(lint, "::error ") != 1 || !strings.Contains(lint, "::error file=cancel-gracious.md,line=13,") {
		t.Errorf("exit-code %s, annotations:\n%s", res.Outputs["exit-code"], lint)
	}
}

func TestActionExit2(t *testing.T) {
	res, u := runAction(t, workspace(t), map[string]string{"config": "missing.yaml"}, environ(""))
	if res.Outputs["exit-code"] != "2" || res.Step("Fail on findings").Outcome != "failure" {
		t.Errorf("exit-code %q", res.Outputs["exit-code"])
	}
	if _, ok := u.calls["github/codeql-action/upload-sarif@v3"]; ok {
		t.Error("a missing SARIF file was uploaded")
	}
	for _, want := range []string{"### farewell could not finish (exit 2)", "missing.yaml", "No SARIF report was written"} {
		if !strings.Contains(res.Summary, want) {
			t.Errorf("job summary lacks %q:\n%s", want, res.Summary)
		}
	}
}

// TestActionWithoutGo runs the action where no Go is on PATH: it fetches Go into a directory of
// its own (here a stand-in for the download that runs the test's Go) and leaves PATH alone.
func TestActionWithoutGo(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	goBin, _ = filepath.Abs(goBin)
	stubs := t.TempDir()
	var archive bytes.Buffer
	gz := gzip.NewWriter(&archive)
	tw := tar.NewWriter(gz)
	wrapper := "#!/bin/sh\nexec " + goBin + " \"$@\"\n"
	for _, h := range []*tar.Header{
		{Name: "go/", Typeflag: tar.TypeDir, Mode: 0o755},
		{Name: "go/bin/", Typeflag: tar.TypeDir, Mode: 0o755},
		{Name: "go/bin/go", Typeflag: tar.TypeReg, Mode: 0o755, Size: int64(len(wrapper))},
	} {
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tw.Write([]byte(wrapper)); err != nil {
		t.Fatal(err)
	}
	if err := errorsOf(tw.Close(), gz.Close(), os.WriteFile(filepath.Join(stubs, "go.tar.gz"), archive.Bytes(), 0o644)); err != nil {
		t.Fatal(err)
	}
	curl := "#!/bin/sh\necho \"$@\" > " + filepath.Join(stubs, "curl.args") + "\ncat " + filepath.Join(stubs, "go.tar.gz") + "\n"
	if err := os.WriteFile(filepath.Join(stubs, "curl"), []byte(curl), 0o755); err != nil {
		t.Fatal(err)
	}
	path := []string{stubs}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if _, err := os.Stat(filepath.Join(dir, "go")); err != nil && dir != "" {
			path = append(path, dir)
		}
	}
	res, _ := runAction(t, workspace(t), nil, environ(strings.Join(path, string(filepath.ListSeparator))))
	args, _ := os.ReadFile(filepath.Join(stubs, "curl.args"))
	if !strings.Contains(string(args), "https://go.dev/dl/go1.") || !strings.Contains(string(args), ".linux-") {
		t.Errorf("Go fetched with curl %s", args)
	}
	if res.Outputs["exit-code"] != "1" || res.Path != "" || res.Env != "" {
		t.Errorf("exit-code %q, GITHUB_PATH %q, GITHUB_ENV %q", res.Outputs["exit-code"], res.Path, res.Env)
	}
}

func errorsOf(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
