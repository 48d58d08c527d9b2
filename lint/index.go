package lint

import "github.com/farewell-protocol/farewell/internal/keywords"

// index gives every literal the engine looks for a keyword id and fills l.targets (what each keyword's hits mean), the guard tables and l.pf, the automaton of the
// keywords. For the built-in pack's English rules the ids and the automaton come from
// builtinTable, each literal checked against it as the pack gives them, which costs a
// fraction of giving ids with a map; any other pack, or a table that disagrees at any literal,
// is indexed with a map, and its automaton built unless the table's keywords are exactly its
// own.
func (l *Linter) index() {
	if l.indexFromTable(builtinTable) {
		return
	}
	kws, _, targets, firstGuard := l.buildIndex()
	l.targets, l.firstGuard = targets, firstGuard
	if pf, ok := keywords.Load(builtinTable, kws); ok {
		l.pf = pf
	} else {
		l.pf = keywords.New(kws)
	}
}

// literals calls add for every literal of the engine's pack with what its hits mean, in the
// order that gives keywords their ids: the rules' tokens and keywords, the kind cues' tokens
// and mentions (plainLiterals), then the pattern guards' literals (see addGuards).
func (l *Linter) literals(add func(kw string, t target)) {
	l.plainLiterals(add)
	// Guard literals come last, so that the other keywords keep the ids, and the hits at one
	// position the order, they have without them: kind evidence is listed in hit order.
	l.addGuards(add)
}

// plainLiterals calls add for the literals of the engine's pack that are not guards'.
func (l *Linter) plainLiterals(add func(kw string, t target)) {
	for i, r := range l.pack.Rules {
		for j, tok := range r.Tokens() {
			add(lowerASCII(tok.Text), target{kind: targetToken, rule: int32(i), token: int32(j)})
		}
		for _, kw := range r.Keywords() {
			add(kw, target{kind: targetKeyword, rule: int32(i)})
		}
	}
	for i, cue := range l.pack.Kinds {
		for j, tok := range cue.Tokens {
			add(tok, target{kind: targetCue, rule: int32(i), token: int32(j)})
		}
		for j, mn := range cue.Mentions {
			add(mn.Keyword, target{kind: targetMention, rule: int32(i), token: int32(j)})
		}
	}
}

// buildIndex gives the literals keyword ids with a map: a new literal the next id, a literal
// seen before its id. It returns the keywords by id, the id of each literal in the order
// literals gives them, the targets by keyword id, and the id of the first keyword met as a
// guard literal (the keyword count when there is none).
func (l *Linter) buildIndex() (keywords []string, ids []int32, targets targetIndex, firstGuard int) {
	byKeyword := make(map[string]int32, 8192) // the built-in pack has about 5,500 keywords
	keywords = make([]string, 0, 8192)
	var ts []target
	firstGuard = -1
	l.literals(func(kw string, t target) {
		if t.kind == targetGuard && firstGuard < 0 {
			firstGuard = len(keywords)
		}
		id, ok := byKeyword[kw]
		if !ok {
			id = int32(len(keywords))
			byKeyword[kw] = id
			keywords = append(keywords, kw)
		}
		ids = append(ids, id)
		ts = append(ts, t)
	})
	// Group the targets by keyword, each keyword's in the order they were given.
	targets.start = make([]int32, len(keywords)+1)
	for _, id := range ids {
		targets.start[id+1]++
	}
	for i := range keywords {
		targets.start[i+1] += targets.start[i]
	}
	fill := append([]int32(nil), targets.start[:len(keywords)]...)
	targets.list = make([]target, len(ts))
	for i, id := range ids {
		targets.list[fill[id]] = ts[i]
		fill[id]++
	}
	if firstGuard < 0 {
		firstGuard = len(keywords)
	}
	return keywords, ids, targets, firstGuard
}

// kindTargets returns the targets of x that are kind cues' (targetCue, targetMention), in
// order, by keyword id: most hits of a text are no cue's, and a keyword such as "you" is the
// target of a hundred rules, which inference need not go over.
func kindTargets(x targetIndex) targetIndex {
	k := targetIndex{start: make([]int32, len(x.start))}
	for id := range len(x.start) - 1 {
		for _, t := range x.of(int32(id)) {
			if t.kind == targetCue || t.kind == targetMention {
				k.list = append(k.list, t)
			}
		}
		k.start[id+1] = int32(len(k.list))
	}
	return k
}

// indexFromTable indexes the literals with the keywords, ids and targets of table t, an
// encodeTable encoding, and reports whether t holds exactly the literals the pack gives, with
// the same targets, in that order; when it does not, it leaves l's index empty. The targets
// are t's memory. The literals that are not guards' are checked one by one; the guards'
// literals and targets are t's when the pack's guards are those t's were chosen from (see
// guardsFromTable), since the guard sets chosen, and so their literals, follow from them.
func (l *Linter) indexFromTable(t string) bool {
	pf, ids, targets, guards, ok := loadTableIndex(t)
	if !ok {
		return false
	}
	nkw := pf.Count()
	fill := make([]int32, nkw) // the targets of each keyword checked so far
	n, next, same := 0, int32(0), true
	plain := ids.n - guards.Literals // the literals before the guards'
	l.plainLiterals(func(kw string, t target) {
		if !same {
			return
		}
		if n == plain {
			same = false
			return
		}
		id := ids.at(n)
		n++
		// Ids are given in the order keywords are first met; the table's keywords differ from
		// one another, so a literal equal to its id's keyword was given that id.
		if id < 0 || id > next || int(id) >= nkw || pf.Keyword(id) != kw {
			same = false
			return
		}
		if id == next {
			next++
		}
		at := targets.start[id] + fill[id]
		if at >= targets.start[id+1] || targets.list[at] != t {
			same = false
			return
		}
		fill[id]++
	})
	// Every literal was checked, and the targets add up to the literals (decodeIndex), so
	// every target was; the guards' were checked with their literals by guardsFromTable.
	if !same || n != plain || plain == ids.n && int(next) != nkw || !l.guardsFromTable(guards) {
		return false
	}
	firstGuard := nkw
	if plain < ids.n {
		firstGuard = int(next)
	}
	l.pf, l.targets, l.firstGuard = pf, targets, firstGuard
	return true
}

// lowerASCII returns s with its ASCII letters in lower case.
func lowerASCII(s string) string {
	if !hasUpperASCII(s) {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}
