package graph_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/schema"
)

const ex = "http://example.org/"

// generated builds a small graph whose shortest paths are known:
//
//	a - b - c - d - e      (chain, predicate p)
//	a - x - e              (a shortcut of two hops, predicate q)
//	f                      (isolated but for a type shared with a)
//
// Every edge is labelled with a statement whose text names it.
func generated(t testing.TB, addr string) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	var qs []quad.Quad
	edge := func(s, p, o string, n int) {
		stmt := quad.IRI(fmt.Sprintf("%sdoc/gen/s%d", ex, n))
		qs = append(qs,
			quad.Quad{Subject: quad.IRI(ex + s), Predicate: quad.IRI(ex + p), Object: quad.IRI(ex + o), Label: stmt},
			quad.Quad{Subject: stmt, Predicate: quad.IRI(schema.Text), Object: quad.String(s + " " + p + " " + o), Label: quad.IRI(ex + "doc/gen")},
			quad.Quad{Subject: stmt, Predicate: quad.IRI(st.Vocab.Term(schema.Index)), Object: quad.Int(n), Label: quad.IRI(ex + "doc/gen")},
			quad.Quad{Subject: stmt, Predicate: quad.IRI(schema.WasDerivedFrom), Object: quad.IRI(ex + "doc/gen"), Label: quad.IRI(ex + "doc/gen")})
	}
	edge("a", "p", "b", 1)
	edge("b", "p", "c", 2)
	edge("d", "p", "c", 3) // stored backwards: paths follow it both ways
	edge("d", "p", "e", 4)
	edge("a", "q", "x", 5)
	edge("x", "q", "e", 6)
	for _, n := range []string{"a", "f"} {
		qs = append(qs, quad.Quad{Subject: quad.IRI(ex + n), Predicate: quad.IRI(schema.RDFType), Object: quad.IRI(ex + "Thing")})
	}
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "x"} {
		qs = append(qs, quad.Quad{Subject: quad.IRI(ex + n), Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String("node " + n)})
	}
	qs = append(qs,
		quad.Quad{Subject: quad.IRI(ex + "p1"), Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String("John Smith")},
		quad.Quad{Subject: quad.IRI(ex + "p2"), Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String("Jane Smith")})
	if err := st.WriteQuads(ctx, qs); err != nil {
		t.Fatal(err)
	}
	return st
}

func names(p graph.Path) string {
	var b strings.Builder
	for i, h := range p.Hops {
		if i == 0 {
			b.WriteString(strings.TrimPrefix(h.From.IRI, ex))
		}
		b.WriteString(" " + strings.TrimPrefix(h.To.IRI, ex))
	}
	return b.String()
}

func TestPaths(t *testing.T) {
	ctx := context.Background()
	for name, addr := range backends(t) {
		st := generated(t, addr)
		tests := []struct {
			name     string
			from, to string
			opts     graph.PathOptions
			want     []string
		}{
			{"shortest first", "a", "e", graph.PathOptions{K: 1}, []string{"a x e"}},
			{"k paths by length", "a", "e", graph.PathOptions{K: 3}, []string{"a x e", "a b c d e"}},
			{"max hops bounds", "a", "e", graph.PathOptions{K: 3, MaxHops: 3}, []string{"a x e"}},
			{"against stored direction", "c", "d", graph.PathOptions{K: 1}, []string{"c d"}},
			{"via predicate", "a", "e", graph.PathOptions{K: 3, Via: []string{ex + "p"}}, []string{"a b c d e"}},
			{"bookkeeping skipped", "a", "f", graph.PathOptions{K: 1}, nil},
			{"bookkeeping followed with All", "a", "f", graph.PathOptions{K: 1, All: true}, []string{"a Thing f"}},
		}
		for _, tc := range tests {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				paths, err := st.Paths(ctx, ex+tc.from, ex+tc.to, tc.opts)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, p := range paths {
					got = append(got, names(p))
				}
				if strings.Join(got, "|") != strings.Join(tc.want, "|") {
					t.Fatalf("got %q, want %q", got, tc.want)
				}
			})
		}
		t.Run(name+"/evidence and direction", func(t *testing.T) {
			paths, err := st.Paths(ctx, ex+"c", ex+"d", graph.PathOptions{K: 1})
			if err != nil || len(paths) != 1 {
				t.Fatalf("%v %v", paths, err)
			}
			h := paths[0].Hops[0]
			if h.Forward || h.Evidence == nil || h.Evidence.Text != "d p c" || h.Evidence.Index != 3 || h.Evidence.Doc != ex+"doc/gen" || h.From.Label != "node c" {
				t.Fatalf("hop %+v evidence %+v", h, h.Evidence)
			}
		})
		st.Close()
	}
}

func TestResolve(t *testing.T) {
	ctx := context.Background()
	st := generated(t, "memory:")
	defer st.Close()
	if err := st.WriteQuads(ctx, seedQuads(t, st)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr error
		hint    string
	}{
		{"full IRI", "<" + ex + "a>", ex + "a", nil, ""},
		{"bare IRI", ex + "b", ex + "b", nil, ""},
		{"prefixed crime", "crime:terrorism", schema.DefaultBase + "id/crime/terrorism", nil, ""},
		{"prefixed person", "person:gary-anandasangaree", schema.DefaultBase + "id/person/gary-anandasangaree", nil, ""},
		{"label, any case", "NODE C", ex + "c", nil, ""},
		{"surname", "Anandasangaree", schema.DefaultBase + "id/person/gary-anandasangaree", nil, ""},
		{"acronym", "G7", schema.DefaultBase + "id/org/g7", nil, ""},
		{"narrow concept over synonym", "fentanyl", schema.DefaultBase + "id/crime/fentanyl", nil, ""},
		{"ambiguous", "Smith", "", graph.ErrAmbiguous, "John Smith"},
		{"unknown suggests", "Anandasangre", "", graph.ErrNotFound, "did you mean: Gary Anandasangaree"},
		{"unknown IRI", ex + "nope", "", graph.ErrNotFound, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := st.Resolve(ctx, tc.in)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.hint) {
					t.Fatalf("got %v, want %v with %q", err, tc.wantErr, tc.hint)
				}
				return
			}
			if err != nil || n.IRI != tc.want {
				t.Fatalf("got %v %v, want %s", n, err, tc.want)
			}
		})
	}
}

func TestClaimsAndNeighbors(t *testing.T) {
	ctx := context.Background()
	st := exampleStore(t)
	defer st.Close()
	person := schema.DefaultBase + "id/person/gary-anandasangaree"
	cs, err := st.Claims(ctx, graph.ClaimFilter{Speaker: person})
	if err != nil || len(cs) != 6 {
		t.Fatalf("got %d claims, %v", len(cs), err)
	}
	if cs[5].Verb != "added" || !cs[5].Negated || cs[5].Evidence.Index != 18 {
		t.Errorf("last claim %+v", cs[5])
	}
	about, _ := st.Claims(ctx, graph.ClaimFilter{About: schema.DefaultBase + "id/crime/terrorism"})
	if len(about) != 1 || about[0].Speaker.Label != "Gary Anandasangaree" {
		t.Errorf("claims about terrorism: %+v", about)
	}
	ns, err := st.Neighbors(ctx, schema.DefaultBase+"id/crime/terrorism", graph.NeighborOptions{Depth: 1, Predicate: []string{st.Vocab.Term(schema.ConvergesWith)}})
	if err != nil || len(ns) != 1 || ns[0].Node.Label != "organized crime" || ns[0].Evidence == nil || ns[0].Evidence.Index != 9 {
		t.Fatalf("neighbors: %+v %v", ns, err)
	}
}
