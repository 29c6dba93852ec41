// Package schema is crimegraph's vocabulary: namespace IRIs, node types,
// predicates, the crime-type taxonomy with its synonyms, and the lexicons the
// extractor matches (reporting verbs, convergence cues, discourse connectives,
// titles and gazetteers of countries and international bodies).
//
// It is data and small lookups only: no I/O beyond the gazetteers embedded in
// the binary, nothing from the rest of crimegraph, no init side effects.
package schema
