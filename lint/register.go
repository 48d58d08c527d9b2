package lint

// registers decides, for each message, whether it addresses the reader informally (du, tu,
// tú), so that rules offer the rewrites of its register: from the message's own texts, or,
// when they show neither register (a button, a title), from the whole document's.
func (l *Linter) registers(res *Result, sc *scratch) {
	sc.informal = sc.informal[:0]
	for range res.Messages {
		sc.informal = append(sc.informal, false)
	}
	if !l.lang.HasRegister() {
		return
	}
	docInformal, docFormal := l.lang.Address(sc.texts)
	var texts []string
	for mi := range res.Messages {
		texts = texts[:0]
		for _, si := range res.Messages[mi].Segments {
			texts = append(texts, sc.texts[si])
		}
		informal, formal := l.lang.Address(texts)
		if informal == 0 && formal == 0 {
			informal, formal = docInformal, docFormal
		}
		sc.informal[mi] = informal > formal
	}
}
