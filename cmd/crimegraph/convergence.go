package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/schema"
)

type convergenceOptions struct {
	minEvidence int
	mechanism   string
	format      string
}

func newConvergenceCommand() *cli.Command {
	return &cli.Command{
		Name:  "convergence",
		Usage: "the crime × crime convergence matrix with evidence counts",
		Description: "Every pair of converging crime types with the number of distinct statements and documents\n" +
			"asserting the link and the mechanisms named (alliance, tactics, finances, facilitates,\n" +
			"involvement, hybrid, link). --format matrix prints the crime × crime table of statement counts.\n\n" +
			"Example:\n   crimegraph --db bolt:g7.db convergence --min-evidence 1 --format csv",
		Flags: append(storeFlags(),
			&cli.IntFlag{Name: "min-evidence", Value: 1, Usage: "drop pairs with fewer supporting statements"},
			&cli.StringFlag{Name: "mechanism", Usage: "count only statements asserting this mechanism"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "table, matrix, json or csv"},
		),
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 0, "convergence [--min-evidence N] [--mechanism M] [--format table|matrix|json|csv]"); err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close()
			return runConvergence(c.Context, c.App.Writer, st, convergenceOptions{minEvidence: c.Int("min-evidence"), mechanism: c.String("mechanism"), format: c.String("format")})
		},
	}
}

func runConvergence(ctx context.Context, w io.Writer, st *graph.Store, opts convergenceOptions) error {
	if opts.mechanism != "" {
		ok := false
		for _, m := range schema.Mechanisms {
			ok = ok || m == opts.mechanism
		}
		if !ok {
			return cli.Exit(fmt.Sprintf("unknown mechanism %q (accepted: %s)", opts.mechanism, strings.Join(schema.Mechanisms, ", ")), exitUsage)
		}
	}
	m, err := st.ConvergenceMatrix(ctx, graph.MatrixOptions{MinEvidence: opts.minEvidence, Mechanism: opts.mechanism})
	if err != nil {
		return err
	}
	type row struct {
		A          string   `json:"a"`
		B          string   `json:"b"`
		ALabel     string   `json:"a_label"`
		BLabel     string   `json:"b_label"`
		Statements int      `json:"statements"`
		Documents  int      `json:"documents"`
		Mechanisms []string `json:"mechanisms"`
		Evidence   []string `json:"evidence"`
	}
	var rows []row
	for _, e := range m.Edges {
		rows = append(rows, row{A: e.A, B: e.B, ALabel: e.ALabel, BLabel: e.BLabel, Statements: len(e.Statements), Documents: e.Documents, Mechanisms: e.Mechanisms, Evidence: e.Statements})
	}
	switch opts.format {
	case "json":
		if rows == nil {
			rows = []row{}
		}
		return writeJSON(w, rows)
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"a", "b", "statements", "documents", "mechanisms"})
		for _, r := range rows {
			cw.Write([]string{st.Short(r.A), st.Short(r.B), strconv.Itoa(r.Statements), strconv.Itoa(r.Documents), strings.Join(r.Mechanisms, ";")})
		}
		cw.Flush()
		return cw.Error()
	case "matrix":
		return writeMatrix(w, m)
	case "table":
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "A\tB\tSTATEMENTS\tDOCUMENTS\tMECHANISMS")
		for _, r := range rows {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", r.ALabel, r.BLabel, r.Statements, r.Documents, strings.Join(r.Mechanisms, ", "))
		}
		return tw.Flush()
	}
	return cli.Exit(fmt.Sprintf("unknown format %q (accepted: table, matrix, json, csv)", opts.format), exitUsage)
}

// writeMatrix prints the crime × crime table of statement counts.
func writeMatrix(w io.Writer, m *graph.Matrix) error {
	var crimes []string
	seen := map[string]bool{}
	count := map[[2]string]int{}
	for _, e := range m.Edges {
		for _, c := range []string{e.A, e.B} {
			if !seen[c] {
				seen[c] = true
				crimes = append(crimes, c)
			}
		}
		count[[2]string{e.A, e.B}] = len(e.Statements)
		count[[2]string{e.B, e.A}] = len(e.Statements)
	}
	tw := tabwriter.NewWriter(w, 2, 4, 1, ' ', tabwriter.AlignRight)
	slug := func(iri string) string { return iri[strings.LastIndexAny(iri, "/#")+1:] }
	fmt.Fprint(tw, "\t")
	for _, c := range crimes {
		fmt.Fprintf(tw, "%s\t", slug(c))
	}
	fmt.Fprintln(tw)
	for _, a := range crimes {
		fmt.Fprintf(tw, "%s\t", slug(a))
		for _, b := range crimes {
			if n := count[[2]string{a, b}]; n > 0 {
				fmt.Fprintf(tw, "%d\t", n)
			} else {
				fmt.Fprint(tw, "·\t")
			}
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}
