package message

// GroupScratch holds the buffers Group names a catalog's messages with, kept from one call to
// the next so that a worker grouping many documents allocates them once. Its zero value is
// ready; one call at a time may use it. Between calls it holds no string: a document's keys
// are not kept alive by it.
type GroupScratch struct {
	ids, merged []string
	n           int // how many of ids and merged the last call used
	pairs       [][2]int32
	final       []int32
	size        []sizes
	num         map[string]int32
	numHint     int // the size num was made for
	dialog      map[string]bool
	root        map[string]string
}

// sizes are how many strings an id has before merging, and after (see catalogIDs).
type sizes struct{ before, after int32 }

// bigMap is the most entries a map of the scratch may have been made for, or may hold, to be
// emptied and kept; emptying a map costs as much as its size, and a larger one is rare.
const bigMap = 4096

// strings returns a slice of n empty strings in *buf, which it grows when it must.
func (sc *GroupScratch) strings(buf *[]string, n int) []string {
	if cap(*buf) < n {
		*buf = make([]string, n)
	}
	sc.n = max(sc.n, n)
	return (*buf)[:n]
}

// release empties the scratch after a call: the strings it holds are cleared, and its maps
// emptied, or dropped when large.
func (sc *GroupScratch) release() {
	// sc.n is the most either buffer gave out; one may have given out none.
	clear(sc.ids[:min(sc.n, cap(sc.ids))])
	clear(sc.merged[:min(sc.n, cap(sc.merged))])
	sc.n = 0
	if len(sc.num) > bigMap || sc.numHint > bigMap {
		sc.num = nil
	}
	clear(sc.num)
	sc.dialog = emptied(sc.dialog)
	sc.root = emptied(sc.root)
}

// emptied returns m emptied, or nil when it is large.
func emptied[V any](m map[string]V) map[string]V {
	if len(m) > bigMap {
		return nil
	}
	clear(m)
	return m
}
