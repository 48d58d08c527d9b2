package main

import (
	"io"
	"os"
)

// stickyWriter passes writes on to w and keeps the first error, so that a command printing
// many lines learns once, at its end, that its output was lost (a full disk, a closed pipe).
type stickyWriter struct {
	w   io.Writer
	err error
}

// Write writes p to the underlying writer unless an earlier write failed.
func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err != nil {
		s.err = err
	}
	return n, err
}

// fileOf returns the file behind w, looking through a stickyWriter, for terminal checks.
func fileOf(w io.Writer) (*os.File, bool) {
	if s, ok := w.(*stickyWriter); ok {
		w = s.w
	}
	f, ok := w.(*os.File)
	return f, ok
}
