package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
)

type pathOptions struct {
	from, to string
	maxHops  int
	k        int
	via      []string
	all      bool
	format   string
	timeout  time.Duration
	maxDeg   int64
}

func newPathCommand() *cli.Command {
	return &cli.Command{
		Name:      "path",
		Usage:     "the shortest paths between two nodes, each hop with its evidence sentence",
		ArgsUsage: "FROM TO",
		Description: "Nodes are named by IRI, prefixed name (crime:terrorism, person:gary-anandasangaree) or label\n" +
			"(\"Anandasangaree\"). Edges are followed in both directions; bookkeeping edges (types, labels,\n" +
			"statement links) are skipped unless --all.\n\n" +
			"Example:\n   crimegraph --db bolt:g7.db path --max-hops 4 --k 3 Anandasangaree crime:terrorism",
		Flags: append(storeFlags(),
			&cli.IntFlag{Name: "max-hops", Value: 4, Usage: "longest path"},
			&cli.IntFlag{Name: "k", Value: 3, Usage: "number of paths"},
			&cli.StringFlag{Name: "via", Usage: "comma-separated predicates to follow (IRIs or prefixed names)"},
			&cli.BoolFlag{Name: "all", Usage: "follow bookkeeping edges too"},
			&cli.Int64Flag{Name: "max-degree", Value: 5000, Usage: "do not expand hubs with more edges than this (they can still be met); -1 for no limit"},
			&cli.DurationFlag{Name: "timeout", Value: 10 * time.Second, Usage: "stop the search after this long"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "table or json"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 2, "path [--max-hops N] [--k N] FROM TO"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			opts := pathOptions{from: c.Args().Get(0), to: c.Args().Get(1), maxHops: c.Int("max-hops"), k: c.Int("k"),
				all: c.Bool("all"), format: c.String("format"), timeout: c.Duration("timeout"), maxDeg: c.Int64("max-degree")}
			if v := c.String("via"); v != "" {
				opts.via = strings.Split(v, ",")
			}
			return runPath(c.Context, c.App.Writer, st, opts)
		},
	}
}

func runPath(ctx context.Context, w io.Writer, st *graph.Store, opts pathOptions) error {
	from, err := resolveNode(ctx, st, opts.from)
	if err != nil {
		return err
	}
	to, err := resolveNode(ctx, st, opts.to)
	if err != nil {
		return err
	}
	via, err := predicateIRIs(st, opts.via)
	if err != nil {
		return err
	}
	paths, err := st.Paths(ctx, from.IRI, to.IRI, graph.PathOptions{MaxHops: opts.maxHops, K: opts.k, Via: via, All: opts.all, Timeout: opts.timeout, MaxDegree: opts.maxDeg})
	if err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	if opts.format == "json" {
		if paths == nil {
			paths = []graph.Path{}
		}
		return writeJSON(w, paths)
	}
	if len(paths) == 0 {
		fmt.Fprintf(w, "no path from %s to %s within %d hops\n", from.Label, to.Label, opts.maxHops)
		return nil
	}
	for i, p := range paths {
		fmt.Fprintf(w, "path %d: %d hops\n", i+1, len(p.Hops))
		for _, h := range p.Hops {
			fmt.Fprintf(w, "  %s\n", hopString(st, h))
			if e := h.Evidence; e != nil && e.Text != "" {
				fmt.Fprintf(w, "      evidence: %s s%d: %q\n", st.Short(e.Doc), e.Index, e.Text)
			}
		}
	}
	return nil
}

func hopString(st *graph.Store, h graph.Hop) string {
	p := st.Short(h.Predicate)
	if h.Forward {
		return fmt.Sprintf("%s —%s→ %s", nodeName(st, h.From), p, nodeName(st, h.To))
	}
	return fmt.Sprintf("%s ←%s— %s", nodeName(st, h.From), p, nodeName(st, h.To))
}

func nodeName(st *graph.Store, n graph.Node) string {
	short := st.Short(n.IRI)
	if n.Label == "" || strings.HasSuffix(short, n.Label) {
		return short
	}
	return fmt.Sprintf("%s [%s]", n.Label, short)
}

// resolveNode names a node for the user, or explains why it cannot.
func resolveNode(ctx context.Context, st *graph.Store, name string) (graph.Node, error) {
	n, err := st.Resolve(ctx, name)
	if err != nil {
		return n, cli.Exit(err.Error(), exitError)
	}
	return n, nil
}

// predicateIRIs expands a list of predicates.
func predicateIRIs(st *graph.Store, ps []string) ([]string, error) {
	var out []string
	for _, p := range ps {
		iri, err := predicateIRI(st, p)
		if err != nil {
			return nil, err
		}
		out = append(out, iri)
	}
	return out, nil
}

// predicateIRI expands a predicate named by IRI or prefixed name.
func predicateIRI(st *graph.Store, p string) (string, error) {
	p = strings.TrimSpace(p)
	if strings.HasPrefix(p, "<") && strings.HasSuffix(p, ">") {
		return p[1 : len(p)-1], nil
	}
	if strings.Contains(p, "://") {
		return p, nil
	}
	if i := strings.IndexByte(p, ':'); i > 0 {
		if ns, ok := st.Vocab.Prefixes()[p[:i]]; ok {
			return ns + p[i+1:], nil
		}
	}
	return "", cli.Exit(fmt.Sprintf("unknown predicate %q: use an IRI or a prefixed name such as cg:said", p), exitUsage)
}
