package lint

import (
	"bytes"
	"fmt"
	"sort"
)

// FixEdits returns the edits of each finding's first fix, ordered by offset; an edit that
// overlaps one already taken is left for a later pass.
func FixEdits(findings []Finding) []Edit {
	var edits []Edit
	for _, f := range findings {
		if len(f.Fixes) > 0 {
			edits = append(edits, f.Fixes[0].Edits...)
		}
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
	out := edits[:0]
	end := -1
	for _, e := range edits {
		if e.Start < end || (e.Start == end && e.Start == e.End) {
			continue
		}
		out = append(out, e)
		end = e.End
	}
	return out
}

// ApplyEdits returns src with edits applied. Edits must lie in src, be ordered and not
// overlap; bytes outside them are copied unchanged.
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(len(src))
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("edit %d-%d overlaps another or lies outside the %d-byte file", e.Start, e.End, len(src))
		}
		b.Write(src[last:e.Start])
		b.WriteString(e.New)
		last = e.End
	}
	b.Write(src[last:])
	return b.Bytes(), nil
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
		next, err := ApplyEdits(data, edits)
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
