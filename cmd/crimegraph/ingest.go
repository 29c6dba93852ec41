package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/graph/ingest"
)

type ingestOptions struct {
	paths       []string
	format      string // summary format: text or json
	glob        string
	inputFormat string
	skipBad     bool
	workers     int
}

func newIngestCommand(stdin io.Reader) *cli.Command {
	return &cli.Command{
		Name:      "ingest",
		Usage:     "extract facts from documents and add them to the store",
		ArgsUsage: "PATH...",
		Description: "Documents: .txt .md .html/.htm (the article body's visible text; title and date from the meta\n" +
			"tags) and .jsonl (one document a line: id, title, date, url, text; other fields kept). Triples:\n" +
			".csv/.tsv (header subject,predicate,object[,label]; prefixed names allowed), .nq .nt .jsonld,\n" +
			".ttl .trig (through raptor's rapper). Directories recurse (hidden files skipped); - is stdin\n" +
			"(--input-format). A document is identified by its id, else its URL, else its file name or a hash\n" +
			"of its text: re-ingesting it unchanged is a no-op, a changed one replaces its old statements.\n" +
			"Extraction runs on all cores; each document is written in one transaction.\n" +
			"A bad file or line stops the run (exit 1) with file:line, having written nothing of that file;\n" +
			"--skip-bad reports it on stderr and in the summary and goes on.\n\n" +
			"Examples:\n   crimegraph --db bolt:g7.db ingest examples/g7-ottawa.txt\n" +
			"   crimegraph --db bolt:news.db ingest --glob '*.html' --skip-bad --format json scraped/\n" +
			"   cat dump.jsonl | crimegraph ingest --input-format jsonl -",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "format", Value: "text", Usage: "summary format: text or json"},
			&cli.StringFlag{Name: "glob", Usage: "only files whose name matches this pattern (e.g. '*.txt')"},
			&cli.StringFlag{Name: "input-format", Value: "text", Usage: "format of stdin: text, html, jsonl, csv, tsv, nquads, jsonld"},
			&cli.BoolFlag{Name: "skip-bad", Usage: "report bad files and lines and go on"},
			&cli.IntFlag{Name: "workers", Usage: "extraction goroutines (default: all cores)"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 1, "ingest [--db ADDR] [--skip-bad] PATH..."); err != nil {
				return err
			}
			st, err := openStoreFor(c, false)
			if err != nil {
				return err
			}
			defer st.Close()
			opts := ingestOptions{paths: c.Args().Slice(), format: c.String("format"), glob: c.String("glob"),
				inputFormat: c.String("input-format"), skipBad: c.Bool("skip-bad"), workers: c.Int("workers")}
			return runIngest(c.Context, c.App.Writer, c.App.ErrWriter, stdin, st, opts)
		},
	}
}

func runIngest(ctx context.Context, w, errw io.Writer, stdin io.Reader, st *graph.Store, opts ingestOptions) error {
	iopts := ingest.Options{Workers: opts.workers, SkipBad: opts.skipBad, Glob: opts.glob, InputFormat: opts.inputFormat, Stdin: stdin,
		Report: func(err error) { fmt.Fprintf(errw, "crimegraph: skipped: %v\n", err) }}
	if f, ok := errw.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		var bar *progressbar.ProgressBar
		iopts.Progress = func(done, total int64) {
			if bar == nil {
				bar = progressbar.NewOptions64(total, progressbar.OptionSetWriter(errw), progressbar.OptionShowBytes(true),
					progressbar.OptionSetDescription("ingest"), progressbar.OptionThrottle(200e6), progressbar.OptionClearOnFinish())
			}
			bar.Set64(done)
		}
		defer func() {
			if bar != nil {
				bar.Finish()
			}
		}()
	}
	sum, err := ingest.Run(ctx, st, opts.paths, iopts)
	if err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	if opts.format == "json" {
		return json.NewEncoder(w).Encode(sum)
	}
	_, err = fmt.Fprintf(w, "ingested %d documents (%d unchanged, %d replaced), %d statements: %d quads read, %d added; %d bad skipped (%.2fs, %.0f documents/s)\n",
		sum.Documents, sum.Unchanged, sum.Replaced, sum.Statements, sum.QuadsRead, sum.QuadsAdded, sum.Bad, sum.Seconds, sum.DocsPerSec)
	return err
}
