package graph_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/loaders"
	"github.com/crimegraph/crimegraph/schema"
)

// hostile is a graph whose values break careless writers: quotes, newlines,
// backslashes, spaces and non-ASCII in labels and IRIs.
func hostile(t testing.TB) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), "memory:", nil)
	if err != nil {
		t.Fatal(err)
	}
	base := "https://w3id.org/crimegraph/id/person/"
	g := quad.IRI("https://w3id.org/crimegraph/id/doc/hostile/s1")
	qs := []quad.Quad{
		{Subject: quad.IRI(base + "antónio guterres"), Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String("António \"Tony\" Guterres\nline two \\ backslash\ttab"), Label: g},
		{Subject: quad.IRI(base + "antónio guterres"), Predicate: quad.IRI(schema.RDFSLabel), Object: quad.LangString{Value: "Гутерриш", Lang: "ru"}, Label: g},
		{Subject: quad.IRI(base + "a<b>{c}|d^e`f\\g"), Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String("<b>&amp; ]]> </graphml>"), Label: g},
		{Subject: quad.IRI(base + "a<b>{c}|d^e`f\\g"), Predicate: quad.IRI(schema.MemberOf), Object: quad.IRI(base + "antónio guterres"), Label: g},
		{Subject: g, Predicate: quad.IRI(schema.DateIssued), Object: quad.TypedString{Value: "2025-06-02", Type: quad.IRI(schema.XSD + "date")}, Label: quad.IRI("https://w3id.org/crimegraph/id/doc/hostile")},
		{Subject: g, Predicate: quad.IRI("https://w3id.org/crimegraph/ns#index"), Object: quad.Int(1)},
		{Subject: g, Predicate: quad.IRI("https://w3id.org/crimegraph/ns#negated"), Object: quad.Bool(false)},
	}
	if err := st.WriteQuads(context.Background(), qs); err != nil {
		t.Fatal(err)
	}
	return st
}

func exampleStore(t testing.TB) *graph.Store {
	st, err := graph.Open(context.Background(), "memory:", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.WriteQuads(context.Background(), seedQuads(t, st)); err != nil {
		t.Fatal(err)
	}
	return st
}

func export(t *testing.T, st *graph.Store, format string, reify bool) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := st.Export(context.Background(), &b, format, &graph.ExportOptions{Reify: reify}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// tool finds a parser; outside CI a missing one is a visible skip.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s not installed in CI", name)
		}
		t.Skipf("SKIP: %s not installed", name)
	}
	return p
}

// rapperCount parses with raptor's rapper and returns the statement count.
func rapperCount(t *testing.T, data []byte, syntax string) int {
	t.Helper()
	cmd := exec.Command(tool(t, "rapper"), "-i", syntax, "-c", "-", "https://w3id.org/crimegraph/")
	cmd.Stdin = bytes.NewReader(data)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("rapper -i %s rejects the export: %v\n%s", syntax, err, out.String())
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if i := strings.Index(line, "returned "); i >= 0 {
			n, _ := strconv.Atoi(strings.Fields(line[i+len("returned "):])[0])
			return n
		}
	}
	t.Fatalf("no count in rapper output: %s", out.String())
	return 0
}

const rdflibScript = `
import sys, rdflib
fmt, kind = sys.argv[1], sys.argv[2]
data = sys.stdin.buffer.read()
if kind == "quads":
    g = rdflib.Dataset()
    g.parse(data=data, format=fmt)
    print(sum(len(c) for c in g.graphs()))
else:
    g = rdflib.Graph()
    g.parse(data=data, format=fmt)
    print(len(g))
`

// rdflibCount parses with rdflib: distinct triples, or quads summed over graphs.
func rdflibCount(t *testing.T, data []byte, format, kind string) int {
	t.Helper()
	// Debian's python3-rdflib belongs to /usr/bin/python3, which may not be
	// the first python3 on PATH
	py := ""
	for _, c := range []string{"/usr/bin/python3", "python3"} {
		if p, err := exec.LookPath(c); err == nil && exec.Command(p, "-c", "import rdflib").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("python3-rdflib not installed in CI")
		}
		t.Skip("SKIP: rdflib not installed")
	}
	cmd := exec.Command(py, "-c", rdflibScript, format, kind)
	cmd.Stdin = bytes.NewReader(data)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("rdflib (%s) rejects the export: %v\n%s", format, err, errb.String())
	}
	n, err := strconv.Atoi(strings.TrimSpace(out.String()))
	if err != nil {
		t.Fatalf("rdflib said %q", out.String())
	}
	return n
}

