package main

import (
	"context"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
)

type queryOptions struct {
	lang    string
	query   string
	limit   int
	timeout time.Duration
}

func newQueryCommand(stdin io.Reader) *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a query in one of Cayley's languages (gizmo, graphql, mql); results as JSON",
		ArgsUsage: "QUERY|-",
		Description: "Examples:\n" +
			"   crimegraph query 'g.V(\"<https://w3id.org/crimegraph/id/crime/organized-crime>\").Out(\"<https://w3id.org/crimegraph/ns#convergesWith>\").All()'\n" +
			"   crimegraph query - < examples/queries/who-said.js",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "lang", Value: "gizmo", Usage: "gizmo, graphql or mql"},
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "most results"},
			&cli.DurationFlag{Name: "timeout", Value: 30 * time.Second, Usage: "stop the query after this long"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return cli.Exit("query takes one argument, the query, or - for stdin: crimegraph query [--lang gizmo] QUERY", exitUsage)
			}
			q := c.Args().First()
			if q == "-" {
				b, err := io.ReadAll(stdin)
				if err != nil {
					return err
				}
				q = string(b)
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			return runQuery(c.Context, c.App.Writer, st, queryOptions{lang: c.String("lang"), query: q, limit: c.Int("limit"), timeout: c.Duration("timeout")})
		},
	}
}

func runQuery(ctx context.Context, w io.Writer, st *graph.Store, opts queryOptions) error {
	res, err := st.Query(ctx, opts.lang, strings.TrimSpace(opts.query), opts.limit, opts.timeout)
	if err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	if res == nil {
		res = []interface{}{}
	}
	return writeJSON(w, res)
}
