package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/graph/rdf"
)

// ExportOptions configure Export.
type ExportOptions struct {
	// Reify keeps provenance in N-Triples and Turtle as rdf:Statement
	// descriptions with prov:wasDerivedFrom (those formats have no named graphs).
	Reify bool
	// GraphPrefix keeps only quads whose named graph (statement or document
	// IRI) starts with it; empty keeps all.
	GraphPrefix string
	// Progress, when set, is called with the number of quads read so far.
	Progress func(n int)
}

// Export writes the store in an RDF format (nquads, ntriples, turtle, trig,
// jsonld, graphml), streaming: N-Quads in index order, the others a subject
// at a time, so memory stays flat. It returns the statements written.
func (st *Store) Export(ctx context.Context, w io.Writer, format string, opts *ExportOptions) (int, error) {
	if opts == nil {
		opts = &ExportOptions{}
	}
	if format == "" {
		format = "nquads"
	}
	keep := func(q quad.Quad) bool {
		if opts.GraphPrefix == "" {
			return true
		}
		return q.Label != nil && strings.HasPrefix(iriString(q.Label), opts.GraphPrefix)
	}
	read := 0
	progress := func() {
		read++
		if opts.Progress != nil && read%10000 == 0 {
			opts.Progress(read)
		}
	}
	if format == "nquads" && opts.GraphPrefix == "" {
		// the fast path: every quad in index order, as Cayley stores it
		bw := bufio.NewWriterSize(w, 1<<16)
		n := 0
		err := st.All(ctx, func(q quad.Quad) error {
			progress()
			n++
			bw.WriteString(rdf.NTerm(q.Subject))
			bw.WriteByte(' ')
			bw.WriteString(rdf.NTerm(q.Predicate))
			bw.WriteByte(' ')
			bw.WriteString(rdf.NTerm(q.Object))
			if q.Label != nil {
				bw.WriteByte(' ')
				bw.WriteString(rdf.NTerm(q.Label))
			}
			_, err := bw.WriteString(" .\n")
			return err
		})
		if err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		return n, bw.Flush()
	}
	if format == "graphml" {
		return st.exportGraphML(ctx, w, keep)
	}
	rw, err := rdf.NewWriter(w, format, rdf.Options{Prefixes: st.Vocab.Prefixes(), Reify: opts.Reify})
	if err != nil {
		return 0, err
	}
	err = st.bySubject(ctx, func(s quad.Value, qs []quad.Quad) error {
		kept := qs[:0]
		for _, q := range qs {
			progress()
			if keep(q) {
				kept = append(kept, q)
			}
		}
		if len(kept) == 0 {
			return nil
		}
		return rw.WriteSubject(s, kept)
	})
	if err != nil {
		return rw.Count(), fmt.Errorf("export: %w", err)
	}
	if err := rw.Close(); err != nil {
		return rw.Count(), fmt.Errorf("export: %w", err)
	}
	return rw.Count(), nil
}

// bySubject calls fn with each subject's quads, reading the subject index
// node by node.
func (st *Store) bySubject(ctx context.Context, fn func(quad.Value, []quad.Quad) error) error {
	nodes := st.QS.NodesAllIterator().Iterate()
	defer nodes.Close()
	var buf []quad.Quad
	for nodes.Next(ctx) {
		ref := nodes.Result()
		buf = buf[:0]
		it := st.QS.QuadIterator(quad.Subject, ref).Iterate()
		for it.Next(ctx) {
			q, err := st.QS.Quad(it.Result())
			if err != nil {
				it.Close()
				return fmt.Errorf("read quad: %w", err)
			}
			buf = append(buf, q)
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return err
		}
		if len(buf) > 0 {
			if err := fn(buf[0].Subject, buf); err != nil {
				return err
			}
		}
	}
	return nodes.Err()
}

func (st *Store) exportGraphML(ctx context.Context, w io.Writer, keep func(quad.Quad) bool) (int, error) {
	g := rdf.NewGraphML(w, st.Short)
	// pass 1: IRI nodes with their label and kind
	nodes := st.QS.NodesAllIterator().Iterate()
	for nodes.Next(ctx) {
		v, err := st.QS.NameOf(nodes.Result())
		if err != nil {
			nodes.Close()
			return 0, err
		}
		iri, ok := v.(quad.IRI)
		if !ok || !st.usedAsNode(ctx, nodes.Result()) {
			continue // a literal, or a predicate only
		}
		if err := g.Node(string(iri), st.Label(ctx, string(iri)), st.KindOf(string(iri))); err != nil {
			nodes.Close()
			return 0, err
		}
	}
	if err := nodes.Err(); err != nil {
		nodes.Close()
		return 0, err
	}
	nodes.Close()
	// pass 2: edges between IRIs, bookkeeping and literals left out
	skip := st.bookkeeping()
	err := st.All(ctx, func(q quad.Quad) error {
		if !keep(q) || skip[iriString(q.Predicate)] {
			return nil
		}
		return g.Edge(q)
	})
	if err != nil {
		return g.Count(), err
	}
	return g.Count(), g.Close()
}

// usedAsNode says whether a value stands as the subject or object of a quad.
func (st *Store) usedAsNode(ctx context.Context, ref cgraph.Ref) bool {
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		it := st.QS.QuadIterator(d, ref).Iterate()
		ok := it.Next(ctx)
		it.Close()
		if ok {
			return true
		}
	}
	return false
}
