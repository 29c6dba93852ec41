package graph

import (
	"context"
	"time"
)

// Neighbor is a node reached from the start, with the edge that reached it.
type Neighbor struct {
	Depth    int       `json:"depth"`
	Via      Node      `json:"via"` // the node the edge starts from, in search order
	Node     Node      `json:"node"`
	Edge     string    `json:"predicate"`
	Forward  bool      `json:"forward"`
	Evidence *Evidence `json:"evidence,omitempty"`
}

// NeighborOptions bound a neighbourhood search; zero values mean defaults.
type NeighborOptions struct {
	Depth     int      // default 1
	Predicate []string // predicate IRIs to follow; empty means all but bookkeeping
	All       bool     // follow bookkeeping edges too
	Limit     int      // most neighbours, default 500
	Timeout   time.Duration
}

// Neighbors lists the nodes within Depth edges of node (both directions),
// breadth first, each with the edge and evidence that reached it.
func (st *Store) Neighbors(ctx context.Context, node string, opts NeighborOptions) ([]Neighbor, error) {
	if opts.Depth <= 0 {
		opts.Depth = 1
	}
	if opts.Limit <= 0 {
		opts.Limit = 500
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	w := st.newWalker(ctx, opts.Predicate, opts.All, 200000)
	seen := map[string]bool{node: true}
	frontier := []string{node}
	cache := map[string]*Evidence{}
	var out []Neighbor
	for d := 1; d <= opts.Depth && len(frontier) > 0; d++ {
		var next []string
		for _, n := range frontier {
			es, err := w.edges(n)
			if err != nil {
				return out, err
			}
			for _, e := range es {
				if seen[e.other] {
					continue
				}
				seen[e.other] = true
				next = append(next, e.other)
				out = append(out, Neighbor{Depth: d, Via: Node{IRI: n, Label: st.Label(ctx, n)}, Node: Node{IRI: e.other, Label: st.Label(ctx, e.other)},
					Edge: e.pred, Forward: e.forward, Evidence: st.evidence(ctx, w.labelOf(e), cache)})
				if len(out) >= opts.Limit {
					return out, nil
				}
			}
		}
		frontier = next
	}
	return out, nil
}
