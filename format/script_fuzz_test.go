package format

import (
	"slices"
	"testing"
)

// FuzzFindTurns checks findTurns, which asks speakerLabel only about lines with a colon,
// against asking it about every line.
func FuzzFindTurns(f *testing.F) {
	f.Add([]byte("Agent: Please stay.\nCaller: No.\r\nAgent (Sam): Bye.\rx:"))
	f.Add([]byte("- **Bot:** hi\n\n> Customer: why\n:\n\nAgent:"))
	f.Add([]byte("no colon\nat all\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, set := range []ScriptSettings{{}, {Company: []string{"Bot"}, Customer: []string{"Agent"}}} {
			if got, want := findTurns(src, set), turnsByLine(src, set); !slices.Equal(got, want) {
				t.Fatalf("findTurns(%q, %v) = %v, want %v", src, set, got, want)
			}
		}
	})
}

// turnsByLine is findTurns asking speakerLabel about every line.
func turnsByLine(src []byte, set ScriptSettings) []scriptTurn {
	l := newTurnList(set)
	for off := 0; off < len(src); {
		end := lineEnd(src, off)
		l.line(src, off, end)
		off = skipLineBreak(src, end)
	}
	return l.result()
}