func TestExportsParse(t *testing.T) {
	for name, mk := range map[string]func(testing.TB) *graph.Store{"example": exampleStore, "hostile": hostile} {
		t.Run(name, func(t *testing.T) {
			st := mk(t)
			defer st.Close()
			nq, nt, ttl := export(t, st, "nquads", false), export(t, st, "ntriples", false), export(t, st, "turtle", false)
			trig, jsonld := export(t, st, "trig", false), export(t, st, "jsonld", false)
			quads := strings.Count(string(nq), "\n")
			triples := strings.Count(string(nt), "\n")
			// raptor
			if n := rapperCount(t, nq, "nquads"); n != quads {
				t.Errorf("rapper: %d N-Quads statements, wrote %d", n, quads)
			}
			if n := rapperCount(t, nt, "ntriples"); n != triples {
				t.Errorf("rapper: %d N-Triples, wrote %d", n, triples)
			}
			if n := rapperCount(t, ttl, "turtle"); n != triples {
				t.Errorf("rapper: %d Turtle triples, want %d", n, triples)
			}
			if n := rapperCount(t, trig, "trig"); n != quads {
				t.Errorf("rapper: %d TriG statements, want %d", n, quads)
			}
			// rdflib
			if n := rdflibCount(t, nt, "nt", "triples"); n != triples {
				t.Errorf("rdflib: %d N-Triples, want %d", n, triples)
			}
			if n := rdflibCount(t, ttl, "turtle", "triples"); n != triples {
				t.Errorf("rdflib: %d Turtle triples, want %d", n, triples)
			}
			if n := rdflibCount(t, nq, "nquads", "quads"); n != quads {
				t.Errorf("rdflib: %d N-Quads, want %d", n, quads)
			}
			if n := rdflibCount(t, trig, "trig", "quads"); n != quads {
				t.Errorf("rdflib: %d TriG quads, want %d", n, quads)
			}
			if n := rdflibCount(t, jsonld, "json-ld", "quads"); n != quads {
				t.Errorf("rdflib: %d JSON-LD quads, want %d", n, quads)
			}
			// reified Turtle keeps provenance: five more triples per labelled triple
			reified := export(t, st, "turtle", true)
			if n := rapperCount(t, reified, "turtle"); n <= triples {
				t.Errorf("reified Turtle has %d triples, plain %d", n, triples)
			}
			// GraphML is well-formed XML with nodes and edges
			gml := export(t, st, "graphml", false)
			d := xml.NewDecoder(bytes.NewReader(gml))
			nodes, edges := 0, 0
			for {
				tok, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("GraphML is not well-formed: %v", err)
				}
				if se, ok := tok.(xml.StartElement); ok {
					switch se.Name.Local {
					case "node":
						nodes++
					case "edge":
						edges++
					}
				}
			}
			if nodes == 0 || edges == 0 {
				t.Errorf("GraphML has %d nodes, %d edges", nodes, edges)
			}
		})
	}
}

// TestRoundTrip: export N-Quads, ingest into a fresh store, export again:
// the same sorted output.
func TestRoundTrip(t *testing.T) {
	for name, mk := range map[string]func(testing.TB) *graph.Store{"example": exampleStore, "hostile": hostile} {
		t.Run(name, func(t *testing.T) {
			st := mk(t)
			defer st.Close()
			first := export(t, st, "nquads", false)
			qs, err := loaders.QuadsFile("export.nq", bytes.NewReader(first))
			if err != nil {
				t.Fatal(err)
			}
			st2, err := graph.Open(context.Background(), "bolt:"+filepath.Join(t.TempDir(), "rt.db"), nil)
			if err != nil {
				t.Fatal(err)
			}
			defer st2.Close()
			if err := st2.WriteQuads(context.Background(), qs); err != nil {
				t.Fatal(err)
			}
			second := export(t, st2, "nquads", false)
			a, b := sortedLines(first), sortedLines(second)
			if a != b {
				t.Fatalf("round trip changed the export:\n%s\n---\n%s", a[:min(len(a), 2000)], b[:min(len(b), 2000)])
			}
		})
	}
}

func sortedLines(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
