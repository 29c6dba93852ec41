package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// ErrPathTimeout means a path search ran past its time limit.
var ErrPathTimeout = errors.New("path search stopped: time limit reached")

// Evidence is the statement an edge came from.
type Evidence struct {
	Statement string `json:"statement"`
	Doc       string `json:"doc"`
	Index     int    `json:"index"`
	Text      string `json:"text"`
}

// Hop is one edge of a path, in the path's direction.
type Hop struct {
	From      Node      `json:"from"`
	To        Node      `json:"to"`
	Predicate string    `json:"predicate"`
	Forward   bool      `json:"forward"` // the stored edge points From -> To
	Evidence  *Evidence `json:"evidence,omitempty"`
}

// Path is a chain of hops.
type Path struct {
	Hops []Hop `json:"hops"`
}

// PathOptions bound a path search. Zero values mean the defaults.
type PathOptions struct {
	MaxHops int           // default 4
	K       int           // default 3
	Via     []string      // predicate IRIs to follow; empty means all but bookkeeping
	All     bool          // follow bookkeeping edges too (types, labels, statement links)
	Timeout time.Duration // default 10s
	// MaxNodes bounds the nodes a search may visit; default 200,000.
	MaxNodes int
	// MaxDegree: nodes with more edges than this (hubs such as a crime type
	// named in thousands of claims) are reached but not expanded, except the
	// two endpoints; default 5,000, negative for no limit.
	MaxDegree int64
}

// bookkeeping predicates describe nodes rather than relate them.
func (st *Store) bookkeeping() map[string]bool {
	v := st.Vocab
	return map[string]bool{
		string(schema.RDFType): true, string(schema.RDFSLabel): true, string(schema.SKOSAltLabel): true,
		string(schema.SKOSPrefLabel): true, string(schema.SKOSInScheme): true, string(schema.Text): true,
		schema.SKOS + "hasTopConcept": true, schema.SKOS + "scopeNote": true, schema.RDFS + "isDefinedBy": true,
		schema.RDFS + "comment": true, schema.RDFS + "domain": true, schema.RDFS + "range": true,
		string(schema.WasDerivedFrom): true, string(schema.Name): true, string(schema.URL): true,
		string(schema.DateIssued): true, string(schema.JobTitle): true,
		v.Term(schema.Index): true, v.Term(schema.Start): true, v.Term(schema.End): true, v.Term(schema.Path): true,
		v.Term(schema.Mentions): true, v.Term(schema.Verb): true, v.Term(schema.Negated): true,
		v.Term(schema.Hedged): true, v.Term(schema.Mechanism): true, v.Term(schema.CueTerm): true,
		v.Term(schema.ConsequenceOf): true, v.Term(schema.ContrastsWith): true, v.Term(schema.ExampleOf): true,
		v.Term(schema.Elaborates): true,
	}
}

type edge struct {
	pred    string
	other   string
	forward bool
	label   string     // statement IRI, resolved lazily from quad
	quad    cgraph.Ref // the stored quad
}

// walker reads adjacency from the store's indexes, caching what it has read.
// It works on Cayley's refs: a quad's predicate and ends come from
// QuadDirection without decoding the quad, and only the neighbours' names
// are resolved, in one batch per node.
type walker struct {
	st    *Store
	ctx   context.Context
	skip  map[interface{}]bool // predicate ref keys not to follow
	via   map[interface{}]bool // predicate ref keys to follow, when set
	preds map[interface{}]string
	adj   map[string][]edge
	deg   map[string]int64
	limit int
	// maxDegree: hubs with more edges are not expanded (but for search roots)
	maxDegree int64
	// symmetric predicates are stored both ways; one direction is enough
	symmetric map[string]bool
}

