package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
)

type exportOptions struct {
	format string
	out    string
}

func newExportCommand() *cli.Command {
	return &cli.Command{
		Name:        "export",
		Usage:       "write the store as RDF (N-Quads: the statement each quad came from is its named graph)",
		Description: "Example:\n   crimegraph --db bolt:g7.db export --format nquads -o g7.nq",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "format", Value: "nquads", Usage: "nquads"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "file to write (default stdout)"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 0, "export [--format nquads] [-o FILE]"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			return runExport(c.Context, c.App.Writer, st, exportOptions{format: c.String("format"), out: c.String("output")})
		},
	}
}

func runExport(ctx context.Context, w io.Writer, st *graph.Store, opts exportOptions) error {
	if opts.out != "" && opts.out != "-" {
		f, err := os.Create(opts.out)
		if err != nil {
			return cli.Exit(fmt.Sprintf("export: %v", err), exitError)
		}
		if _, err := st.Export(ctx, f, opts.format); err != nil {
			f.Close()
			return cli.Exit(err.Error(), exitError)
		}
		return f.Close()
	}
	if _, err := st.Export(ctx, w, opts.format); err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	return nil
}
