// Command langrate lints directories with the built-in packs and prints, for each language, the
// strings linted and the error and warning findings per 1,000 strings, the measure the language
// packs are held to on real catalogs:
//
//	cd bench && go run ./langrate ../../shared/corpora
//	cd bench && go run ./langrate -v de ../../shared/corpora   # also list each German finding
//
// A string is a segment: a catalog string, a paragraph, a heading, a button. A file whose locale
// is unknown counts as English, as farewell lints it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// tally counts what was linted in one language.
type tally struct {
	files, strings, errors, warnings int
}

func main() {
	verbose := flag.String("v", "", "list the error and warning findings of this language (en, de, ...)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: langrate [-v LANG] DIR...")
		os.Exit(2)
	}
	pack, err := rules.Builtin()
	if err != nil {
		fmt.Fprintln(os.Stderr, "langrate:", err)
		os.Exit(2)
	}
	l := lint.New(pack)
	byLang := map[string]*tally{}
	var failed []string
	l.Run(context.Background(), lint.Walk(flag.Args(), lint.WalkOptions{}), lint.RunOptions{}, func(r *lint.Result) {
		if r.Err != nil {
			failed = append(failed, r.Err.Error())
			return
		}
		if r.Skipped != "" || r.Doc == nil {
			return
		}
		lang, _, _ := strings.Cut(r.Doc.Locale, "-")
		if lang == "" {
			lang = "en"
		}
		t := byLang[lang]
		if t == nil {
			t = &tally{}
			byLang[lang] = t
		}
		t.files++
		t.strings += len(r.Doc.Segments)
		for _, f := range r.Findings {
			switch f.Severity {
			case rules.Error:
				t.errors++
			case rules.Warning:
				t.warnings++
			default:
				continue
			}
			if lang == *verbose {
				pos := r.Doc.Position(f.Start)
				fmt.Printf("%s:%d:%d: %s %s: %q\n", r.Path, pos.Line, pos.Col, f.Severity, f.Rule.ID, f.Text)
			}
		}
	})
	langs := make([]string, 0, len(byLang))
	for lang := range byLang {
		langs = append(langs, lang)
	}
	sort.Strings(langs)
	fmt.Printf("%-5s %6s %8s %6s %8s %10s\n", "lang", "files", "strings", "errors", "warnings", "per 1,000")
	for _, lang := range langs {
		t := byLang[lang]
		rate := 0.0
		if t.strings > 0 {
			rate = 1000 * float64(t.errors+t.warnings) / float64(t.strings)
		}
		fmt.Printf("%-5s %6d %8d %6d %8d %10.2f\n", lang, t.files, t.strings, t.errors, t.warnings, rate)
	}
	for _, e := range failed {
		fmt.Fprintln(os.Stderr, "langrate:", e)
	}
	if len(failed) > 0 {
		os.Exit(1)
	}
}
