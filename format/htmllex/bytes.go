package htmllex

// IsSpace reports whether c is HTML white space: space, tab, line feed, carriage return or form
// feed, the bytes the tokenizer ends a tag's name and separates its attributes with.
func IsSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
}

// EqualFold reports whether b is lower-case ASCII s in any ASCII case.
func EqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
