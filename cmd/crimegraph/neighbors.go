package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
)

type neighborsOptions struct {
	node      string
	depth     int
	predicate []string
	all       bool
	limit     int
	format    string
}

func newNeighborsCommand() *cli.Command {
	return &cli.Command{
		Name:        "neighbors",
		Aliases:     []string{"neighbours"},
		Usage:       "the nodes around a node, with the edges and evidence that reach them",
		ArgsUsage:   "NODE",
		Description: "Example:\n   crimegraph --db bolt:g7.db neighbors --depth 2 --predicate cg:convergesWith crime:organized-crime",
		Flags: append(storeFlags(),
			&cli.IntFlag{Name: "depth", Value: 1, Usage: "how many edges away"},
			&cli.StringFlag{Name: "predicate", Usage: "comma-separated predicates to follow"},
			&cli.BoolFlag{Name: "all", Usage: "follow bookkeeping edges too"},
			&cli.IntFlag{Name: "limit", Value: 500, Usage: "most neighbours"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "table or json"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 1, "neighbors [--depth N] NODE"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			opts := neighborsOptions{node: c.Args().First(), depth: c.Int("depth"), all: c.Bool("all"), limit: c.Int("limit"), format: c.String("format")}
			if p := c.String("predicate"); p != "" {
				opts.predicate = strings.Split(p, ",")
			}
			return runNeighbors(c.Context, c.App.Writer, st, opts)
		},
	}
}

func runNeighbors(ctx context.Context, w io.Writer, st *graph.Store, opts neighborsOptions) error {
	n, err := resolveNode(ctx, st, opts.node)
	if err != nil {
		return err
	}
	preds, err := predicateIRIs(st, opts.predicate)
	if err != nil {
		return err
	}
	ns, err := st.Neighbors(ctx, n.IRI, graph.NeighborOptions{Depth: opts.depth, Predicate: preds, All: opts.all, Limit: opts.limit})
	if err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	if opts.format == "json" {
		if ns == nil {
			ns = []graph.Neighbor{}
		}
		return writeJSON(w, ns)
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DEPTH\tEDGE\tNODE\tEVIDENCE")
	for _, x := range ns {
		arrow := "—" + st.Short(x.Edge) + "→"
		if !x.Forward {
			arrow = "←" + st.Short(x.Edge) + "—"
		}
		ev := ""
		if x.Evidence != nil && x.Evidence.Text != "" {
			ev = fmt.Sprintf("%s s%d", st.Short(x.Evidence.Doc), x.Evidence.Index)
		}
		fmt.Fprintf(tw, "%d\t%s %s\t%s\t%s\n", x.Depth, nodeName(st, x.Via), arrow, nodeName(st, x.Node), ev)
	}
	return tw.Flush()
}
