// Package graph is crimegraph's store and its queries, over the Cayley graph
// database.
//
// # Basics
//
// Open a store by address ("bolt:PATH", the embedded default; "memory:"), write
// quad streams into it in batches, and ask it for statistics, exports,
// Cayley query-language results and the convergence matrix:
//
//	st, err := graph.Open(ctx, "bolt:crimegraph.db", nil)
//	...
//	defer st.Close()
//	err = st.WriteQuads(ctx, quads) // one transaction, idempotent
//
// # Caveats
//
// Cayley's bolt backends open the file with no lock timeout, so a second
// process would wait forever; Open takes the file lock itself with
// Options.LockTimeout and returns ErrInUse instead.
package graph
