// Package actionrun runs a composite GitHub Action locally, as a runner would: its inputs and
// their defaults, each step's if: condition, ${{ }} expressions, bash run: steps with the
// runner's files ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY, $GITHUB_ENV, $GITHUB_PATH), and the
// action's outputs. Steps that use other actions are handed to a function the caller gives.
// It lets farewell's tests run action.yml's shell steps for real; it imports only the
// standard library and a YAML decoder, and nothing imports it but tests.
package actionrun

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Action is a composite action's definition, as far as the runner reads it.
type Action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []Step `yaml:"steps"`
	} `yaml:"runs"`
}

// Step is one step of a composite action.
type Step struct {
	ID    string            `yaml:"id"`
	Name  string            `yaml:"name"`
	If    string            `yaml:"if"`
	Shell string            `yaml:"shell"`
	Run   string            `yaml:"run"`
	Uses  string            `yaml:"uses"`
	Env   map[string]string `yaml:"env"`
	With  map[string]string `yaml:"with"`
}

// Load reads and decodes an action.yml.
func Load(path string) (*Action, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("actionrun: %w", err)
	}
	var a Action
	if err := yaml.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("actionrun: %s: %w", path, err)
	}
	if a.Runs.Using != "composite" {
		return nil, fmt.Errorf("actionrun: %s: runs.using is %q, not composite", path, a.Runs.Using)
	}
	return &a, nil
}

// Runner is where and how an action runs.
type Runner struct {
	// ActionPath is the action's checkout (github.action_path); Workspace is the working
	// directory of run: steps (github.workspace); Temp is runner.temp.
	ActionPath, Workspace, Temp string
	// Inputs are the with: values the workflow gives; the rest take their defaults.
	Inputs map[string]string
	// Env is the environment steps start from, as NAME=value.
	Env []string
	// Uses runs a step that uses another action, with its with: values interpolated, and
	// returns that step's outputs.
	Uses func(step Step, with map[string]string) (map[string]string, error)
	// Log receives what run: steps print (standard output and error); nil discards it.
	Log io.Writer
}

// StepResult is what became of one step.
type StepResult struct {
	Step Step
	// Outcome is success, failure or skipped.
	Outcome string
	Outputs map[string]string
	// Stdout is what a run: step printed on standard output.
	Stdout string
}

// Result is what became of a run.
type Result struct {
	Steps   []StepResult
	Outputs map[string]string
	// Failed is set when a step failed.
	Failed bool
	// Summary is every step's job summary; Env and Path what steps asked to add to the
	// environment and PATH of the steps after the action.
	Summary, Env, Path string
}

// Step returns the result of the step with id or name s.
func (r *Result) Step(s string) *StepResult {
	for i := range r.Steps {
		if r.Steps[i].Step.ID == s || r.Steps[i].Step.Name == s {
			return &r.Steps[i]
		}
	}
	return nil
}

// Run runs the action's steps in order; an error is one of the runner's own, not a step's
// failure.
func (rn *Runner) Run(a *Action) (*Result, error) {
	files := map[string]string{}
	for _, name := range []string{"GITHUB_STEP_SUMMARY", "GITHUB_ENV", "GITHUB_PATH"} {
		files[name] = filepath.Join(rn.Temp, "_runner_"+strings.ToLower(name))
		if err := os.WriteFile(files[name], nil, 0o600); err != nil {
			return nil, fmt.Errorf("actionrun: %w", err)
		}
	}
	ctx := &runContext{rn: rn, action: a, steps: map[string]*StepResult{}}
	res := &Result{}
	for i, st := range a.Runs.Steps {
		ok, err := condition(st.If, ctx)
		if err != nil {
			return nil, fmt.Errorf("actionrun: step %d if: %w", i+1, err)
		}
		sr := StepResult{Step: st, Outcome: "skipped", Outputs: map[string]string{}}
		if ok {
			sr.Outcome = "success"
			if err := rn.step(&sr, ctx, files); err != nil {
				return nil, err
			}
		}
		if sr.Outcome == "failure" {
			ctx.failed, res.Failed = true, true
		}
		res.Steps = append(res.Steps, sr)
		if st.ID != "" {
			ctx.steps[st.ID] = &res.Steps[len(res.Steps)-1]
		}
	}
	res.Outputs = map[string]string{}
	for name, out := range a.Outputs {
		v, err := interpolate(out.Value, ctx)
		if err != nil {
			return nil, fmt.Errorf("actionrun: output %s: %w", name, err)
		}
		res.Outputs[name] = v
	}
	for name, to := range map[string]*string{"GITHUB_STEP_SUMMARY": &res.Summary, "GITHUB_ENV": &res.Env, "GITHUB_PATH": &res.Path} {
		data, err := os.ReadFile(files[name])
		if err != nil {
			return nil, fmt.Errorf("actionrun: %w", err)
		}
		*to = string(data)
	}
	return res, nil
}

