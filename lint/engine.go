package lint

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/farewell-protocol/farewell/rules"
)

// Linter lints documents with a compiled rule pack. It is immutable once built and safe for
// concurrent use; per-file settings come with each call.
type Linter struct {
	pack    *rules.Pack
	pf      *prefilter
	targets [][]target // by prefilter keyword id
	always  []int      // rules whose patterns run on every segment
	tagger  *proseTagger
	cueKeys [][]string // by pack.Kinds index, as KeyWords writes them
	scratch sync.Pool

	keywords []string // the prefilter's literals, by id
}

// targetKind says what a prefilter keyword hit means.
type targetKind uint8

const (
	// targetToken: the hit is itself a candidate match of a rule's token.
	targetToken targetKind = iota
	// targetKeyword: the hit lets a rule's patterns run on the segment.
	targetKeyword
	// targetCue: the hit is a cue for a message kind.
	targetCue
)

type target struct {
	kind  targetKind
	rule  int32 // index into pack.Rules, or into pack.Kinds for cues
	token int32
}

// New compiles a linter for a pack. Building the keyword automaton costs about a
// millisecond; regular expressions were compiled with the pack.
func New(pack *rules.Pack) *Linter {
	l := &Linter{pack: pack, tagger: &proseTagger{}}
	ids := map[string]int{}
	var keywords []string
	add := func(kw string, t target) {
		id, ok := ids[kw]
		if !ok {
			id = len(keywords)
			ids[kw] = id
			keywords = append(keywords, kw)
			l.targets = append(l.targets, nil)
		}
		l.targets[id] = append(l.targets[id], t)
	}
	for i, r := range pack.Rules {
		for j, tok := range r.Tokens() {
			add(lowerASCII(tok.Text), target{kind: targetToken, rule: int32(i), token: int32(j)})
		}
		for _, kw := range r.Keywords() {
			add(kw, target{kind: targetKeyword, rule: int32(i)})
		}
		if r.AlwaysRun() {
			l.always = append(l.always, i)
		}
	}
	for i, cue := range pack.Kinds {
		for j, tok := range cue.Tokens {
			add(tok, target{kind: targetCue, rule: int32(i), token: int32(j)})
		}
	}
	l.cueKeys = cueKeys(pack.Kinds)
	l.pf = newPrefilter(keywords)
	l.keywords = keywords
	l.scratch.New = func() any { return &scratch{} }
	return l
}

// Keywords returns every literal the keyword prefilter looks for, in lower case: rule tokens,
// pattern keywords and kind cues.
func (l *Linter) Keywords() []string { return append([]string(nil), l.keywords...) }

// Pack returns the rules the linter runs.
func (l *Linter) Pack() *rules.Pack { return l.pack }

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// FileSettings are the configuration that applies to one file.
type FileSettings struct {
	// Severity overrides rule severities by id; rules.Off switches a rule off.
	Severity map[string]rules.Severity
	// Kind, when set, is the kind of every message in the file that no label or key pattern
	// names.
	Kind rules.MessageKind
	// KeyKind, when set, returns the kind configured for a catalog message id or key.
	KeyKind func(key string) (rules.MessageKind, bool)
	// KeyDepth groups catalog strings into messages by the first KeyDepth parts of their keys
	// (0: by the parent key); see CatalogMessageID.
	KeyDepth int
	// MinSeverity drops findings below it.
	MinSeverity rules.Severity
	// Locale, when set, is the file's locale, whatever its path or content says.
	Locale string
	// Script configures the reading of call-centre and chat scripts.
	Script ScriptSettings
}

// Result is what linting one file produced.
type Result struct {
	Path   string
	Format Format
	// Doc is the linted document; reporters read source lines from it.
	Doc *Document
	// Findings are ordered by offset, then rule id.
	Findings []Finding
	// Messages are the file's message units, in source order.
	Messages []Message
	// Skipped is why the file was not linted ("" when it was).
	Skipped string
	// Err is why the file could not be read or parsed.
	Err error
}

// scratch holds per-goroutine buffers reused across files.
type scratch struct {
	hits    []hit
	segHits []int // hits of segment i are hits[segHits[i]:segHits[i+1]]
	marked  []bool
	runList []int
	text    rules.Text
	sub     rules.Text
	seen    map[uint64]bool
	occ     map[uint64]*occState
	excused map[uint64]bool // by message and rule: whether an unless pattern matched
}

// occState counts the occurrences of a message-scope occurrence rule in one message and keeps
// the finding for the first occurrence over the limit.
type occState struct {
	count int
	f     Finding
}

func scratchKey(msg, rule int) uint64 { return uint64(msg)<<32 | uint64(uint32(rule)) }

// reset forgets the previous file's per-message state.
func (sc *scratch) reset() {
	clear(sc.seen)
	clear(sc.occ)
	clear(sc.excused)
}

