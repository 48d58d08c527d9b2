package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
