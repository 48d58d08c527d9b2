package report

import (
	"encoding/json"
	"io"
	"slices"
	"strings"

	"github.com/farewell-protocol/farewell/document"
	"github.com/farewell-protocol/farewell/lint"
	"github.com/farewell-protocol/farewell/rules"
)

// SARIF 2.1.0, as GitHub code scanning and editors read it. Columns are UTF-16 code units, the
// SARIF default, stated explicitly with columnKind; every result also carries its byte offset
// and length. Results are collected and written at Close because SARIF is one JSON document.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool     `json:"tool"`
	ColumnKind  string        `json:"columnKind"`
	Results     []sarifResult `json:"results"`
	Invocations []sarifInvoc  `json:"invocations,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifText      `json:"help"`
	HelpURI              string         `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine,omitempty"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	ByteOffset  *int       `json:"byteOffset,omitempty"`
	ByteLength  *int       `json:"byteLength,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

type sarifFix struct {
	Description     sarifText     `json:"description"`
	ArtifactChanges []sarifChange `json:"artifactChanges"`
}

type sarifChange struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Replacements     []sarifRepl   `json:"replacements"`
}

type sarifRepl struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

type sarifInvoc struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifReporter struct {
	w         io.Writer
	log       sarifLog
	ruleIndex map[string]int
	notes     []sarifNotification
}

func newSARIF(w io.Writer, opts Options) *sarifReporter {
	s := &sarifReporter{w: w, ruleIndex: map[string]int{}}
	driver := sarifDriver{Name: "farewell", Version: opts.Version, InformationURI: "https://github.com/farewell-protocol/farewell", Rules: []sarifRule{}}
	if opts.Pack != nil {
		// The pack's rules, and the rule of the findings that list a message's missing elements.
		for i, r := range append(slices.Clip(opts.Pack.Rules), rules.MissingElementsRule()) {
			s.ruleIndex[r.ID] = i
			driver.Rules = append(driver.Rules, sarifRuleOf(r))
		}
	}
	s.log = sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, ColumnKind: "utf16CodeUnits", Results: []sarifResult{}}},
	}
	return s
}

func sarifRuleOf(r *rules.Rule) sarifRule {
	name := r.ID[strings.LastIndexByte(r.ID, '.')+1:]
	return sarifRule{
		ID: r.ID, Name: name,
		ShortDescription:     sarifText{Text: rules.Summary(r)},
		FullDescription:      sarifText{Text: strings.TrimSpace(r.Why)},
		Help:                 sarifText{Text: rules.Explain(r), Markdown: rules.Markdown(r)},
		HelpURI:              r.Link,
		DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
		Properties:           map[string]any{"category": r.Category, "tags": []string{"farewell", r.Category, string(r.Type)}},
	}
}

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}

func (s *sarifReporter) File(r *lint.Result) error {
	if r.Err != nil {
		s.notes = append(s.notes, sarifNotification{Level: "error", Message: sarifText{Text: r.Err.Error()},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: r.Path}}}}})
		return nil
	}
	fps := lint.Fingerprints(r)
	run := &s.log.Runs[0]
	for i := range r.Findings {
		f := &r.Findings[i]
		res := sarifResult{
			RuleID: f.Rule.ID, RuleIndex: s.ruleIndex[f.Rule.ID], Level: sarifLevel(f.Severity),
			Message:             sarifText{Text: f.Message},
			Locations:           []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: r.Path}, Region: region(r.Doc.Position(f.Start), r.Doc.Position(f.End), f.Match)}}},
			PartialFingerprints: map[string]string{"primaryLocationLineHash": fps[i], "farewell/v1": fps[i]},
		}
		for _, fx := range f.Fixes {
			e := f.Edit(fx)
			off, n := e.Start, e.End-e.Start
			change := sarifChange{ArtifactLocation: sarifArtifact{URI: r.Path}, Replacements: []sarifRepl{{
				DeletedRegion:   sarifRegion{ByteOffset: &off, ByteLength: &n},
				InsertedContent: sarifText{Text: e.New},
			}}}
			res.Fixes = append(res.Fixes, sarifFix{Description: sarifText{Text: "Replace with: " + fx.Title}, ArtifactChanges: []sarifChange{change}})
		}
		run.Results = append(run.Results, res)
	}
	return nil
}

func region(start, end document.Position, match string) *sarifRegion {
	off, n := start.Offset, end.Offset-start.Offset
	reg := sarifRegion{StartLine: start.Line, StartColumn: start.Col16, EndLine: end.Line, EndColumn: end.Col16, ByteOffset: &off, ByteLength: &n}
	if match != "" {
		reg.Snippet = &sarifText{Text: match}
	}
	return &reg
}

func (s *sarifReporter) Close(sum *Summary) error {
	s.log.Runs[0].Invocations = []sarifInvoc{{ExecutionSuccessful: sum.Errors == 0, ToolExecutionNotifications: s.notes}}
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	return enc.Encode(s.log)
}