// firstInMessage reports whether rule has not yet reported in message msg, and marks it.
func (sc *scratch) firstInMessage(msg, rule int) bool {
	if sc.seen == nil {
		sc.seen = map[uint64]bool{}
	}
	k := scratchKey(msg, rule)
	if sc.seen[k] {
		return false
	}
	sc.seen[k] = true
	return true
}

// occurrence returns the counter of a message-scope occurrence rule in message msg.
func (sc *scratch) occurrence(msg, rule int) *occState {
	if sc.occ == nil {
		sc.occ = map[uint64]*occState{}
	}
	k := scratchKey(msg, rule)
	st := sc.occ[k]
	if st == nil {
		st = &occState{}
		sc.occ[k] = st
	}
	return st
}

type hit struct {
	id, start, end int32
}

// Lint extracts doc's text and runs every rule over it.
func (l *Linter) Lint(doc *Document, fs *FileSettings) *Result {
	res := &Result{Path: doc.Path, Format: doc.Format, Doc: doc}
	if fs == nil {
		fs = &FileSettings{}
	}
	if err := extract(doc, &extractOptions{script: fs.Script, locale: fs.Locale}); err != nil {
		var skip *skipError
		if errors.As(err, &skip) {
			res.Skipped = skip.reason
			return res
		}
		var pe *ParseError
		if res.Err = err; !errors.As(err, &pe) { // a ParseError names its file already
			res.Err = fmt.Errorf("%s: %w", doc.Path, err)
		}
		return res
	}
	return l.lintExtracted(res, fs)
}

// lintExtracted runs the rules over a document whose segments are already extracted.
func (l *Linter) lintExtracted(res *Result, fs *FileSettings) *Result {
	doc := res.Doc
	sc := l.scratch.Get().(*scratch)
	defer l.scratch.Put(sc)
	sc.reset()
	sc.text.Tagger, sc.sub.Tagger = l.tagger, l.tagger
	sev := l.severities(fs)
	l.scanHits(doc, sc)
	msgs, err := l.messages(doc, fs, sc)
	if err != nil {
		res.Err = fmt.Errorf("%s:%w", doc.Path, err)
		return res
	}
	res.Messages = msgs
	for i := range doc.Segments {
		l.lintSegment(res, i, sev, sc)
	}
	l.occurrences(res, sc)
	sil := newSilencer(doc)
	l.silence(res, sil)
	l.requires(res, sev, sc, sil)
	l.finish(res, fs)
	return res
}

// severities returns the effective severity of every rule for one file: an override of the
// rule's id wins over one of a dotted id prefix (longest first), which wins over one of its
// category.
func (l *Linter) severities(fs *FileSettings) []rules.Severity {
	sev := make([]rules.Severity, len(l.pack.Rules))
	for i, r := range l.pack.Rules {
		sev[i] = r.Severity
		if len(fs.Severity) > 0 {
			sev[i] = override(fs.Severity, r)
		}
	}
	return sev
}

func override(m map[string]rules.Severity, r *rules.Rule) rules.Severity {
	for id := r.ID; id != ""; {
		if s, ok := m[id]; ok {
			return s
		}
		dot := strings.LastIndexByte(id, '.')
		if dot < 0 {
			break
		}
		id = id[:dot]
	}
	if s, ok := m[r.Category]; ok {
		return s
	}
	return r.Severity
}

// scanHits runs the keyword automaton once over every segment.
func (l *Linter) scanHits(doc *Document, sc *scratch) {
	sc.hits, sc.segHits = sc.hits[:0], append(sc.segHits[:0], 0)
	for i := range doc.Segments {
		l.pf.scan(doc.Segments[i].Text, func(id, start, end int) {
			sc.hits = append(sc.hits, hit{int32(id), int32(start), int32(end)})
		})
		sc.segHits = append(sc.segHits, len(sc.hits))
	}
}

// silence fills the findings' positions and drops those an inline directive silences.
func (l *Linter) silence(res *Result, sil *silencer) {
	doc := res.Doc
	kept := res.Findings[:0]
	for _, f := range res.Findings {
		f.Pos, f.EndPos = doc.Position(f.Start), doc.Position(f.End)
		if !sil.silenced(f.Rule.ID, f.Start, f.Pos.Line) {
			kept = append(kept, f)
		}
	}
	res.Findings = kept
}

// finish orders the findings, scores every message, then drops the findings below the
// reporting threshold: the threshold filters what is shown, not what is scored.
func (l *Linter) finish(res *Result, fs *FileSettings) {
	doc := res.Doc
	kept := res.Findings
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Rule.ID < b.Rule.ID
	})
	kept = dedupFindings(kept)
	res.Findings = kept
	for i := range res.Messages {
		m := &res.Messages[i]
		m.Pos, m.EndPos = doc.Position(m.Start), doc.Position(m.End)
	}
	scoreMessages(res)
	shown := kept[:0]
	for _, f := range kept {
		if f.Severity >= fs.MinSeverity {
			shown = append(shown, f)
		}
	}
	res.Findings = shown
}
