package graph

import (
	"context"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	cgiterator "github.com/cayleygraph/cayley/graph/iterator"

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

// QuadCount is the number of quads, read without counting nodes.
func (st *Store) QuadCount(ctx context.Context) int64 {
	// SQL backends estimate unless asked for the exact count
	s, err := st.QS.Stats(ctx, st.Backend == "postgres" || st.Backend == "cockroach")
	if err != nil {
		return 0
	}
	return s.Quads.Value
}

// Each calls fn for every quad with value v in direction d, using the
// store's index; it stops at the first error fn returns.
func (st *Store) Each(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	ref, err := st.QS.ValueOf(v)
	if err != nil || ref == nil {
		return nil // not in the store
	}
	return st.each(ctx, st.QS.QuadIterator(d, ref).Iterate(), fn)
}

// All calls fn for every quad in the store. It reads the quads in batches:
// the iterator hands out Cayley's primitives, QuadDirection takes their four
// value refs without a lookup, and the values of a thousand quads are resolved
// in one batch (one transaction), rather than a transaction per quad.
func (st *Store) All(ctx context.Context, fn func(quad.Quad) error) error {
	return st.each(ctx, st.QS.QuadsAllIterator().Iterate(), fn)
}

// each reads the quads of an iterator in batches of a thousand.
func (st *Store) each(ctx context.Context, it cgiterator.Scanner, fn func(quad.Quad) error) error {
	defer it.Close()
	const batch = 1024
	dirs := [4]quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label}
	rs := make([]cgraph.Ref, 0, 4*batch)
	flush := func() error {
		if len(rs) == 0 {
			return nil
		}
		// nil label refs are left out of the lookup
		var look []cgraph.Ref
		var at []int
		for i, r := range rs {
			if r != nil {
				look = append(look, r)
				at = append(at, i)
			}
		}
		vals, err := valuesOf(ctx, st.QS, look)
		if err != nil {
			return fmt.Errorf("read values: %w", err)
		}
		full := make([]quad.Value, len(rs))
		for k, i := range at {
			full[i] = vals[k]
		}
		for i := 0; i+3 < len(full); i += 4 {
			if err := fn(quad.Quad{Subject: full[i], Predicate: full[i+1], Object: full[i+2], Label: full[i+3]}); err != nil {
				return err
			}
		}
		rs = rs[:0]
		return nil
	}
	for it.Next(ctx) {
		q := it.Result()
		for _, d := range dirs {
			r, err := st.QS.QuadDirection(q, d)
			if err != nil {
				return fmt.Errorf("read quad: %w", err)
			}
			rs = append(rs, r)
		}
		if len(rs) >= 4*batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return flush()
}
