package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // Gizmo (JavaScript) query language
	_ "github.com/cayleygraph/cayley/query/graphql" // GraphQL query language
	_ "github.com/cayleygraph/cayley/query/mql"     // MQL query language
)

// ErrQueryTimeout means a query ran past its time limit and was stopped.
var ErrQueryTimeout = errors.New("query stopped: time limit reached")

// Query runs a query in one of Cayley's languages (gizmo, graphql, mql) and
// returns its results collated as JSON values. limit <= 0 means 100.
func (st *Store) Query(ctx context.Context, lang, q string, limit int, timeout time.Duration) ([]interface{}, error) {
	if limit <= 0 {
		limit = 100
	}
	if query.GetLanguage(lang) == nil {
		return nil, fmt.Errorf("query: unknown language %q (accepted: gizmo, graphql, mql)", lang)
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	// Cayley's iterators do not all watch the context: run the query aside
	// and give up on it at the deadline (the goroutine ends with the process,
	// or when the iterator next looks at the context)
	type result struct {
		out []interface{}
		err error
	}
	done := make(chan result, 1)
	go func() {
		it, err := query.Execute(ctx, st.QS, lang, q, query.Options{Limit: limit, Collation: query.JSON})
		if err != nil {
			done <- result{err: err}
			return
		}
		defer it.Close()
		var out []interface{}
		for it.Next(ctx) {
			out = append(out, it.Result())
			if len(out) >= limit {
				break
			}
		}
		done <- result{out: out, err: it.Err()}
	}()
	select {
	case r := <-done:
		if ctx.Err() != nil {
			return r.out, fmt.Errorf("%w (%s)", ErrQueryTimeout, timeout)
		}
		if r.err != nil {
			return r.out, fmt.Errorf("query: %w", r.err)
		}
		return r.out, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("%w (%s)", ErrQueryTimeout, timeout)
	}
}