func (st *Store) newWalker(ctx context.Context, via []string, all bool, limit int) *walker {
	w := &walker{st: st, ctx: ctx, adj: map[string][]edge{}, deg: map[string]int64{}, limit: limit,
		preds: map[interface{}]string{}, symmetric: map[string]bool{st.Vocab.Term(schema.ConvergesWith): true}}
	refKeys := func(iris []string) map[interface{}]bool {
		m := map[interface{}]bool{}
		for _, p := range iris {
			if ref, err := st.QS.ValueOf(quad.IRI(p)); err == nil && ref != nil {
				m[ref.Key()] = true
			}
		}
		return m
	}
	if !all {
		var skip []string
		for p := range st.bookkeeping() {
			skip = append(skip, p)
		}
		w.skip = refKeys(skip)
	}
	if len(via) > 0 {
		w.via = refKeys(via)
	}
	return w
}

var errTooBig = errors.New("search too large")

func (w *walker) predName(ref cgraph.Ref) string {
	k := ref.Key()
	if p, ok := w.preds[k]; ok {
		return p
	}
	v, err := w.st.QS.NameOf(ref)
	p := ""
	if err == nil && v != nil {
		p = iriString(v)
	}
	w.preds[k] = p
	return p
}

func (w *walker) edges(node string) ([]edge, error) {
	if e, ok := w.adj[node]; ok {
		return e, nil
	}
	if len(w.adj) >= w.limit {
		return nil, errTooBig
	}
	qs := w.st.QS
	ref, err := qs.ValueOf(quad.IRI(node))
	if err != nil || ref == nil {
		w.adj[node] = nil
		return nil, err
	}
	type raw struct {
		pred    cgraph.Ref
		other   cgraph.Ref
		forward bool
		quad    cgraph.Ref
	}
	var rs []raw
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		it := qs.QuadIterator(dir, ref).Iterate()
		for it.Next(w.ctx) {
			q := it.Result()
			p, err := qs.QuadDirection(q, quad.Predicate)
			if err != nil || p == nil {
				continue
			}
			if w.skip[p.Key()] || w.via != nil && !w.via[p.Key()] {
				continue
			}
			od := quad.Object
			if dir == quad.Object {
				od = quad.Subject
			}
			o, err := qs.QuadDirection(q, od)
			if err != nil || o == nil {
				continue
			}
			rs = append(rs, raw{pred: p, other: o, forward: dir == quad.Subject, quad: q})
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := w.ctx.Err(); err != nil {
		return nil, err
	}
	// resolve the neighbours' names in one batch
	refs := make([]cgraph.Ref, len(rs))
	for i, r := range rs {
		refs[i] = r.other
	}
	names, err := valuesOf(w.ctx, qs, refs)
	if err != nil {
		return nil, err
	}
	var out []edge
	seen := map[[3]string]bool{}
	for i, r := range rs {
		o, ok := names[i].(quad.IRI)
		if !ok {
			continue // a literal
		}
		p := w.predName(r.pred)
		dir := "f"
		if !r.forward && !w.symmetric[p] {
			dir = "b"
		}
		k := [3]string{p, string(o), dir}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, edge{pred: p, other: string(o), forward: r.forward, quad: r.quad})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].other != out[j].other {
			return out[i].other < out[j].other
		}
		return out[i].pred < out[j].pred
	})
	w.adj[node] = out
	return out, nil
}

