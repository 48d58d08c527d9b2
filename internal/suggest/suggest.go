// Package suggest finds the known name nearest to a misspelt one, for "did you mean" in
// errors about configuration, severities, rule ids and commands.
package suggest

// Closest returns the name of known nearest to s by edit distance (insertions, deletions,
// substitutions and swaps of two neighbours), when it is near enough to be what was meant: at
// most one edit for a short name, up to three for a long one. ok is false otherwise, and for
// a name that is known.
func Closest(s string, known []string) (string, bool) {
	best, bestDist := "", limit(s)+1
	for _, k := range known {
		if k == s {
			return "", false
		}
		if d := distance(s, k, bestDist); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best, best != ""
}

// Hint returns " (did you mean X?)" for the name of known nearest to s, or "".
func Hint(s string, known []string) string {
	if k, ok := Closest(s, known); ok {
		return " (did you mean " + quote(k) + "?)"
	}
	return ""
}

func quote(s string) string { return "\"" + s + "\"" }

// limit is how many edits a name of s's length may be away from what was meant.
func limit(s string) int {
	return min(3, 1+len(s)/6)
}

// distance returns the optimal string alignment distance of a and b, or any value of at
// least bound when it is bound or more.
func distance(a, b string, bound int) int {
	if d := len(a) - len(b); d >= bound || -d >= bound {
		return bound
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= bound {
			return bound
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
