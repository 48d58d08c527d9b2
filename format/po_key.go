package format

// makeKey makes the key of a .po entry whose msgctxt and msgid are ctxt and id (each unset
// when its name is ""), "msgctxt|msgid" shortened, in p.key from the decoded fields, without a
// string of either; it reports whether the msgid has text.
func (p *poScanner) makeKey(ctxt, id poField) bool {
	p.key = p.key[:0]
	if ctxt.name != "" {
		if t := p.decodeField(ctxt); len(t) > 0 {
			p.key = append(appendShortKey(p.key, t, 30), '|')
		}
	}
	if id.name == "" {
		return false
	}
	t := p.decodeField(id)
	p.key = appendShortKey(p.key, t, 60)
	return len(t) > 0
}

// fieldText decodes a field's strings.
func (p *poScanner) fieldText(f poField) string { return string(p.decodeField(f)) }

// decodeField decodes a field's strings into p.field and returns its text, valid until the
// next call.
func (p *poScanner) decodeField(f poField) []byte {
	p.field.Reset()
	p.decode(&p.field, f)
	return p.field.Text()
}
