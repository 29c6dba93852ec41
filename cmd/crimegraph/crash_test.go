package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

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
