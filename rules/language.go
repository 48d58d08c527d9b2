package rules

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/internal/yamlx"
)

// A rule file names its language with a top-level `language:` key (de, fr, es; none means
// English). Its rules, word lists and kind cues are that language's; its `negations:` are the
// words that negate an excuse in it, and its `register:` patterns tell the informal address
// (du, tu, tú) from the formal one (Sie, vous, usted), so that a rule offers the rewrites of the
// register the text is written in. Files of other languages than English are matched on
// folded text (see textseg.Fold): their expressions, tokens, keywords, cues and negations are
// folded as they are compiled, so "\bkündig\w*" is matched as "\bkuendig\w*", and \b, \w and
// case-insensitive matching treat "Kündigungsbestätigung" and "RÉSILIER" as words.

// Language is what a pack knows of one language other than English.
type Language struct {
	// Tag is the language's base subtag: de, fr, es.
	Tag string
	// Negations are the words that negate an excuse, folded and in lower case; one ending in
	// "*" is a prefix ("n'*" for French elision).
	Negations []string
	// Pos is where the language is first declared.
	Pos yamlx.Pos

	informal []*lazyRegexp
	formal   []*lazyRegexp
}

// Folds reports whether texts in language tag are matched folded: every language but English.
func Folds(tag string) bool { return tag != "" && tag != "en" }

// Language returns what the pack knows of language tag, or nil (English, or a language the pack
// says nothing of).
func (p *Pack) Language(tag string) *Language {
	for _, l := range p.Languages {
		if l.Tag == tag {
			return l
		}
	}
	return nil
}

// Address counts the matches of the language's informal and formal register patterns in texts,
// folded texts: a text addresses the reader informally where the first count is the larger.
func (l *Language) Address(texts []string) (informal, formal int) {
	if l == nil {
		return 0, 0
	}
	return countAll(l.informal, texts), countAll(l.formal, texts)
}

// HasRegister reports whether the language tells registers apart.
func (l *Language) HasRegister() bool { return l != nil && len(l.informal) > 0 }

func countAll(res []*lazyRegexp, texts []string) int {
	n := 0
	for _, t := range texts {
		for _, re := range res {
			n += len(re.get().FindAllStringIndex(t, -1))
		}
	}
	return n
}

// foldToken folds a literal the way texts of a folding language are.
func foldToken(s string, fold bool) string {
	if !fold {
		return s
	}
	return textseg.Fold(s)
}

// foldExpr rewrites an expression for folded text: each folded letter of a literal becomes its
// two ASCII bytes, and a character class that holds some folded letters but not all of them
// becomes an alternation of what is left of it and their foldings ([äöü] is (?:ae|oe|ue)). A
// class that holds every folded letter (\pL, [^.]) matches both bytes of each folding as it
// is, once '_' is added to a class of letters.
func foldExpr(src string) (string, error) {
	tree, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return "", fmt.Errorf("%w", err)
	}
	if !needsFold(src) {
		return src, nil
	}
	return foldTree(tree).String(), nil
}

// needsFold reports whether an expression names a letter that folding writes otherwise.
func needsFold(src string) bool {
	for _, r := range src {
		if _, ok := textseg.FoldRune(r); ok {
			return true
		}
	}
	return strings.Contains(src, `\p`) || strings.Contains(src, `\P`) || strings.Contains(src, "[[:")
}

func foldTree(re *syntax.Regexp) *syntax.Regexp {
	switch re.Op {
	case syntax.OpLiteral:
		var out []rune
		for _, r := range re.Rune {
			if f, ok := textseg.FoldRune(r); ok {
				out = append(out, rune(f[0]), rune(f[1]))
				continue
			}
			out = append(out, r)
		}
		re.Rune = out
	case syntax.OpCharClass:
		return foldClass(re)
	}
	for i, sub := range re.Sub {
		re.Sub[i] = foldTree(sub)
	}
	return re
}

