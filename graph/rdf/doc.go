// Package rdf writes crimegraph's quads as RDF that other tools read:
// N-Quads and TriG keep each quad's statement as its named graph; N-Triples
// and Turtle drop it, or keep provenance as standard RDF reification with
// Reify; JSON-LD has a proper @context; GraphML is for Gephi.
//
// Writers take a subject's quads at a time (WriteSubject), write as they go
// and finish the document in Close, so memory stays flat in the store's size.
package rdf