// valuesOf resolves refs to values, in one batch where the store can.
func valuesOf(ctx context.Context, qs cgraph.QuadStore, rs []cgraph.Ref) ([]quad.Value, error) {
	if bn, ok := qs.(refs.BatchNamer); ok {
		return bn.ValuesOf(ctx, rs)
	}
	out := make([]quad.Value, len(rs))
	for i, r := range rs {
		v, err := qs.NameOf(r)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// labelOf returns the statement IRI an edge's quad is labelled with.
func (w *walker) labelOf(e edge) string {
	if e.label != "" || e.quad == nil {
		return e.label
	}
	l, err := w.st.QS.QuadDirection(e.quad, quad.Label)
	if err != nil || l == nil {
		return ""
	}
	v, err := w.st.QS.NameOf(l)
	if err != nil || v == nil {
		return ""
	}
	return iriString(v)
}

// Paths returns up to K shortest simple paths between two nodes (IRIs), over
// edges in both directions, each hop with its evidence statement. It reads the
// store's indexes node by node, never loading the graph: a bidirectional
// breadth-first search expands, layer by layer, whichever side is cheaper (by
// the index's degree counts), so hubs such as a crime type mentioned in
// thousands of claims are met rather than expanded. Paths are joined where the
// two searches meet and come out by increasing length.
func (st *Store) Paths(ctx context.Context, from, to string, opts PathOptions) ([]Path, error) {
	if opts.MaxHops <= 0 {
		opts.MaxHops = 4
	}
	if opts.K <= 0 {
		opts.K = 3
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 10 * time.Second
	}
	if opts.MaxNodes <= 0 {
		opts.MaxNodes = 200000
	}
	if opts.MaxDegree == 0 {
		opts.MaxDegree = 5000
	}
	if from == to {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	w := st.newWalker(ctx, opts.Via, opts.All, opts.MaxNodes)
	w.maxDegree = opts.MaxDegree
	fwd, bwd := newSide(from), newSide(to)
	var found [][]step // each path as steps from `from` to `to`
	seenPath := map[string]bool{}
	for fwd.depth+bwd.depth < opts.MaxHops {
		side, other := fwd, bwd
		cf, cb := w.cost(fwd), w.cost(bwd)
		if cb < cf {
			side, other = bwd, fwd
		}
		if min(cf, cb) == 1<<62 {
			break // nothing left to expand
		}
		met, err := side.expand(w, other)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("%w (%s)", ErrPathTimeout, opts.Timeout)
			}
			if errors.Is(err, errTooBig) {
				return nil, fmt.Errorf("path search visited %d nodes without finishing: lower --max-hops or name narrower nodes", opts.MaxNodes)
			}
			return nil, err
		}
		for _, m := range met {
			for _, head := range fwd.chains(m, 64) {
				for _, tail := range bwd.chains(m, 64) {
					p := joinChains(head, tail)
					if p == nil || len(p) > opts.MaxHops {
						continue
					}
					key := pathKey(from, p)
					if !seenPath[key] {
						seenPath[key] = true
						found = append(found, p)
					}
				}
			}
		}
		total := fwd.depth + bwd.depth
		complete := 0
		for _, p := range found {
			if len(p) <= total {
				complete++
			}
		}
		if complete >= opts.K {
			break
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if len(found[i]) != len(found[j]) {
			return len(found[i]) < len(found[j])
		}
		return pathKey(from, found[i]) < pathKey(from, found[j])
	})
	if len(found) > opts.K {
		found = found[:opts.K]
	}
	// hops with names and evidence
	out := make([]Path, 0, len(found))
	cache := map[string]*Evidence{}
	labels := map[string]string{}
	label := func(iri string) Node {
		if l, ok := labels[iri]; ok {
			return Node{IRI: iri, Label: l}
		}
		l := st.Label(ctx, iri)
		labels[iri] = l
		return Node{IRI: iri, Label: l}
	}
	for _, p := range found {
		var path Path
		cur := from
		for _, e := range p {
			h := Hop{From: label(cur), To: label(e.to), Predicate: e.pred, Forward: e.forward || w.symmetric[e.pred]}
			h.Evidence = st.evidence(ctx, w.labelOf(edge{quad: e.quad}), cache)
			path.Hops = append(path.Hops, h)
			cur = e.to
		}
		out = append(out, path)
	}
	return out, nil
}

// step is one hop of a path in path order: to the node `to`, over a stored
// edge that points along the path when forward.
type step struct {
	to      string
	pred    string
	forward bool
	quad    cgraph.Ref
}

// link records how a search reached a node: from the node `prev`, over a step.
type link struct {
	prev string
	e    edge
}

// side is one direction of the bidirectional search.
type side struct {
	root     string
	dist     map[string]int
	parents  map[string][]link
	frontier []string
	depth    int
}

func newSide(root string) *side {
	return &side{root: root, dist: map[string]int{root: 0}, parents: map[string][]link{}, frontier: []string{root}}
}

// expand grows the search by one layer and returns the nodes where it meets
// the other side.
func (s *side) expand(w *walker, other *side) ([]string, error) {
	var next []string
	var met []string
	d := s.depth + 1
	for _, n := range s.frontier {
		if n != s.root && w.maxDegree > 0 && w.degree(n) > w.maxDegree {
			continue // a hub: met, not expanded
		}
		es, err := w.edges(n)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			od, seen := s.dist[e.other]
			if !seen {
				s.dist[e.other] = d
				next = append(next, e.other)
				if _, ok := other.dist[e.other]; ok {
					met = append(met, e.other)
				}
			} else if od != d {
				continue
			}
			s.parents[e.other] = append(s.parents[e.other], link{prev: n, e: e})
		}
	}
	s.frontier = next
	s.depth = d
	return met, nil
}