// foldedLetters are the letters textseg.FoldRune folds.
func foldedLetters() []rune {
	var rs []rune
	for r := rune(0xC0); r <= 0x178; r++ {
		if _, ok := textseg.FoldRune(r); ok {
			rs = append(rs, r)
		}
	}
	return rs
}

func foldClass(re *syntax.Regexp) *syntax.Regexp {
	in := func(r rune) bool {
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= r && r <= re.Rune[i+1] {
				return true
			}
		}
		return false
	}
	all := foldedLetters()
	var held []rune
	for _, r := range all {
		if in(r) {
			held = append(held, r)
		}
	}
	switch {
	case len(held) == 0:
		return re
	case len(held) == len(all):
		if in('a') && in('z') && !in('_') {
			re.Rune = append(re.Rune, '_', '_')
		}
		return re
	}
	var rest []rune // the class's ranges without the held letters
	for i := 0; i+1 < len(re.Rune); i += 2 {
		lo := re.Rune[i]
		for _, r := range held {
			if r >= lo && r <= re.Rune[i+1] {
				if r > lo {
					rest = append(rest, lo, r-1)
				}
				lo = r + 1
			}
		}
		if lo <= re.Rune[i+1] {
			rest = append(rest, lo, re.Rune[i+1])
		}
	}
	alt := &syntax.Regexp{Op: syntax.OpAlternate, Flags: re.Flags}
	if len(rest) > 0 {
		alt.Sub = append(alt.Sub, &syntax.Regexp{Op: syntax.OpCharClass, Flags: re.Flags, Rune: rest})
	}
	var seen []string
	for _, r := range held {
		f, _ := textseg.FoldRune(r)
		if !slices.Contains(seen, f) {
			seen = append(seen, f)
			alt.Sub = append(alt.Sub, &syntax.Regexp{Op: syntax.OpLiteral, Flags: re.Flags, Rune: []rune(f)})
		}
	}
	if len(alt.Sub) == 1 {
		return alt.Sub[0]
	}
	return alt
}

// compileLanguage compiles a rule file's language, negations and register patterns; it returns
// nil for an English file.
func compileLanguage(wf *wireFile, file string) (*Language, error) {
	tag := strings.ToLower(strings.TrimSpace(wf.Language.Value))
	if !Folds(tag) {
		if len(wf.Negations) > 0 || len(wf.Register.Informal) > 0 || len(wf.Register.Formal) > 0 {
			return nil, yamlx.Errorf(yamlx.Pos{File: file, Line: 1, Col: 1}, "negations and register are for a file that names its language (language: de)")
		}
		return nil, nil
	}
	if len(tag) < 2 || len(tag) > 3 || strings.IndexFunc(tag, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return nil, yamlx.Errorf(wf.Language.Pos, "language %q must be a language subtag such as de, fr or es", wf.Language.Value)
	}
	l := &Language{Tag: tag, Pos: wf.Language.Pos}
	for _, n := range wf.Negations {
		w := strings.ToLower(textseg.Fold(normalizeToken(n.Value)))
		if w == "" || strings.Contains(w, " ") || !utf8.ValidString(w) {
			return nil, yamlx.Errorf(n.Pos, "negation %q must be one word", n.Value)
		}
		l.Negations = append(l.Negations, w)
	}
	for _, list := range []struct {
		src []yamlx.String
		dst *[]*lazyRegexp
	}{{wf.Register.Informal, &l.informal}, {wf.Register.Formal, &l.formal}} {
		for _, s := range list.src {
			expr, err := foldExpr(s.Value)
			if err != nil {
				return nil, yamlx.Errorf(s.Pos, "bad register pattern %q: %v", s.Value, err)
			}
			// The register is told by case: "Sie" is formal, "sie" is "they".
			*list.dst = append(*list.dst, &lazyRegexp{src: expr, expr: expr})
		}
	}
	return l, nil
}

// mergeLanguage adds what another file says of the same language.
func (l *Language) merge(o *Language) {
	l.Negations = append(l.Negations, o.Negations...)
	l.informal = append(l.informal, o.informal...)
	l.formal = append(l.formal, o.formal...)
}
