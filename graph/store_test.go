package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	_ "github.com/lib/pq"
	bolt "go.etcd.io/bbolt"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/loaders"
)

// backends lists the stores every store test runs on: memory, bolt, and
// PostgreSQL when CRIMEGRAPH_TEST_POSTGRES names a database (CI sets it).
func backends(t *testing.T) map[string]string {
	b := map[string]string{
		"memory": "memory:",
		"bolt":   "bolt:" + filepath.Join(t.TempDir(), "test.db"),
	}
	if pg := freshPostgres(t); pg != "" {
		b["postgres"] = pg
	}
	return b
}

// freshPostgres makes an empty database for one test on the server that
// CRIMEGRAPH_TEST_POSTGRES names, and drops it afterwards; "" without one.
func freshPostgres(t *testing.T) string {
	t.Helper()
	admin := os.Getenv("CRIMEGRAPH_TEST_POSTGRES")
	if admin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CRIMEGRAPH_TEST_POSTGRES is not set in CI")
		}
		t.Log("SKIP postgres backend: CRIMEGRAPH_TEST_POSTGRES not set")
		return ""
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("crimegraph_t_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		db.Close()
	})
	u, _ := url.Parse(admin)
	u.Path = "/" + name
	return u.String()
}

func seedQuads(t testing.TB, st *graph.Store) []quad.Quad {
	t.Helper()
	data, err := os.ReadFile("../examples/g7-ottawa.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := loaders.TextDocument("g7-ottawa.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	x := loaders.NewExtractor(st.Vocab.Base)
	return append(loaders.TaxonomyQuads(st.Vocab), x.Extract(doc).Quads(st.Vocab)...)
}

func TestStoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	for name, addr := range backends(t) {
		t.Run(name, func(t *testing.T) {
			st, err := graph.Open(ctx, addr, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if st.Backend != name && !(name == "postgres" && st.Backend == "postgres") {
				t.Fatalf("opened backend %q, asked for %q", st.Backend, name)
			}
			qs := seedQuads(t, st)
			if err := st.WriteQuads(ctx, qs); err != nil {
				t.Fatal(err)
			}
			s1, err := st.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if s1.Quads == 0 || s1.Documents != 1 || s1.Statements != 28 || s1.Claims < 17 || s1.Links != 4 {
				t.Fatalf("unexpected stats %+v", s1)
			}
			// idempotent: the same quads again change nothing
			if err := st.WriteQuads(ctx, qs); err != nil {
				t.Fatal(err)
			}
			s2, _ := st.Stats(ctx)
			if s2 != s1 {
				t.Fatalf("second write changed the store: %+v -> %+v", s1, s2)
			}
			// every quad written is read back, with its statement label
			var out bytes.Buffer
			n, err := st.Export(ctx, &out, "nquads", nil)
			if err != nil {
				t.Fatal(err)
			}
			if int64(n) != s1.Quads || strings.Count(out.String(), "\n") != n {
				t.Fatalf("exported %d quads (%d lines), store has %d", n, strings.Count(out.String(), "\n"), s1.Quads)
			}
			for _, q := range qs[:50] {
				if !strings.Contains(out.String(), q.NQuad()) {
					t.Fatalf("quad missing from export: %s", q.NQuad())
				}
			}
		})
	}
}

func TestBoltPersistsAndIsCayleyBbolt(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "g7.db")
	st, err := graph.Open(ctx, "bolt:"+dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.WriteQuads(ctx, seedQuads(t, st)); err != nil {
		t.Fatal(err)
	}
	want, _ := st.Stats(ctx)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	// the file is a bbolt database in Cayley's layout, and the bbolt backend is registered
	if !cgraph.IsRegistered("bbolt") {
		t.Error("cayley's bbolt backend is not registered")
	}
	db, err := bolt.Open(filepath.Join(dir, "indexes.bolt"), 0o644, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatalf("not a bbolt file: %v", err)
	}
	var buckets []string
	db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			buckets = append(buckets, string(name))
			return nil
		})
	})
	db.Close()
	if len(buckets) == 0 {
		t.Fatal("bbolt file has no buckets")
	}
	st, err = graph.Open(ctx, "bolt:"+dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	got, _ := st.Stats(ctx)
	if got != want {
		t.Fatalf("after reopen %+v, want %+v", got, want)
	}
}

