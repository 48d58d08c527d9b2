package htmllex

// This file holds how the lexer reads the names of tags.

// rawTextTag returns the lower-case name of a start tag after which the tokenizer reads raw
// text (its rawTag), or "": iframe, noembed, noframes, noscript, plaintext, script, style,
// textarea, title and xmp.
func rawTextTag(name []byte) string {
	switch string(name) {
	case "iframe":
		return "iframe"
	case "noembed":
		return "noembed"
	case "noframes":
		return "noframes"
	case "noscript":
		return "noscript"
	case "plaintext":
		return "plaintext"
	case "script":
		return "script"
	case "style":
		return "style"
	case "textarea":
		return "textarea"
	case "title":
		return "title"
	case "xmp":
		return "xmp"
	}
	return ""
}

// tagName returns the name of the tag token whose name begins at view[from], before end, in
// lower case: the bytes up to white space, '/' or '>', where the tokenizer ends it. It reads
// the name from the view, as the tokenizer's TagName would give it but for a NUL byte, which
// TagName writes as U+FFFD (no tag the reader knows holds either), and without TagName's
// copy of every name. The slice is valid until the next call.
func (l *Lexer) tagName(from, end int) []byte {
	view := l.in.view[:end]
	i, upper := from, false
	for ; i < len(view); i++ {
		// Every byte that ends a name is at most '>', below every letter; 'A' to 'Z' come
		// before 'a' to 'z', so that a lower-case letter costs two comparisons.
		if c := view[i]; c <= 'Z' {
			if c <= '>' && (IsSpace(c) || c == '/' || c == '>') {
				break
			}
			upper = upper || c >= 'A'
		}
	}
	if !upper {
		return view[from:i]
	}
	return l.lower(view[from:i])
}

// lower returns name in lower case: name itself when it has no upper-case ASCII letter, else
// a copy in l.nameBuf, valid until the next call.
func (l *Lexer) lower(name []byte) []byte {
	k := 0
	for k < len(name) && (name[k] < 'A' || name[k] > 'Z') {
		k++
	}
	if k == len(name) {
		return name
	}
	l.nameBuf = append(l.nameBuf[:0], name...)
	for ; k < len(l.nameBuf); k++ {
		if c := l.nameBuf[k]; 'A' <= c && c <= 'Z' {
			l.nameBuf[k] = c + 'a' - 'A'
		}
	}
	return l.nameBuf
}
