package render_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/graph/render"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func exampleMatrix(t testing.TB) *graph.Matrix {
	t.Helper()
	st := exampleStore(t)
	defer st.Close()
	m, err := st.Convergence(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestConvergenceGolden(t *testing.T) {
	m := exampleMatrix(t)
	tests := []struct {
		name string
		opts render.Options
	}{
		{"convergence", render.Options{Title: "Crime-type convergence — example"}},
		{"convergence-min2", render.Options{Title: "edges with ≥ 2 statements", MinEvidence: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got bytes.Buffer
			if err := render.ConvergenceDOT(&got, m, tc.opts); err != nil {
				t.Fatal(err)
			}
			golden := "testdata/" + tc.name + ".golden.dot"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got.String() != string(want) {
				t.Fatalf("DOT differs from %s:\n%s", golden, got.String())
			}
			checkWithGraphviz(t, got.Bytes())
		})
	}
}

// checkWithGraphviz parses the DOT with Debian's Graphviz when it is installed
// (CI installs it); outside CI a missing dot is a visible skip.
func checkWithGraphviz(t *testing.T, dot []byte) {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("Graphviz dot not installed in CI")
		}
		t.Log("SKIP: Graphviz dot not installed; DOT not checked by it")
		return
	}
	cmd := exec.Command(path, "-Tcanon")
	cmd.Stdin = bytes.NewReader(dot)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = io.Discard
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("dot rejects the DOT: %v %s", err, stderr.String())
	}
}

func TestLayoutSVG(t *testing.T) {
	m := exampleMatrix(t)
	var dot bytes.Buffer
	if err := render.ConvergenceDOT(&dot, m, render.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, layout := range []string{"dot", "circo", "neato"} {
		t.Run(layout, func(t *testing.T) {
			var svg bytes.Buffer
			if err := render.Layout(context.Background(), dot.Bytes(), "svg", layout, &svg); err != nil {
				t.Fatal(err)
			}
			wellFormed(t, svg.Bytes())
			for _, want := range []string{"organized crime", "terrorism", "involvement"} {
				if !bytes.Contains(svg.Bytes(), []byte(want)) {
					t.Errorf("SVG lacks %q", want)
				}
			}
		})
	}
}

func wellFormed(t *testing.T, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		t.Fatalf("root element %q, want svg", root)
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{`plain`, `"plain"`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\slash`, `"back\\slash"`},
		{"two\nlines", `"two\nlines"`},
		{`<b>&amp;</b>`, `"<b>&amp;</b>"`},
		{"António Guterres", `"António Guterres"`},
	}
	for _, tc := range tests {
		if got := render.Quote(tc.in); got != tc.want {
			t.Errorf("Quote(%q) = %s, want %s", tc.in, got, tc.want)
		}
		// every quoted label survives Graphviz
		dot := "digraph { a [label=" + render.Quote(tc.in) + "]; }"
		var svg bytes.Buffer
		if err := render.Layout(context.Background(), []byte(dot), "svg", "dot", &svg); err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		wellFormed(t, svg.Bytes())
	}
}

func TestConcurrentRenders(t *testing.T) {
	dot := []byte("graph { a -- b; b -- c; }")
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out strings.Builder
			errs <- render.Layout(context.Background(), dot, "svg", "dot", &out)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func BenchmarkConvergenceRender(b *testing.B) {
	m := exampleMatrix(b)
	var dot bytes.Buffer
	render.ConvergenceDOT(&dot, m, render.Options{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := render.Layout(context.Background(), dot.Bytes(), "svg", "circo", io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
