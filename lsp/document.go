package lsp

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint"
)

// textDocument is one open text document. The reading goroutine changes its text; its worker
// goroutine lints it and publishes the diagnostics.
type textDocument struct {
	uri  string
	abs  string // the file's path ("" when the URI is not a file)
	name string // the path the linter sees: relative to its workspace folder
	lang string // the client's language id
	wake chan struct{}

	mu      sync.Mutex
	text    []byte // never changed in place: each change makes a new slice
	version int32
	closed  bool
	snap    *snapshot // the newest lint result
}

// snapshot is the result of linting one version of a document.
type snapshot struct {
	version int32
	doc     *document.Document // the linted text, for positions; always set
	res     *lint.Result       // nil when the document is not in a format farewell reads
	cfgErr  error              // why the configuration could not be loaded
}

// touch wakes the document's worker, which lints the newest version.
func (d *textDocument) touch() {
	select {
	case d.wake <- struct{}{}:
	default: // a wake-up is already pending; it will see this version
	}
}

// close marks the document closed and wakes its worker, which clears its diagnostics.
func (d *textDocument) close() {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	d.touch()
}

func (s *server) didOpen(p didOpenParams) error {
	item := p.TextDocument
	d := &textDocument{uri: item.URI, lang: item.LanguageID, wake: make(chan struct{}, 1),
		text: []byte(item.Text), version: item.Version}
	d.abs, d.name = s.names(item.URI)
	s.mu.Lock()
	delete(s.lost, item.URI)
	if old := s.docs[item.URI]; old != nil {
		old.close()
	}
	s.docs[item.URI] = d
	s.mu.Unlock()
	s.wg.Add(1)
	go s.worker(d)
	s.grown(len(d.text))
	d.touch()
	return nil
}

func (s *server) didClose(uri string) {
	s.mu.Lock()
	d := s.docs[uri]
	delete(s.docs, uri)
	s.mu.Unlock()
	if d != nil {
		d.close()
	}
}

// doc returns the open document with the URI, or nil.
func (s *server) doc(uri string) *textDocument {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs[uri]
}

func (s *server) isUTF8() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.utf8
}

// applyChanges returns text with the changes applied in order; a change without a range
// replaces the whole text.
func applyChanges(text []byte, changes []contentChange, utf8 bool) ([]byte, error) {
	for _, c := range changes {
		if c.Range == nil {
			text = []byte(c.Text)
			continue
		}
		start, end := offsetAt(text, c.Range.Start, utf8), offsetAt(text, c.Range.End, utf8)
		if end < start {
			return nil, fmt.Errorf("change range %v ends before it starts", *c.Range)
		}
		next := make([]byte, 0, len(text)-(end-start)+len(c.Text))
		next = append(next, text[:start]...)
		next = append(next, c.Text...)
		text = append(next, text[end:]...)
	}
	return text, nil
}

// offsetAt converts a protocol position into a byte offset of text, scanning only as far as
// the position. Lines end at "\n", "\r\n" or a lone "\r", as in document.Document; a line past the
// end means the end of the text, and a character past the end of its line the line's end, as
// the protocol says. UTF-16 units count an astral character as two and an invalid byte as one.
func offsetAt(text []byte, p Position, utf8Bytes bool) int {
	if p.Line < 0 {
		return 0
	}
	off := 0
	for line := 0; line < p.Line; line++ {
		i := bytes.IndexAny(text[off:], "\r\n")
		if i < 0 {
			return len(text)
		}
		off += i + 1
		if text[off-1] == '\r' && off < len(text) && text[off] == '\n' {
			off++
		}
	}
	end := len(text)
	if i := bytes.IndexAny(text[off:], "\r\n"); i >= 0 {
		end = off + i
	}
	if utf8Bytes {
		return off + min(max(p.Character, 0), end-off)
	}
	for units := 0; units < p.Character && off < end; units++ {
		r, n := utf8.DecodeRune(text[off:end])
		off += n
		if r >= 0x10000 {
			units++
		}
	}
	return off
}

// position converts a byte offset of doc's text into a protocol position.
func position(doc *document.Document, off int, utf8 bool) Position {
	return fromLint(doc.Position(off), utf8)
}

func fromLint(p document.Position, utf8 bool) Position {
	if utf8 {
		return Position{Line: p.Line - 1, Character: p.ColByte - 1}
	}
	return Position{Line: p.Line - 1, Character: p.Col16 - 1}
}

// names returns a document's file path ("" for a URI that is not a file) and the name the
// linter sees: the path relative to the workspace folder that holds it, forward-slashed, whose
// extension chooses the format and whose words may name the message's kind.
func (s *server) names(uri string) (abs, name string) {
	abs, ok := uriPath(uri)
	if !ok {
		u, err := url.Parse(uri)
		if err != nil || u.Opaque == "" && u.Path == "" {
			return "", "untitled"
		}
		return "", path.Base(u.Opaque + u.Path)
	}
	s.mu.Lock()
	folders := s.folders
	s.mu.Unlock()
	for _, f := range folders {
		if rel, err := filepath.Rel(f, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return abs, filepath.ToSlash(rel)
		}
	}
	return abs, filepath.Base(abs)
}

// addFolder records a workspace folder; callers hold s.mu.
func (s *server) addFolder(uri string) {
	p, ok := uriPath(uri)
	if !ok {
		return
	}
	s.folders = append(s.folders, p)
	sort.SliceStable(s.folders, func(i, j int) bool { return len(s.folders[i]) > len(s.folders[j]) })
}

func (s *server) foldersChanged(p didChangeWorkspaceFoldersParams) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range p.Event.Removed {
		if fp, ok := uriPath(f.URI); ok {
			for i, have := range s.folders {
				if have == fp {
					s.folders = append(s.folders[:i], s.folders[i+1:]...)
					break
				}
			}
		}
	}
	for _, f := range p.Event.Added {
		s.addFolder(f.URI)
	}
}

// uriPath returns the file path of a file: URI.
func uriPath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	p := u.Path
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/") // file:///C:/x
	}
	return filepath.Clean(filepath.FromSlash(p)), true
}

// isConfigFile reports whether a path names a farewell configuration file, which is never
// linted as a message.
func isConfigFile(p string) bool {
	base := filepath.Base(p)
	for _, n := range config.FileNames() {
		if base == n {
			return true
		}
	}
	return false
}
