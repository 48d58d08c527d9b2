package yamlx_test

import (
	"strings"
	"testing"

	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
	"github.com/farewell-protocol/farewell/internal/yamlx"
)

const laughs = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]
`

// TestAliasBomb decodes a billion-laughs document into a type that accepts it, and expects
// the node budget to stop the expansion with a positioned error.
func TestAliasBomb(t *testing.T) {
	node, err := yamlx.Parse("bomb.yaml", []byte(laughs))
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		A []string             `yaml:"a"`
		B [][]string           `yaml:"b"`
		C [][][]string         `yaml:"c"`
		D [][][][]string       `yaml:"d"`
		E [][][][][]string     `yaml:"e"`
		F [][][][][][]string   `yaml:"f"`
		G [][][][][][][]string `yaml:"g"`
	}
	err = yamlx.Decode("bomb.yaml", node, &out)
	if err == nil || !yamlx.IsAliasBomb(err) || !strings.HasPrefix(err.Error(), "bomb.yaml:") {
		t.Fatalf("got %v, want the alias budget error", err)
	}
}

func TestDecodeStrict(t *testing.T) {
	type inner struct {
		Pos  yamlx.Pos    `yaml:"-"`
		Name yamlx.String `yaml:"name"`
		N    int          `yaml:"n"`
	}
	type outer struct {
		Items []inner     `yaml:"items"`
		Tags  []string    `yaml:"tags"`
		Map   yamlx.Pairs `yaml:"map"`
	}
	src := "items:\n  - name: x\n    n: 2\ntags: one\nmap:\n  b: [1, 2]\n  a: z\n"
	node, err := yamlx.Parse("ok.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var o outer
	if err := yamlx.Decode("ok.yaml", node, &o); err != nil {
		t.Fatal(err)
	}
	if o.Items[0].Name.Value != "x" || o.Items[0].Name.Pos.String() != "ok.yaml:2:11" || o.Items[0].Pos.String() != "ok.yaml:2:5" {
		t.Errorf("positions: %+v", o.Items[0])
	}
	if len(o.Tags) != 1 || o.Tags[0] != "one" || o.Map[0].Key.Value != "b" || len(o.Map[0].Values) != 2 {
		t.Errorf("decoded %+v", o)
	}
	for src, want := range map[string]string{
		"items:\n  - name: x\n    m: 1\n": `bad.yaml:3:5: unknown field "m"`,
		"items:\n  - n: two\n":            `bad.yaml:2:8: expected a whole number, found "two"`,
		"tags:\n  a: b\n":                 "bad.yaml:2:3: expected a list, found a mapping",
		"tags: [a]\ntags: [b]\n":          `bad.yaml:2:1: field "tags" is given twice`,
	} {
		node, err := yamlx.Parse("bad.yaml", []byte(src))
		if err == nil {
			err = yamlx.Decode("bad.yaml", node, &outer{})
		}
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: got %v, want %s", src, err, want)
		}
	}
}
