// Package atomicfile replaces users' files so that a crash or a failed write never leaves one
// truncated: the new content goes to a temporary file beside the original, which is synced and
// renamed over it.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// WriteFile replaces the file at path with data, keeping its mode. A symbolic link is followed
// only when its target lies inside root (the link itself is kept); a target outside root is
// refused. If anything fails, the original file is left untouched.
func WriteFile(path, root string, data []byte) error {
	return writeFile(path, root, data, func(f *os.File, b []byte) error {
		_, err := f.Write(b)
		return err
	})
}

// writeFile is WriteFile with the write step injectable, so tests can make it fail.
func writeFile(path, root string, data []byte, write func(*os.File, []byte) error) (err error) {
	target, err := resolve(path, root)
	if err != nil {
		return err
	}
	info, err := os.Stat(target)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".farewell-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name()) // the temporary file is ours; the original is untouched
		}
	}()
	if err = write(tmp, data); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Chmod(info.Mode().Perm()); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("replacing %s: %w", path, err)
	}
	return nil
}

// resolve follows a symbolic link at path, refusing targets outside root.
func resolve(path, root string) (string, error) {
	li, err := os.Lstat(path)
	if err != nil {
		return "", err
	}
	if li.Mode()&os.ModeSymlink == 0 {
		return path, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", err
	}
	absRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return "", err
	}
	absRoot, err = filepath.Abs(absRoot)
	if err != nil {
		return "", err
	}
	absTarget, err := filepath.Abs(target)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(absRoot, absTarget)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", errors.New(path + " is a symbolic link to " + target + ", outside " + root + ": not written")
	}
	return target, nil
}