// step runs one step whose condition held, setting its outcome and outputs.
func (rn *Runner) step(sr *StepResult, ctx *runContext, files map[string]string) error {
	st := sr.Step
	with := map[string]string{}
	for k, v := range st.With {
		s, err := interpolate(v, ctx)
		if err != nil {
			return fmt.Errorf("actionrun: %s with.%s: %w", st.Name, k, err)
		}
		with[k] = s
	}
	if st.Uses != "" {
		out, err := rn.Uses(st, with)
		if err != nil {
			sr.Outcome = "failure"
		}
		for k, v := range out {
			sr.Outputs[k] = v
		}
		return nil
	}
	if st.Shell != "bash" {
		return fmt.Errorf("actionrun: %s: shell %q (only bash is run)", st.Name, st.Shell)
	}
	script, err := interpolate(st.Run, ctx)
	if err != nil {
		return fmt.Errorf("actionrun: %s run: %w", st.Name, err)
	}
	dir, err := os.MkdirTemp(rn.Temp, "_step")
	if err != nil {
		return fmt.Errorf("actionrun: %w", err)
	}
	path, output := filepath.Join(dir, "step.sh"), filepath.Join(dir, "output")
	if err := os.WriteFile(path, []byte(script), 0o600); err != nil {
		return fmt.Errorf("actionrun: %w", err)
	}
	if err := os.WriteFile(output, nil, 0o600); err != nil {
		return fmt.Errorf("actionrun: %w", err)
	}
	env := append(append([]string{}, rn.Env...),
		"GITHUB_ACTION_PATH="+rn.ActionPath, "GITHUB_WORKSPACE="+rn.Workspace, "RUNNER_TEMP="+rn.Temp,
		"RUNNER_OS=Linux", "RUNNER_ARCH=X64", "GITHUB_ACTIONS=true", "CI=true", "GITHUB_OUTPUT="+output)
	for name, file := range files {
		env = append(env, name+"="+file)
	}
	keys := make([]string, 0, len(st.Env))
	for k := range st.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, err := interpolate(st.Env[k], ctx)
		if err != nil {
			return fmt.Errorf("actionrun: %s env.%s: %w", st.Name, k, err)
		}
		env = append(env, k+"="+v)
	}
	// As the runner runs shell: bash.
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", path) //nolint:gosec // the step's script, written just above, is what the runner runs
	cmd.Dir, cmd.Env = rn.Workspace, env
	var stdout bytes.Buffer
	log := rn.Log
	if log == nil {
		log = io.Discard
	}
	// The step writes its standard output and error from two goroutines; both reach the log.
	log = &lockedWriter{w: log}
	cmd.Stdout, cmd.Stderr = io.MultiWriter(&stdout, log), log
	if err := cmd.Run(); err != nil {
		if exit := (*exec.ExitError)(nil); !errors.As(err, &exit) {
			return fmt.Errorf("actionrun: %s: %w", st.Name, err)
		}
		sr.Outcome = "failure"
	}
	sr.Stdout = stdout.String()
	data, err := os.ReadFile(output)
	if err != nil {
		return fmt.Errorf("actionrun: %w", err)
	}
	return parseOutputs(data, sr.Outputs)
}

// lockedWriter serializes writes to w, which a command's output and error share.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// Write writes p to the underlying writer under the lock.
func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
