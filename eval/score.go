package eval

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

// AreaScore is how many flag rows of one area there are and how many were reported.
type AreaScore struct {
	Area           string
	Rows, Reported int
}

// Recall is the share of the area's flag rows that were reported.
func (a AreaScore) Recall() float64 { return ratio(a.Reported, a.Rows) }

// Score sums the outcomes of a data set.
type Score struct {
	Rows int
	// Areas are the flag rows by area, sorted by area name.
	Areas []AreaScore
	// Flag and FlagReported count all flag rows and those reported.
	Flag, FlagReported int
	// Pass and FalsePositives count pass rows and those reported.
	Pass, FalsePositives int
	// Any counts rows outside the pack's scope, which count neither way.
	Any int
	// Kinds are the rows with a labelled kind, by that kind, sorted by kind; empty when the
	// data set has no kind column.
	Kinds []KindScore
}

// KindScore is how many rows of one labelled kind there are and how many farewell inferred
// that kind for.
type KindScore struct {
	Kind          string
	Rows, Correct int
}

// Accuracy is the share of the kind's rows whose kind was inferred correctly.
func (k KindScore) Accuracy() float64 { return ratio(k.Correct, k.Rows) }

// KindAccuracy returns the share of rows with a labelled kind whose kind was inferred
// correctly, and how many such rows there are.
func (s Score) KindAccuracy() (float64, int) {
	n, ok := 0, 0
	for _, k := range s.Kinds {
		n += k.Rows
		ok += k.Correct
	}
	return ratio(ok, n), n
}

// Summarize counts outcomes by area and expectation.
func Summarize(outs []Outcome) Score {
	s := Score{Rows: len(outs)}
	byArea := map[string]*AreaScore{}
	byKind := map[string]*KindScore{}
	for _, o := range outs {
		if o.Row.Kind != "" {
			k := byKind[o.Row.Kind]
			if k == nil {
				k = &KindScore{Kind: o.Row.Kind}
				byKind[o.Row.Kind] = k
			}
			k.Rows++
			if string(o.Kind) == o.Row.Kind {
				k.Correct++
			}
		}
		switch o.Row.Expect {
		case ExpectFlag:
			a := byArea[o.Row.Area]
			if a == nil {
				a = &AreaScore{Area: o.Row.Area}
				byArea[o.Row.Area] = a
			}
			a.Rows++
			s.Flag++
			if o.Reported {
				a.Reported++
				s.FlagReported++
			}
		case ExpectPass:
			s.Pass++
			if o.Reported {
				s.FalsePositives++
			}
		default:
			s.Any++
		}
	}
	for _, a := range byArea {
		s.Areas = append(s.Areas, *a)
	}
	sort.Slice(s.Areas, func(i, j int) bool { return s.Areas[i].Area < s.Areas[j].Area })
	for _, k := range byKind {
		s.Kinds = append(s.Kinds, *k)
	}
	sort.Slice(s.Kinds, func(i, j int) bool { return s.Kinds[i].Kind < s.Kinds[j].Kind })
	return s
}

// Recall returns the recall on the flag rows of area, and whether the data set has any.
func (s Score) Recall(area string) (float64, bool) {
	for _, a := range s.Areas {
		if a.Area == area {
			return a.Recall(), a.Rows > 0
		}
	}
	return 0, false
}

// FalsePositiveRate is the share of pass rows that were reported.
func (s Score) FalsePositiveRate() float64 { return ratio(s.FalsePositives, s.Pass) }

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// Write prints the score of a data set named name: the counts, recall by area and the
// false-positive rate; verbose adds every missed flag row and every reported pass row.
func Write(w io.Writer, name string, outs []Outcome, verbose bool) error {
	s := Summarize(outs)
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d rows: %d flag, %d pass, %d any (not counted)\n", name, s.Rows, s.Flag, s.Pass, s.Any)
	tw := tabwriter.NewWriter(&b, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "area\trows\treported\trecall\t")
	for _, a := range s.Areas {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t\n", a.Area, a.Rows, a.Reported, a.Recall())
	}
	fmt.Fprintf(tw, "all flag rows\t%d\t%d\t%.3f\t\n", s.Flag, s.FlagReported, ratio(s.FlagReported, s.Flag))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(&b, "false positives: %d of %d pass rows (%.2f %%)\n", s.FalsePositives, s.Pass, 100*s.FalsePositiveRate())
	if err := writeKinds(&b, s); err != nil {
		return err
	}
	if verbose {
		writeRows(&b, "missed", outs, func(o Outcome) bool { return o.Row.Expect == ExpectFlag && !o.Reported })
		writeRows(&b, "false positive", outs, func(o Outcome) bool { return o.Row.Expect == ExpectPass && o.Reported })
		for _, o := range outs {
			if o.Row.Kind != "" && string(o.Kind) != o.Row.Kind {
				fmt.Fprintf(&b, "kind: line %d (%s, inferred %s): %s\n", o.Row.Line, o.Row.Kind, o.Kind, strconv.Quote(o.Row.Text))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeKinds prints, for a data set with a kind column, how often the inferred kind agrees
// with the label, by labelled kind.
func writeKinds(b *strings.Builder, s Score) error {
	acc, n := s.KindAccuracy()
	if n == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(b, 2, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "kind\trows\tinferred\taccuracy\t")
	correct := 0
	for _, k := range s.Kinds {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t\n", k.Kind, k.Rows, k.Correct, k.Accuracy())
		correct += k.Correct
	}
	fmt.Fprintf(tw, "all rows\t%d\t%d\t%.3f\t\n", n, correct, acc)
	return tw.Flush()
}

func writeRows(b *strings.Builder, what string, outs []Outcome, keep func(Outcome) bool) {
	for _, o := range outs {
		if !keep(o) {
			continue
		}
		label := o.Row.Area
		if len(o.Rules) > 0 {
			label = strings.Join(o.Rules, ",")
		}
		fmt.Fprintf(b, "%s: line %d (%s): %s\n", what, o.Row.Line, label, strconv.Quote(o.Row.Text))
	}
}
