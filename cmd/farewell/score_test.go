package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/farewell-protocol/farewell/internal/golden"
)

func TestMinScore(t *testing.T) {
	write := fileWriter(t, t.TempDir())
	// An unsubscribe notice expects thanks, a timeline and an open door (shares 17, 16, 17 in
	// id order): 50 + 17 + 16 = 83
	good := write("good.txt", "Subject: You're unsubscribed\n\nYou won't receive our newsletter anymore, starting today. "+
		"Thanks for reading it all these years.\n")
	// 50 + timeline (16) = 66
	plain := write("plain.txt", "Subject: You have been unsubscribed\n\nYou have been unsubscribed from the product updates list. "+
		"It may take up to 48 hours for your request to be processed.\n")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"all above", []string{"lint", "--min-score", "66", good, plain}, exitOK, "score 66", ""},
		{"one below", []string{"lint", "--min-score", "67", good, plain}, exitFindings, "score 83", "1 message scores below --min-score 67: " + filepath.ToSlash(plain)},
		{"two below", []string{"lint", "--min-score", "90", good, plain}, exitFindings, "", "2 messages score below --min-score 90"},
		{"run above", []string{"lint", "--min-score", "75", "--min-score-scope", "run", good, plain}, exitOK, "Grace score 75", ""},
		{"run below", []string{"lint", "--min-score", "76", "--min-score-scope", "run", good, plain}, exitFindings, "", "the run's grace score 75 is below --min-score 76"},
		{"explain", []string{"lint", "--explain-score", "--color", "never", plain}, exitOK, "+16  farewell.elements.timeline: element present", ""},
		{"out of range", []string{"lint", "--min-score", "101", good}, exitUsage, "", "--min-score must be between 0 and 100"},
		{"bad scope", []string{"lint", "--min-score", "50", "--min-score-scope", "file", good}, exitUsage, "", "--min-score-scope must be one of message, run"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := farewell(t, "", tc.args...)
			if code != tc.code || !strings.Contains(out, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d (want %d)\nstdout: %s\nstderr: %s", code, tc.code, out, stderr)
			}
		})
	}
}

// TestScoreJSON checks the score fields of the JSON contract: every message's breakdown adds
// up to its score, files carry the score of their messages and the summary that of the run.
func TestScoreJSON(t *testing.T) {
	_, out, _ := farewell(t, "", "lint", "--format", "json", "../../testdata/calibration")
	var doc struct {
		Files []struct {
			Path     string `json:"path"`
			Score    *int   `json:"score"`
			Skipped  string `json:"skipped"`
			Messages []struct {
				ID         string `json:"id"`
				Kind       string `json:"kind"`
				KindSource string `json:"kind_source"`
				Score      int    `json:"score"`
				Band       string `json:"band"`
				Line       int    `json:"line"`
				EndLine    int    `json:"end_line"`
				Breakdown  []struct {
					Type   string `json:"type"`
					Points int    `json:"points"`
					Reason string `json:"reason"`
				} `json:"breakdown"`
			} `json:"messages"`
		} `json:"files"`
		Summary struct {
			Score *int `json:"score"`
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	sum, n := 0, 0
	for _, f := range doc.Files {
		if f.Skipped != "" {
			if f.Score != nil {
				t.Errorf("%s: skipped file with a score", f.Path)
			}
			continue
		}
		if f.Score == nil || len(f.Messages) != 1 || *f.Score != f.Messages[0].Score {
			t.Errorf("%s: file score %v for messages %+v", f.Path, f.Score, f.Messages)
			continue
		}
		m := f.Messages[0]
		total := 0
		for _, it := range m.Breakdown {
			total += it.Points
			if it.Type == "" || it.Reason == "" {
				t.Errorf("%s: breakdown item without type or reason: %+v", f.Path, it)
			}
		}
		if total != m.Score || m.Band == "" || m.Kind == "" || m.KindSource == "" || m.Line == 0 || m.EndLine < m.Line {
			t.Errorf("%s: message %+v: breakdown adds up to %d", f.Path, m, total)
		}
		if m.Kind != "other" {
			sum += m.Score
			n++
		}
	}
	if n == 0 || doc.Summary.Score == nil || *doc.Summary.Score != (2*sum+n)/(2*n) {
		t.Errorf("summary score %v, want the rounded mean of %d goodbye messages (sum %d)", doc.Summary.Score, n, sum)
	}
}

func TestExplainScoreGolden(t *testing.T) {
	code, out, stderr := farewell(t, "", "lint", "--color", "never", "--explain-score", "../../testdata/examples")
	if code != exitFindings || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	golden.Check(t, "testdata/examples-explain.txt.golden", []byte(out))
}
