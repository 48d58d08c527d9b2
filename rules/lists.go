package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/internal/literal"
	"github.com/farewell-protocol/farewell/internal/yamlx"
)

// A pack's named word lists let its rules share vocabulary: a list declared once under the
// top-level `lists:` key of any file of the pack,
//
//	lists:
//	  channel: [phone, telephone, post, letter, fax, e-mail, email]
//
// is written {{channel}} in any expression of the pack (patterns, exceptions, unless,
// sentence_has, message_has, sequence words) and stands for an alternation of its phrases.
// A phrase is literal words: a space matches any run of white space, and a trailing `*`
// matches the rest of a word ("cancel*" matches "cancels" and "cancellation").

// listDef is one compiled word list: the expression that stands for it and where it was
// declared.
type listDef struct {
	expr string
	pos  yamlx.Pos
}

// listName is what a list may be called; listRef is a reference to one in an expression.
var (
	listName = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)
	listRef  = regexp.MustCompile(`\{\{([a-z][a-z0-9_-]*)\}\}`)
)

// compileLists adds the lists of one file to defs; a name declared twice is an error naming
// both places.
func compileLists(pairs yamlx.Pairs, defs map[string]listDef) error {
	for _, p := range pairs {
		name := p.Key.Value
		if !listName.MatchString(name) {
			return yamlx.Errorf(p.Key.Pos, "list name %q must be lower-case letters, digits, '-' or '_', starting with a letter", name)
		}
		if prev, ok := defs[name]; ok {
			return yamlx.Errorf(p.Key.Pos, "list %q is declared twice (first at %s)", name, prev.pos)
		}
		if len(p.Values) == 0 {
			return yamlx.Errorf(p.Key.Pos, "list %q has no phrases", name)
		}
		var alts []string
		for _, v := range p.Values {
			alt, ok := phraseExpr(v.Value)
			if !ok {
				return yamlx.Errorf(v.Pos, "list %q: empty phrase", name)
			}
			alts = append(alts, alt)
		}
		// In order, so that phrases sharing a beginning stand side by side and the expression
		// parser factors them ("close (?:my|your) account"): a list of a hundred phrases then
		// costs the matcher a few branches at a time, not a hundred.
		sort.Strings(alts)
		defs[name] = listDef{expr: "(?:" + strings.Join(literal.Dedupe(alts), "|") + ")", pos: p.Key.Pos}
	}
	return nil
}

// phraseExpr turns a list phrase into an expression: its words quoted, joined by \s+, with a
// trailing * matching the rest of the last word.
func phraseExpr(phrase string) (string, bool) {
	words := strings.Fields(normalizeToken(phrase))
	if len(words) == 0 {
		return "", false
	}
	last := len(words) - 1
	stem := strings.HasSuffix(words[last], "*") && len(words[last]) > 1
	if stem {
		words[last] = strings.TrimSuffix(words[last], "*")
	}
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	expr := strings.Join(words, `\s+`)
	if stem {
		expr += `\w*`
	}
	return expr, true
}

// expandLists replaces every {{name}} in an expression with its list's alternation; a name
// the pack does not declare is an error.
func expandLists(expr string, defs map[string]listDef) (string, error) {
	if !strings.Contains(expr, "{{") {
		return expr, nil
	}
	var err error
	out := listRef.ReplaceAllStringFunc(expr, func(ref string) string {
		name := ref[2 : len(ref)-2]
		d, ok := defs[name]
		if !ok {
			if err == nil {
				err = fmt.Errorf("unknown list {{%s}} (declare it under lists:)", name)
			}
			return ref
		}
		return d.expr
	})
	return out, err
}
