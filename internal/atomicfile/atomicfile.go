// Package atomicfile replaces users' files so that a crash or a failed write never leaves one
// truncated: the new content goes to a temporary file beside the original, which is synced and
// renamed over it. A file is replaced only when that keeps everything about it but its
// content: it lies inside the working tree, it is writable, its owner, group and mode bits can
// be kept, it has one link, and it still holds what was read.
package atomicfile

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ErrChanged is the error of a file whose content changed after it was read.
var ErrChanged = errors.New("changed since it was read (edited while farewell ran?): not written; run again")

// Replace replaces the file at path, which held old when it was read, with data. The whole
// path is resolved, symbolic links in its directories included, and the file is written only
// when it lies inside root. If anything fails, or the file no longer holds old just before the
// rename, the original is left untouched.
func Replace(path, root string, old, data []byte) error {
	return replace(path, root, old, data, writeAll)
}

func writeAll(f *os.File, b []byte) error {
	_, err := f.Write(b)
	return err
}

// replace is Replace with the write step injectable, so tests can make it fail or change the
// file meanwhile.
func replace(path, root string, old, data []byte, write func(*os.File, []byte) error) (err error) {
	target, err := resolve(path, root)
	if err != nil {
		return err
	}
	info, err := os.Stat(target)
	if err != nil {
		return fmt.Errorf("%s: %w", path, bare(err))
	}
	if err := replaceable(path, target, info); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".farewell-*")
	if err != nil {
		return fmt.Errorf("%s: cannot create a file beside it (%w): not written", path, bare(err))
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name()) // the temporary file is ours; the original is untouched
		}
	}()
	if err = write(tmp, data); err != nil {
		return fmt.Errorf("writing %s: %w", path, bare(err))
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, bare(err))
	}
	if err = keepOwner(tmp, info); err != nil {
		return fmt.Errorf("%s: cannot keep its owner and group (%w): not written", path, bare(err))
	}
	// After the owner: changing it clears the set-user-ID and set-group-ID bits.
	if err = tmp.Chmod(info.Mode() & (os.ModePerm | os.ModeSetuid | os.ModeSetgid | os.ModeSticky)); err != nil {
		return fmt.Errorf("%s: cannot keep its mode (%w): not written", path, bare(err))
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, bare(err))
	}
	if err = unchanged(target, info, old); err != nil {
		return fmt.Errorf("%s: %w", path, bare(err))
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("replacing %s: %w", path, bare(err))
	}
	return nil
}

// bare drops the path from an operating system error: messages name the path as the user
// gave it, not the temporary or resolved one.
func bare(err error) error {
	var pe *os.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}

// replaceable refuses files that replacing would change in more than their content: not a
// regular file, read-only, or with more than one hard link.
func replaceable(path, target string, info os.FileInfo) error {
	switch {
	case !info.Mode().IsRegular():
		return fmt.Errorf("%s is not a regular file: not written", path)
	case info.Mode().Perm()&0o222 == 0 || !writable(target):
		return fmt.Errorf("%s is read-only: not written", path)
	}
	if n := links(info); n > 1 {
		return fmt.Errorf("%s has %d hard links, which replacing it would split: not written", path, n)
	}
	return nil
}

// unchanged checks, just before the rename, that the file is the one stat described and still
// holds old: same size, same modification time, same content hash.
func unchanged(target string, before os.FileInfo, old []byte) error {
	f, err := os.Open(target)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	now, err := f.Stat()
	if err != nil {
		return err
	}
	if !os.SameFile(before, now) || now.Size() != int64(len(old)) || !now.ModTime().Equal(before.ModTime()) {
		return ErrChanged
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return err
	}
	want := sha256.Sum256(old)
	if !bytes.Equal(h.Sum(nil), want[:]) {
		return ErrChanged
	}
	return nil
}

// resolve resolves every symbolic link on path, in its directories as in its last element,
// and refuses a file that lies outside root.
func resolve(path, root string) (string, error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, bare(err))
	}
	absRoot, err := filepath.EvalSymlinks(root)
	if err == nil {
		absRoot, err = filepath.Abs(absRoot)
	}
	if err != nil {
		return "", fmt.Errorf("the working directory: %w", err)
	}
	absTarget, err := filepath.Abs(target)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	rel, err := filepath.Rel(absRoot, absTarget)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", fmt.Errorf("%s resolves to %s, outside the working directory: not written", path, filepath.ToSlash(rel))
	}
	return absTarget, nil
}
