package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

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
}

// bookkeeping predicates describe nodes rather than relate them.
func (st *Store) bookkeeping() map[string]bool {
	v := st.Vocab
	return map[string]bool{
		string(schema.RDFType): true, string(schema.RDFSLabel): true, string(schema.SKOSAltLabel): true,
		string(schema.SKOSPrefLabel): true, string(schema.SKOSInScheme): true, string(schema.Text): true,
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
	label   string
}

// walker reads adjacency from the store's indexes, caching what it has read.
type walker struct {
	st    *Store
	ctx   context.Context
	skip  map[string]bool
	via   map[string]bool
	adj   map[string][]edge
	limit int
	// symmetric predicates are stored both ways; one direction is enough
	symmetric map[string]bool
}

func (st *Store) newWalker(ctx context.Context, via []string, all bool, limit int) *walker {
	w := &walker{st: st, ctx: ctx, adj: map[string][]edge{}, limit: limit,
		symmetric: map[string]bool{st.Vocab.Term(schema.ConvergesWith): true}}
	if !all {
		w.skip = st.bookkeeping()
	}
	if len(via) > 0 {
		w.via = map[string]bool{}
		for _, p := range via {
			w.via[p] = true
		}
	}
	return w
}

var errTooBig = errors.New("search too large")

func (w *walker) edges(node string) ([]edge, error) {
	if e, ok := w.adj[node]; ok {
		return e, nil
	}
	if len(w.adj) >= w.limit {
		return nil, errTooBig
	}
	var out []edge
	seen := map[[3]string]bool{}
	add := func(q quad.Quad, other quad.Value, forward bool) {
		o, ok := other.(quad.IRI)
		if !ok {
			return
		}
		p := iriString(q.Predicate)
		if w.skip[p] || w.via != nil && !w.via[p] {
			return
		}
		dir := "f"
		if !forward && !w.symmetric[p] {
			dir = "b"
		}
		k := [3]string{p, string(o), dir}
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, edge{pred: p, other: string(o), forward: forward, label: iriString(q.Label)})
	}
	if err := w.st.Each(w.ctx, quad.Subject, quad.IRI(node), func(q quad.Quad) error {
		add(q, q.Object, true)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := w.st.Each(w.ctx, quad.Object, quad.IRI(node), func(q quad.Quad) error {
		add(q, q.Subject, false)
		return nil
	}); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].other != out[j].other {
			return out[i].other < out[j].other
		}
		return out[i].pred < out[j].pred
	})
	w.adj[node] = out
	return out, w.ctx.Err()
}

// Paths returns up to K shortest simple paths between two nodes (IRIs), over
// edges in both directions, each hop with its evidence statement. It reads
// the store's indexes node by node (a breadth-first search from the target
// gives distances, a bounded depth-first search from the source enumerates
// paths by length), never loading the graph.
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
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	w := st.newWalker(ctx, opts.Via, opts.All, opts.MaxNodes)
	fail := func(err error) ([]Path, error) {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%w (%s)", ErrPathTimeout, opts.Timeout)
		}
		if errors.Is(err, errTooBig) {
			return nil, fmt.Errorf("path search visited %d nodes without finishing: lower --max-hops or name narrower nodes", opts.MaxNodes)
		}
		return nil, err
	}
	if from == to {
		return nil, nil
	}
	// distances to the target, up to MaxHops-1
	dist := map[string]int{to: 0}
	frontier := []string{to}
	for d := 1; d < opts.MaxHops && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			es, err := w.edges(n)
			if err != nil {
				return fail(err)
			}
			for _, e := range es {
				if _, ok := dist[e.other]; !ok {
					dist[e.other] = d
					next = append(next, e.other)
				}
			}
		}
		frontier = next
	}
	// enumerate simple paths by increasing length
	var paths [][]edge
	onPath := map[string]bool{from: true}
	var stack []edge
	var dfs func(node string, left int) error
	dfs = func(node string, left int) error {
		if len(paths) >= opts.K {
			return nil
		}
		es, err := w.edges(node)
		if err != nil {
			return err
		}
		for _, e := range es {
			if onPath[e.other] {
				continue
			}
			if e.other == to {
				if left == 1 {
					paths = append(paths, append(append([]edge{}, stack...), e))
					if len(paths) >= opts.K {
						return nil
					}
				}
				continue
			}
			d, ok := dist[e.other]
			if !ok || d > left-1 || left-1 < 1 {
				continue
			}
			onPath[e.other] = true
			stack = append(stack, e)
			err := dfs(e.other, left-1)
			stack = stack[:len(stack)-1]
			delete(onPath, e.other)
			if err != nil {
				return err
			}
			if len(paths) >= opts.K {
				return nil
			}
		}
		return nil
	}
	for length := 1; length <= opts.MaxHops && len(paths) < opts.K; length++ {
		if err := dfs(from, length); err != nil {
			return fail(err)
		}
	}
	// hops with names and evidence
	out := make([]Path, 0, len(paths))
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
	for _, p := range paths {
		var path Path
		cur := from
		for _, e := range p {
			h := Hop{From: label(cur), To: label(e.other), Predicate: e.pred, Forward: e.forward}
			h.Evidence = st.evidence(ctx, e.label, cache)
			path.Hops = append(path.Hops, h)
			cur = e.other
		}
		out = append(out, path)
	}
	return out, nil
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
