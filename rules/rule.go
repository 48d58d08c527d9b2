// Package rules defines farewell's rules: the YAML schema, strict loading with positions,
// validation, compilation into immutable matchers, and the built-in pack. It stands beside the
// flow, below the engine: it imports only internal packages, and message and lint build on it.
package rules

import (
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/internal/yamlx"
)

// Rule is one compiled check. A Rule is immutable once compiled and safe for concurrent use.
type Rule struct {
	ID       string
	Category string
	Type     Type
	Severity Severity
	// Message is the finding text; {match} is replaced by the matched text and {count} by the
	// number of occurrences.
	Message string
	// Why is one or two sentences on the effect on the reader.
	Why  string
	Link string
	// Scope is the part of a message the rule looks at.
	Scope Scope
	// Kinds limits the rule to messages of these kinds; empty means every kind.
	Kinds []MessageKind
	// Rewrites are gracious alternatives shown as advice (existence, sequence, occurrence).
	Rewrites []string
	// RewritesFor replaces Rewrites for messages of particular kinds: an unsubscribe is not
	// told how to cancel a plan.
	RewritesFor map[MessageKind][]string
	// Suggest is the ready sentence a requires rule offers, by message kind ("" for any kind).
	Suggest map[MessageKind]string
	// Element names a requires rule's element in a list of what a message lacks ("an open
	// door").
	Element string
	// Moments are the moments at which a requires rule expects its element, by message kind
	// ("" for any kind); none means every moment.
	Moments  map[MessageKind][]Moment
	Examples Examples
	// Pos is where the rule is defined.
	Pos yamlx.Pos
	// Language is the language of the rule's file ("" for English); the rule checks texts in
	// that language only.
	Language string
	// Informal are the rewrites offered instead of Rewrites where the text addresses the reader
	// informally (du, tu, tú).
	Informal []string
	// Law names the law whose wording requirements the rule checks (de-bgb-312k, eu-crd-11a,
	// fr-resiliation; see Laws); "" for every other rule. A law's rules are off unless a
	// configuration names the law.
	Law string
	// InformalFor replaces Informal for messages of particular kinds, as RewritesFor does
	// Rewrites.
	InformalFor map[MessageKind][]string

	caseSensitive bool
	tokens        []Token
	patterns      []*lazyRegexp
	keywords      []string
	exceptions    []*lazyRegexp
	unless        []*lazyRegexp
	sentenceHas   []*lazyRegexp
	messageHas    []*lazyRegexp
	max           int
	sequence      []seqToken
	negations     []string // the language's negating words (nil: English)
}

// Examples are texts the rule must flag and near misses it must pass.
type Examples struct {
	Flag []string
	Pass []string
}

// Token is a literal phrase whose every word-bounded occurrence is a match.
type Token struct {
	Text string
	// Rewrites replace the phrase one-to-one; each becomes a fix (substitution rules only).
	Rewrites []string
}

// Tokens returns the rule's literal phrases, matched through the keyword prefilter alone.
func (r *Rule) Tokens() []Token { return r.tokens }

// Keywords returns the literals of which every pattern match contains at least one, in lower
// case; the rule's patterns run only on text where one occurs. AlwaysRun reports a rule whose
// patterns have no such literal.
func (r *Rule) Keywords() []string { return r.keywords }

// AlwaysRun reports whether the rule's patterns must run on every text because no keyword
// guards them.
func (r *Rule) AlwaysRun() bool { return r.hasPatterns() && len(r.keywords) == 0 }

// CaseSensitive reports whether tokens and patterns match case-sensitively.
func (r *Rule) CaseSensitive() bool { return r.caseSensitive }

// Max is the number of occurrences an occurrence rule allows within its scope.
func (r *Rule) Max() int { return r.max }

// NeedsTags reports whether the rule needs part-of-speech tags.
func (r *Rule) NeedsTags() bool {
	return slices.ContainsFunc(r.sequence, func(t seqToken) bool { return t.tag != nil })
}

// AppliesTo reports whether the rule checks messages of kind k.
func (r *Rule) AppliesTo(k MessageKind) bool {
	return len(r.Kinds) == 0 || slices.Contains(r.Kinds, k)
}

// FormatMessage fills the rule's message for a match and an occurrence count.
func (r *Rule) FormatMessage(match string, count int) string {
	msg := r.Message
	if strings.Contains(msg, "{match}") {
		msg = strings.ReplaceAll(msg, "{match}", match)
	}
	if strings.Contains(msg, "{count}") {
		msg = strings.ReplaceAll(msg, "{count}", itoa(count))
	}
	return msg
}

// RewritesIn returns the rewrites the rule offers in a message of kind k written in the
// informal register or not. An informal message gets the informal rewrites for its kind, or the
// formal ones for its kind where only those exist, or the informal defaults; a formal one gets
// RewritesOf(k).
func (r *Rule) RewritesIn(k MessageKind, informal bool) []string {
	if !informal {
		return r.RewritesOf(k)
	}
	if rw, ok := r.InformalFor[k]; ok {
		return rw
	}
	if _, ok := r.RewritesFor[k]; ok || len(r.Informal) == 0 {
		return r.RewritesOf(k) // advice that fits the kind, in the other register, over advice that does not
	}
	return r.Informal
}

// RewritesOf returns the rewrites the rule offers in a message of kind k: those written for
// that kind, or else the default ones.
func (r *Rule) RewritesOf(k MessageKind) []string {
	if rw, ok := r.RewritesFor[k]; ok {
		return rw
	}
	return r.Rewrites
}

// SuggestFor returns the sentence a requires rule offers for a message of kind k.
func (r *Rule) SuggestFor(k MessageKind) string {
	if s, ok := r.Suggest[k]; ok {
		return s
	}
	return r.Suggest[""]
}

func (r *Rule) hasPatterns() bool {
	return len(r.patterns) > 0 || len(r.sequence) > 0
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
