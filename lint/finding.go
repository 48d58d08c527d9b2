package lint

import (
	"slices"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/rules"
)

// Finding is one problem in a file: a rule, the exact source range it matched, and the
// alternative ways to fix it.
type Finding struct {
	Rule *rules.Rule
	// Severity is the rule's severity after configuration overrides.
	Severity rules.Severity
	Message  string
	// Start and End are the byte offsets of the match in the file as stored (End exclusive);
	// the document's Position method gives them as lines and columns.
	Start, End int
	// Match is exactly Src[Start:End].
	Match string
	// Text is the normalised text that matched, as rules saw it.
	Text string
	// Key is the catalog key the text belongs to ("" for running text).
	Key string
	// MessageIndex is the index of the finding's message in the file's result.
	MessageIndex int
	// Fixes are alternative fixes, best first; each replaces the match one-to-one (see Edit).
	// Findings that make the same single fix share one slice: read it, never change it.
	Fixes []Fix
	// Advice are rewrites that cannot replace the match one-to-one, and the paragraph a
	// missing-elements finding offers.
	Advice []string
	// Addition is, for a missing-elements finding (rule rules.MissingElementsID), what the
	// message could add; nil for every other finding, which keeps those small.
	Addition *Addition
}

// Addition is what a missing-elements finding proposes to add to its message.
type Addition struct {
	// Elements are the elements the message lacks, in the order a letter holds them.
	Elements []MissingElement
	// Insert adds the finding's paragraph where it belongs: just after the message's last body
	// sentence, before a sign-off (Start = End). Its New is empty where the paragraph cannot be
	// written into the source. It is no fix: --fix never applies it.
	Insert document.Edit
}

// Elements returns the elements a missing-elements finding's message lacks (nil for other
// findings).
func (f *Finding) Elements() []MissingElement {
	if f.Addition == nil {
		return nil
	}
	return f.Addition.Elements
}

// Insert returns the edit that adds a missing-elements finding's paragraph (none for other
// findings).
func (f *Finding) Insert() document.Edit {
	if f.Addition == nil {
		return document.Edit{}
	}
	return f.Addition.Insert
}

// Fix is one way to fix a finding: its match replaced with New (see Finding.Edit). A fix holds
// no offsets, so findings that make the same fix share it.
type Fix struct {
	// Title is the replacement text as a writer reads it.
	Title string
	// New is Title as it is written into the source: escaped for the syntax the match is in.
	New string
}

// Edit returns the edit that applies fix fx to f: f's match replaced with fx.New.
func (f *Finding) Edit(fx Fix) document.Edit {
	return document.Edit{Start: f.Start, End: f.End, New: fx.New}
}

// Suggestions returns every rewrite of the finding, fixes first, as a writer reads them.
func (f *Finding) Suggestions() []string {
	out := make([]string, 0, len(f.Fixes)+len(f.Advice))
	for _, fx := range f.Fixes {
		out = append(out, fx.Title)
	}
	return append(out, f.Advice...)
}

// dedupFindings drops a finding that repeats the one before it: the text around a template
// block is linted once with each branch, and must be reported once.
func dedupFindings(fs []Finding) []Finding {
	out := fs[:0]
	for i, f := range fs {
		if i > 0 && f.Start == fs[i-1].Start && f.End == fs[i-1].End && f.Rule == fs[i-1].Rule {
			continue
		}
		out = append(out, f)
	}
	return out
}

// findingGrowth projects how many findings a file will have, to grow its findings in few
// steps: append's growth by a quarter holds an old and a new array, together up to 2.25 times
// the findings, at each of many steps, and the last step sets the peak memory of a large
// catalog. A projection grows them in two or three steps, each from a small array; the room it
// overestimates is never written, and the system maps no memory behind it.
type findingGrowth struct {
	si, n int // the segment and the number of findings when they last grew
}

// grow makes room in fs for the findings of segment si of segments, which come from at most
// cands matches. When fs must grow, it grows to the findings the file would have if the rest
// of its segments had findings at the rate of those since the last growth, within 1x to 16x
// of what it needs.
func (g *findingGrowth) grow(fs []Finding, cands, si, segments int) []Finding {
	need := len(fs) + cands
	if need <= cap(fs) || need < minProjected {
		return fs
	}
	projected := need
	if si > g.si {
		projected += (len(fs) - g.n) * (segments - si - 1) / (si - g.si)
	}
	g.si, g.n = si, len(fs)
	return slices.Grow(fs, max(need, min(projected, 16*need))-len(fs))
}

// minProjected is the number of findings below which a file's findings grow as append grows
// them: a small file's do not matter.
const minProjected = 1 << 10
