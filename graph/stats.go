package graph

import (
	"context"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// Stats counts what a store holds.
type Stats struct {
	Backend    string `json:"backend"`
	Quads      int64  `json:"quads"`
	Nodes      int64  `json:"nodes"`
	Documents  int64  `json:"documents"`
	Statements int64  `json:"statements"`
	Claims     int64  `json:"claims"`
	Links      int64  `json:"convergence_links"`
}

// Stats counts quads, nodes, documents, statements, claims and convergence links.
func (st *Store) Stats(ctx context.Context) (Stats, error) {
	s, err := st.QS.Stats(ctx, true)
	if err != nil && strings.Contains(err.Error(), "no bucket") {
		// a fresh kv store has no size key before its first write
		s, err = cgraph.Stats{}, nil
	}
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	out := Stats{Backend: st.Backend, Quads: s.Quads.Value, Nodes: s.Nodes.Value}
	typ := quad.IRI(schema.RDFType)
	count := func(class string) (int64, error) {
		var n int64
		err := st.Each(ctx, quad.Object, quad.IRI(class), func(q quad.Quad) error {
			if q.Predicate == typ {
				n++
			}
			return nil
		})
		return n, err
	}
	if out.Documents, err = count(string(schema.CreativeWork)); err != nil {
		return out, err
	}
	if out.Statements, err = count(st.Vocab.Term(schema.Statement)); err != nil {
		return out, err
	}
	if out.Claims, err = count(string(schema.Claim)); err != nil {
		return out, err
	}
	if out.Links, err = count(st.Vocab.Term(schema.Convergence)); err != nil {
		return out, err
	}
	return out, nil
}

// Each calls fn for every quad with value v in direction d, using the
// store's index; it stops at the first error fn returns.
func (st *Store) Each(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := st.QS.ValueOf(v)
	if err != nil || ref == nil {
		return nil // not in the store
	}
	it := st.QS.QuadIterator(d, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := st.QS.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}

// All calls fn for every quad in the store.
func (st *Store) All(ctx context.Context, fn func(quad.Quad) error) error {
	it := st.QS.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := st.QS.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return it.Err()
}
