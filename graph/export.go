package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// Export writes every quad of the store to w in N-Quads, streaming; it
// returns the number of quads written.
func (st *Store) Export(ctx context.Context, w io.Writer, format string) (int, error) {
	if format != "nquads" && format != "" {
		return 0, fmt.Errorf("export: unsupported format %q (accepted: nquads)", format)
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	nw := nquads.NewWriter(bw)
	n := 0
	err := st.All(ctx, func(q quad.Quad) error {
		n++
		return nw.WriteQuad(q)
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := nw.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, bw.Flush()
}
