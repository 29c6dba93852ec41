package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const example = "../../examples/g7-ottawa.txt"

// cli runs the app in-process and returns exit code, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"crimegraph"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

type stats struct {
	Quads      int64 `json:"quads"`
	Nodes      int64 `json:"nodes"`
	Documents  int64 `json:"documents"`
	Statements int64 `json:"statements"`
}

func statsOf(t *testing.T, db string) stats {
	t.Helper()
	code, out, errs := runCLI(t, "", "--db", db, "stats", "--format", "json")
	if code != 0 {
		t.Fatalf("stats: exit %d: %s", code, errs)
	}
	var s stats
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("stats output %q: %v", out, err)
	}
	return s
}

func TestIngestStatsExport(t *testing.T) {
	db := "bolt:" + filepath.Join(t.TempDir(), "g7.db")
	code, out, errs := runCLI(t, "", "--db", db, "ingest", example)
	if code != 0 || !strings.Contains(out, "ingested 1 documents (0 unchanged, 0 replaced), 28 statements") {
		t.Fatalf("ingest: exit %d, out %q, err %q", code, out, errs)
	}
	first := statsOf(t, db)
	if first.Quads == 0 || first.Documents != 1 || first.Statements != 28 {
		t.Fatalf("stats after ingest: %+v", first)
	}
	// again, with --db after the command name: nothing changes
	if code, _, errs := runCLI(t, "", "ingest", "--db", db, example); code != 0 {
		t.Fatalf("second ingest: %s", errs)
	}
	if second := statsOf(t, db); second != first {
		t.Fatalf("second ingest changed the store: %+v -> %+v", first, second)
	}
	// export writes one line per quad
	code, out, errs = runCLI(t, "", "--db", db, "export", "--format", "nquads")
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	if n := strings.Count(out, "\n"); int64(n) != first.Quads {
		t.Fatalf("export wrote %d lines, store has %d quads", n, first.Quads)
	}
	// export to a file, then ingest it into a fresh store: the same quads
	nq := filepath.Join(t.TempDir(), "g7.nq")
	if code, _, errs := runCLI(t, "", "--db", db, "export", "-o", nq); code != 0 {
		t.Fatal(errs)
	}
	db2 := "bolt:" + filepath.Join(t.TempDir(), "copy.db")
	if code, _, errs := runCLI(t, "", "--db", db2, "ingest", nq); code != 0 {
		t.Fatal(errs)
	}
	if got := statsOf(t, db2); got.Quads != first.Quads {
		t.Fatalf("re-imported store has %d quads, want %d", got.Quads, first.Quads)
	}
}

func TestEnvDB(t *testing.T) {
	db := "bolt:" + filepath.Join(t.TempDir(), "env.db")
	t.Setenv("CRIMEGRAPH_DB", db)
	if code, _, errs := runCLI(t, "", "ingest", example); code != 0 {
		t.Fatal(errs)
	}
	if s := statsOf(t, db); s.Documents != 1 {
		t.Fatalf("CRIMEGRAPH_DB store has %+v", s)
	}
}

func TestExtractFormats(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		check  func(string) bool
		expect string
	}{
		{"jsonl", []string{"extract", "--format", "jsonl", example}, func(out string) bool {
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				var f map[string]interface{}
				if json.Unmarshal([]byte(line), &f) != nil || f["kind"] == nil || f["sentence_text"] == nil {
					return false
				}
			}
			return strings.Contains(out, `"kind":"converges"`) && strings.Contains(out, `"kind":"said"`)
		}, "JSON facts with said and converges"},
		{"nquads", []string{"extract", "--format", "nquads", example}, func(out string) bool {
			return strings.Contains(out, "<https://w3id.org/crimegraph/ns#convergesWith>") && strings.Contains(out, "/id/doc/g7-ottawa/s9> .")
		}, "N-Quads labelled with statements"},
		{"table", []string{"extract", "--format", "table", example}, func(out string) bool {
			return strings.Contains(out, "Gary Anandasangaree —noted→")
		}, "a table for people"},
		{"stdin", []string{"extract", "-"}, func(out string) bool {
			return strings.Contains(out, `"label":"Jane Roe"`)
		}, "facts from stdin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "Minister Jane Roe said gangs are involved in fraud.", tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if !tc.check(out) {
				t.Fatalf("want %s, got:\n%.600s", tc.expect, out)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("fine line\nbroken \xff here\n"), 0o644)
	badNQ := filepath.Join(dir, "bad.nq")
	os.WriteFile(badNQ, []byte("<http://a> <http://b> <http://c> .\n<http://a> oops .\n"), 0o644)
	db := "bolt:" + filepath.Join(dir, "e.db")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"flag after arguments", []string{"--db", db, "ingest", example, "--format", "json"}, exitUsage, "write flags first"},
		{"bad address", []string{"--db", "oracle://x", "stats"}, exitError, "accepted: bolt:PATH, memory:"},
		{"invalid utf8", []string{"--db", db, "ingest", bad}, exitError, "bad.txt:2:8: invalid UTF-8"},
		{"bad nquads line", []string{"--db", db, "ingest", badNQ}, exitError, "bad.nq:2:"},
		{"missing file", []string{"--db", db, "ingest", filepath.Join(dir, "nope.txt")}, exitError, "nope.txt"},
		{"unsupported extension", []string{"--db", db, "ingest", "main.go"}, exitError, "unsupported input format"},
		{"unknown format", []string{"extract", "--format", "xml", example}, exitUsage, "accepted: jsonl"},
		{"unknown view", []string{"--db", db, "render", "--view", "nope"}, exitUsage, "unknown view"},
		{"query timeout", []string{"--db", "memory:", "query", "--timeout", "300ms", "while(true){}"}, exitError, "time limit"},
		{"no arguments", []string{"ingest"}, exitUsage, "missing arguments"},
		{"read from a store never made", []string{"--db", "bolt:" + filepath.Join(dir, "typo.db"), "stats"}, exitError, "no store here"},
		{"path on a store never made", []string{"--db", "bolt:" + filepath.Join(dir, "typo.db"), "path", "Anandasangaree", "terrorism"}, exitError, "no store here"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", tc.args...)
			if code != tc.wantCode || !strings.Contains(errs, tc.wantErr) {
				t.Fatalf("exit %d, stderr %q; want exit %d with %q", code, errs, tc.wantCode, tc.wantErr)
			}
		})
	}
	// a file rejected mid-ingest leaves nothing of itself in the store
	if s := statsOf(t, db); s.Documents != 0 {
		t.Fatalf("a bad file left %d documents", s.Documents)
	}
}

