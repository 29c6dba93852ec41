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

type claimsOptions struct {
	speaker, about, doc string
	format              string
}

func newClaimsCommand() *cli.Command {
	return &cli.Command{
		Name:  "claims",
		Usage: "who said what: speaker, reporting verb, claim, negated/hedged flags and source",
		Description: "Examples:\n   crimegraph --db bolt:g7.db claims --speaker Anandasangaree\n" +
			"   crimegraph --db bolt:g7.db claims --about crime:terrorism --format json",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "speaker", Usage: "only this speaker (name, label or IRI)"},
			&cli.StringFlag{Name: "about", Usage: "only claims about this crime type (or a narrower one)"},
			&cli.StringFlag{Name: "doc", Usage: "only this document (slug, prefixed name or IRI)"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "table or json"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 0, "claims [--speaker X] [--about CRIME] [--doc D]"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			return runClaims(c.Context, c.App.Writer, st, claimsOptions{speaker: c.String("speaker"), about: c.String("about"), doc: c.String("doc"), format: c.String("format")})
		},
	}
}

func runClaims(ctx context.Context, w io.Writer, st *graph.Store, opts claimsOptions) error {
	var f graph.ClaimFilter
	if opts.speaker != "" {
		n, err := resolveNode(ctx, st, opts.speaker)
		if err != nil {
			return err
		}
		f.Speaker = n.IRI
	}
	if opts.about != "" {
		n, err := resolveNode(ctx, st, opts.about)
		if err != nil {
			return err
		}
		f.About = n.IRI
	}
	if opts.doc != "" {
		f.Doc = opts.doc
		if !strings.Contains(opts.doc, ":") {
			f.Doc = st.Vocab.ID("doc", opts.doc)
		} else if n, err := resolveNode(ctx, st, opts.doc); err == nil {
			f.Doc = n.IRI
		}
	}
	cs, err := st.Claims(ctx, f)
	if err != nil {
		return cli.Exit(err.Error(), exitError)
	}
	if opts.format == "json" {
		if cs == nil {
			cs = []graph.Claim{}
		}
		return writeJSON(w, cs)
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tVERB\tCLAIM\tABOUT\tSOURCE")
	for _, c := range cs {
		flags := ""
		if c.Negated {
			flags += " [negated]"
		}
		if c.Hedged {
			flags += " [hedged]"
		}
		var about []string
		for _, a := range c.About {
			about = append(about, a.Label)
		}
		fmt.Fprintf(tw, "%s\t%s\t%q%s\t%s\t%s s%d\n", c.Speaker.Label, c.Verb, short(c.Text, 60), flags, strings.Join(about, ", "), st.Short(c.Evidence.Doc), c.Evidence.Index)
	}
	return tw.Flush()
}
