package render_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/graph/render"
	"github.com/crimegraph/crimegraph/loaders"
	"github.com/crimegraph/crimegraph/schema"
)

func exampleStore(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:", nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../examples/g7-ottawa.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := loaders.TextDocument("g7-ottawa.txt", data)
	x := loaders.NewExtractor("")
	if err := st.WriteQuads(ctx, append(loaders.TaxonomyQuads(st.Vocab), x.Extract(doc).Quads(st.Vocab)...)); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestViewGoldens(t *testing.T) {
	ctx := context.Background()
	st := exampleStore(t)
	defer st.Close()
	person := st.Vocab.ID("person", "gary-anandasangaree")
	terrorism := st.Vocab.Crime("terrorism")
	paths, err := st.Paths(ctx, st.Vocab.ID("person", "magnus-brunner"), terrorism, graph.PathOptions{K: 3})
	if err != nil {
		t.Fatal(err)
	}
	ego, err := st.EgoGraph(ctx, person, 2, 200)
	if err != nil {
		t.Fatal(err)
	}
	egoSmall, _ := st.EgoGraph(ctx, person, 2, 5)
	claims, err := st.ClaimsGraph(ctx, graph.ClaimFilter{About: st.Vocab.Crime("organized-crime")}, 200)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		sg   graph.Subgraph
		opts render.SubgraphOptions
	}{
		{"ego", ego, render.SubgraphOptions{Title: "Gary Anandasangaree (depth 2)", Short: st.Short}},
		{"ego-max5", egoSmall, render.SubgraphOptions{Title: "at most 5 nodes", Short: st.Short}},
		{"path", st.PathGraph(ctx, paths, 200), render.SubgraphOptions{Title: "Brunner to terrorism", RankDir: "LR", Short: st.Short}},
		{"claims", claims, render.SubgraphOptions{Title: "claims about organized crime", RankDir: "LR", Short: st.Short}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got bytes.Buffer
			if err := render.SubgraphDOT(&got, tc.sg, tc.opts); err != nil {
				t.Fatal(err)
			}
			golden := "testdata/" + tc.name + ".golden.dot"
			if *update {
				os.WriteFile(golden, got.Bytes(), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got.String() != string(want) {
				t.Fatalf("DOT differs from %s:\n%s", golden, got.String())
			}
			checkWithGraphviz(t, got.Bytes())
			var svg bytes.Buffer
			if err := render.Layout(ctx, got.Bytes(), "svg", "dot", &svg); err != nil {
				t.Fatal(err)
			}
			wellFormed(t, svg.Bytes())
		})
	}
	if egoSmall.Omitted == 0 || len(egoSmall.Nodes) != 5 {
		t.Errorf("max-nodes 5 kept %d nodes, omitted %d", len(egoSmall.Nodes), egoSmall.Omitted)
	}
}

func TestPNG(t *testing.T) {
	st := exampleStore(t)
	defer st.Close()
	m, _ := st.Convergence(context.Background())
	var dot, png bytes.Buffer
	render.ConvergenceDOT(&dot, m, render.Options{Title: "png"})
	err := render.Layout(context.Background(), dot.Bytes(), "png", "circo", &png)
	if _, lookErr := exec.LookPath("dot"); lookErr != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("Graphviz dot not installed in CI")
		}
		if err != render.ErrNoGraphviz {
			t.Fatalf("without dot: got %v, want ErrNoGraphviz", err)
		}
		t.Log("SKIP: Graphviz dot not installed; PNG not rendered")
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png.Bytes(), []byte("\x89PNG\r\n\x1a\n")) || png.Len() < 10000 {
		t.Fatalf("not a plausible PNG: %d bytes", png.Len())
	}
}

