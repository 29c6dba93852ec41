package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// DocStatus says what ReplaceDocument did.
type DocStatus int

const (
	// DocAdded: the document was new.
	DocAdded DocStatus = iota
	// DocUnchanged: the same text was ingested before; nothing was written.
	DocUnchanged
	// DocReplaced: a changed text replaced the document's old statements.
	DocReplaced
)

// ReplaceDocument writes a document's quads in one transaction (a batch of
// one). A document
// whose content hash is already stored is left alone; one with another hash
// has all its old quads (those labelled with the document or one of its
// statements) removed in the same transaction, so no stale edge survives and
// the store never holds half a document.
func (st *Store) ReplaceDocument(ctx context.Context, doc quad.IRI, hash string, qs []quad.Quad) (DocStatus, error) {
	b := st.NewBatch()
	status, err := b.Add(ctx, doc, hash, qs)
	if err != nil {
		return status, err
	}
	return status, b.Commit()
}

// Batch gathers whole documents into one transaction: fewer disk syncs than
// a transaction per document, and still never half a document.
type Batch struct {
	st    *Store
	tx    *cgraph.Transaction
	Docs  int
	Quads int
}

// NewBatch starts an empty batch.
func (st *Store) NewBatch() *Batch { return &Batch{st: st, tx: cgraph.NewTransaction()} }

// Add puts a document into the batch: nothing when its content hash is
// stored already, else its quads, replacing the old ones of a changed text.
func (b *Batch) Add(ctx context.Context, doc quad.IRI, hash string, qs []quad.Quad) (DocStatus, error) {
	st, tx := b.st, b.tx
	hp := quad.IRI(st.Vocab.Term(schema.ContentHash))
	old := st.first(ctx, doc, hp)
	if old != nil && iriString(old) == hash {
		return DocUnchanged, nil
	}
	status := DocAdded
	if old != nil {
		status = DocReplaced
		keep := make(map[string]bool, len(qs))
		for _, q := range qs {
			keep[q.NQuad()] = true
		}
		labels := []quad.Value{doc}
		derived := quad.IRI(schema.WasDerivedFrom)
		if err := st.Each(ctx, quad.Object, doc, func(q quad.Quad) error {
			if q.Predicate == derived {
				labels = append(labels, q.Subject)
			}
			return nil
		}); err != nil {
			return status, err
		}
		for _, l := range labels {
			if err := st.Each(ctx, quad.Label, l, func(q quad.Quad) error {
				if !keep[q.NQuad()] {
					tx.RemoveQuad(q)
				}
				return nil
			}); err != nil {
				return status, err
			}
		}
	}
	for _, q := range qs {
		tx.AddQuad(q)
	}
	tx.AddQuad(quad.Quad{Subject: doc, Predicate: hp, Object: quad.String(hash), Label: doc})
	b.Docs++
	b.Quads += len(qs)
	return status, nil
}

// Commit writes the batch in one transaction and empties it.
func (b *Batch) Commit() error {
	if len(b.tx.Deltas) == 0 {
		return nil
	}
	if err := b.st.w.ApplyTransaction(b.tx); err != nil {
		return fmt.Errorf("write %d documents: %w", b.Docs, err)
	}
	b.tx, b.Docs, b.Quads = cgraph.NewTransaction(), 0, 0
	return nil
}
