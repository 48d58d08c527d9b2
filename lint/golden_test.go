package lint_test

import (
	"testing"

	"github.com/farewell-protocol/farewell/lint/linttest"
)

func TestGolden(t *testing.T) {
	linttest.Run(t, "../testdata/golden", linttest.Builtin(t))
}

func TestExamplesInvariants(t *testing.T) {
	l := linttest.Builtin(t)
	for _, in := range linttest.Inputs(t, "../testdata/examples") {
		linttest.Check(t, linttest.LintFile(t, l, in))
	}
}
