package rules

// Building a pack: decoding its files, compiling them in parallel and merging them.

import (
	"errors"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/farewell-protocol/farewell/internal/yamlx"
)

type builder struct {
	name  string
	rules []*Rule
	byID  map[string]*Rule
	kinds []KindCue
	langs []*Language
}

// addLanguage adds what a file or pack says of a language, joining it with what others said.
func (b *builder) addLanguage(l *Language) {
	if l == nil {
		return
	}
	for _, have := range b.langs {
		if have.Tag == l.Tag {
			have.merge(l)
			return
		}
	}
	c := *l
	c.Negations = slices.Clone(l.Negations)
	c.informal, c.formal = slices.Clone(l.informal), slices.Clone(l.formal)
	b.langs = append(b.langs, &c)
}

func newBuilder(name string) *builder {
	return &builder{name: name, byID: map[string]*Rule{}}
}

func (b *builder) add(r *Rule) error {
	if prev, ok := b.byID[r.ID]; ok {
		return yamlx.Errorf(r.Pos, "duplicate rule id %q (first defined at %s)", r.ID, prev.Pos)
	}
	b.byID[r.ID] = r
	b.rules = append(b.rules, r)
	return nil
}

// compiledFile is one rule file's rules, kind cues and language, or what is wrong with it.
type compiledFile struct {
	rules []*Rule
	kinds []KindCue
	lang  *Language
	err   error
}

// decodedFile is one rule file decoded, or what is wrong with its YAML.
type decodedFile struct {
	file string
	wf   wireFile
	err  error
}

// lang returns the language tag the file declares ("" for English).
func (d *decodedFile) lang() string {
	if tag := strings.ToLower(strings.TrimSpace(d.wf.Language.Value)); Folds(tag) {
		return tag
	}
	return ""
}

// decodeFile parses and strictly decodes one rule file.
func decodeFile(file string, data []byte) decodedFile {
	node, err := yamlx.Parse(file, data)
	if err != nil {
		return decodedFile{err: err}
	}
	if node == nil {
		return decodedFile{err: yamlx.Errorf(yamlx.Pos{File: file, Line: 1, Col: 1}, "empty rule file")}
	}
	d := decodedFile{file: file}
	d.err = yamlx.Decode(file, node, &d.wf)
	return d
}

// packLists compiles the word lists of every file of a pack, by language: the rules of one
// language share them.
func packLists(files []decodedFile) (map[string]map[string]listDef, error) {
	lists := map[string]map[string]listDef{}
	var errs []error
	for _, d := range files {
		if d.err == nil {
			if lists[d.lang()] == nil {
				lists[d.lang()] = map[string]listDef{}
			}
			errs = append(errs, compileLists(d.wf.Lists, lists[d.lang()]))
		}
	}
	return lists, errors.Join(errs...)
}

// compileFile compiles one decoded rule file; every bad rule in it is reported, not just the
// first.
func compileFile(d decodedFile, lists map[string]listDef) compiledFile {
	if d.err != nil {
		return compiledFile{err: d.err}
	}
	var c compiledFile
	var errs []error
	lang, err := compileLanguage(&d.wf, d.file)
	if err != nil {
		return compiledFile{err: err}
	}
	c.lang = lang
	for i := range d.wf.Rules {
		r, err := compileRule(&d.wf.Rules[i], lists, lang)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.rules = append(c.rules, r)
	}
	for i := range d.wf.Kinds {
		cue, err := compileKind(&d.wf.Kinds[i], lang)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.kinds = append(c.kinds, cue)
	}
	c.err = errors.Join(errs...)
	return c
}

// parallel calls f(0) ... f(n-1), at most GOMAXPROCS at a time, and waits for them all.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			f(i)
		}()
	}
	wg.Wait()
}

// addCompiled adds a compiled file's rules and cues; a rule id defined twice is an error,
// reported after the file's own errors.
func (b *builder) addCompiled(c compiledFile) error {
	errs := []error{c.err}
	for _, r := range c.rules {
		errs = append(errs, b.add(r))
	}
	b.kinds = append(b.kinds, c.kinds...)
	b.addLanguage(c.lang)
	return errors.Join(errs...)
}

func compileKind(w *wireKind, lang *Language) (KindCue, error) {
	k, err := ParseMessageKind(w.Kind.Value)
	if err != nil {
		if w.Kind.Pos.Line == 0 {
			return KindCue{}, yamlx.Errorf(w.Pos, "kind cue: missing required field \"kind\"")
		}
		return KindCue{}, yamlx.Errorf(w.Kind.Pos, "%v", err)
	}
	if (k == Other) != (w.Reason.Value != "") {
		if k == Other {
			return KindCue{}, yamlx.Errorf(w.Kind.Pos, "kind cue: a cue of kind other needs a reason (what the text is instead)")
		}
		return KindCue{}, yamlx.Errorf(w.Reason.Pos, "kind cue: only a cue of kind other takes a reason")
	}
	if w.Footer && k != Other {
		return KindCue{}, yamlx.Errorf(w.Kind.Pos, "kind cue: only a cue of kind other can be a footer")
	}
	cue := KindCue{Kind: k, Reason: w.Reason.Value, Footer: w.Footer, Pos: w.Pos}
	if lang != nil {
		cue.Language = lang.Tag
	}
	for _, t := range w.Mentions {
		m, err := compileMention(t.Value)
		if err != nil {
			return KindCue{}, yamlx.Errorf(t.Pos, "%v", err)
		}
		cue.Mentions = append(cue.Mentions, m)
	}
	for _, t := range w.Tokens {
		cue.Tokens = append(cue.Tokens, strings.ToLower(foldToken(normalizeToken(t.Value), lang != nil)))
	}
	for _, t := range w.Keys {
		cue.Keys = append(cue.Keys, strings.ToLower(foldToken(t.Value, lang != nil)))
	}
	return cue, nil
}

func (b *builder) pack() (*Pack, error) {
	sort.Slice(b.rules, func(i, j int) bool { return b.rules[i].ID < b.rules[j].ID })
	sort.Slice(b.langs, func(i, j int) bool { return b.langs[i].Tag < b.langs[j].Tag })
	return &Pack{Name: b.name, Rules: b.rules, Kinds: b.kinds, Languages: b.langs}, nil
}
