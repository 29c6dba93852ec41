package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/graph/rdf"
)

type exportOptions struct {
	format string
	out    string
	reify  bool
	graph  string
}

func newExportCommand() *cli.Command {
	return &cli.Command{
		Name:  "export",
		Usage: "write the store as RDF: N-Quads, N-Triples, Turtle, TriG, JSON-LD or GraphML",
		Description: "N-Quads, TriG and JSON-LD keep each quad's statement as its named graph. N-Triples and Turtle\n" +
			"have no named graphs and drop it; with --reify they keep it as standard RDF instead (each\n" +
			"labelled triple also an rdf:Statement with prov:wasDerivedFrom its statement). GraphML (for\n" +
			"Gephi) has the IRI nodes with label and type attributes and an edge per relation.\n" +
			"Output streams; on a terminal a progress bar shows on stderr.\n\n" +
			"Examples:\n   crimegraph --db bolt:g7.db export --format nquads -o g7.nq\n" +
			"   crimegraph --db bolt:g7.db export --format turtle --reify -o g7.ttl\n" +
			"   crimegraph --db bolt:g7.db export --format trig --graph-filter doc:g7-ottawa -o g7.trig",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "format", Value: "nquads", Usage: strings.Join(rdf.Formats, ", ")},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "file to write (default stdout)"},
			&cli.BoolFlag{Name: "reify", Usage: "N-Triples/Turtle: keep provenance as rdf:Statement + prov:wasDerivedFrom"},
			&cli.StringFlag{Name: "graph-filter", Usage: "only quads whose named graph starts with this IRI or prefixed name (a document: doc:g7-ottawa)"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 0, "export [--format F] [-o FILE]"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			return runExport(c.Context, c.App.Writer, c.App.ErrWriter, st, exportOptions{format: c.String("format"), out: c.String("output"), reify: c.Bool("reify"), graph: c.String("graph-filter")})
		},
	}
}

func runExport(ctx context.Context, w, errw io.Writer, st *graph.Store, opts exportOptions) error {
	ok := false
	for _, f := range rdf.Formats {
		ok = ok || f == opts.format
	}
	if !ok {
		return cli.Exit(fmt.Sprintf("unknown format %q (accepted: %s)", opts.format, strings.Join(rdf.Formats, ", ")), exitUsage)
	}
	eo := &graph.ExportOptions{Reify: opts.reify}
	if opts.graph != "" {
		iri, err := predicateIRI(st, opts.graph)
		if err != nil {
			return err
		}
		eo.GraphPrefix = iri
	}
	if f, ok := errw.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		s, err := st.Stats(ctx)
		if err == nil && s.Quads > 100000 {
			bar := progressbar.NewOptions64(s.Quads, progressbar.OptionSetWriter(errw), progressbar.OptionSetDescription("export"),
				progressbar.OptionShowCount(), progressbar.OptionThrottle(200e6))
			eo.Progress = func(n int) { bar.Set(n) }
			defer bar.Finish()
		}
	}
	out := w
	var file *os.File
	if opts.out != "" && opts.out != "-" {
		f, err := os.Create(opts.out)
		if err != nil {
			return cli.Exit(fmt.Sprintf("export: %v", err), exitError)
		}
		file, out = f, f
	}
	if _, err := st.Export(ctx, out, opts.format, eo); err != nil {
		if file != nil {
			file.Close()
		}
		return cli.Exit(err.Error(), exitError)
	}
	if file != nil {
		return file.Close()
	}
	return nil
}
