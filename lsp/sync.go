package lsp

import (
	"fmt"

	"github.com/sourcegraph/jsonrpc2"
)

// didChange applies a client's edits to an open document. An edit the server cannot apply
// would leave its copy silently out of step with the editor's, and every diagnostic after it
// misplaced: the document is dropped instead (its diagnostics cleared) and the user told, once,
// to reopen it. A change that carries the whole text brings such a document back, as it does
// one the server never saw opened.
func (s *server) didChange(p didChangeParams) error {
	uri := p.TextDocument.URI
	d := s.doc(uri)
	if d == nil {
		if k := lastFullText(p.ContentChanges); k >= 0 {
			text, err := applyChanges(nil, p.ContentChanges[k:], s.isUTF8())
			if err == nil {
				s.mu.Lock()
				lang := s.lost[uri]
				delete(s.lost, uri)
				s.mu.Unlock()
				return s.didOpen(didOpenParams{TextDocument: textDocumentItem{URI: uri, LanguageID: lang, Version: p.TextDocument.Version, Text: string(text)}})
			}
		}
		s.lose(uri, "", "it is not open")
		return nil
	}
	d.mu.Lock()
	text, err := applyChanges(d.text, p.ContentChanges, s.isUTF8())
	if err == nil {
		// The result of the old text is of no more use (requests lint the newest version):
		// dropped now, it is not held while the new version is linted.
		d.text, d.version, d.snap = text, p.TextDocument.Version, nil
	}
	d.mu.Unlock()
	if err != nil {
		s.didClose(uri)
		s.lose(uri, d.lang, err.Error())
		return nil
	}
	s.grown(len(text))
	d.touch()
	return nil
}

// grown reports a document of n bytes to Options.LargestDocument when it is the largest yet.
func (s *server) grown(n int) {
	s.mu.Lock()
	larger := n > s.largest
	if larger {
		s.largest = n
	}
	s.mu.Unlock()
	if larger && s.opt.LargestDocument != nil {
		s.opt.LargestDocument(n)
	}
}

// lastFullText returns the index of the last change that replaces the whole text, or -1.
func lastFullText(changes []contentChange) int {
	for k := len(changes) - 1; k >= 0; k-- {
		if changes[k].Range == nil {
			return k
		}
	}
	return -1
}

// lose records that the server no longer follows a document's text and tells the user, the
// first time, why and what to do.
func (s *server) lose(uri, lang, why string) {
	s.mu.Lock()
	_, told := s.lost[uri]
	if !told {
		s.lost[uri] = lang
	}
	s.mu.Unlock()
	msg := fmt.Sprintf("an edit to %s could not be applied (%s), so farewell no longer follows its text and has cleared its diagnostics: close and reopen it to lint it again", uri, why)
	s.log.Print(msg)
	if !told {
		s.notify("window/showMessage", showMessageParams{Type: 2, Message: "farewell: " + msg})
	}
}

// notOpen is the error of a request about a document the server does not have open: its
// params name no document it knows.
func notOpen(uri string) error {
	return &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: uri + " is not open"}
}
