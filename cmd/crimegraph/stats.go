package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
)

type statsOptions struct{ format string }

func newStatsCommand() *cli.Command {
	return &cli.Command{
		Name:        "stats",
		Usage:       "count quads, nodes, documents, statements, claims and convergence links",
		Description: "Example:\n   crimegraph --db bolt:g7.db stats --format json",
		Flags:       append(storeFlags(), &cli.StringFlag{Name: "format", Value: "text", Usage: "text or json"}),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 0, "stats [--format text|json]"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			return runStats(c.Context, c.App.Writer, st, statsOptions{format: c.String("format")})
		},
	}
}

func runStats(ctx context.Context, w io.Writer, st *graph.Store, opts statsOptions) error {
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if opts.format == "json" {
		return json.NewEncoder(w).Encode(s)
	}
	_, err = fmt.Fprintf(w, "backend     %s\nquads       %d\nnodes       %d\ndocuments   %d\nstatements  %d\nclaims      %d\nconvergence %d\n",
		s.Backend, s.Quads, s.Nodes, s.Documents, s.Statements, s.Claims, s.Links)
	return err
}
