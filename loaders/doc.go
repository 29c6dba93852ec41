// Package loaders turns input into crimegraph's quads: the text extractor
// (sentences → speakers, claims, crime types, convergence links, each quad
// labelled with its statement) and the structured readers (N-Quads/N-Triples).
//
// Loaders never touch the store: they return facts and quad streams, and the
// graph package consumes them in batches.
package loaders
