package actionrun

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

// parseOutputs reads $GITHUB_OUTPUT: name=value lines and name<<DELIMITER blocks.
func parseOutputs(data []byte, into map[string]string) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if name, delim, ok := strings.Cut(line, "<<"); ok && !strings.Contains(name, "=") {
			var lines []string
			for sc.Scan() && sc.Text() != delim {
				lines = append(lines, sc.Text())
			}
			into[name] = strings.Join(lines, "\n")
			continue
		}
		if name, v, ok := strings.Cut(line, "="); ok {
			into[name] = v
		} else if line != "" {
			return fmt.Errorf("actionrun: GITHUB_OUTPUT line %q", line)
		}
	}
	return sc.Err()
}

// runContext is what expressions see while an action runs.
type runContext struct {
	rn     *Runner
	action *Action
	steps  map[string]*StepResult
	failed bool
}

func (c *runContext) get(path []string) (value, error) {
	switch {
	case len(path) == 2 && path[0] == "inputs":
		if v, ok := c.rn.Inputs[path[1]]; ok {
			return v, nil
		}
		if in, ok := c.action.Inputs[path[1]]; ok {
			return in.Default, nil
		}
		return nil, fmt.Errorf("no input %s", path[1])
	case len(path) == 2 && path[0] == "github" && path[1] == "action_path":
		return c.rn.ActionPath, nil
	case len(path) == 2 && path[0] == "github" && path[1] == "workspace":
		return c.rn.Workspace, nil
	case len(path) == 2 && path[0] == "runner" && path[1] == "temp":
		return c.rn.Temp, nil
	case len(path) == 4 && path[0] == "steps" && path[2] == "outputs":
		if s := c.steps[path[1]]; s != nil {
			return s.Outputs[path[3]], nil
		}
		return nil, c.stepID(path[1])
	case len(path) == 3 && path[0] == "steps" && path[2] == "outcome":
		if s := c.steps[path[1]]; s != nil {
			return s.Outcome, nil
		}
		return nil, c.stepID(path[1])
	}
	return nil, fmt.Errorf("unknown context %s", strings.Join(path, "."))
}

func (c *runContext) status(name string) (bool, error) {
	switch name {
	case "always":
		return true, nil
	case "success":
		return !c.failed, nil
	case "failure":
		return c.failed, nil
	case "cancelled":
		return false, nil
	}
	return false, fmt.Errorf("unknown function %s()", name)
}

// stepID checks that a step of the action has the id: a step that has not run yet reads as
// null, a step that does not exist is an error.
func (c *runContext) stepID(id string) error {
	for _, st := range c.action.Runs.Steps {
		if st.ID == id {
			return nil
		}
	}
	return fmt.Errorf("no step has the id %s", id)
}
