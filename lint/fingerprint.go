package lint

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Fingerprints returns a fingerprint for each finding of r, in order: a hash of the rule, the
// path, the finding's normalised text (or its message id for a missing element) and how many
// earlier findings of the same rule in the file had the same text. It does not depend on line
// numbers, so a finding keeps its fingerprint when lines are added above it; it changes when the
// flagged words change. Baselines and SARIF partial fingerprints use it.
func Fingerprints(r *Result) []string {
	out := make([]string, len(r.Findings))
	seen := map[string]int{}
	for i := range r.Findings {
		f := &r.Findings[i]
		text := strings.ToLower(f.Text)
		if f.Start == f.End && f.MessageIndex < len(r.Messages) {
			text = "message:" + r.Messages[f.MessageIndex].ID
		}
		key := f.Rule.ID + "\x00" + r.Path + "\x00" + text
		n := seen[key]
		seen[key] = n + 1
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}
