package rules

import "strings"

// MissingElementsID is the id of the finding that lists what a goodbye lacks: one per message,
// naming every missing element and offering one paragraph to add. It is no rule of a pack, so
// configuration does not name it; each element is a requires rule of its own
// (farewell.elements.thanks, ...), which configuration turns off or makes stricter.
const MissingElementsID = "farewell.elements.missing"

// MissingElementsRule returns the rule that a message's missing-elements finding reports
// under, a new one on each call: its severity is the highest of the elements it lists.
func MissingElementsRule() *Rule {
	return &Rule{
		ID:       MissingElementsID,
		Category: "elements",
		Type:     Requires,
		Severity: Suggestion,
		Message:  "This goodbye could add what its readers look for",
		Why: "A good goodbye thanks the reader, says what happens next and leaves the door open; " +
			"which elements fit depends on the kind of message and its moment (a dialog that asks to " +
			"confirm is no farewell letter). One note per message lists what it lacks and offers one " +
			"paragraph to add after its last sentence; each element is a rule of its own " +
			"(farewell.elements.thanks, ...) that configuration can turn off.",
		Scope: ScopeMessage,
	}
}

// ElementName returns how a requires rule's element is named in a list ("an open door"): its
// `element` field, or else the last part of its id.
func (r *Rule) ElementName() string {
	if r.Element != "" {
		return r.Element
	}
	return strings.ReplaceAll(r.ID[strings.LastIndexByte(r.ID, '.')+1:], "-", " ")
}
