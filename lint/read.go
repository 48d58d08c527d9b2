package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
)

// readFile reads a regular file up to limit bytes; a larger file is skipped, not read. sized,
// when set, is told the size of a file it is about to read.
func readFile(name string, limit int64, sized func(int64)) ([]byte, string, error) {
	f, size, err := openRegular(name)
	if err != nil {
		return nil, "", err
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	if size > limit {
		return nil, fmt.Sprintf("larger than the %d-byte limit (%d bytes)", limit, size), nil
	}
	if sized != nil {
		sized(size)
	}
	// Sized from the stat, so that the buffer is allocated once rather than grown by doubling.
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, "", unwrapPathError(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, fmt.Sprintf("larger than the %d-byte limit", limit), nil
	}
	return data, "", nil
}

// unwrapPathError drops the path from an *fs.PathError: messages name the display path.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// SkipNotUTF8 is the reason a file in an 8-bit encoding is skipped.
const SkipNotUTF8 = "not UTF-8 (Latin-1 or Windows-1252?): save it as UTF-8"

// unreadableEncoding returns why data cannot be read as text of format fm, or "": binary data,
// UTF-16 text anywhere but in .strings files, whose reader decodes it, and text in an 8-bit
// encoding such as Latin-1, which would show as U+FFFD and could not be fixed in place (an
// e-mail's parts name their charset, and its reader decodes them). valid reports that data
// was found valid UTF-8, which the reader need not check again.
func unreadableEncoding(data []byte, fm document.Format) (reason string, valid bool) {
	bom := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	switch {
	case bom && fm != format.Strings:
		return "UTF-16 text (farewell reads UTF-16 only in .strings files; save it as UTF-8)", false
	case !bom && looksUTF16(data):
		return "UTF-16 text without a byte order mark (save it as UTF-8)", false
	case bom:
		return "", false // UTF-16 in a .strings file: its reader decodes it
	case isBinary(data):
		return "binary file", false
	case fm == format.EML:
		return "", false
	case !utf8.Valid(data):
		return SkipNotUTF8, false
	}
	return "", true
}

// looksUTF16 reports text whose every other byte is NUL, as ASCII letters are in UTF-16.
func looksUTF16(data []byte) bool {
	n := min(len(data), 512) &^ 1
	if n < 4 || bytes.IndexByte(data[:n], 0) < 0 {
		return false // no NUL at all: the common case, found at once
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	return (even == 0 && odd*10 >= half*8) || (odd == 0 && even*10 >= half*8)
}

// isBinary reports data with a NUL byte in its first 8 KB (UTF-16 text with a byte order mark
// is told apart before it is asked).
func isBinary(data []byte) bool {
	return bytes.IndexByte(data[:min(len(data), 8000)], 0) >= 0
}
