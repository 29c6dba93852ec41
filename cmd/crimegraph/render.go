package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

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
}

func newRenderCommand() *cli.Command {
	return &cli.Command{
		Name:  "render",
		Usage: "draw a view of the graph with Graphviz",
		Description: "The convergence view draws crime types as nodes (size: mentions) and an edge per\n" +
			"converging pair (width and label: supporting statements; colour: mechanism).\n\n" +
			"Example:\n   crimegraph --db bolt:g7.db render --view convergence --format svg -o convergence.svg",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "view", Value: "convergence", Usage: "convergence"},
			&cli.StringFlag{Name: "format", Value: "svg", Usage: "svg or dot"},
			&cli.StringFlag{Name: "layout", Value: "", Usage: "dot, neato, fdp, sfdp, circo (default per view)"},
			&cli.IntFlag{Name: "min-evidence", Value: 1, Usage: "drop edges with fewer supporting statements"},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "file to write (default stdout)"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 0, "render --view convergence --format svg -o FILE"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			opts := renderOptions{view: c.String("view"), format: c.String("format"), layout: c.String("layout"),
				out: c.String("output"), minEvidence: c.Int("min-evidence")}
			return runRender(c.Context, c.App.Writer, st, opts)
		},
	}
}

func runRender(ctx context.Context, w io.Writer, st *graph.Store, opts renderOptions) error {
	if opts.view != "convergence" {
		return cli.Exit(fmt.Sprintf("unknown view %q (accepted: convergence)", opts.view), exitUsage)
	}
	if opts.format != "svg" && opts.format != "dot" {
		return cli.Exit(fmt.Sprintf("unknown format %q (accepted: svg, dot)", opts.format), exitUsage)
	}
	m, err := st.Convergence(ctx)
	if err != nil {
		return err
	}
	var dot bytes.Buffer
	title := fmt.Sprintf("Crime-type convergence — %s", st.Address)
	if opts.minEvidence > 1 {
		title += fmt.Sprintf(" (edges with ≥ %d statements)", opts.minEvidence)
	}
	if err := render.ConvergenceDOT(&dot, m, render.Options{Title: title, MinEvidence: opts.minEvidence}); err != nil {
		return err
	}
	layout := opts.layout
	if layout == "" {
		layout = "circo"
		if len(m.Edges) < 3 {
			layout = "dot"
		}
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
		return cli.Exit(fmt.Sprintf("render: %v", err), exitError)
	}
	return nil
}
