package dfa

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestDecodeEncoding checks that a filter decoded from another's encoding answers as the
// original does, and encodes the same.
func TestDecodeEncoding(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, p := range append(patterns, `(?i)a[a-z]{0,40}b`) {
		f, err := Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		g, err := Decode(f.Encoding())
		if err != nil {
			t.Fatalf("%q: %v", p, err)
		}
		if g.Encoding() != f.Encoding() {
			t.Fatalf("%q: the decoded filter encodes otherwise", p)
		}
		re := regexp.MustCompile(p)
		for i := range 500 {
			s := randomText(rng)
			if i < len(texts) {
				s = texts[i]
			}
			if got, want := g.MayMatch(s), f.MayMatch(s); got != want {
				t.Errorf("%q on %q: decoded filter says %v, compiled %v", p, s, got, want)
			}
			if re.MatchString(s) && !g.MayMatch(s) {
				t.Errorf("%q on %q: decoded filter says no, regexp matches", p, s)
			}
		}
	}
}

// TestWideEncoding checks a program too long for 16-bit instruction numbers.
func TestWideEncoding(t *testing.T) {
	p := "(?i)" + strings.Repeat("abcdefghij", 7000) + "z|q"
	f, err := Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !f.wide {
		t.Fatalf("%q: %d instructions encoded with 16-bit fields", p, f.ninst)
	}
	re := regexp.MustCompile(p)
	for _, s := range []string{"q", "x", "abcdefghij", "Q!", "ABCDEFGHIJZ"} {
		if f.MayMatch(s) != re.MatchString(s) {
			t.Errorf("%q on %q: filter and regexp disagree", p, s)
		}
	}
}

// FuzzDecode checks that Decode rejects what is not an encoding, or returns a filter that runs
// without failing, whatever the bytes.
func FuzzDecode(f *testing.F) {
	for _, p := range patterns[:6] {
		c, err := Compile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(c.Encoding(), "Cancelled, MONDAY to fri.")
	}
	f.Fuzz(func(_ *testing.T, code, s string) {
		g, err := Decode(code)
		if err != nil {
			return
		}
		g.MayMatch(s)
		g.MayMatch("")
	})
}

// TestDecodeTrusted checks that DecodeTrusted reads a well-formed encoding as Decode does,
// and still refuses one whose header or length is wrong.
func TestDecodeTrusted(t *testing.T) {
	for _, p := range patterns {
		c, err := Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := DecodeTrusted(c.Encoding())
		if err != nil {
			t.Fatalf("%q: %v", p, err)
		}
		for _, s := range texts {
			if f.MayMatch(s) != c.MayMatch(s) {
				t.Errorf("%q on %q: the trusted decoding says otherwise", p, s)
			}
		}
		if _, err := DecodeTrusted(c.Encoding()[1:]); err == nil {
			t.Errorf("%q: a cut encoding decodes", p)
		}
	}
}
