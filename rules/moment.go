package rules

import "slices"

// Moment is when a goodbye meets its reader, which decides the elements that fit it: a dialog
// that asks to confirm is no farewell letter.
type Moment string

// The moments of a goodbye.
const (
	// MomentConfirm is before the goodbye: a dialog or page that asks the reader to confirm.
	MomentConfirm Moment = "confirm"
	// MomentDone is just after it: a short notice that it is done.
	MomentDone Moment = "done"
	// MomentLetter is an e-mail or page with room for every element: a greeting, a sign-off,
	// or a few paragraphs.
	MomentLetter Moment = "letter"
)

// Moments lists every moment in documentation order.
func Moments() []Moment { return []Moment{MomentConfirm, MomentDone, MomentLetter} }

// FitsMoment reports whether a requires rule expects its element of a message of kind k at
// moment m: the moments listed for k, or else the default ones, or any moment when the rule
// lists none. An unknown moment fits every rule.
func (r *Rule) FitsMoment(k MessageKind, m Moment) bool {
	if len(r.Moments) == 0 || m == "" {
		return true
	}
	list, ok := r.Moments[k]
	if !ok {
		list = r.Moments[""]
	}
	return slices.Contains(list, m)
}

// moments compiles a requires rule's element name and moments: by kind, or "default", a list
// of moments.
func (c *compiler) moments() {
	if c.w.Element.Value != "" {
		if c.rule.Type != Requires {
			c.fail(c.w.Element.Pos, "%s: only a requires rule takes an element name", c.w.ID.Value)
			return
		}
		c.rule.Element = c.w.Element.Value
	}
	if len(c.w.Moments) == 0 {
		return
	}
	if c.rule.Type != Requires {
		c.fail(c.w.Moments[0].Key.Pos, "%s: only a requires rule takes moments", c.w.ID.Value)
		return
	}
	c.rule.Moments = map[MessageKind][]Moment{}
	for _, p := range c.w.Moments {
		kind := MessageKind("")
		if p.Key.Value != "default" {
			k, err := ParseMessageKind(p.Key.Value)
			if err != nil {
				c.fail(p.Key.Pos, "%s: moments: %v (or default)", c.w.ID.Value, err)
				return
			}
			kind = k
		}
		list := []Moment{}
		for _, v := range p.Values {
			if !slices.Contains(Moments(), Moment(v.Value)) {
				c.fail(v.Pos, "%s: moments: unknown moment %q (want %s)", c.w.ID.Value, v.Value, joinNames(Moments()))
				return
			}
			list = append(list, Moment(v.Value))
		}
		c.rule.Moments[kind] = list
	}
}
