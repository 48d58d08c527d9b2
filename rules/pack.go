package rules

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/farewell-protocol/farewell/internal/yamlx"
)

//go:embed builtin/*.yaml builtin/*/*.yaml
var builtinFS embed.FS

// BuiltinName is the name under which the embedded pack is reported.
const BuiltinName = "builtin"

// Pack is a named, immutable set of compiled rules and the cues that tell message kinds apart.
type Pack struct {
	Name string
	// Rules are sorted by ID.
	Rules []*Rule
	// Kinds are the cues for inferring a message's kind, in file order.
	Kinds []KindCue
	// Languages are the languages other than English the pack has files in, by tag.
	Languages []*Language
}

// KindCue lists phrases in a message's text, and words in its keys or file name, that suggest
// the message is of Kind. A cue of kind other is counter-evidence: wording that shows a text
// is something else than a goodbye (an error, a settings notice, an offer), for Reason.
type KindCue struct {
	Kind MessageKind
	// Language is the cue's language ("" for English); its tokens and keys are folded for any
	// other (its mentions are not: the packs of other languages have none yet).
	Language string
	// Reason says, for a cue of kind other, what a text that holds it is instead ("an error").
	Reason string
	// Footer marks counter-evidence that closes e-mails of every kind (a newsletter footer): it
	// voids its own sentence, never the message it closes.
	Footer bool
	// Tokens are phrases that say the goodbye is happening ("your subscription has been
	// cancelled"): strong evidence.
	Tokens []string
	// Mentions name the subject of the goodbye without saying it happens: weak evidence.
	Mentions []Mention
	// Keys are words of catalog keys and file names: evidence only where the text agrees.
	Keys []string
	Pos  yamlx.Pos
}

// Rule returns the rule with the given id, or nil; MissingElementsID names the rule of the
// findings that list a message's missing elements.
func (p *Pack) Rule(id string) *Rule {
	if id == MissingElementsID {
		return MissingElementsRule()
	}
	i := sort.Search(len(p.Rules), func(i int) bool { return p.Rules[i].ID >= id })
	if i < len(p.Rules) && p.Rules[i].ID == id {
		return p.Rules[i]
	}
	return nil
}

// Builtin returns the pack built into the binary, a fresh copy on each call. It was compiled
// from builtin/*.yaml when farewell was built (builtin_gen.go, which a test keeps in step with
// the YAML), so an editor's one-file run does not pay for decoding and checking it. The error
// is always nil; it is kept for callers that treat every pack alike.
func Builtin() (*Pack, error) {
	return builtinPack(), nil
}

// BuiltinSource returns the YAML files of the built-in pack by name, for documentation.
func BuiltinSource() fs.FS { return builtinFS }

// LoadPath loads a pack from a YAML file or from every .yaml and .yml file in a directory.
func LoadPath(p string) (*Pack, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("rule pack: %w", err)
	}
	if !info.IsDir() {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("rule pack: %w", err)
		}
		return Parse(filepath.ToSlash(p), data)
	}
	return LoadFS(os.DirFS(p), ".", filepath.ToSlash(p))
}

// Parse compiles a pack from one YAML rule file's content; positions in errors name file.
func Parse(file string, data []byte) (*Pack, error) {
	d := decodeFile(file, data)
	lists, err := packLists([]decodedFile{d})
	if err != nil {
		return nil, err
	}
	b := newBuilder(file)
	if err := b.addCompiled(compileFile(d, lists[d.lang()])); err != nil {
		return nil, err
	}
	return b.pack()
}

// LoadFS loads every .yaml and .yml file under dir in fsys, in name order. Positions in errors
// name files as name/relative-path.
func LoadFS(fsys fs.FS, dir, name string) (*Pack, error) {
	var files []string
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rule pack %s: %w", name, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("rule pack %s: no .yaml files", name)
	}
	sort.Strings(files)
	// Files decode, and then compile, in parallel (a pack's start-up cost is mostly parsing
	// YAML and patterns) and join in name order, so that results and errors do not depend on
	// timing. The word lists of every file are collected in between: any rule may name them.
	decoded := make([]decodedFile, len(files))
	parallel(len(files), func(i int) {
		data, err := fs.ReadFile(fsys, files[i])
		if err != nil {
			decoded[i].err = fmt.Errorf("rule pack %s: %w", name, err)
			return
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(files[i], dir), "/")
		decoded[i] = decodeFile(path.Join(name, rel), data)
	})
	lists, err := packLists(decoded)
	if err != nil {
		return nil, err
	}
	compiled := make([]compiledFile, len(files))
	parallel(len(files), func(i int) { compiled[i] = compileFile(decoded[i], lists[decoded[i].lang()]) })
	b := newBuilder(name)
	for _, c := range compiled {
		if err := b.addCompiled(c); err != nil {
			return nil, err
		}
	}
	return b.pack()
}

// Merge joins packs into one; a rule id defined twice is an error naming both places.
func Merge(name string, packs ...*Pack) (*Pack, error) {
	b := newBuilder(name)
	for _, p := range packs {
		for _, r := range p.Rules {
			if err := b.add(r); err != nil {
				return nil, err
			}
		}
		b.kinds = append(b.kinds, p.Kinds...)
		for _, l := range p.Languages {
			b.addLanguage(l)
		}
	}
	return b.pack()
}

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
