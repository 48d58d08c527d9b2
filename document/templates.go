package document

// Templates is the template code of a source, in order: what every reader masks before it
// parses the source, and what its builder reads as placeholders, branches and literals.
type Templates struct {
	regions []region
}

// FindTemplates finds Handlebars/Mustache, Jinja/Twig/Django/Liquid, Go template, ERB,
// ${...} and merge-tag code in src. Unterminated openers are left as text.
func FindTemplates(src []byte) Templates {
	return Templates{regions: findTemplates(src)}
}

// WithFrontMatter returns t with the source's first end bytes, a front matter block, read as
// a comment: masked for parsers, never text.
func (t Templates) WithFrontMatter(end int) Templates {
	return Templates{regions: append([]region{{start: 0, end: end, kind: maskComment, innerEnd: 0}}, t.regions...)}
}

// Masked returns src with every piece of template code overwritten so that parsers see plain
// text of the same length: values become 'x' runs (a word), everything else spaces, with line
// breaks kept so that line numbers and block structure survive.
func (t Templates) Masked(src []byte) []byte {
	return maskedCopy(src, t.regions)
}

// ScanComments records the directives and labels in the template comments of t.
func (d *Document) ScanComments(t Templates) {
	for _, r := range t.regions {
		if r.kind == maskComment {
			d.ScanComment(string(d.Src[r.innerStart:r.innerEnd]), r.start, r.end)
		}
	}
}