// bigStore makes a hub with n neighbours, each with a claim of its own.
func bigStore(t testing.TB, n int) (*graph.Store, string) {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:", nil)
	if err != nil {
		t.Fatal(err)
	}
	hub := st.Vocab.ID("org", "hub")
	var qs []quad.Quad
	qs = append(qs, quad.Quad{Subject: quad.IRI(hub), Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String("Hub “quoted” <org> & co")})
	for i := 0; i < n; i++ {
		p := st.Vocab.ID("person", fmt.Sprintf("p%d", i))
		c := st.Vocab.ID("claim", fmt.Sprintf("big/s%d-1", i))
		qs = append(qs,
			quad.Quad{Subject: quad.IRI(p), Predicate: quad.IRI(schema.MemberOf), Object: quad.IRI(hub)},
			quad.Quad{Subject: quad.IRI(p), Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String(fmt.Sprintf("Person %d", i))},
			quad.Quad{Subject: quad.IRI(p), Predicate: quad.IRI(st.Vocab.Term(schema.Said)), Object: quad.IRI(c)},
			quad.Quad{Subject: quad.IRI(c), Predicate: quad.IRI(schema.Text), Object: quad.String(fmt.Sprintf("claim number %d about things", i))})
	}
	if err := st.WriteQuads(ctx, qs); err != nil {
		t.Fatal(err)
	}
	return st, hub
}

func TestLargeEgoView(t *testing.T) {
	if testing.Short() {
		t.Skip("large render")
	}
	st, hub := bigStore(t, 600)
	defer st.Close()
	ctx := context.Background()
	sg, err := st.EgoGraph(ctx, hub, 2, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(sg.Nodes) != 1000 || sg.Omitted != 201 {
		t.Fatalf("kept %d nodes, omitted %d", len(sg.Nodes), sg.Omitted)
	}
	var dot, svg bytes.Buffer
	if err := render.SubgraphDOT(&dot, sg, render.SubgraphOptions{Title: "big"}); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := render.Layout(ctx, dot.Bytes(), "svg", "sfdp", &svg); err != nil {
		t.Fatal(err)
	}
	t.Logf("1,000-node ego view: %d bytes of SVG in %s", svg.Len(), time.Since(start))
	wellFormed(t, svg.Bytes())
	if !bytes.Contains(dot.Bytes(), []byte("201 less connected nodes left out")) {
		t.Error("the picture does not say what was left out")
	}
}

func BenchmarkEgoRender1000(b *testing.B) {
	st, hub := bigStore(b, 600)
	defer st.Close()
	ctx := context.Background()
	sg, _ := st.EgoGraph(ctx, hub, 2, 1000)
	var dot bytes.Buffer
	render.SubgraphDOT(&dot, sg, render.SubgraphOptions{Title: "big"})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var svg bytes.Buffer
		if err := render.Layout(ctx, dot.Bytes(), "svg", "sfdp", &svg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSystemDotConvergence and BenchmarkSystemDotEgo1000 lay out the same
// DOT text with Debian's Graphviz, for comparison with go-graphviz.
func BenchmarkSystemDotConvergence(b *testing.B) {
	st := exampleStore(b)
	defer st.Close()
	m, _ := st.Convergence(context.Background())
	var dot bytes.Buffer
	render.ConvergenceDOT(&dot, m, render.Options{})
	systemDotBench(b, dot.Bytes(), "circo")
}

func BenchmarkSystemDotEgo1000(b *testing.B) {
	st, hub := bigStore(b, 600)
	defer st.Close()
	sg, _ := st.EgoGraph(context.Background(), hub, 2, 1000)
	var dot bytes.Buffer
	render.SubgraphDOT(&dot, sg, render.SubgraphOptions{Title: "big"})
	systemDotBench(b, dot.Bytes(), "sfdp")
}

func systemDotBench(b *testing.B, dot []byte, layout string) {
	path, err := exec.LookPath("dot")
	if err != nil {
		b.Skip("Graphviz dot not installed")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(path, "-Tsvg", "-K"+layout)
		cmd.Stdin = bytes.NewReader(dot)
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
	}
}
