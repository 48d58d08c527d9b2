package rules

import (
	"fmt"
	"strings"
)

// Type is what a rule checks: a phrase, a replacement, a count, a token pattern or a missing element.
type Type string

// The rule types a pack may use.
const (
	// Existence flags literal phrases or RE2 patterns.
	Existence Type = "existence"
	// Substitution flags phrases and offers replacements that become fixes.
	Substitution Type = "substitution"
	// Occurrence flags more than Max matches of a pattern within a scope.
	Occurrence Type = "occurrence"
	// Sequence flags a short token pattern that may use part-of-speech tags.
	Sequence Type = "sequence"
	// Requires flags a message that lacks an element it should contain.
	Requires Type = "requires"
)

// Types lists every rule type in documentation order.
var typeNames = []Type{Existence, Substitution, Occurrence, Sequence, Requires}

func parseType(s string) (Type, error) {
	for _, t := range typeNames {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown rule type %q (want %s)", s, joinNames(typeNames))
}

// Scope is the part of a message a rule looks at.
type Scope string

// The scopes a rule may name.
const (
	// ScopeSentence matches within sentences of any text; occurrence counts per sentence.
	ScopeSentence Scope = "sentence"
	// ScopeMessage matches anywhere in a message and reports at most once per message;
	// occurrence counts per message.
	ScopeMessage Scope = "message"
	// ScopeCTA matches only link and button text.
	ScopeCTA Scope = "cta"
	// ScopeHeading matches only headings, titles and subject lines.
	ScopeHeading Scope = "heading"
)

var scopeNames = []Scope{ScopeSentence, ScopeMessage, ScopeCTA, ScopeHeading}

func parseScope(s string) (Scope, error) {
	if s == "" {
		return ScopeSentence, nil
	}
	for _, v := range scopeNames {
		if string(v) == s {
			return v, nil
		}
	}
	return "", fmt.Errorf("unknown scope %q (want %s)", s, joinNames(scopeNames))
}

// MessageKind is the situation a message is written for.
type MessageKind string

// The message kinds farewell knows.
const (
	// Cancellation is a customer ending a subscription or plan.
	Cancellation MessageKind = "cancellation"
	// Unsubscribe is a customer leaving a mailing list.
	Unsubscribe MessageKind = "unsubscribe"
	// AccountDeletion is a customer deleting an account.
	AccountDeletion MessageKind = "account-deletion"
	// Downgrade is a customer moving to a smaller plan.
	Downgrade MessageKind = "downgrade"
	// Pause is a customer pausing instead of leaving.
	Pause MessageKind = "pause"
	// WinBack is an invitation to come back.
	WinBack MessageKind = "win-back"
	// Offboarding is the company ending the relationship.
	Offboarding MessageKind = "offboarding"
	// Other is any message that is none of the above.
	Other MessageKind = "other"
)

// MessageKinds lists every message kind in documentation order.
func MessageKinds() []MessageKind {
	return []MessageKind{Cancellation, Unsubscribe, AccountDeletion, Downgrade, Pause, WinBack, Offboarding, Other}
}

// ParseMessageKind checks that s names a message kind.
func ParseMessageKind(s string) (MessageKind, error) {
	for _, k := range MessageKinds() {
		if string(k) == s {
			return k, nil
		}
	}
	return "", fmt.Errorf("unknown message kind %q (want %s)", s, joinNames(MessageKinds()))
}

func joinNames[T ~string](names []T) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = string(n)
	}
	return strings.Join(parts, ", ")
}