// chains lists the shortest walks from the side's root to m (at most limit),
// each as the nodes and edges in search order.
func (s *side) chains(m string, limit int) [][]link {
	if m == s.root {
		return [][]link{nil}
	}
	var out [][]link
	for _, l := range s.parents[m] {
		for _, c := range s.chains(l.prev, limit) {
			if len(out) >= limit {
				return out
			}
			out = append(out, append(append([]link{}, c...), link{prev: l.prev, e: edge{pred: l.e.pred, other: m, forward: l.e.forward, quad: l.e.quad}}))
		}
	}
	return out
}

// joinChains makes a path from a forward chain (from the source to m) and a
// backward chain (from the target to m); nil when a node repeats.
func joinChains(head, tail []link) []step {
	var p []step
	var nodes []string
	for i, l := range head {
		if i == 0 {
			nodes = append(nodes, l.prev)
		}
		nodes = append(nodes, l.e.other)
		p = append(p, step{to: l.e.other, pred: l.e.pred, forward: l.e.forward, quad: l.e.quad})
	}
	// the backward chain runs target ... -> m; walk it from m back to the target
	for i := len(tail) - 1; i >= 0; i-- {
		l := tail[i]
		if len(nodes) == 0 {
			nodes = append(nodes, l.e.other)
		}
		nodes = append(nodes, l.prev)
		p = append(p, step{to: l.prev, pred: l.e.pred, forward: !l.e.forward, quad: l.e.quad})
	}
	seen := map[string]bool{}
	for _, n := range nodes {
		if seen[n] {
			return nil
		}
		seen[n] = true
	}
	return p
}

func pathKey(from string, p []step) string {
	var b strings.Builder
	b.WriteString(from)
	for _, s := range p {
		b.WriteString("|" + s.pred + "|" + s.to)
	}
	return b.String()
}

// cost estimates the reads needed to expand a frontier, from index sizes; a
// frontier of hubs only, which would not be expanded, costs the most.
func (w *walker) cost(s *side) int64 {
	var c int64
	expandable := false
	for _, n := range s.frontier {
		if _, ok := w.adj[n]; ok {
			expandable = true
			continue
		}
		d := w.degree(n)
		if n != s.root && w.maxDegree > 0 && d > w.maxDegree {
			continue // will not be expanded
		}
		expandable = true
		c += d
		if c > 1<<40 {
			break
		}
	}
	if !expandable {
		return 1 << 62
	}
	return c
}

func (w *walker) degree(n string) int64 {
	if d, ok := w.deg[n]; ok {
		return d
	}
	d := w.st.degree(w.ctx, n, w.maxDegree)
	w.deg[n] = d
	return d
}

// evidence reads a statement's text, document and index.
func (st *Store) evidence(ctx context.Context, stmt string, cache map[string]*Evidence) *Evidence {
	if stmt == "" {
		return nil
	}
	if e, ok := cache[stmt]; ok {
		return e
	}
	ev := &Evidence{Statement: stmt}
	text := string(schema.Text)
	idx := st.Vocab.Term(schema.Index)
	derived := string(schema.WasDerivedFrom)
	found := false
	st.Each(ctx, quad.Subject, quad.IRI(stmt), func(q quad.Quad) error {
		switch iriString(q.Predicate) {
		case text:
			ev.Text, found = iriString(q.Object), true
		case idx:
			ev.Index, _ = strconv.Atoi(iriString(q.Object))
		case derived:
			ev.Doc = iriString(q.Object)
		}
		return nil
	})
	if !found {
		// not a statement: document metadata or the schema graph
		ev = &Evidence{Statement: stmt, Doc: stmt}
	}
	cache[stmt] = ev
	return ev
}
