package rdf

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
)

// GraphML writes a graph Gephi opens: IRI nodes with label and type
// attributes (a first pass over the nodes), then an edge per quad between two
// IRIs, with its predicate and statement (a second pass). Literal-valued quads
// other than labels are not drawn.
type GraphML struct {
	w     *bufio.Writer
	err   error
	ids   map[string]int
	edges int
	short func(string) string
}

// NewGraphML starts a GraphML document; short names predicates for labels.
func NewGraphML(w io.Writer, short func(string) string) *GraphML {
	g := &GraphML{w: bufio.NewWriterSize(w, 1<<16), ids: map[string]int{}, short: short}
	g.str(xml.Header)
	g.str(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	g.str(`  <key id="label" for="node" attr.name="label" attr.type="string"/>` + "\n")
	g.str(`  <key id="type" for="node" attr.name="type" attr.type="string"/>` + "\n")
	g.str(`  <key id="iri" for="node" attr.name="iri" attr.type="string"/>` + "\n")
	g.str(`  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>` + "\n")
	g.str(`  <key id="statement" for="edge" attr.name="statement" attr.type="string"/>` + "\n")
	g.str(`  <graph id="crimegraph" edgedefault="directed">` + "\n")
	return g
}

func (g *GraphML) str(s string) {
	if g.err == nil {
		_, g.err = g.w.WriteString(s)
	}
}

func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	var out strings.Builder
	xml.EscapeText(&out, []byte(b.String()))
	return out.String()
}

// Node declares a node with its label and type.
func (g *GraphML) Node(iri, label, typ string) error {
	if _, ok := g.ids[iri]; ok {
		return g.err
	}
	id := len(g.ids)
	g.ids[iri] = id
	g.str(fmt.Sprintf("    <node id=\"n%d\"><data key=\"label\">%s</data><data key=\"type\">%s</data><data key=\"iri\">%s</data></node>\n", id, esc(label), esc(typ), esc(iri)))
	return g.err
}

// Edge writes an edge for a quad between two declared IRI nodes; other quads
// are skipped.
func (g *GraphML) Edge(q quad.Quad) error {
	s, ok1 := q.Subject.(quad.IRI)
	o, ok2 := q.Object.(quad.IRI)
	if !ok1 || !ok2 {
		return g.err
	}
	a, okA := g.ids[string(s)]
	b, okB := g.ids[string(o)]
	if !okA || !okB {
		return g.err
	}
	stmt := ""
	if q.Label != nil {
		stmt = quad.ToString(q.Label)
	}
	g.str(fmt.Sprintf("    <edge id=\"e%d\" source=\"n%d\" target=\"n%d\"><data key=\"predicate\">%s</data><data key=\"statement\">%s</data></edge>\n",
		g.edges, a, b, esc(g.short(string(q.Predicate.(quad.IRI)))), esc(stmt)))
	g.edges++
	return g.err
}

// Count is the number of edges written.
func (g *GraphML) Count() int { return g.edges }

// Close ends the document.
func (g *GraphML) Close() error {
	g.str("  </graph>\n</graphml>\n")
	if g.err == nil {
		g.err = g.w.Flush()
	}
	return g.err
}
