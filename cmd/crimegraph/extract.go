package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/cayleygraph/quad/nquads"
	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/loaders"
	"github.com/crimegraph/crimegraph/schema"
)

type extractOptions struct {
	paths  []string
	format string // jsonl, nquads or table
	base   string
}

func newExtractCommand(stdin io.Reader) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print what ingest would store, without a store",
		ArgsUsage: "PATH...",
		Description: "Prints the facts view (one JSON object per fact: said, converges, mentions, member,\n" +
			"role, commits, discourse), the quads as N-Quads, or a table for people.\n\n" +
			"Example:\n   crimegraph extract --format jsonl examples/g7-ottawa.txt",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "jsonl", Usage: "jsonl, nquads or table"},
			baseFlag(),
		},
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 1, "extract [--format jsonl|nquads|table] PATH..."); err != nil {
				return err
			}
			opts := extractOptions{paths: c.Args().Slice(), format: c.String("format"), base: flagValue(c, baseFlagName)}
			return runExtract(c.Context, c.App.Writer, stdin, opts)
		},
	}
}

func runExtract(ctx context.Context, w io.Writer, stdin io.Reader, opts extractOptions) error {
	switch opts.format {
	case "jsonl", "nquads", "table":
	default:
		return cli.Exit(fmt.Sprintf("unknown format %q (accepted: jsonl, nquads, table)", opts.format), exitUsage)
	}
	files, err := loaders.Collect(opts.paths)
	if err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	x := loaders.NewExtractor(opts.base)
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	tw := tabwriter.NewWriter(bw, 2, 4, 2, ' ', 0)
	if opts.format == "table" {
		fmt.Fprintln(tw, "DOC\tS\tKIND\tFACT")
	}
	people := loaders.NewPeople() // joined across documents in order, as ingest does
	err = eachTextDocument(files, stdin, func(doc loaders.Document) error {
		res := x.Extract(doc)
		res.Merge(people, x.Vocab)
		switch opts.format {
		case "jsonl":
			for _, fact := range res.Facts {
				if err := enc.Encode(fact); err != nil {
					return err
				}
			}
		case "nquads":
			nw := nquads.NewWriter(bw)
			for _, q := range res.Quads(x.Vocab) {
				if err := nw.WriteQuad(q); err != nil {
					return err
				}
			}
		case "table":
			for _, fact := range res.Facts {
				fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", fact.Doc, fact.Sentence, fact.Kind, describe(fact))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if opts.format == "table" {
		return tw.Flush()
	}
	return nil
}

// describe is a one-line reading of a fact for the table view.
// eachTextDocument reads the text documents among files ("-" is stdin) in
// order and calls fn with each; a file that cannot be read or is not text
// is an error naming it.
func eachTextDocument(files []string, stdin io.Reader, fn func(loaders.Document) error) error {
	for _, f := range files {
		if loaders.FormatOf(f) != loaders.FormatText {
			continue
		}
		var data []byte
		var err error
		if f == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(f)
		}
		if err != nil {
			return cli.Exit(fmt.Sprintf("read %s: %v", f, err), exitError)
		}
		doc, err := loaders.TextDocument(f, data)
		if err != nil {
			return cli.Exit(err.Error(), exitError)
		}
		if err := fn(doc); err != nil {
			return err
		}
	}
	return nil
}

func describe(f loaders.Fact) string {
	switch f.Kind {
	case "said":
		neg := ""
		if f.Claim.Negated {
			neg += " [negated]"
		}
		if f.Claim.Hedged {
			neg += " [hedged]"
		}
		return fmt.Sprintf("%s —%s→ %q%s", f.Speaker.Label, f.Verb, short(f.Claim.Text, 70), neg)
	case "converges":
		return fmt.Sprintf("%s ↔ %s (%s: %q)", f.A.Label, f.B.Label, f.Mechanism, f.Cue)
	case "mentions":
		return f.Crime.Label
	case "member":
		return fmt.Sprintf("%s member of %s", f.Member.Label, f.Group.Label)
	case "role":
		if f.Affiliation != nil {
			return fmt.Sprintf("%s: %s (%s)", f.Person.Label, f.Title, f.Affiliation.Label)
		}
		return fmt.Sprintf("%s: %s", f.Person.Label, f.Title)
	case "commits":
		var t []string
		for _, x := range f.Targets {
			t = append(t, x.Label)
		}
		return fmt.Sprintf("%s —%s→ %s [%s]", f.Actor.Label, f.Verb, f.Measure.Label, strings.Join(t, ", "))
	case "discourse":
		return fmt.Sprintf("s%d %s s%d", f.Sentence, strings.TrimPrefix(f.Relation, schema.NewVocab("").NS()), f.Target)
	}
	return ""
}

func short(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }
