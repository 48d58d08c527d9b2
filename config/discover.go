package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Discover finds the nearest .farewell.yaml in dir or its parents and loads it; with none,
// it returns Default.
func Discover(dir string) (*Config, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return discover(abs, nil)
}

// discover is Discover for an absolute directory, with the answers nearest knows.
func discover(dir string, known map[string]string) (*Config, error) {
	p, err := nearest(dir, known)
	switch {
	case err != nil:
		return nil, err
	case p == "":
		return Default(), nil
	}
	return Load(p)
}

// nearest returns the path of the configuration file in the absolute directory dir or its
// closest parent that has one, or "" when none has. known, when not nil, holds the answers
// found so far by directory and is given each new one, so that the directories of a walk, which
// share their parents, ask the system about each directory once.
func nearest(dir string, known map[string]string) (string, error) {
	if p, ok := known[dir]; ok {
		return p, nil
	}
	p, err := nearestUncached(dir, known)
	if err == nil && known != nil {
		known[dir] = p
	}
	return p, err
}

// nearestUncached is nearest for a directory known has no answer for.
func nearestUncached(dir string, known map[string]string) (string, error) {
	for _, name := range FileNames() {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("config %s: %w", p, err)
		}
	}
	parent := filepath.Dir(dir)
	if parent == dir {
		return "", nil
	}
	return nearest(parent, known)
}

// Listed tells the resolver the entries of directory dir (relative to the working directory,
// or absolute) as a walk read them, so that which configuration file dir holds is known
// without asking the system. An entry that may be a configuration file but is not a plain one
// (a symbolic link, a directory, a name that differs only in case, as a case-insensitive file
// system finds it) leaves the system to be asked as before; so does a resolver given one
// configuration for every file, which asks nothing.
func (r *Resolver) Listed(dir string, entries []fs.DirEntry) {
	if r.path != "" {
		return
	}
	own, ok := listedConfig(entries)
	if !ok {
		return
	}
	abs, err := r.abs(dir)
	if err != nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.nearest[abs]; ok {
		return
	}
	if own != "" {
		r.nearest[abs] = filepath.Join(abs, own)
		return
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		r.nearest[abs] = ""
		return
	}
	if p, err := nearest(parent, r.nearest); err == nil {
		r.nearest[abs] = p
	}
}

// listedConfig returns the name of the configuration file among a directory's entries, as
// os.Stat would find it first, "" for none, and false when the entries cannot tell.
func listedConfig(entries []fs.DirEntry) (string, bool) {
	names := FileNames()
	found := ""
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, ".") {
			continue // the common case: '.' has no other case, so no configuration file's name
		}
		for _, n := range names {
			switch {
			case name == n && e.Type().IsRegular():
				if found == "" || slices.Index(names, n) < slices.Index(names, found) {
					found = n
				}
			case strings.EqualFold(name, n):
				return "", false
			}
		}
	}
	return found, true
}
