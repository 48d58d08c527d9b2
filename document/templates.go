package document

import "unsafe"

// Templates is the template code of a source, in order: what every reader masks before it
// parses the source, and what its builder reads as placeholders, branches and literals.
type Templates struct {
	regions []region
}

// FindTemplates finds Handlebars/Mustache, Jinja/Twig/Django/Liquid, Go template, ERB,
// ${...} and merge-tag code in src. Unterminated openers are left as text.
func FindTemplates(src []byte) Templates {
	return Templates{regions: findTemplates(nil, src)}
}

// FindTemplatesIn is FindTemplates writing into the storage of room, which Room emptied, when
// it has space: a reader that reads many sources lends each the storage of the one before.
func FindTemplatesIn(room Templates, src []byte) Templates {
	return Templates{regions: findTemplates(room.regions[:0], src)}
}

// Room returns t emptied for FindTemplatesIn, once no one reads t any more, or the zero
// Templates when its storage is larger than maxBytes.
func (t Templates) Room(maxBytes int) Templates {
	if cap(t.regions)*int(unsafe.Sizeof(region{})) > maxBytes {
		return Templates{}
	}
	return Templates{regions: t.regions[:0]}
}

// WithFrontMatter returns t with the source's first end bytes, a front matter block, read as
// a comment: masked for parsers, never text.
func (t Templates) WithFrontMatter(end int) Templates {
	return Templates{regions: append([]region{{start: 0, end: end, kind: maskComment, innerEnd: 0}}, t.regions...)}
}

// CodeKind says how a piece of code a reader found reads in the text around it.
type CodeKind uint8

// The kinds of code a reader can hand the builder.
const (
	// CodeHidden reads as nothing: an import, a component's tag.
	CodeHidden CodeKind = iota
	// CodeValue reads as one placeholder word: an expression that prints a value.
	CodeValue
	// CodeSpace reads as white space: a line break written as code.
	CodeSpace
	// CodeComment is a comment, which may hold directives; Inner is its body.
	CodeComment
)

// Code is a piece of source that a reader, not the template finder, knows to be code: JSX and
// ESM in MDX. Start and End are its source range; InnerStart and InnerEnd a comment's body.
type Code struct {
	Start, End           int
	Kind                 CodeKind
	InnerStart, InnerEnd int
}

// WithCode returns t with code added, in source order; template code that overlaps a piece of
// code is dropped. code must be in source order, its pieces apart.
func (t Templates) WithCode(code []Code) Templates {
	if len(code) == 0 {
		return t
	}
	kinds := [...]regionKind{CodeHidden: maskControl, CodeValue: maskValue, CodeSpace: maskSpace, CodeComment: maskComment}
	out := make([]region, 0, len(t.regions)+len(code))
	k := 0
	for _, c := range code {
		for ; k < len(t.regions) && t.regions[k].start < c.End; k++ {
			if t.regions[k].end <= c.Start {
				out = append(out, t.regions[k])
			}
		}
		for len(out) > 0 && out[len(out)-1].end > c.Start {
			out = out[:len(out)-1] // template code that runs into this piece of code
		}
		out = append(out, region{start: c.Start, end: c.End, kind: kinds[c.Kind], innerStart: c.InnerStart, innerEnd: c.InnerEnd})
	}
	for ; k < len(t.regions); k++ {
		if t.regions[k].start >= out[len(out)-1].end {
			out = append(out, t.regions[k])
		}
	}
	return Templates{regions: out}
}

// Masked returns src with every piece of template code overwritten so that parsers see plain
// text of the same length: values become 'x' runs (a word), everything else spaces, with line
// breaks kept so that line numbers and block structure survive.
func (t Templates) Masked(src []byte) []byte {
	return maskedCopy(src, t.regions)
}

// MaskedInto is Masked writing the copy into dst's storage when it has room (else into a new
// slice); it returns src itself when t holds no template code.
func (t Templates) MaskedInto(dst, src []byte) []byte {
	if len(t.regions) == 0 {
		return src
	}
	return maskRegions(append(dst[:0], src...), t.regions)
}

// ScanComments records the directives and labels in the template comments of t.
func (d *Document) ScanComments(t Templates) {
	for _, r := range t.regions {
		if r.kind == maskComment {
			d.ScanComment(string(d.Src[r.innerStart:r.innerEnd]), r.start, r.end)
		}
	}
}
