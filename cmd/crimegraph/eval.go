package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/loaders"
)

type evalOptions struct {
	gold    []string
	paths   []string
	verbose bool
	format  string
	minSaid float64
	minConv float64
}

func newEvalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score extraction against annotated gold facts (precision, recall, F1 per kind)",
		ArgsUsage: "PATH...",
		Description: "The gold format is that of shared/eval (one JSON object a line: doc, sentence, kind\n" +
			"said|converges, speaker alternatives or crime slugs a and b, required); see README.md.\n\n" +
			"Example:\n   crimegraph eval --gold testdata/gold.jsonl --verbose examples/g7-ottawa.txt",
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "gold", Usage: "gold JSONL file (repeatable)", Required: true},
			&cli.BoolFlag{Name: "verbose", Usage: "list false positives and negatives"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"},
			&cli.Float64Flag{Name: "min-said-f1", Usage: "exit 1 when said F1 is lower"},
			&cli.Float64Flag{Name: "min-converges-f1", Usage: "exit 1 when converges F1 is lower"},
			baseFlag(),
		},
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 1, "eval --gold GOLD.jsonl PATH..."); err != nil {
				return err
			}
			return runEval(c.Context, c.App.Writer, evalOptions{gold: c.StringSlice("gold"), paths: c.Args().Slice(),
				verbose: c.Bool("verbose"), format: c.String("format"), minSaid: c.Float64("min-said-f1"), minConv: c.Float64("min-converges-f1")})
		},
	}
}

func runEval(ctx context.Context, w io.Writer, opts evalOptions) error {
	var gold []loaders.Gold
	for _, g := range opts.gold {
		f, err := os.Open(g)
		if err != nil {
			return cli.Exit(fmt.Sprintf("eval: %v", err), exitError)
		}
		gs, err := loaders.ReadGold(g, f)
		f.Close()
		if err != nil {
			return cli.Exit(err.Error(), exitError)
		}
		gold = append(gold, gs...)
	}
	facts, err := extractFacts(opts.paths)
	if err != nil {
		return err
	}
	scores := loaders.Evaluate(gold, facts)
	s, c := scores["said"], scores["converges"]
	if opts.format == "json" {
		if err := json.NewEncoder(w).Encode(scores); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(w, "said P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d); converges P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d)\n",
			s.Precision, s.Recall, s.F1, s.TP, s.FP, s.FN, c.Precision, c.Recall, c.F1, c.TP, c.FP, c.FN)
		if opts.verbose {
			fmt.Fprintln(w, "  "+strings.Join(append(s.Misses, c.Misses...), "\n  "))
		}
	}
	if s.F1 < opts.minSaid || c.F1 < opts.minConv {
		return cli.Exit(fmt.Sprintf("eval: below threshold (said F1 %.3f, converges F1 %.3f)", s.F1, c.F1), exitError)
	}
	return nil
}

// extractFacts runs the extractor over every text document under paths.
func extractFacts(paths []string) ([]loaders.Fact, error) {
	files, err := loaders.Collect(paths)
	if err != nil {
		return nil, cli.Exit(err.Error(), exitError)
	}
	x := loaders.NewExtractor("")
	var facts []loaders.Fact
	people := loaders.NewPeople()
	err = eachTextDocument(files, nil, func(doc loaders.Document) error {
		res := x.Extract(doc)
		res.Merge(people, x.Vocab)
		facts = append(facts, res.Facts...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return facts, nil
}
