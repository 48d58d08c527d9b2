package rules

import (
	"regexp"
	"testing"
)

// TestConstExpr checks that an expression taken without checking matches as the checked one
// does, and that one that does not parse matches nothing rather than stopping a lint.
func TestConstExpr(t *testing.T) {
	const expr = `(?i)\b(?:has|have) been (?:cancell?ed|closed)\b`
	checked, err := CompileExpr(expr)
	if err != nil {
		t.Fatal(err)
	}
	unchecked := ConstExpr(expr)
	re := regexp.MustCompile(expr)
	for _, s := range []string{"Your plan has been cancelled.", "HAVE BEEN CLOSED", "has been canceled", "been closed", ""} {
		if got, want := unchecked.MatchString(s), re.MatchString(s); got != want || checked.MatchString(s) != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
	if _, err := CompileExpr(`(?:unclosed`); err == nil {
		t.Fatal("CompileExpr takes an expression that does not parse")
	}
	bad := ConstExpr(`(?:unclosed`)
	for _, s := range []string{"(?:unclosed", "unclosed", ""} {
		if bad.MatchString(s) {
			t.Errorf("an expression that does not parse matches %q", s)
		}
	}
}
