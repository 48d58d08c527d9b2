// Package lint is farewell's engine, the stage of the flow that turns documents into findings.
// It reads each input with package format, groups the segments into messages (package
// message), finds every rule's keywords and every kind cue in one pass of an Aho-Corasick
// automaton, runs a rule's patterns only where its keywords occur and its guards hold, and
// turns matches into findings with exact byte ranges and fixes made of byte edits; it drops
// what inline directives silence, finds the elements each goodbye holds, and scores each
// message. Linter.Run lints many inputs in parallel with results in input order; Walk yields
// the files of a tree.
//
// It imports document, format, locale, message and rules: it knows rules, not reports.
// report, baseline, config, lsp, serve, eval and cmd import it; nothing it imports may.
package lint

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/internal/guardset"
	"github.com/farewell-protocol/farewell/internal/keywords"
	"github.com/farewell-protocol/farewell/internal/postag"
	"github.com/farewell-protocol/farewell/internal/textseg"
	"github.com/farewell-protocol/farewell/message"
	"github.com/farewell-protocol/farewell/rules"
)

// Linter lints documents with a compiled rule pack. It is immutable once built and safe for
// concurrent use; per-file settings come with each call. A pack with rules in several
// languages is one engine per language: a document is linted by the engine of its locale's
// language (English when its locale is unknown), each built the first time it is needed.
type Linter struct {
	pack    *rules.Pack // the engine's rules: those of one language
	pf      *keywords.Automaton
	targets targetIndex // by prefilter keyword id
	// cueTargets are the kind cues' targets of targets (see kindTargets).
	cueTargets targetIndex
	always     []int // rules whose patterns run on every segment
	tagger     *postag.Tagger
	cueKeys    *cueKeyIndex // the kind cues' key words
	missing    *rules.Rule  // the rule of missing-elements findings
	scratch    sync.Pool
	reads      sync.Pool // *format.Buffers, lent to format.Read
	// moments returns the cues that tell a goodbye's moment, compiled when first needed.
	moments func() *message.MomentCues

	full *rules.Pack     // every rule of every language
	lang *rules.Language // the engine's language (nil: English)
	tag  string          // its tag ("" for English)
	// others are the engines of the pack's other languages, by tag (nil in those engines).
	others map[string]*langEngine
	// Pattern p of rule r is guard pattern guardBase[r]+p; its guards hold in a segment when
	// the segment's guard hits set every bit of guardLayout.Full.
	// guardOpen lists, by rule and in increasing order, the patterns with no tracked set.
	guardBase   []int32
	guardLayout guardset.Layout
	guardOpen   [][]int32
	// firstGuard is the id of the first keyword met as a guard literal (see guardOnly).
	firstGuard int
	// Mention m of kind k is mention mentionBase[k]+m of the engine (see textCues).
	mentionBase []int32
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
	// targetGuard: the hit is a literal of one of a pattern's guard sets.
	targetGuard
	// targetMention: the hit may begin a kind cue's mention, whose expression decides.
	targetMention
)

type target struct {
	kind  targetKind
	rule  int32 // index into pack.Rules, pack.Kinds for cues, guard patterns for guards
	token int32 // the token, the cue's token, or the guard set
}

// New builds a linter for a pack: its keyword automaton, a few milliseconds, or for the
// built-in pack's English rules the one built with the program (see builtinTable). Regular
// expressions compile later, each the first time a text passes its guards; the engines of
// languages other than English are built the first time a document needs them.
func New(pack *rules.Pack) *Linter {
	byLang := splitLanguages(pack)
	l := newEngine(byLang[""], "", nil)
	l.full = pack
	for tag, p := range byLang {
		if tag != "" {
			if l.others == nil {
				l.others = map[string]*langEngine{}
			}
			l.others[tag] = &langEngine{pack: p}
		}
	}
	return l
}

// newEngine builds the engine of one language's rules.
func newEngine(pack *rules.Pack, tag string, lang *rules.Language) *Linter {
	l := &Linter{pack: pack, full: pack, tag: tag, lang: lang, tagger: &postag.Tagger{}, missing: rules.MissingElementsRule(),
		moments: sync.OnceValue(message.NewMomentCues)}
	for i, r := range pack.Rules {
		if r.AlwaysRun() {
			l.always = append(l.always, i)
		}
	}
	l.index()
	l.cueTargets = kindTargets(l.targets)
	l.mentionBase = make([]int32, len(pack.Kinds)+1)
	for k, c := range pack.Kinds {
		l.mentionBase[k+1] = l.mentionBase[k] + int32(len(c.Mentions))
	}
	l.cueKeys = newCueKeyIndex(cueKeys(pack.Kinds))
	l.scratch.New = func() any { return &scratch{} }
	return l
}

// Keywords returns every literal the keyword prefilter of the English engine looks for, in
// lower case: rule tokens, pattern keywords and kind cues.
func (l *Linter) Keywords() []string { return l.pf.Keywords() }

// Pack returns the rules the linter runs, in every language.
func (l *Linter) Pack() *rules.Pack { return l.full }

// Result is what linting one file produced.
type Result struct {
	Path   string
	Format document.Format
	// Doc is the linted document; reporters read source lines from it.
	Doc *document.Document
	// Findings are ordered by offset, then rule id.
	Findings []Finding
	// Messages are the file's message units, in source order.
	Messages []message.Message
	// Skipped is why the file was not linted ("" when it was).
	Skipped string
	// Locale is the locale of a file skipped because there are no rules for it ("" otherwise).
	Locale string
	// Err is why the file could not be read or parsed.
	Err error
	// FixErr is why the file's fixes could not be written (--fix); its findings stand.
	FixErr error

	// work counts the steps of the stages that run once per finding or per match: texts
	// searched by exceptions, findings compared for overlap. Tests check that it grows
	// linearly with the input.
	work int
}

