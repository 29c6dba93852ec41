package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/loaders/synth"
)

// TestMain lets the test binary run as the crimegraph command, so that a test
// can start it as a child process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("CRIMEGRAPH_AS_MAIN") == "1" {
		os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// child starts the test binary as crimegraph with args.
func child(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CRIMEGRAPH_AS_MAIN=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	return cmd
}

// exportByGraph exports a store and groups the quads by document.
func exportByGraph(t *testing.T, db string) map[string][]string {
	t.Helper()
	code, out, errs := runCLI(t, "", "--db", db, "export", "--format", "nquads")
	if code != 0 {
		t.Fatalf("export after the crash: %s", errs)
	}
	groups := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		i := strings.LastIndex(line[:len(line)-2], " <")
		g := ""
		if i > 0 {
			g = graph.DocOfStatement(strings.Trim(line[i+1:len(line)-2], "<> "))
		}
		groups[g] = append(groups[g], line)
	}
	for g := range groups {
		sort.Strings(groups[g])
	}
	return groups
}

// TestKillDuringIngest kills a child ingest at random moments: the store must
// open and hold only whole documents, and running the same ingest again must
// give exactly the quads of an uninterrupted run.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.MkdirAll(corpus, 0o755)
	g := synth.New(3)
	for i := 0; i < 600; i++ {
		d := g.Document(i)
		os.WriteFile(filepath.Join(corpus, d.Slug+".txt"), []byte(d.Text), 0o644)
	}
	ref := "bolt:" + filepath.Join(dir, "ref.db")
	refRun := child(t, "--db", ref, "ingest", corpus)
	start := time.Now()
	if err := refRun.Run(); err != nil {
		t.Fatalf("uninterrupted ingest: %v", err)
	}
	took := time.Since(start)
	want := exportByGraph(t, ref)
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	for trial := 0; trial < 3; trial++ {
		db := "bolt:" + filepath.Join(dir, fmt.Sprintf("crash%d.db", trial))
		cmd := child(t, "--db", db, "ingest", corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// a random moment within the uninterrupted run's duration
		delay := time.Duration(float64(took) * (0.1 + 0.8*r.Float64()))
		time.Sleep(delay)
		cmd.Process.Kill() // SIGKILL: no cleanup runs
		cmd.Wait()
		got := exportByGraph(t, db)
		whole := 0
		for g, qs := range got {
			if g == "" || strings.HasSuffix(g, "/id/graph/schema") {
				continue
			}
			if strings.Join(qs, "\n") != strings.Join(want[g], "\n") {
				t.Fatalf("trial %d (killed after %s): document %s is not whole: %d quads, want %d", trial, delay, g, len(qs), len(want[g]))
			}
			whole++
		}
		t.Logf("trial %d: killed after %s (an uninterrupted run takes %s) with %d whole documents", trial, delay.Round(time.Millisecond), took.Round(time.Millisecond), whole)
		if code, _, errs := runCLI(t, "", "--db", db, "ingest", corpus); code != 0 {
			t.Fatal(errs)
		}
		again := exportByGraph(t, db)
		if len(again) != len(want) {
			t.Fatalf("after the rerun: %d graphs, want %d", len(again), len(want))
		}
		for g, qs := range want {
			if strings.Join(again[g], "\n") != strings.Join(qs, "\n") {
				t.Fatalf("after the rerun, graph %s differs from an uninterrupted run", g)
			}
		}
	}
}

// TestSecondProcessInUse: a second process on the same bolt store gets the
// in-use error, not a hang.
func TestSecondProcessInUse(t *testing.T) {
	dir := t.TempDir()
	db := "bolt:" + filepath.Join(dir, "held.db")
	st, err := graph.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cmd := child(t, "--db", db, "stats")
	start := time.Now()
	err = cmd.Run()
	out := cmd.Stdout.(*bytes.Buffer).String()
	if err == nil || !strings.Contains(out, "database in use by another process") || time.Since(start) > 10*time.Second {
		t.Fatalf("second process: %v after %s: %s", err, time.Since(start), out)
	}
}

