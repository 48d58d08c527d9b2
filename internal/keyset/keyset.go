// Package keyset holds a set of strings that is small most of the time: a few, kept in a
// slice that is searched, or many, in a map.
package keyset

import "slices"

// maxFew is the most strings a Set searches in its slice.
const maxFew = 8

// Set is a set of strings: a few in a slice whose room Reset keeps, or many in a map. The
// zero value is empty.
type Set struct {
	few  []string
	many map[string]bool
}

// Add adds s.
func (v *Set) Add(s string) {
	switch {
	case v.many != nil:
		v.many[s] = true
	case !slices.Contains(v.few, s):
		v.few = append(v.few, s)
		if len(v.few) > maxFew {
			v.many = make(map[string]bool, 2*len(v.few))
			for _, k := range v.few {
				v.many[k] = true
			}
		}
	}
}

// Has reports whether s was added.
func (v *Set) Has(s string) bool {
	if v.many != nil {
		return v.many[s]
	}
	return slices.Contains(v.few, s)
}

// Reset empties the set, keeping the room of its slice but none of the strings it held.
func (v *Set) Reset() {
	clear(v.few)
	v.few, v.many = v.few[:0], nil
}
