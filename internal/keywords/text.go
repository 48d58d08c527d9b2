package keywords

import "strings"

// This file holds the keywords' text: one string, each keyword ended by a NUL, and where each
// starts.

// Count returns the number of keywords.
func (p *Automaton) Count() int { return len(p.start) - 1 }

// Len returns the byte length of keyword id.
func (p *Automaton) Len(id int32) int32 { return int32(p.start[id+1]-p.start[id]) - 1 }

// Keyword returns keyword id.
func (p *Automaton) Keyword(id int32) string { return p.keyword(id) }

func (p *Automaton) keyword(id int32) string { return p.text[p.start[id] : p.start[id+1]-1] }

// Keywords returns the keywords, by id, in a new slice.
func (p *Automaton) Keywords() []string {
	out := make([]string, p.Count())
	for id := range out {
		out[id] = p.keyword(int32(id))
	}
	return out
}

// setText sets the automaton's keywords.
func (p *Automaton) setText(keywords []string) {
	p.start = make([]uint32, 1, len(keywords)+1)
	var b strings.Builder
	for _, k := range keywords {
		b.WriteString(k)
		b.WriteByte(0)
		p.start = append(p.start, uint32(b.Len()))
	}
	p.text = b.String()
}
