package graph

import (
	"context"
	"encoding/binary"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// degree returns how many quads use the node, or a number above limit when
// there are more than limit. On bolt it reads the reference count that
// Cayley's kv layer keeps per value (bucket "n"+hash[0:2], key the value's
// hash, a uvarint): one lookup, however large the hub. Elsewhere it counts the
// node's quads, stopping past limit.
func (st *Store) degree(ctx context.Context, iri string, limit int64) int64 {
	if st.bolt != nil {
		h := refs.HashOf(quad.IRI(iri))
		var n int64 = -1
		st.bolt.View(func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte{'n', h[0], h[1]})
			if b == nil {
				return nil
			}
			if v := b.Get(h[:]); v != nil {
				if u, k := binary.Uvarint(v); k > 0 {
					n = int64(u)
				}
			}
			return nil
		})
		if n >= 0 {
			return n
		}
	}
	ref, err := st.QS.ValueOf(quad.IRI(iri))
	if err != nil || ref == nil {
		return 0
	}
	var n int64
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		it := st.QS.QuadIterator(d, ref).Iterate()
		for it.Next(ctx) {
			n++
			if limit > 0 && n > limit {
				break
			}
		}
		it.Close()
	}
	return n
}
