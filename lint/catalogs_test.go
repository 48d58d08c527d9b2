package lint_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/lint/linttest"
	"github.com/farewell-protocol/farewell/rules"
)

// TestLabelledCatalogs lints farewell's own labelled sample of catalog messages
// (testdata/catalogs, written for it: goodbyes among buttons, errors, settings notices, feed
// subscriptions, offers and sets of states) and checks every message against labels.tsv: the
// message units, the kinds, at most one element finding per message and none on a message that
// is no goodbye. It logs the kind accuracy.
func TestLabelledCatalogs(t *testing.T) {
	const dir = "../testdata/catalogs"
	want := readLabels(t, filepath.Join(dir, "labels.tsv"))
	l := linttest.Builtin(t)
	inputs := slices.Collect(lint.Walk([]string{dir}, lint.WalkOptions{}))
	seen, right, goodbyes, elements := 0, 0, 0, 0
	l.Run(context.Background(), slices.Values(inputs), lint.RunOptions{}, func(r *lint.Result) {
		if r.Err != nil || r.Skipped != "" {
			t.Errorf("%s: %v %s", r.Path, r.Err, r.Skipped)
			return
		}
		rel, err := filepath.Rel(dir, r.Path)
		if err != nil { // emit may run on a worker's goroutine, where t.Fatal may not be called
			t.Errorf("%s: %v", r.Path, err)
			return
		}
		rel = filepath.ToSlash(rel)
		perMessage := make([]int, len(r.Messages))
		for _, f := range r.Findings {
			if f.Rule.Type == rules.Requires || f.Rule.ID == rules.MissingElementsID {
				perMessage[f.MessageIndex]++
			}
		}
		for mi, m := range r.Messages {
			kind, ok := want[rel+"\t"+m.ID]
			if !ok {
				t.Errorf("%s: message %q (%s) is not in labels.tsv", rel, m.ID, m.Kind)
				continue
			}
			seen++
			if string(m.Kind) == kind {
				right++
			} else {
				t.Errorf("%s: message %q is %s, labelled %s", rel, m.ID, m.Kind, kind)
			}
			if kind != string(rules.Other) {
				goodbyes++
			}
			elements += perMessage[mi]
			switch {
			case perMessage[mi] > 1:
				t.Errorf("%s: message %q has %d element findings, want at most one", rel, m.ID, perMessage[mi])
			case perMessage[mi] > 0 && kind == string(rules.Other):
				t.Errorf("%s: message %q is no goodbye but has an element finding", rel, m.ID)
			}
		}
	})
	if seen != len(want) {
		t.Errorf("linted %d labelled messages, labels.tsv lists %d", seen, len(want))
	}
	t.Logf("kind accuracy %d/%d; %d goodbyes, %d element findings", right, seen, goodbyes, elements)
}

// readLabels reads labels.tsv: file, message id and kind, tab-separated; "#" starts a comment.
func readLabels(t *testing.T, name string) map[string]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			t.Fatalf("%s: want file, message id and kind: %q", name, line)
		}
		out[fields[0]+"\t"+fields[1]] = fields[2]
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
