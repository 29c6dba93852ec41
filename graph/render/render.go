package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os/exec"
	"sort"
	"strings"
	"sync"

	"github.com/goccy/go-graphviz"

	"github.com/crimegraph/crimegraph/graph"
)

// Options configure a view.
type Options struct {
	// Title is printed above the diagram (the store and the filter).
	Title string
	// MinEvidence drops convergence edges with fewer supporting statements.
	MinEvidence int
}

// MechanismColors gives each convergence mechanism its colour (ColorBrewer Dark2).
var MechanismColors = map[string]string{
	"link":        "#666666",
	"alliance":    "#1b9e77",
	"tactics":     "#d95f02",
	"finances":    "#7570b3",
	"facilitates": "#e7298a",
	"involvement": "#66a61e",
	"hybrid":      "#e6ab02",
}

var mechanismOrder = []string{"link", "involvement", "finances", "facilitates", "tactics", "alliance", "hybrid"}

// ConvergenceDOT writes the convergence view: crime types as nodes sized by
// mentions, an edge per converging pair with width and label from its
// evidence count, coloured by mechanism, and a legend.
func ConvergenceDOT(w io.Writer, m *graph.Matrix, opts Options) error {
	var b bytes.Buffer
	b.WriteString("graph convergence {\n")
	fmt.Fprintf(&b, "  graph [label=%s, labelloc=t, fontname=\"Helvetica\", fontsize=18, overlap=false, splines=true, outputorder=edgesfirst, pad=0.3, nodesep=0.5];\n", quote(titleOr(opts.Title, "Crime-type convergence")))
	b.WriteString("  node [shape=ellipse, style=filled, fillcolor=\"#fde0dd\", color=\"#c51b8a\", fontname=\"Helvetica\", fontsize=12];\n")
	b.WriteString("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	nodes := map[string]bool{}
	var edges []graph.Edge
	for _, e := range m.Edges {
		if len(e.Statements) < opts.MinEvidence {
			continue
		}
		edges = append(edges, e)
		nodes[e.A], nodes[e.B] = true, true
	}
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		n := m.Mentions[id]
		size := 0.9 + 0.25*math.Log1p(float64(n))
		fmt.Fprintf(&b, "  %s [label=%s, width=%.2f, tooltip=%s];\n", quote(slug(id)), quote(fmt.Sprintf("%s\n(%d)", m.Labels[id], n)), size, quote(id))
	}
	for _, e := range edges {
		n := len(e.Statements)
		mech := "link"
		for _, x := range mechanismOrder {
			for _, y := range e.Mechanisms {
				if x == y && x != "link" {
					mech = x
				}
			}
			if mech != "link" {
				break
			}
		}
		label := fmt.Sprintf("%d", n)
		if e.Documents > 1 {
			label = fmt.Sprintf("%d (%d docs)", n, e.Documents)
		}
		fmt.Fprintf(&b, "  %s -- %s [penwidth=%.1f, color=%s, fontcolor=%s, label=%s, tooltip=%s];\n",
			quote(slug(e.A)), quote(slug(e.B)), 1+1.5*math.Log2(float64(n)+1), quote(MechanismColors[mech]), quote(MechanismColors[mech]), quote(label),
			quote(strings.Join(e.Mechanisms, ", ")))
	}
	if len(edges) == 0 {
		b.WriteString("  empty [shape=plaintext, style=\"\", label=\"no convergence links in the store\"];\n")
	}
	legend(&b)
	b.WriteString("}\n")
	_, err := w.Write(b.Bytes())
	return err
}

func legend(b *bytes.Buffer) {
	b.WriteString("  legend [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">")
	b.WriteString("<TR><TD COLSPAN=\"2\"><B>mechanism</B></TD></TR>")
	for _, m := range mechanismOrder {
		fmt.Fprintf(b, "<TR><TD><FONT COLOR=\"%s\">━━</FONT></TD><TD ALIGN=\"LEFT\">%s</TD></TR>", MechanismColors[m], m)
	}
	b.WriteString("<TR><TD COLSPAN=\"2\">edge label: statements (documents)</TD></TR>")
	b.WriteString("<TR><TD COLSPAN=\"2\">node: crime type (mentions)</TD></TR>")
	b.WriteString("</TABLE>>];\n")
}

func titleOr(t, def string) string {
	if t == "" {
		return def
	}
	return t
}

func slug(iri string) string { return iri[strings.LastIndexAny(iri, "/#")+1:] }

// quote writes s as a DOT string: double quotes and backslashes escaped,
// newlines as centred line breaks.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// ErrNoGraphviz means a format needs Graphviz's dot, which is not installed.
var ErrNoGraphviz = errors.New("PNG and PDF output need Graphviz's dot (apt-get install graphviz); SVG and DOT work without it")

// systemDot lays out with the dot command: dot -T<format> -K<layout>.
func systemDot(ctx context.Context, dot []byte, format, layout string, w io.Writer) error {
	path, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoGraphviz
	}
	cmd := exec.CommandContext(ctx, path, "-T"+format, "-K"+layout)
	cmd.Stdin = bytes.NewReader(dot)
	var stderr bytes.Buffer
	cmd.Stdout = w
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("render %s with dot: %w: %s", format, err, strings.TrimSpace(stderr.String()))
	}
	return nil
}

// Quote is the DOT string escaping used by every view.
func Quote(s string) string { return quote(s) }

// gvMu serialises Graphviz: concurrent renders crash the WebAssembly instance.
var gvMu sync.Mutex

// Layout lays out DOT text and writes it as format (svg or dot) to w.
func Layout(ctx context.Context, dot []byte, format, layout string, w io.Writer) error {
	if format == "dot" || format == "gv" {
		_, err := w.Write(dot)
		return err
	}
	if layout == "" {
		layout = "dot"
	}
	switch layout {
	case "dot", "neato", "fdp", "sfdp", "circo", "twopi":
	default:
		return fmt.Errorf("render: unsupported layout %q (accepted: dot, neato, fdp, sfdp, circo, twopi)", layout)
	}
	var f graphviz.Format
	switch format {
	case "svg", "":
		f = graphviz.SVG
	case "png", "pdf":
		// go-graphviz's PNG draws spline edges as filled blobs and drops node
		// borders (its issue #106), and it has no PDF: use Graphviz's own dot.
		return systemDot(ctx, dot, format, layout, w)
	default:
		return fmt.Errorf("render: unsupported format %q (accepted: svg, png, pdf, dot)", format)
	}
	gvMu.Lock()
	defer gvMu.Unlock()
	gv, err := graphviz.New(context.Background())
	if err != nil {
		return fmt.Errorf("start graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return fmt.Errorf("parse dot: %w", err)
	}
	defer g.Close()
	gv.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := gv.Render(context.Background(), g, f, &buf); err != nil {
		return fmt.Errorf("render %s: %w", format, err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}
