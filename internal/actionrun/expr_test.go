package actionrun

import "testing"

// fixed is a lookup with a few values and a failed step before.
type fixed map[string]value

func (f fixed) get(path []string) (value, error) {
	v := f[path[0]]
	for _, p := range path[1:] {
		v = f[p]
	}
	return v, nil
}

func (f fixed) status(name string) (bool, error) { return name == "always" || name == "failure", nil }

func TestExpressions(t *testing.T) {
	ctx := fixed{"code": "2", "on": "true", "empty": ""}
	for _, tc := range []struct {
		expr string
		want string
	}{
		{"inputs.code == '2'", "true"},
		{"inputs.code != 0", "true"},    // compared as numbers
		{"inputs.on == 'TRUE'", "true"}, // strings without regard to case
		{"inputs.empty || 'default'", "default"},
		{"inputs.code && inputs.on", "true"}, // && and || give an operand
		{"!(inputs.empty)", "true"},
		{"'it''s'", "it's"},
		{"always() && inputs.empty != ''", "false"},
	} {
		v, err := eval(tc.expr, ctx)
		if err != nil || str(v) != tc.want {
			t.Errorf("%s = %q, %v; want %q", tc.expr, str(v), err, tc.want)
		}
	}
	// A condition without a status function holds only when no step failed.
	for cond, want := range map[string]bool{"": false, "${{ inputs.on == 'true' }}": false, "always() && inputs.on": true, "failure()": true} {
		if got, err := condition(cond, ctx); err != nil || got != want {
			t.Errorf("if: %q = %v, %v; want %v", cond, got, err, want)
		}
	}
	if s, err := interpolate("a ${{ inputs.code }} b ${{ 'c' }}", ctx); err != nil || s != "a 2 b c" {
		t.Errorf("interpolate: %q, %v", s, err)
	}
	for _, bad := range []string{"inputs.code ==", "(inputs.code", "'open", "format('x')"} {
		if _, err := eval(bad, ctx); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestParseOutputs(t *testing.T) {
	out := map[string]string{}
	if err := parseOutputs([]byte("a=1\nlog<<EOF\nx=y\nz\nEOF\nb=two=2\n"), out); err != nil {
		t.Fatal(err)
	}
	if out["a"] != "1" || out["log"] != "x=y\nz" || out["b"] != "two=2" {
		t.Errorf("%q", out)
	}
}
