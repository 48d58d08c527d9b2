package document

import (
	"bytes"
	"fmt"
)

// Edit replaces Src[Start:End] with New.
type Edit struct {
	Start, End int
	New        string
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
