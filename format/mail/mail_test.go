package mail

import (
	"bytes"
	"io"
	"mime/quotedprintable"
	"testing"

	"github.com/farewell-protocol/farewell/document"
	_ "github.com/farewell-protocol/farewell/internal/golden" // registers -update
)

// TestQPMap checks that every decoded byte of a quoted-printable body maps to the bytes that
// encode it: literal text to itself, =XX to its three bytes, soft line breaks to nothing.
func TestQPMap(t *testing.T) {
	for _, body := range []string{
		"Please don=E2=80=99t go!",
		"a soft=\r\nbreak and trailing space  \r\nnext",
		"a literal = sign, =3D and =\nmore",
		"=\n=3D after a soft break",
		"ends with =",
	} {
		src := []byte(body)
		view, err := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(src)))
		if err != nil {
			t.Fatalf("%q: %v", body, err)
		}
		m := qpMap(src, 0, len(src), view)
		if m.Len() != len(view) {
			t.Errorf("%q: %d of %d bytes mapped", body, m.Len(), len(view))
		}
		sub := &document.Document{Src: view}
		b := document.NewBuilder(view, document.Templates{})
		b.Start(document.RoleBody, "", document.EscapeNone)
		b.Text(0, len(view))
		sub.Segments = b.Segments()
		d := &document.Document{Src: src}
		m.Remap(sub, d, true)
		for _, s := range d.Segments {
			s.Pieces(func(ts, te, ss, se int, verbatim bool) {
				if verbatim && s.Text[ts:te] != string(src[ss:se]) {
					t.Errorf("%q: verbatim %q maps to %q", body, s.Text[ts:te], src[ss:se])
				}
			})
		}
	}
}

// TestBase64Map checks that groups of four characters map to the bytes they encode.
func TestBase64Map(t *testing.T) {
	src := []byte("QUJD\r\nREVG\r\nRw==\r\n")
	m := base64Map(src, 0, len(src), 7)
	for v, want := range []int{0, 0, 0, 6, 6, 6, 12} {
		if got := m.Offset(v); got != want {
			t.Errorf("view byte %d starts at %d, want %d", v, got, want)
		}
	}
}
