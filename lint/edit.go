package lint

import (
	"fmt"
	"sort"

	"github.com/farewell-protocol/farewell/document"
)

// FixEdits returns the edits of each finding's first fix, ordered by offset; an edit that
// overlaps one already taken is left for a later pass.
func FixEdits(findings []Finding) []document.Edit {
	var edits []document.Edit
	for _, f := range findings {
		if len(f.Fixes) > 0 {
			edits = append(edits, f.Edit(f.Fixes[0]))
		}
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	out := edits[:0]
	end := -1
	for _, e := range edits {
		// An edit that overlaps the last one taken waits; so does an insertion at the very
		// end of it, whose place before or after the new text would be a guess.
		insertion := e.Start == e.End
		if e.Start < end || (insertion && e.Start == end) {
			continue
		}
		out = append(out, e)
		end = e.End
	}
	return out
}

// maxFixPasses bounds how often Fix re-lints; each pass applies the fixes that did not
// overlap an earlier one.
const maxFixPasses = 8

// Fix applies the first fix of every finding to in's content, re-linting and repeating until
// no fix remains, so that running it again changes nothing. It returns the final content, the
// number of edits applied and the result of linting the final content.
func (l *Linter) Fix(in Input, data []byte, opt RunOptions) ([]byte, int, *Result) {
	applied := 0
	in.File, in.Data = "", data
	res := l.LintInput(in, opt)
	for pass := 0; pass < maxFixPasses && res.Err == nil && res.Skipped == ""; pass++ {
		edits := FixEdits(res.Findings)
		if len(edits) == 0 {
			break
		}
		next, err := document.ApplyEdits(data, edits)
		if err != nil {
			res.Err = fmt.Errorf("%s: %w", in.Path, err)
			break
		}
		data, applied = next, applied+len(edits)
		in.Data = data
		res = l.LintInput(in, opt)
	}
	return data, applied, res
}
