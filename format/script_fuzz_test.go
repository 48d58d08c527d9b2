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
	company, customer := set.Company, set.Customer
	if len(company) == 0 {
		company = DefaultCompanySpeakers()
	}
	if len(customer) == 0 {
		customer = DefaultCustomerSpeakers()
	}
	var turns []scriptTurn
	sawCompany := false
	for off := 0; off < len(src); {
		end := lineEnd(src, off)
		if name, at, textStart, ok := speakerLabel(src, off, end); ok {
			isCompany, isCustomer := hasFold(company, name), hasFold(customer, name)
			if isCompany || isCustomer {
				if n := len(turns); n > 0 {
					turns[n-1].end = at
				}
				turns = append(turns, scriptTurn{label: at, start: textStart, end: len(src), company: isCompany})
				sawCompany = sawCompany || isCompany
			}
		}
		off = skipLineBreak(src, end)
	}
	if len(turns) < 2 || !sawCompany {
		return nil
	}
	return turns
}