func TestRenderAndQuery(t *testing.T) {
	dir := t.TempDir()
	db := "bolt:" + filepath.Join(dir, "r.db")
	if code, _, errs := runCLI(t, "", "--db", db, "ingest", example); code != 0 {
		t.Fatal(errs)
	}
	svg := filepath.Join(dir, "c.svg")
	if code, _, errs := runCLI(t, "", "--db", db, "render", "--view", "convergence", "--format", "svg", "-o", svg); code != 0 {
		t.Fatal(errs)
	}
	b, err := os.ReadFile(svg)
	if err != nil || !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("organized crime")) {
		t.Fatalf("no SVG written: %v", err)
	}
	code, out, errs := runCLI(t, "", "--db", db, "render", "--format", "dot")
	if code != 0 || !strings.HasPrefix(out, "graph convergence {") {
		t.Fatalf("dot: %d %s %s", code, out, errs)
	}
	q := `g.V("<https://w3id.org/crimegraph/id/crime/terrorism>").In("<https://w3id.org/crimegraph/ns#convergesWith>").All()`
	code, out, errs = runCLI(t, "", "--db", db, "query", q)
	if code != 0 || !strings.Contains(out, "organized-crime") {
		t.Fatalf("query: %d %s %s", code, out, errs)
	}
	code, out, _ = runCLI(t, q, "--db", db, "query", "-")
	if code != 0 || !strings.Contains(out, "organized-crime") {
		t.Fatalf("query from stdin: %d %s", code, out)
	}
}

