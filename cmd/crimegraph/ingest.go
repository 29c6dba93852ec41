package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/loaders"
)

type ingestOptions struct {
	paths  []string
	format string // summary format: text or json
}

func newIngestCommand(stdin io.Reader) *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "extract facts from documents and add them to the store",
		ArgsUsage: "PATH...",
		Description: "Reads .txt and .md documents (extracted) and .nq/.nt quads (loaded as they are);\n" +
			"directories recurse, - is stdin (text). Each document is written in one transaction,\n" +
			"and ingesting the same document again leaves the store unchanged.\n\n" +
			"Example:\n   crimegraph --db bolt:g7.db ingest examples/g7-ottawa.txt",
		Flags: append(storeFlags(), &cli.StringFlag{Name: "format", Value: "text", Usage: "summary format: text or json"}),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 1, "ingest [--db ADDR] PATH..."); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			opts := ingestOptions{paths: c.Args().Slice(), format: c.String("format")}
			return runIngest(c.Context, c.App.Writer, stdin, st, opts)
		},
	}
}

type ingestSummary struct {
	Documents  int     `json:"documents"`
	Statements int     `json:"statements"`
	QuadsRead  int     `json:"quads_read"`
	QuadsAdded int64   `json:"quads_added"`
	Seconds    float64 `json:"seconds"`
}

func runIngest(ctx context.Context, w io.Writer, stdin io.Reader, st *graph.Store, opts ingestOptions) error {
	start := time.Now()
	files, err := loaders.Collect(opts.paths)
	if err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	before, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	x := loaders.NewExtractor(st.Vocab.Base)
	taxonomy := false // written once, before the first text document
	var sum ingestSummary
	for _, f := range files {
		var data []byte
		if f == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(f)
		}
		if err != nil {
			return cli.Exit(fmt.Sprintf("read %s: %v", f, err), exitError)
		}
		switch loaders.FormatOf(f) {
		case loaders.FormatNQuads, loaders.FormatJSONLD, loaders.FormatTurtle:
			var qs []quad.Quad
			switch loaders.FormatOf(f) {
			case loaders.FormatNQuads:
				qs, err = loaders.QuadsFile(f, bytesReader(data))
			case loaders.FormatJSONLD:
				qs, err = loaders.JSONLDFile(f, bytesReader(data))
			default:
				qs, err = loaders.TurtleFile(f, data)
			}
			if err != nil {
				return cli.Exit(err.Error(), exitError)
			}
			if err := st.WriteQuads(ctx, qs); err != nil {
				return err
			}
			sum.QuadsRead += len(qs)
		default:
			doc, err := loaders.TextDocument(f, data)
			if err != nil {
				return cli.Exit(err.Error(), exitError)
			}
			if !taxonomy {
				if err := st.WriteQuads(ctx, loaders.TaxonomyQuads(st.Vocab)); err != nil {
					return err
				}
				taxonomy = true
			}
			res := x.Extract(doc)
			qs := res.Quads(st.Vocab)
			if err := st.WriteQuads(ctx, qs); err != nil {
				return err
			}
			sum.Documents++
			sum.Statements += len(res.Sentences)
			sum.QuadsRead += len(qs)
		}
	}
	after, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	sum.QuadsAdded = after.Quads - before.Quads
	sum.Seconds = time.Since(start).Seconds()
	if opts.format == "json" {
		return json.NewEncoder(w).Encode(sum)
	}
	_, err = fmt.Fprintf(w, "ingested %d documents, %d statements: %d quads read, %d added (%.2fs)\n",
		sum.Documents, sum.Statements, sum.QuadsRead, sum.QuadsAdded, sum.Seconds)
	return err
}
