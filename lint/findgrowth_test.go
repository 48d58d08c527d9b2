package lint

import "testing"

// TestFindingGrowth checks that a file's findings, while they grow, never keep much more memory
// written at once than their final size, however many there are and however they are spread:
// the peak memory of a large catalog is set there. An array counts what was written to it
// (room a projection overestimates is never written); append's growth by a quarter holds up to
// 2.25 times the findings. Where the rate of findings falls, a projection overestimates and
// the old array may be most of the final findings; below 2 times, still.
func TestFindingGrowth(t *testing.T) {
	for _, tc := range []struct {
		name       string
		segments   int
		findingsAt func(si int) int
		maxPeak    float64 // the most written into old and new arrays at once, per finding
	}{
		{"one per segment", 100_000, func(int) int { return 1 }, 1.3},
		{"three every other segment", 60_000, func(si int) int { return 3 * (si % 2) }, 1.3},
		{"all in one segment", 1, func(int) int { return 800_000 }, 1.01},
		{"front half only", 50_000, func(si int) int { return 2 * boolInt(si < 25_000) }, 1.5},
		{"back half only", 50_000, func(si int) int { return 2 * boolInt(si >= 25_000) }, 1.3},
		{"every tenth segment has ten", 100_000, func(si int) int { return 10 * boolInt(si%10 == 0) }, 1.3},
		{"thinning out", 100_000, func(si int) int { return boolInt(si%(1+si/10_000) == 0) }, 1.8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var (
				g     findingGrowth
				fs    []Finding
				grown []int // the length of fs at each growth, then at the end
			)
			for si := range tc.segments {
				k := tc.findingsAt(si)
				before := cap(fs)
				if fs = g.grow(fs, k, si, tc.segments); cap(fs) != before {
					grown = append(grown, len(fs))
				}
				for range k {
					if len(fs) == cap(fs) {
						grown = append(grown, len(fs)) // append grows it
					}
					fs = append(fs, Finding{})
				}
			}
			grown = append(grown, len(fs))
			peak := 0
			for i := 1; i < len(grown); i++ { // the old array, full, beside what the new one gets
				peak = max(peak, grown[i-1]+grown[i])
			}
			if got := float64(peak) / float64(len(fs)); got > tc.maxPeak {
				t.Errorf("old and new arrays held %.2f times the %d findings at once, want <= %.2f (grown at %v)", got, len(fs), tc.maxPeak, grown)
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