func TestEval(t *testing.T) {
	gold := "../../loaders/testdata/corpus/g7-ottawa.gold.jsonl"
	code, out, errs := runCLI(t, "", "eval", "--gold", gold, "--min-said-f1", "0.95", "--min-converges-f1", "0.95", example)
	if code != 0 || !strings.HasPrefix(out, "said P=1.000 R=1.000 F1=1.000") {
		t.Fatalf("eval: %d %q %q", code, out, errs)
	}
	code, _, errs = runCLI(t, "", "eval", "--gold", gold, "--min-said-f1", "1.01", example)
	if code != exitError || !strings.Contains(errs, "below threshold") {
		t.Fatalf("threshold not enforced: %d %q", code, errs)
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, c := range newApp(nil).Commands {
		if !strings.Contains(c.Description, "Example") {
			t.Errorf("command %s has no example in its help", c.Name)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGoldenOutputs checks the query commands' output on the example graph.
func TestGoldenOutputs(t *testing.T) {
	db := "bolt:" + filepath.Join(t.TempDir(), "golden.db")
	if code, _, errs := runCLI(t, "", "--db", db, "ingest", example); code != 0 {
		t.Fatal(errs)
	}
	q, _ := os.ReadFile("../../examples/queries/who-said-about-terrorism.js")
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"path-anandasangaree-terrorism", "", []string{"path", "--k", "2", "Anandasangaree", "crime:terrorism"}},
		{"path-json", "", []string{"path", "--k", "1", "--format", "json", "Brunner", "drug trafficking"}},
		{"convergence", "", []string{"convergence"}},
		{"convergence-matrix", "", []string{"convergence", "--format", "matrix"}},
		{"convergence-csv", "", []string{"convergence", "--format", "csv", "--mechanism", "involvement"}},
		{"claims-speaker", "", []string{"claims", "--speaker", "Brunner"}},
		{"claims-about", "", []string{"claims", "--about", "terrorism", "--format", "json"}},
		{"neighbors", "", []string{"neighbors", "--predicate", "cg:convergesWith", "crime:organized-crime"}},
		{"query-who-said", string(q), []string{"query", "-"}},
		{"name-ambiguous-or-unknown", "", []string{"path", "Anandasangre", "terrorism"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, out, errs := runCLI(t, tc.stdin, append([]string{"--db", db}, tc.args...)...)
			got := out + errs
			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				os.WriteFile(golden, []byte(got), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Fatalf("output differs from %s:\n%s", golden, got)
			}
		})
	}
}

func TestRenderViews(t *testing.T) {
	dir := t.TempDir()
	db := "bolt:" + filepath.Join(dir, "v.db")
	if code, _, errs := runCLI(t, "", "--db", db, "ingest", example); code != 0 {
		t.Fatal(errs)
	}
	tests := []struct {
		name    string
		args    []string
		want    string
		wantErr string
	}{
		{"ego", []string{"render", "--view", "ego", "--node", "Anandasangaree", "--depth", "2", "--format", "dot"}, "Gary Anandasangaree and its neighbourhood", ""},
		{"ego limited", []string{"render", "--view", "ego", "--node", "G7 ministers", "--max-nodes", "4", "--format", "dot"}, "less connected nodes left out", "left out of the picture"},
		{"path", []string{"render", "--view", "path", "--from", "Brunner", "--to", "terrorism", "--format", "svg"}, "<svg", ""},
		{"claims", []string{"render", "--view", "claims", "--about", "terrorism", "--format", "dot"}, "Gary Anandasangaree", ""},
		{"ego needs node", []string{"render", "--view", "ego"}, "", "needs --node"},
		{"bad layout", []string{"render", "--layout", "spiral"}, "", "unsupported layout"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, out, errs := runCLI(t, "", append([]string{"--db", db}, tc.args...)...)
			if !strings.Contains(out, tc.want) || tc.wantErr != "" && !strings.Contains(errs, tc.wantErr) {
				t.Fatalf("out %.300q, err %q; want %q and %q", out, errs, tc.want, tc.wantErr)
			}
		})
	}
}

// TestSchemaFileCurrent: schema/crimegraph.ttl is the schema command's
// output; -update rewrites it.
func TestSchemaFileCurrent(t *testing.T) {
	code, out, errs := runCLI(t, "", "schema", "--format", "turtle")
	if code != 0 {
		t.Fatal(errs)
	}
	const file = "../../schema/crimegraph.ttl"
	if *update {
		os.WriteFile(file, []byte(out), 0o644)
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if out != string(want) {
		t.Fatal("schema/crimegraph.ttl is out of date: run go test ./cmd/crimegraph -run TestSchemaFileCurrent -update")
	}
	for _, want := range []string{"cg:convergesWith a owl:ObjectProperty, owl:SymmetricProperty", "skos:broader crime:drug-trafficking", "crime:terrorism skos:scopeNote"} {
		if !strings.Contains(out, want) {
			t.Errorf("schema lacks %q", want)
		}
	}
	if rapper, err := exec.LookPath("rapper"); err == nil {
		cmd := exec.Command(rapper, "-i", "turtle", "-c", file)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("rapper rejects the schema: %v %s", err, b)
		}
	} else if os.Getenv("CI") != "" {
		t.Fatal("rapper not installed in CI")
	}
	code, out, _ = runCLI(t, "", "schema", "--format", "jsonld")
	var v map[string]interface{}
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || v["@context"] == nil {
		t.Fatalf("schema --format jsonld is not JSON-LD: %.200s", out)
	}
}

func TestImportRDF(t *testing.T) {
	dir := t.TempDir()
	db := "bolt:" + filepath.Join(dir, "src.db")
	if code, _, errs := runCLI(t, "", "--db", db, "ingest", example); code != 0 {
		t.Fatal(errs)
	}
	want := statsOf(t, db).Quads
	for _, f := range []struct{ format, ext string }{{"nquads", "nq"}, {"jsonld", "jsonld"}, {"trig", "trig"}} {
		t.Run(f.format, func(t *testing.T) {
			if f.format == "trig" {
				if _, err := exec.LookPath("rapper"); err != nil && os.Getenv("CI") == "" {
					t.Skip("SKIP: rapper not installed")
				}
			}
			file := filepath.Join(dir, "export."+f.ext)
			if code, _, errs := runCLI(t, "", "--db", db, "export", "--format", f.format, "-o", file); code != 0 {
				t.Fatal(errs)
			}
			db2 := "bolt:" + filepath.Join(dir, f.format+".db")
			if code, _, errs := runCLI(t, "", "--db", db2, "ingest", file); code != 0 {
				t.Fatal(errs)
			}
			if got := statsOf(t, db2).Quads; got != want {
				t.Fatalf("%s round trip: %d quads, want %d", f.format, got, want)
			}
		})
	}
}