// TestPostgresBackend runs every command on PostgreSQL, and two ingest
// processes at once into one database (CRIMEGRAPH_TEST_POSTGRES; CI sets it).
func TestPostgresBackend(t *testing.T) {
	admin := os.Getenv("CRIMEGRAPH_TEST_POSTGRES")
	if admin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CRIMEGRAPH_TEST_POSTGRES is not set in CI")
		}
		t.Skip("SKIP: CRIMEGRAPH_TEST_POSTGRES not set")
	}
	db := freshDatabase(t, admin)
	// two processes ingesting overlapping halves of a corpus at once
	dir := t.TempDir()
	g := synth.New(9)
	for i := 0; i < 60; i++ {
		d := g.Document(i)
		half := "a"
		if i >= 30 {
			half = "b"
		}
		os.MkdirAll(filepath.Join(dir, half), 0o755)
		os.WriteFile(filepath.Join(dir, half, d.Slug+".txt"), []byte(d.Text), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "a", "shared.txt"), []byte("Police said gangs are involved in fraud.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b", "shared.txt"), []byte("Police said gangs are involved in fraud.\n"), 0o644)
	c1 := child(t, "--db", db, "ingest", filepath.Join(dir, "a"))
	c2 := child(t, "--db", db, "ingest", filepath.Join(dir, "b"))
	if err := c1.Start(); err != nil {
		t.Fatal(err)
	}
	if err := c2.Start(); err != nil {
		t.Fatal(err)
	}
	e1, e2 := c1.Wait(), c2.Wait()
	if e1 != nil || e2 != nil {
		t.Fatalf("concurrent ingests: %v / %v\n%s\n%s", e1, e2, c1.Stdout.(*bytes.Buffer), c2.Stdout.(*bytes.Buffer))
	}
	// nothing lost: the union of each half ingested alone (each process
	// started from an empty store, so knew no people of the other half)
	refOut := ""
	for _, half := range []string{"a", "b"} {
		ref := "bolt:" + filepath.Join(dir, half+".db")
		if code, _, errs := runCLI(t, "", "--db", ref, "ingest", filepath.Join(dir, half)); code != 0 {
			t.Fatal(errs)
		}
		_, out, _ := runCLI(t, "", "--db", ref, "export", "--format", "nquads")
		refOut += out
	}
	_, pgOut, _ := runCLI(t, "", "--db", db, "export", "--format", "nquads")
	if a, b := sortedSet(pgOut), sortedSet(refOut); a != b {
		t.Fatalf("concurrent ingest into PostgreSQL lost or changed quads: %d lines vs %d", strings.Count(a, "\n"), strings.Count(b, "\n"))
	}
	// every command on the PostgreSQL store
	if code, _, errs := runCLI(t, "", "--db", db, "ingest", example); code != 0 {
		t.Fatal(errs)
	}
	for _, args := range [][]string{
		{"stats", "--format", "json"},
		{"path", "person:gary-anandasangaree", "terrorism"},
		{"claims", "--speaker", "Brunner"},
		{"convergence"},
		{"neighbors", "crime:terrorism"},
		{"render", "--view", "convergence", "--format", "dot"},
		{"render", "--view", "ego", "--node", "Brunner", "--format", "svg"},
		{"export", "--format", "turtle"},
		{"query", `g.V("<https://w3id.org/crimegraph/id/crime/terrorism>").In("<https://w3id.org/crimegraph/ns#convergesWith>").All()`},
	} {
		code, out, errs := runCLI(t, "", append([]string{"--db", db}, args...)...)
		if code != 0 || out == "" {
			t.Fatalf("%v on PostgreSQL: exit %d: %s", args, code, errs)
		}
	}
}

func sortedSet(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	out := lines[:0]
	for i, l := range lines {
		if i == 0 || l != lines[i-1] {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// freshDatabase creates an empty database on the admin server for one test.
func freshDatabase(t *testing.T, admin string) string {
	t.Helper()
	conn, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("crimegraph_c_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	if _, err := conn.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		conn.Close()
	})
	u, _ := url.Parse(admin)
	u.Path = "/" + name
	return u.String()
}
