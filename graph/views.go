package graph

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

const textPredicate = string(schema.Text)

func iriValue(s string) quad.Value { return quad.IRI(s) }

// Node kinds of a view, from the data model.
const (
	KindPerson    = "person"
	KindOrg       = "organization"
	KindPlace     = "place"
	KindClaim     = "claim"
	KindCrime     = "crime"
	KindMeasure   = "measure"
	KindStatement = "statement"
	KindDocument  = "document"
	KindLink      = "convergence"
	KindOther     = "other"
)

// VNode is a node of a view.
type VNode struct {
	IRI   string
	Label string
	Kind  string
	Focus bool // the node the view is about (ego centre, path ends)
}

// VEdge is an edge of a view, in its stored direction.
type VEdge struct {
	From, To  string
	Predicate string
	Evidence  string // a short reference to the statement: "g7-ottawa s9"
}

// Subgraph is what a view draws.
type Subgraph struct {
	Nodes []VNode
	Edges []VEdge
	// Omitted counts the nodes left out to stay within the node limit.
	Omitted int
}

// KindOf tells a node's kind from its IRI shape (id/person/…, id/crime/…).
func (st *Store) KindOf(iri string) string {
	rest, ok := strings.CutPrefix(iri, st.Vocab.Base+"id/")
	if !ok {
		return KindOther
	}
	kind, tail, _ := strings.Cut(rest, "/")
	switch kind {
	case "person":
		return KindPerson
	case "org":
		return KindOrg
	case "place":
		return KindPlace
	case "claim":
		return KindClaim
	case "crime":
		return KindCrime
	case "measure":
		return KindMeasure
	case "link":
		return KindLink
	case "doc":
		if strings.Contains(tail, "/s") {
			return KindStatement
		}
		return KindDocument
	}
	return KindOther
}

func evidenceRef(st *Store, e *Evidence) string {
	if e == nil || e.Text == "" {
		return ""
	}
	return strings.TrimPrefix(st.Short(e.Doc), "doc:") + " s" + itoa(e.Index)
}

func itoa(n int) string { return strconv.Itoa(n) }

// builder collects a subgraph without duplicates.
type builder struct {
	st    *Store
	ctx   context.Context
	sg    Subgraph
	nodes map[string]int
	edges map[[3]string]bool
}

func (st *Store) newBuilder(ctx context.Context) *builder {
	return &builder{st: st, ctx: ctx, nodes: map[string]int{}, edges: map[[3]string]bool{}}
}

func (b *builder) node(iri, label string, focus bool) {
	if i, ok := b.nodes[iri]; ok {
		if focus {
			b.sg.Nodes[i].Focus = true
		}
		return
	}
	if label == "" {
		label = b.st.Label(b.ctx, iri)
	}
	kind := b.st.KindOf(iri)
	if kind == KindClaim {
		if t := b.st.first(b.ctx, iriValue(iri), iriValue(textPredicate)); t != nil {
			label = iriString(t)
		}
	}
	b.nodes[iri] = len(b.sg.Nodes)
	b.sg.Nodes = append(b.sg.Nodes, VNode{IRI: iri, Label: label, Kind: kind, Focus: focus})
}

func (b *builder) edge(from, to, pred, ev string) {
	k := [3]string{from, to, pred}
	if b.edges[k] {
		return
	}
	if b.st.Vocab.Term("convergesWith") == pred && b.edges[[3]string{to, from, pred}] {
		return // symmetric, stored both ways
	}
	b.edges[k] = true
	b.sg.Edges = append(b.sg.Edges, VEdge{From: from, To: to, Predicate: pred, Evidence: ev})
}

// limit keeps at most max nodes: the focus nodes and then the most connected.
func (b *builder) limit(max int) Subgraph {
	sg := b.sg
	if max <= 0 || len(sg.Nodes) <= max {
		return sg
	}
	deg := map[string]int{}
	for _, e := range sg.Edges {
		deg[e.From]++
		deg[e.To]++
	}
	idx := make([]int, len(sg.Nodes))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, c := sg.Nodes[idx[i]], sg.Nodes[idx[j]]
		if a.Focus != c.Focus {
			return a.Focus
		}
		return deg[a.IRI] > deg[c.IRI]
	})
	keep := map[string]bool{}
	var nodes []VNode
	for _, i := range idx[:max] {
		keep[sg.Nodes[i].IRI] = true
	}
	for _, n := range sg.Nodes {
		if keep[n.IRI] {
			nodes = append(nodes, n)
		}
	}
	var edges []VEdge
	for _, e := range sg.Edges {
		if keep[e.From] && keep[e.To] {
			edges = append(edges, e)
		}
	}
	return Subgraph{Nodes: nodes, Edges: edges, Omitted: len(sg.Nodes) - max}
}

// EgoGraph is a node and its neighbourhood to depth, bookkeeping edges
// hidden, at most maxNodes nodes (the most connected kept).
func (st *Store) EgoGraph(ctx context.Context, node string, depth, maxNodes int) (Subgraph, error) {
	b := st.newBuilder(ctx)
	b.node(node, "", true)
	ns, err := st.Neighbors(ctx, node, NeighborOptions{Depth: depth, Limit: 20000})
	if err != nil {
		return Subgraph{}, err
	}
	for _, n := range ns {
		b.node(n.Node.IRI, n.Node.Label, false)
		from, to := n.Via.IRI, n.Node.IRI
		if !n.Forward {
			from, to = to, from
		}
		b.edge(from, to, n.Edge, evidenceRef(st, n.Evidence))
	}
	return b.limit(maxNodes), nil
}

// PathGraph draws the paths of a path query.
func (st *Store) PathGraph(ctx context.Context, paths []Path, maxNodes int) Subgraph {
	b := st.newBuilder(ctx)
	for _, p := range paths {
		for i, h := range p.Hops {
			b.node(h.From.IRI, h.From.Label, i == 0)
			b.node(h.To.IRI, h.To.Label, i == len(p.Hops)-1)
			from, to := h.From.IRI, h.To.IRI
			if !h.Forward {
				from, to = to, from
			}
			b.edge(from, to, h.Predicate, evidenceRef(st, h.Evidence))
		}
	}
	return b.limit(maxNodes)
}

// ClaimsGraph draws speakers → claims → crime types, for the claims that
// match the filter.
func (st *Store) ClaimsGraph(ctx context.Context, f ClaimFilter, maxNodes int) (Subgraph, error) {
	cs, err := st.Claims(ctx, f)
	if err != nil {
		return Subgraph{}, err
	}
	b := st.newBuilder(ctx)
	said, about := st.Vocab.Term("said"), st.Vocab.Term("about")
	for _, c := range cs {
		ev := evidenceRef(st, &c.Evidence)
		b.node(c.Speaker.IRI, c.Speaker.Label, false)
		b.node(c.Claim, c.Text, false)
		b.edge(c.Speaker.IRI, c.Claim, said, ev)
		for _, a := range c.About {
			b.node(a.IRI, a.Label, a.IRI == f.About)
			b.edge(c.Claim, a.IRI, about, "")
		}
	}
	return b.limit(maxNodes), nil
}