func TestOpenInUse(t *testing.T) {
	ctx := context.Background()
	addr := "bolt:" + filepath.Join(t.TempDir(), "held.db")
	st, err := graph.Open(ctx, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	_, err = graph.Open(ctx, addr, &graph.Options{LockTimeout: 300 * time.Millisecond})
	if !errors.Is(err, graph.ErrInUse) {
		t.Fatalf("second open: got %v, want ErrInUse", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("second open took %s", d)
	}
	if !strings.Contains(err.Error(), "database in use by another process") {
		t.Errorf("unclear error: %v", err)
	}
}

func TestOpenBadAddress(t *testing.T) {
	for _, addr := range []string{"mysql://x", "bolt:", "nonsense"} {
		_, err := graph.Open(context.Background(), addr, nil)
		if !errors.Is(err, graph.ErrAddress) {
			t.Errorf("%q: got %v, want ErrAddress", addr, err)
		}
		if err != nil && !strings.Contains(err.Error(), "bolt:PATH") {
			t.Errorf("%q: error does not list the accepted forms: %v", addr, err)
		}
	}
}

func TestQuery(t *testing.T) {
	ctx := context.Background()
	st := exampleStore(t)
	defer st.Close()
	tests := []struct {
		name, lang, q string
		want          string
		wantErr       error
	}{
		{"converges with organized crime", "gizmo",
			`g.V("<https://w3id.org/crimegraph/id/crime/organized-crime>").Out("<https://w3id.org/crimegraph/ns#convergesWith>").All()`,
			"https://w3id.org/crimegraph/id/crime/terrorism", nil},
		{"runaway query stopped", "gizmo", `while (true) {}`, "", graph.ErrQueryTimeout},
		{"unknown language", "sparql", `SELECT *`, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := st.Query(ctx, tc.lang, tc.q, 100, 2*time.Second)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("got %v, want %v", err, tc.wantErr)
				}
				return
			}
			if tc.want == "" {
				if err == nil {
					t.Fatal("want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(res)
			if !strings.Contains(string(b), tc.want) {
				t.Fatalf("%v does not contain %s", res, tc.want)
			}
		})
	}
}

func TestConvergenceMatrix(t *testing.T) {
	ctx := context.Background()
	st := exampleStore(t)
	defer st.Close()
	m, err := st.Convergence(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range m.Edges {
		got[e.ALabel+"|"+e.BLabel] = strings.Join(e.Mechanisms, ",")
		if len(e.Statements) != 1 || e.Documents != 1 {
			t.Errorf("%s-%s: %d statements, %d documents", e.ALabel, e.BLabel, len(e.Statements), e.Documents)
		}
	}
	want := map[string]string{
		"cybercrime|organized crime":        "link",
		"drug trafficking|organized crime":  "involvement",
		"human trafficking|organized crime": "link",
		"organized crime|terrorism":         "link",
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got mechanisms %q, want %q", k, got[k], v)
		}
	}
}

func ExampleOpen() {
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:", nil)
	if err != nil {
		panic(err)
	}
	defer st.Close()
	x := loaders.NewExtractor("")
	res := x.Extract(loaders.Document{Slug: "note", Text: "Officials said that gangs are increasingly involved in fraud."})
	if err := st.WriteQuads(ctx, res.Quads(st.Vocab)); err != nil {
		panic(err)
	}
	m, _ := st.Convergence(ctx)
	for _, e := range m.Edges {
		os.Stdout.WriteString(e.ALabel + " <-> " + e.BLabel + " (" + strings.Join(e.Mechanisms, ",") + ")\n")
	}
	// Output:
	// fraud <-> organized crime (involvement)
}

func TestPostgresErrors(t *testing.T) {
	admin := os.Getenv("CRIMEGRAPH_TEST_POSTGRES")
	if admin == "" {
		t.Skip("SKIP: CRIMEGRAPH_TEST_POSTGRES not set")
	}
	u, _ := url.Parse(admin)
	wrongPW := *u
	wrongPW.User = url.UserPassword(u.User.Username(), "not-the-password-42")
	noDB := *u
	noDB.Path = "/no_such_database_here"
	tests := []struct {
		name, addr, want string
	}{
		{"unreachable", "postgres://nobody:secret-pw@127.0.0.1:1/x", "unreachable"},
		{"wrong password", wrongPW.String(), "unreachable"},
		{"missing database", noDB.String(), "does not exist"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := graph.Open(context.Background(), tc.addr, &graph.Options{ConnectTimeout: 3 * time.Second})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "secret-pw") || strings.Contains(err.Error(), "not-the-password-42") {
				t.Fatalf("password printed: %v", err)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Fatalf("took %s", d)
			}
		})
	}
}
