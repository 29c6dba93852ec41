package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/graph/render"
)

type renderOptions struct {
	view        string
	format      string
	layout      string
	out         string
	minEvidence int
	node        string
	depth       int
	from, to    string
	about       string
	maxNodes    int
	maxHops, k  int
}

func newRenderCommand() *cli.Command {
	return &cli.Command{
		Name:  "render",
		Usage: "draw a view of the graph with Graphviz",
		Description: "Views:\n" +
			"   convergence  crime types (size: mentions), an edge per converging pair (width, label: statements; colour: mechanism)\n" +
			"   ego          --node X [--depth N]: a node and its neighbourhood, bookkeeping edges hidden\n" +
			"   path         --from X --to Y: the paths of the path query, each edge with its predicate and evidence\n" +
			"   claims       [--about CRIME]: speakers → claims → crime types\n" +
			"SVG and DOT come from go-graphviz (no system Graphviz needed); PNG and PDF from Graphviz's dot.\n" +
			"Beyond --max-nodes the most connected nodes are kept, and the picture and stderr say how many were left out.\n\n" +
			"Examples:\n   crimegraph --db bolt:g7.db render --view convergence --format svg -o convergence.svg\n" +
			"   crimegraph --db bolt:g7.db render --view ego --node Anandasangaree --depth 2 --format png -o ego.png\n" +
			"   crimegraph --db bolt:g7.db render --view path --from Brunner --to terrorism -o path.svg",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "view", Value: "convergence", Usage: "convergence, ego, path or claims"},
			&cli.StringFlag{Name: "format", Value: "svg", Usage: "svg, png, pdf or dot"},
			&cli.StringFlag{Name: "layout", Value: "", Usage: "dot, neato, fdp, sfdp, circo, twopi (default per view)"},
			&cli.IntFlag{Name: "min-evidence", Value: 1, Usage: "convergence: drop edges with fewer supporting statements"},
			&cli.StringFlag{Name: "node", Usage: "ego: the centre node"},
			&cli.IntFlag{Name: "depth", Value: 1, Usage: "ego: how many edges out"},
			&cli.StringFlag{Name: "from", Usage: "path: one end"},
			&cli.StringFlag{Name: "to", Usage: "path: the other end"},
			&cli.IntFlag{Name: "max-hops", Value: 4, Usage: "path: longest path"},
			&cli.IntFlag{Name: "k", Value: 3, Usage: "path: number of paths"},
			&cli.StringFlag{Name: "about", Usage: "claims: only claims about this crime type"},
			&cli.IntFlag{Name: "max-nodes", Value: 200, Usage: "keep at most this many nodes (the most connected)"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "file to write (default stdout)"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 0, "render --view VIEW [view flags] --format svg -o FILE"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			opts := renderOptions{view: c.String("view"), format: c.String("format"), layout: c.String("layout"),
				out: c.String("output"), minEvidence: c.Int("min-evidence"), node: c.String("node"), depth: c.Int("depth"),
				from: c.String("from"), to: c.String("to"), about: c.String("about"), maxNodes: c.Int("max-nodes"),
				maxHops: c.Int("max-hops"), k: c.Int("k")}
			return runRender(c.Context, c.App.Writer, c.App.ErrWriter, st, opts)
		},
	}
}

func runRender(ctx context.Context, w, errw io.Writer, st *graph.Store, opts renderOptions) error {
	switch opts.format {
	case "svg", "png", "pdf", "dot":
	default:
		return cli.Exit(fmt.Sprintf("unknown format %q (accepted: svg, png, pdf, dot)", opts.format), exitUsage)
	}
	var dot bytes.Buffer
	layout := opts.layout
	omitted := 0
	switch opts.view {
	case "convergence":
		m, err := st.ConvergenceMatrix(ctx, graph.MatrixOptions{MinEvidence: opts.minEvidence})
		if err != nil {
			return err
		}
		title := fmt.Sprintf("Crime-type convergence — %s", st.Address)
		if opts.minEvidence > 1 {
			title += fmt.Sprintf(" (edges with ≥ %d statements)", opts.minEvidence)
		}
		if err := render.ConvergenceDOT(&dot, m, render.Options{Title: title, MinEvidence: opts.minEvidence}); err != nil {
			return err
		}
		if layout == "" {
			layout = "circo"
			if len(m.Edges) < 3 {
				layout = "dot"
			}
		}
	case "ego":
		if opts.node == "" {
			return cli.Exit("the ego view needs --node X", exitUsage)
		}
		n, err := resolveNode(ctx, st, opts.node)
		if err != nil {
			return err
		}
		sg, err := st.EgoGraph(ctx, n.IRI, opts.depth, opts.maxNodes)
		if err != nil {
			return cli.Exit(err.Error(), exitError)
		}
		omitted = sg.Omitted
		title := fmt.Sprintf("%s and its neighbourhood (depth %d) — %s", n.Label, opts.depth, st.Address)
		if err := render.SubgraphDOT(&dot, sg, render.SubgraphOptions{Title: title, Short: st.Short}); err != nil {
			return err
		}
		if layout == "" {
			layout = "sfdp"
			if len(sg.Nodes) <= 40 {
				layout = "neato"
			}
		}
	case "path":
		if opts.from == "" || opts.to == "" {
			return cli.Exit("the path view needs --from X and --to Y", exitUsage)
		}
		from, err := resolveNode(ctx, st, opts.from)
		if err != nil {
			return err
		}
		to, err := resolveNode(ctx, st, opts.to)
		if err != nil {
			return err
		}
		paths, err := st.Paths(ctx, from.IRI, to.IRI, graph.PathOptions{MaxHops: opts.maxHops, K: opts.k})
		if err != nil {
			return cli.Exit(err.Error(), exitError)
		}
		sg := st.PathGraph(ctx, paths, opts.maxNodes)
		omitted = sg.Omitted
		title := fmt.Sprintf("Paths from %s to %s (%d found, ≤ %d hops) — %s", from.Label, to.Label, len(paths), opts.maxHops, st.Address)
		if err := render.SubgraphDOT(&dot, sg, render.SubgraphOptions{Title: title, RankDir: "LR", Short: st.Short}); err != nil {
			return err
		}
	case "claims":
		var f graph.ClaimFilter
		title := "Who said what"
		if opts.about != "" {
			n, err := resolveNode(ctx, st, opts.about)
			if err != nil {
				return err
			}
			f.About = n.IRI
			title += " about " + n.Label
		}
		sg, err := st.ClaimsGraph(ctx, f, opts.maxNodes)
		if err != nil {
			return cli.Exit(err.Error(), exitError)
		}
		omitted = sg.Omitted
		if err := render.SubgraphDOT(&dot, sg, render.SubgraphOptions{Title: title + " — " + st.Address, RankDir: "LR", Short: st.Short}); err != nil {
			return err
		}
	default:
		return cli.Exit(fmt.Sprintf("unknown view %q (accepted: convergence, ego, path, claims)", opts.view), exitUsage)
	}
	if omitted > 0 {
		fmt.Fprintf(errw, "crimegraph: %d less connected nodes left out of the picture (raise --max-nodes to draw them)\n", omitted)
	}
	var out bytes.Buffer
	if err := render.Layout(ctx, dot.Bytes(), opts.format, layout, &out); err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	if opts.out == "" || opts.out == "-" {
		_, err := w.Write(out.Bytes())
		return err
	}
	if err := os.WriteFile(opts.out, out.Bytes(), 0o644); err != nil {
		return cli.Exit(fmt.Sprintf("render: %v", strings.TrimPrefix(err.Error(), "open ")), exitError)
	}
	return nil
}