// Lint extracts doc's text and runs every rule over it.
func (l *Linter) Lint(doc *document.Document, fs *FileSettings) *Result {
	return l.LintContext(context.Background(), doc, fs)
}

// LintContext is Lint that stops when ctx ends: the engine checks it before each segment and
// between its stages, and a result cut short carries ctx's error and no findings.
func (l *Linter) LintContext(ctx context.Context, doc *document.Document, fs *FileSettings) *Result {
	return l.lintContext(ctx, doc, fs, readFacts{})
}

// readFacts are what the caller of lintContext knows of a document already. pathLocale says
// doc.Locale is already the locale its path names (or the configured one), even when that is
// "", so that the reader does not read the path again; validUTF8 that doc.Src is valid UTF-8.
type readFacts struct{ pathLocale, validUTF8 bool }

// lintContext is LintContext, told what the caller knows of doc already.
func (l *Linter) lintContext(ctx context.Context, doc *document.Document, fs *FileSettings, facts readFacts) *Result {
	res := &Result{Path: doc.Path, Format: doc.Format, Doc: doc}
	if fs == nil {
		fs = &FileSettings{}
	}
	bufs, _ := l.reads.Get().(*format.Buffers)
	if bufs == nil {
		bufs = new(format.Buffers)
	}
	err := format.Read(doc, format.Options{Script: fs.Script, Locale: fs.Locale, MaxDepth: fs.MaxDepth, Named: fs.Named, Linted: l.Lints, Buffers: bufs, PathLocale: facts.pathLocale, ValidUTF8: facts.validUTF8})
	l.reads.Put(bufs)
	if err != nil {
		var skip *format.SkipError
		if errors.As(err, &skip) {
			res.Skipped = skip.Reason
			if skip.Reason == format.SkipLocale {
				res.Locale = doc.Locale
			}
			return res
		}
		var pe *format.ParseError
		if res.Err = err; !errors.As(err, &pe) { // a ParseError names its file already
			res.Err = fmt.Errorf("%s: %w", doc.Path, err)
		}
		return res
	}
	return l.engineFor(doc.Locale).lintExtracted(ctx, res, fs)
}

// lintExtracted runs the rules over a document whose segments are already extracted.
func (l *Linter) lintExtracted(ctx context.Context, res *Result, fs *FileSettings) *Result {
	doc := res.Doc
	sc := l.scratch.Get().(*scratch)
	defer func() {
		sc.reset() // nothing of this file stays reachable from the pool
		l.scratch.Put(sc)
	}()
	sc.text.Tagger, sc.sub.Tagger = l.tagger, l.tagger
	sc.text.Lang, sc.sub.Lang = l.tag, l.tag
	sc.texts = sc.texts[:0]
	for i := range doc.Segments {
		t := doc.Segments[i].Text
		if l.lang != nil {
			t = textseg.Fold(t)
		}
		sc.texts = append(sc.texts, t)
	}
	sev := l.severities(fs, sc.fileSev)
	sc.fileSev = sev
	searched := sc.text.Searched() + sc.sub.Searched()
	defer func() { res.work += sc.text.Searched() + sc.sub.Searched() - searched }()
	l.scanHits(doc, sc)
	if ctx.Err() != nil {
		return stopped(ctx, res)
	}
	msgs, err := l.messages(doc, fs, sc)
	if err != nil {
		res.Err = fmt.Errorf("%s:%w", doc.Path, err)
		return res
	}
	res.Messages = msgs
	l.registers(res, sc)
	for i := range doc.Segments {
		if ctx.Err() != nil {
			return stopped(ctx, res)
		}
		l.lintSegment(res, i, sev, sc)
	}
	if ctx.Err() != nil {
		return stopped(ctx, res)
	}
	l.occurrences(res, sc)
	sil := newSilencer(doc)
	l.silence(res, sil)
	l.requires(res, sev, sc, sil)
	sc.text.Reset("") // the last segment's lower-case copy goes before the scores are made
	sc.sub.Reset("")
	if cap(sc.hits) > maxKeptHits || cap(sc.segHits) > maxKeptHits || cap(sc.guardHits) > maxKeptHits {
		// The hits are read no more: a large file's go before its scores are made.
		sc.hits, sc.segHits, sc.guardHits, sc.segGuards = nil, nil, nil, nil
	}
	l.finish(res, fs)
	return res
}

// stopped turns a result cut short by ctx into one that says so.
func stopped(ctx context.Context, res *Result) *Result {
	res.Findings, res.Messages = nil, nil
	res.Err = fmt.Errorf("%s: %w", res.Path, context.Cause(ctx))
	return res
}

// silence drops the findings an inline directive silences.
func (l *Linter) silence(res *Result, sil *silencer) {
	kept := res.Findings[:0]
	for _, f := range res.Findings {
		if !sil.silenced(f.Rule.ID, f.Start) {
			kept = append(kept, f)
		}
	}
	res.Findings = kept
}

// finish orders the findings, scores every message, then drops the findings below the
// reporting threshold: the threshold filters what is shown, not what is scored.
func (l *Linter) finish(res *Result, fs *FileSettings) {
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
	scoreMessages(res)
	shown := kept[:0]
	for _, f := range kept {
		if f.Severity >= fs.MinSeverity {
			shown = append(shown, f)
		}
	}
	res.Findings = shown
}
