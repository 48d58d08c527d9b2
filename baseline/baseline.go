// Package baseline records a repository's current findings and grace scores so that only new
// problems are reported: legacy template repositories adopt farewell without fixing everything
// first. A finding is identified by its rule, its path and a fingerprint of the matched text
// that does not depend on line numbers; a message by its path and id, with the score it had. It
// reads lint results, as reports do: it imports lint, and only cmd imports it.
package baseline

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/farewell-protocol/farewell/lint"
)

// Version is the baseline file format version.
const Version = 1

// Entry is one recorded finding.
type Entry struct {
	Rule        string `json:"rule"`
	Path        string `json:"path"`
	Fingerprint string `json:"fingerprint"`
	// Match is the matched text, for people reading the file.
	Match string `json:"match"`
}

// Score is one message's recorded grace score.
type Score struct {
	Path    string `json:"path"`
	Message string `json:"message"`
	Score   int    `json:"score"`
}

type file struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
	// Scores and RunScore are absent from baselines written before scores were recorded.
	Scores   []Score `json:"scores,omitempty"`
	RunScore *int    `json:"run_score,omitempty"`
}

// Recorder collects the entries of a run, to be written with Write.
type Recorder struct {
	entries  []Entry
	scores   []Score
	runScore *int
}

// Add records every finding and every message's score of a result.
func (r *Recorder) Add(res *lint.Result) {
	for i, fp := range lint.Fingerprints(res) {
		f := &res.Findings[i]
		r.entries = append(r.entries, Entry{Rule: f.Rule.ID, Path: res.Path, Fingerprint: fp, Match: f.Text})
	}
	for i := range res.Messages {
		m := &res.Messages[i]
		r.scores = append(r.scores, Score{Path: res.Path, Message: m.ID, Score: m.Score})
	}
}

// SetRunScore records the run's grace score.
func (r *Recorder) SetRunScore(score int) { r.runScore = &score }

// Write writes the recorded entries as JSON, ordered by path, rule and fingerprint.
func (r *Recorder) Write(w io.Writer) error {
	sort.Slice(r.entries, func(i, j int) bool {
		a, b := r.entries[i], r.entries[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
	sort.SliceStable(r.scores, func(i, j int) bool {
		a, b := r.scores[i], r.scores[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Message < b.Message
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	entries := r.entries
	if entries == nil {
		entries = []Entry{}
	}
	return enc.Encode(file{Version: Version, Findings: entries, Scores: r.scores, RunScore: r.runScore})
}

// Baseline is a loaded set of known findings and scores.
type Baseline struct {
	known    map[string]bool
	scores   map[string]int
	runScore *int
}

// Load reads a baseline file.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var f file
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("baseline %s: version %d, want %d", path, f.Version, Version)
	}
	b := &Baseline{known: make(map[string]bool, len(f.Findings)), scores: make(map[string]int, len(f.Scores)), runScore: f.RunScore}
	for _, e := range f.Findings {
		b.known[key(e.Rule, e.Path, e.Fingerprint)] = true
	}
	for _, s := range f.Scores {
		k := key("", s.Path, s.Message)
		if old, ok := b.scores[k]; !ok || s.Score < old {
			b.scores[k] = s.Score // two messages of one id: the lower score stands
		}
	}
	return b, nil
}

// Tolerates reports whether the baseline recorded the message id of path with a score no
// higher than score: a message already below --min-score when the baseline was written does
// not fail the run until its score drops further.
func (b *Baseline) Tolerates(path, id string, score int) bool {
	old, ok := b.scores[key("", path, id)]
	return ok && score >= old
}

// ToleratesRun reports whether the baseline recorded a run score no higher than score.
func (b *Baseline) ToleratesRun(score int) bool {
	return b.runScore != nil && score >= *b.runScore
}

func key(rule, path, fp string) string { return rule + "\x00" + path + "\x00" + fp }

// Filter removes the findings of res that the baseline knows and returns how many it removed.
func (b *Baseline) Filter(res *lint.Result) int {
	fps := lint.Fingerprints(res)
	kept := res.Findings[:0]
	removed := 0
	for i, f := range res.Findings {
		if b.known[key(f.Rule.ID, res.Path, fps[i])] {
			removed++
			continue
		}
		kept = append(kept, f)
	}
	res.Findings = kept
	return removed
}
