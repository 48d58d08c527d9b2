package lint

import (
	"context"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/rules"
)

// ExampleFailure is a rule example that did not behave as documented.
type ExampleFailure struct {
	Rule    *rules.Rule
	Example string
	// Flag is true for a flag example that was not flagged, false for a pass example that was.
	Flag bool
}

// CheckExamples lints each of the rule's examples as one plain-text message in the rule's
// language and reports those that disagree with it: flag examples must be reported by the rule
// (for a requires rule, its element listed by the message's missing-elements finding), pass
// examples must not. An example is read as a letter of the rule's first kind, as a heading for
// heading rules and as button text for CTA rules; a law check's example, with its law on.
func (l *Linter) CheckExamples(r *rules.Rule) []ExampleFailure {
	l = l.engineFor(r.Language)
	var out []ExampleFailure
	for _, ex := range r.Examples.Flag {
		if !l.flags(r, ex) {
			out = append(out, ExampleFailure{Rule: r, Example: ex, Flag: true})
		}
	}
	for _, ex := range r.Examples.Pass {
		if l.flags(r, ex) {
			out = append(out, ExampleFailure{Rule: r, Example: ex, Flag: false})
		}
	}
	return out
}

// ExampleKind is the message kind a rule's examples are read as.
func ExampleKind(r *rules.Rule) rules.MessageKind {
	if len(r.Kinds) > 0 {
		return r.Kinds[0]
	}
	return rules.Other
}

func (l *Linter) flags(r *rules.Rule, example string) bool {
	fs := &FileSettings{Kind: ExampleKind(r), Moment: rules.MomentLetter}
	if r.Law != "" {
		fs.Laws = []string{r.Law}
	}
	res := l.lintText(r.Language, example, r.Scope, fs)
	for _, f := range res.Findings {
		if f.Rule.ID == r.ID {
			return true
		}
		for _, e := range f.Elements() {
			if e.Rule.ID == r.ID {
				return true
			}
		}
	}
	return false
}

// LintText lints text as one plain-text message of the given kind, in English; with scope
// heading or cta the whole text is read as a heading or as button text.
func (l *Linter) LintText(text string, kind rules.MessageKind, scope rules.Scope) *Result {
	return l.LintTextIn("", text, kind, scope)
}

// LintTextIn is LintText for text in a locale (de, fr-CA; "" for English).
func (l *Linter) LintTextIn(locale, text string, kind rules.MessageKind, scope rules.Scope) *Result {
	return l.lintText(locale, text, scope, &FileSettings{Kind: kind})
}

// lintText is LintTextIn with the settings given.
func (l *Linter) lintText(locale, text string, scope rules.Scope, fs *FileSettings) *Result {
	l = l.engineFor(locale)
	doc := &document.Document{Path: "example.txt", Format: format.Text, Src: []byte(text), Locale: locale}
	format.ReadText(doc)
	for i := range doc.Segments {
		seg := &doc.Segments[i]
		switch scope {
		case rules.ScopeHeading:
			seg.Role = document.RoleHeading
		case rules.ScopeCTA:
			seg.CTAs = []rules.Span{{Start: 0, End: len(seg.Text)}}
		}
	}
	return l.lintExtracted(context.Background(), &Result{Path: doc.Path, Format: doc.Format, Doc: doc}, fs)
}
