package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/config"
	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/format"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// cmdInit writes a commented starter .farewell.yaml for the repository in the working
// directory (or the one named): the formats, locales and message folders found in it, each
// with the setting that would apply to it, commented out. It never overwrites a configuration.
func cmdInit(e *env, args []string) int {
	flags := newFlagSet(e, "init", "farewell init [DIR]")
	rest, err := parseInterspersed(flags, args)
	if err != nil {
		return flagExit(err)
	}
	dir := "."
	switch len(rest) {
	case 0:
	case 1:
		dir = rest[0]
	default:
		e.errorf("init takes one directory at most, got %q", rest)
		return exitUsage
	}
	for _, name := range config.FileNames() {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			e.errorf("%s already exists: not overwritten", lint.DisplayPath(filepath.Join(dir, name)))
			return exitUsage
		}
	}
	pack, err := rules.Builtin()
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	s := survey(dir, pack)
	text := s.starter()
	target := filepath.Join(dir, config.FileNames()[0])
	if _, err := config.Parse(target, []byte(text)); err != nil {
		e.errorf("the starter configuration does not load, which is a bug: %v", err)
		return exitUsage
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644) //nolint:gosec // a configuration is committed and read like the repository's other files
	if errors.Is(err, fs.ErrExist) {
		e.errorf("%s already exists: not overwritten", lint.DisplayPath(target))
		return exitUsage
	}
	if err == nil {
		_, err = io.WriteString(f, text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		e.errorf("init: %v", err)
		return exitUsage
	}
	e.errorf("wrote %s (%s); edit it, then run farewell lint", lint.DisplayPath(target), s.summary())
	return exitOK
}

// repoSurvey is what farewell init found in a repository.
type repoSurvey struct {
	formats   map[document.Format]int
	locales   map[string]string            // locale -> the first directory holding its files
	notCopy   map[string]document.Format   // directories of JSON and YAML a walk skips as no catalog
	kindDirs  map[string]rules.MessageKind // directories whose names say a message kind
	files     int
	truncated bool
}

// surveyMax bounds how many files farewell init looks at.
const surveyMax = 20000

// survey walks dir as farewell lint would and records what it finds.
func survey(dir string, pack *rules.Pack) *repoSurvey {
	s := &repoSurvey{formats: map[document.Format]int{}, locales: map[string]string{},
		notCopy: map[string]document.Format{}, kindDirs: map[string]rules.MessageKind{}}
	for in := range lint.Walk([]string{dir}, lint.WalkOptions{}) {
		if in.File == "" || in.Err != nil {
			continue
		}
		if s.files++; s.files > surveyMax {
			s.truncated = true
			break
		}
		rel := relativeTo(dir, in.File)
		f, ok := format.Detect(rel, head(in.File))
		if !ok {
			continue
		}
		if format.SkipUnnamed(rel, f) != "" {
			continue // program code: not copy
		}
		s.formats[f]++
		d := path.Dir(rel)
		if loc := format.LocaleFromPath(rel); loc != "" {
			if _, seen := s.locales[loc]; !seen {
				s.locales[loc] = d
			}
		} else if (f == format.JSON || f == format.YAML) && !format.NamesCatalog(rel) {
			s.notCopy[d] = f
		}
		for p := d; p != "." && p != "/"; p = path.Dir(p) {
			if k, ok := kindOfName(path.Base(p), pack); ok {
				s.kindDirs[p] = k
				break
			}
		}
	}
	return s
}

// kindOfName returns the goodbye kind a directory's name says, by the pack's key cues (a
// trailing "*" in a cue matches the rest of a word; the cues of kind other, which say a text is
// no goodbye, say no kind).
func kindOfName(name string, pack *rules.Pack) (rules.MessageKind, bool) {
	compact := func(s string) string {
		return strings.NewReplacer(" ", "", "-", "", "_", "", ".", "", "*", "").Replace(strings.ToLower(s))
	}
	n := compact(name)
	for _, cue := range pack.Kinds {
		if cue.Kind == rules.Other {
			continue
		}
		for _, k := range cue.Keys {
			if c := compact(k); len(c) >= 4 && strings.Contains(n, c) {
				return cue.Kind, true
			}
		}
	}
	return "", false
}

// head returns the first bytes of a file, which show an XML catalog's kind.
func head(name string) []byte {
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	buf := make([]byte, 4096)
	n, _ := io.ReadFull(f, buf)
	return buf[:n]
}

// relativeTo returns p relative to dir, forward-slashed.
func relativeTo(dir, p string) string {
	if rel, err := filepath.Rel(dir, p); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(p)
}

// summary says in a few words what was found.
func (s *repoSurvey) summary() string {
	n := 0
	for _, c := range s.formats {
		n += c
	}
	return fmt.Sprintf("%s in %s found", count(n, "file", "files"), count(len(s.formats), "format", "formats"))
}

// sorted returns a map's keys in order.
func sorted[K ~string, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
