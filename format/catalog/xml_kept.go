package catalog

import "unsafe"

// SourceKept says the walker's source is the document's Src, which never changes once read
// (see document.Document): the attribute values and names it reads from a tag itself are then
// runs of the source, not copies, so that a catalog's keys (Android's name="...") cost no
// allocation of their own.
func (w *Walker) SourceKept() { w.kept = true }

// srcString returns b, bytes of the walker's source, as a string: that run of the source
// itself when the source is kept (SourceKept), else a copy kept in the store.
func (w *Walker) srcString(b []byte) string {
	if w.kept && len(b) > 0 {
		return unsafe.String(&b[0], len(b)) //nolint:gosec // audited: the kept source never changes
	}
	return w.str(b)
}
