package rules

import (
	"fmt"
	"strings"
)

// Explain renders a rule's documentation as plain text: what it flags, why, where it
// applies, examples and rewrites. The same data feeds `farewell rules explain`, SARIF rule help
// and the writers' web page.
func Explain(r *Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s, %s)\n", r.ID, r.Severity, r.Type)
	fmt.Fprintf(&b, "  %s\n\n", Summary(r))
	fmt.Fprintf(&b, "Why: %s\n", strings.TrimSpace(r.Why))
	fmt.Fprintf(&b, "Applies to: %s, %s%s\n", scopeText(r.Scope), kindsText(r.Kinds), contextText(r))
	if r.Link != "" {
		fmt.Fprintf(&b, "More: %s\n", r.Link)
	}
	if r.Law != "" {
		fmt.Fprintf(&b, "Law: %s\n", lawText(r.Law))
	}
	if rw := AllRewrites(r); len(rw) > 0 {
		b.WriteString("\nRewrites:\n")
		for _, s := range rw {
			fmt.Fprintf(&b, "  -> %s\n", s)
		}
	}
	writeList(&b, "Flags", r.Examples.Flag)
	writeList(&b, "Passes", r.Examples.Pass)
	return b.String()
}

// Markdown renders a rule's documentation as Markdown, for SARIF help and web pages.
func Markdown(r *Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (%s)\n\n%s\n\n", r.ID, r.Severity, strings.TrimSpace(r.Why))
	fmt.Fprintf(&b, "Applies to %s, %s%s.\n", scopeText(r.Scope), kindsText(r.Kinds), contextText(r))
	if r.Law != "" {
		fmt.Fprintf(&b, "\n%s.\n", lawText(r.Law))
	}
	if rw := AllRewrites(r); len(rw) > 0 {
		b.WriteString("\nTry instead:\n\n")
		for _, s := range rw {
			fmt.Fprintf(&b, "- %s\n", s)
		}
	}
	for _, sec := range []struct {
		title string
		list  []string
	}{{"Flags", r.Examples.Flag}, {"Passes", r.Examples.Pass}} {
		if len(sec.list) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s:\n\n", sec.title)
		for _, ex := range sec.list {
			fmt.Fprintf(&b, "- `%s`\n", strings.ReplaceAll(ex, "`", "'"))
		}
	}
	return b.String()
}

// Summary is a rule's message with its placeholders replaced by generic words, fit for a
// one-line description.
func Summary(r *Rule) string {
	this := thisWording(r.Language)
	s := r.Message
	for _, q := range []string{`"{match}"`, "« {match} »", "«{match}»"} {
		s = strings.ReplaceAll(s, q, this)
	}
	s = strings.ReplaceAll(s, "{match}", this)
	s = strings.ReplaceAll(s, "{count}", "several")
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// thisWording is how Summary names a rule's match in a rule's language.
func thisWording(lang string) string {
	switch lang {
	case "de":
		return "diese Formulierung"
	case "fr":
		return "cette formulation"
	case "es":
		return "este texto"
	}
	return "this wording"
}

// AllRewrites lists every rewrite a rule offers: its one-to-one replacements, its advice and,
// for requires rules, its ready sentences.
func AllRewrites(r *Rule) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, t := range r.tokens {
		for _, rw := range t.Rewrites {
			add(rw)
		}
	}
	for _, rw := range r.Rewrites {
		add(rw)
	}
	for _, k := range MessageKinds() {
		for _, rw := range r.RewritesFor[k] {
			add(kindLabel(r, k, rw))
		}
	}
	for _, rw := range r.Informal {
		add("(informal) " + rw)
	}
	for _, k := range MessageKinds() {
		for _, rw := range r.InformalFor[k] {
			add("(informal, " + string(k) + ") " + rw)
		}
	}
	if s, ok := r.Suggest[""]; ok {
		add(s)
	}
	for _, k := range MessageKinds() {
		add(r.Suggest[k])
	}
	return out
}

// lawText says what a law check is and when it runs.
func lawText(law string) string {
	return "checks the wording " + law + " requires; off unless the configuration says law: [" + law + "]; a check of wording, not legal advice"
}

// contextText says what a rule needs around a match, if anything.
func contextText(r *Rule) string {
	switch {
	case len(r.sentenceHas) > 0 && len(r.messageHas) > 0:
		return ", where the sentence and the message say what the rule needs around it"
	case len(r.sentenceHas) > 0:
		return ", where the sentence says what the rule needs around it"
	case len(r.messageHas) > 0:
		return ", where the message says what the rule needs around it (such as a word for leaving)"
	}
	return ""
}

// kindLabel marks a rewrite that is offered only in messages of kind k.
func kindLabel(r *Rule, k MessageKind, rw string) string {
	if len(r.RewritesFor) == 0 {
		return rw
	}
	return "(" + string(k) + ") " + rw
}

func writeList(b *strings.Builder, title string, list []string) {
	if len(list) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s:\n", title)
	for _, s := range list {
		fmt.Fprintf(b, "  %q\n", s)
	}
}

func scopeText(s Scope) string {
	switch s {
	case ScopeCTA:
		return "link and button text"
	case ScopeHeading:
		return "headings and subject lines"
	case ScopeMessage:
		return "whole messages (once per message)"
	}
	return "every sentence"
}

func kindsText(kinds []MessageKind) string {
	if len(kinds) == 0 {
		return "in every kind of message"
	}
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = string(k)
	}
	return "in " + strings.Join(parts, ", ") + " messages"
}
