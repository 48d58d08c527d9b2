package eval

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
)

// The halves a data set with a source column splits into.
const (
	HalfA = "A"
	HalfB = "B"
)

// SourceKey returns what identifies where a row was quoted from: the host of a URL without
// "www.", or the owner/name of a repository written owner/name:path. Rows of one site or one
// repository share a key, so they always fall in the same half.
func SourceKey(source string) string {
	source = strings.TrimSpace(source)
	if u, err := url.Parse(source); err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https") {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	repo, _, _ := strings.Cut(source, ":")
	return strings.ToLower(repo)
}

// Half returns the half, HalfA or HalfB, that a row quoted from source belongs to: the parity
// of the 32-bit FNV-1a hash of its SourceKey. Rules written while looking at one half can be
// measured honestly on the other, whose sources they have never seen.
func Half(source string) string {
	h := fnv.New32a()
	_, _ = h.Write([]byte(SourceKey(source))) // writing to a hash never fails
	if h.Sum32()%2 == 0 {
		return HalfA
	}
	return HalfB
}

// Split keeps the rows of one half; it is an error when the rows name no source.
func Split(rows []Row, half string) ([]Row, error) {
	if half != HalfA && half != HalfB {
		return nil, fmt.Errorf("unknown half %q (want %s or %s)", half, HalfA, HalfB)
	}
	var out []Row
	for _, r := range rows {
		if r.Source == "" {
			return nil, fmt.Errorf("line %d: no source to split by (the data set needs a source column)", r.Line)
		}
		if Half(r.Source) == half {
			out = append(out, r)
		}
	}
	return out, nil
}
