package graph_test

import (
	"bufio"
	"context"
	"errors"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/loaders"
	"github.com/crimegraph/crimegraph/loaders/synth"
	"github.com/crimegraph/crimegraph/schema"
)

// benchStore opens (building it once, then reusing it) a bolt store of at
// least minQuads quads extracted from the synthetic corpus. It lives under
// $CRIMEGRAPH_BENCH_DIR or the system temp dir, so later runs are warm.
func benchStore(b *testing.B, minQuads int64) *graph.Store {
	b.Helper()
	dir := os.Getenv("CRIMEGRAPH_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "crimegraph-bench")
	}
	path := filepath.Join(dir, "paths-"+itoa64(minQuads)+".db")
	ctx := context.Background()
	st, err := graph.Open(ctx, "bolt:"+path, &graph.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	s, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if s.Quads >= minQuads {
		return st
	}
	start := time.Now()
	x := loaders.NewExtractor("")
	g := synth.New(1)
	if err := st.WriteQuads(ctx, loaders.TaxonomyQuads(st.Vocab)); err != nil {
		b.Fatal(err)
	}
	var batch []quad.Quad
	n := s.Quads
	for i := 0; n < minQuads; i++ {
		qs := x.Extract(g.Document(i)).Quads(st.Vocab)
		batch = append(batch, qs...)
		n += int64(len(qs))
		if len(batch) > 50000 {
			if err := st.WriteQuads(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := st.WriteQuads(ctx, batch); err != nil {
		b.Fatal(err)
	}
	s, _ = st.Stats(ctx)
	b.Logf("built %s: %d quads in %s", path, s.Quads, time.Since(start).Round(time.Second))
	return st
}

func itoa64(n int64) string {
	if n >= 1000000 && n%1000000 == 0 {
		return strings.TrimSuffix(time.Duration(n/1000000).String(), "ns") + "m"
	}
	return time.Duration(n).String()
}

// benchEndpoints are the path queries' candidate ends: up to 400 speakers
// (subjects of cg:said) and the 20 top-level crime types.
func benchEndpoints(ctx context.Context, st *graph.Store) []string {
	var nodes []string
	seen := map[string]bool{}
	st.Each(ctx, quad.Predicate, quad.IRI(st.Vocab.Term(schema.Said)), func(q quad.Quad) error {
		s := string(q.Subject.(quad.IRI))
		if !seen[s] && len(nodes) < 400 {
			seen[s] = true
			nodes = append(nodes, s)
		}
		return nil
	})
	for _, c := range schema.Taxonomy[:schema.TopLevel] {
		nodes = append(nodes, st.Vocab.Crime(c.Slug))
	}
	return nodes
}

// BenchmarkPathQuery measures path queries between random pairs of people,
// organizations and crime types on a bolt store of a million quads, warm.
// It reports the median and 99th percentile per query.
func BenchmarkPathQuery(b *testing.B) {
	st := benchStore(b, 1000000)
	defer st.Close()
	ctx := context.Background()
	nodes := benchEndpoints(ctx, st)
	r := rand.New(rand.NewSource(42))
	var times []time.Duration
	found := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, z := nodes[r.Intn(len(nodes))], nodes[r.Intn(len(nodes))]
		t0 := time.Now()
		ps, err := st.Paths(ctx, a, z, graph.PathOptions{MaxHops: 4, K: 3})
		times = append(times, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		if len(ps) > 0 {
			found++
		}
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(found)/float64(b.N), "found")
}

// BenchmarkExport writes the million-quad store in each format; the
// "cayley-nquads" case is Cayley's own N-Quads writer over the same quads.
func BenchmarkExport(b *testing.B) {
	st := benchStore(b, 1000000)
	defer st.Close()
	ctx := context.Background()
	s, _ := st.Stats(ctx)
	for _, format := range []string{"nquads", "cayley-nquads", "ntriples", "turtle", "jsonld"} {
		b.Run(format, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if format == "cayley-nquads" {
					bw := bufio.NewWriterSize(io.Discard, 1<<16)
					w := nquads.NewWriter(bw)
					// as cayley dump reads: a quad at a time through QuadStore.Quad
					it := st.QS.QuadsAllIterator().Iterate()
					for it.Next(ctx) {
						q, err := st.QS.Quad(it.Result())
						if err != nil {
							b.Fatal(err)
						}
						w.WriteQuad(q)
					}
					it.Close()
					w.Close()
					bw.Flush()
					continue
				}
				if _, err := st.Export(ctx, io.Discard, format, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(s.Quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

var (
	gizmoOnce  sync.Once
	gizmoStore *graph.Store
)

// BenchmarkPathGizmo is the nearest Gizmo equivalent of a path query: the
// nodes two hops from each end over the same relations, intersected (a meet
// within four hops), through Cayley's query engine.
func BenchmarkPathGizmo(b *testing.B) {
	// one store for every run of this benchmark, never closed: a Gizmo query
	// stopped at its deadline may still be reading, and bolt's Close would
	// wait for it; the process exit ends both
	gizmoOnce.Do(func() { gizmoStore = benchStore(b, 1000000) })
	st := gizmoStore
	ctx := context.Background()
	nodes := benchEndpoints(ctx, st)
	var preds []string
	for _, p := range []string{schema.Said, schema.About, schema.ConvergesWith, schema.CommitsTo, schema.Endorses, schema.CalledFor, schema.Targets} {
		preds = append(preds, `"<`+st.Vocab.Term(p)+`>"`)
	}
	preds = append(preds, `"<`+string(schema.MemberOf)+`>"`, `"<`+string(schema.Affiliation)+`>"`)
	ps := "[" + strings.Join(preds, ",") + "]"
	r := rand.New(rand.NewSource(42))
	var times []time.Duration
	timeouts := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a, z := nodes[r.Intn(len(nodes))], nodes[r.Intn(len(nodes))]
		q := `g.V("<` + a + `>").Both(` + ps + `).Both(` + ps + `).Intersect(g.V("<` + z + `>").Both(` + ps + `).Both(` + ps + `)).All()`
		t0 := time.Now()
		_, err := st.Query(ctx, "gizmo", q, 3, 5*time.Second)
		if errors.Is(err, graph.ErrQueryTimeout) {
			timeouts++
		} else if err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(t0))
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(timeouts)/float64(b.N), "timed-out")
}
