package main

import (
	"fmt"
	"strings"

	"github.com/farewell-protocol/farewell/locale"
)

// starter writes the commented configuration for what the survey found: every setting that
// applies to this repository, commented out, with a line saying why it is offered.
func (s *repoSurvey) starter() string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	w("# farewell configuration, written by `farewell init` for this repository.")
	w("# Every setting: https://github.com/farewell-protocol/farewell#configuration")
	w("# It applies to the files in this directory and below, unless a .farewell.yaml nearer to a")
	w("# file says otherwise; `farewell lint --config FILE` applies one file to everything.")
	w("#")
	if len(s.formats) == 0 {
		w("# No file farewell reads was found yet.")
	} else {
		var parts []string
		for _, f := range sorted(s.formats) {
			parts = append(parts, fmt.Sprintf("%s %d", f, s.formats[f]))
		}
		w("# Found: %s.", strings.Join(parts, ", "))
	}
	if s.truncated {
		w("# (Only the first %d files were looked at.)", surveyMax)
	}
	if len(s.locales) > 0 {
		w("# Locales: %s.", strings.Join(sorted(s.locales), ", "))
	}
	w("")
	w("builtin: true   # the built-in English rule pack")
	w("# packs: [farewell-rules/]   # your own rules: YAML files or directories")
	w("")
	w("# Rules by id, id prefix or category: error, warning, suggestion or off.")
	w("rules:")
	w("  # farewell.desperation.exclamations: off")
	w("  # guilt: warning")
	w("")
	w("# Paths to leave out (globs, relative to this file).")
	w("ignore:")
	w("  # - \"legacy/**\"")
	w("")
	w("overrides:")
	for _, loc := range sorted(s.locales) {
		if locale.Linted(loc) {
			continue
		}
		w("  # %s copy has no rule pack, so its files are skipped; to lint English copy kept there:", loc)
		w("  # - files: [%q]", s.locales[loc]+"/**")
		w("  #   locale: en")
	}
	for _, d := range sorted(s.notCopy) {
		w("  # %s: %s files a directory walk skips as no string catalog; to read them:", d, s.notCopy[d])
		w("  # - files: [%q]", d+"/**")
		w("  #   format: %s", s.notCopy[d])
	}
	w("  # - files: [\"emails/winback/**\"]")
	w("  #   kind: win-back")
	w("")
	w("messages:")
	w("  files:")
	if len(s.kindDirs) > 0 {
		w("    # Folders whose names say which goodbye they hold (their kind is inferred from the")
		w("    # name already; set it to be sure):")
	}
	for _, d := range sorted(s.kindDirs) {
		w("    # %q: %s", d+"/**", s.kindDirs[d])
	}
	if len(s.kindDirs) == 0 {
		w("    # \"emails/cancel/**\": cancellation")
	}
	return b.String()
}
