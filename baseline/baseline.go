// Package baseline records a repository's current findings so that only new ones are reported:
// legacy template repositories adopt farewell without fixing everything first. A finding is
// identified by its rule, its path and a fingerprint of the matched text that does not depend
// on line numbers. It reads lint results, as reports do: it imports lint, and only cmd
// imports it.
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

type file struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Recorder collects the entries of a run, to be written with Write.
type Recorder struct {
	entries []Entry
}

// Add records every finding of a result.
func (r *Recorder) Add(res *lint.Result) {
	for i, fp := range lint.Fingerprints(res) {
		f := &res.Findings[i]
		r.entries = append(r.entries, Entry{Rule: f.Rule.ID, Path: res.Path, Fingerprint: fp, Match: f.Text})
	}
}

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
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	entries := r.entries
	if entries == nil {
		entries = []Entry{}
	}
	return enc.Encode(file{Version: Version, Findings: entries})
}

// Baseline is a loaded set of known findings.
type Baseline struct {
	known map[string]bool
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
	b := &Baseline{known: make(map[string]bool, len(f.Findings))}
	for _, e := range f.Findings {
		b.known[key(e.Rule, e.Path, e.Fingerprint)] = true
	}
	return b, nil
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
