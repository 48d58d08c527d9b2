package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

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
