package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/graph/ingest"
	"github.com/crimegraph/crimegraph/loaders"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func open(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), "bolt:"+filepath.Join(t.TempDir(), "i.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestFormatsAndBadInput runs one fixture per format and per kind of bad
// input; summaries are compared with testdata/summaries/<case>.golden.json.
func TestFormatsAndBadInput(t *testing.T) {
	long := filepath.Join(t.TempDir(), "long-line.txt")
	if err := os.WriteFile(long, []byte(strings.Repeat("the quick brown fox jumps over the lazy dog ", 50<<20/44)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		paths   []string
		skipBad bool
		glob    string
		wantErr string // substring of the error, "" for success
		errIs   error
	}{
		{name: "text", paths: []string{"testdata/inputs/article.txt"}},
		{name: "html", paths: []string{"testdata/inputs/page.html"}},
		{name: "jsonl", paths: []string{"testdata/inputs/corpus.jsonl"}},
		{name: "csv", paths: []string{"testdata/inputs/triples.csv"}},
		{name: "tsv", paths: []string{"testdata/inputs/triples.tsv"}},
		{name: "nquads", paths: []string{"testdata/inputs/quads.nq"}},
		{name: "directory", paths: []string{"testdata/inputs"}},
		{name: "glob", paths: []string{"testdata/inputs"}, glob: "*.txt"},
		{name: "50MB single line", paths: []string{long}},
		{name: "invalid utf8", paths: []string{"testdata/bad/bad-utf8.txt"}, wantErr: "bad-utf8.txt:2:8: invalid UTF-8", errIs: loaders.ErrInvalidUTF8},
		{name: "binary", paths: []string{"testdata/bad/binary.txt"}, wantErr: "binary.txt:1:5: binary content", errIs: loaders.ErrBinary},
		{name: "empty", paths: []string{"testdata/bad/empty.txt"}, wantErr: "empty.txt:1: empty document", errIs: loaders.ErrEmpty},
		{name: "bad jsonl line", paths: []string{"testdata/bad/bad-line.jsonl"}, wantErr: "bad-line.jsonl:3: not a JSON object"},
		{name: "bad csv term", paths: []string{"testdata/bad/bad-term.csv"}, wantErr: `bad-term.csv:3:17: unknown term "cg:sayd"`, errIs: loaders.ErrUnknownTerm},
		{name: "bad nquads line", paths: []string{"testdata/bad/bad-line.nq"}, wantErr: "bad-line.nq:2: bad quad"},
		{name: "skip bad", paths: []string{"testdata/bad", "testdata/inputs/article.txt"}, skipBad: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := open(t)
			var reported []string
			sum, err := ingest.Run(context.Background(), st, tc.paths, ingest.Options{SkipBad: tc.skipBad, Glob: tc.glob,
				Report: func(err error) { reported = append(reported, err.Error()) }})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || tc.errIs != nil && !errors.Is(err, tc.errIs) {
					t.Fatalf("got %v, want %q", err, tc.wantErr)
				}
				// nothing of the bad file was written
				if s, _ := st.Stats(context.Background()); s.Documents != 0 {
					t.Fatalf("a rejected file left %d documents", s.Documents)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.skipBad && len(reported) != sum.Bad {
				t.Errorf("reported %d bad items, summary says %d", len(reported), sum.Bad)
			}
			sum.Seconds, sum.DocsPerSec = 0, 0
			for i, b := range sum.BadItems {
				sum.BadItems[i] = strings.ReplaceAll(b, string(filepath.Separator), "/")
			}
			got, _ := json.MarshalIndent(sum, "", "  ")
			golden := filepath.Join("testdata", "summaries", strings.ReplaceAll(tc.name, " ", "-")+".golden.json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				os.WriteFile(golden, append(got, '\n'), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(got)+"\n" != string(want) {
				t.Fatalf("summary differs from %s:\n%s", golden, got)
			}
		})
	}
}

func TestHTMLReader(t *testing.T) {
	data, _ := os.ReadFile("testdata/inputs/page.html")
	d, err := loaders.HTMLDocument("page.html", data)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Ministers meet on drugs & crime" || d.Date != "2025-06-02" || d.URL != "https://news.example.org/2025/06/ministers-meet" {
		t.Errorf("metadata: %+v", d)
	}
	for _, unwanted := range []string{"Home", "banner", "sports", "News Corp", "var x"} {
		if strings.Contains(d.Text, unwanted) {
			t.Errorf("text keeps %q: %q", unwanted, d.Text)
		}
	}
	if !strings.Contains(d.Text, "drug trafficking fuels corruption") {
		t.Errorf("article text lost: %q", d.Text)
	}
}

// TestChangedDocumentReplaces: a changed document replaces its old
// statements; an unchanged one is a no-op.
func TestChangedDocumentReplaces(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	dir := t.TempDir()
	f := filepath.Join(dir, "story.txt")
	os.WriteFile(f, []byte("Police said that gangs are increasingly involved in fraud.\n"), 0o644)
	if _, err := ingest.Run(ctx, st, []string{f}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	first, _ := st.Stats(ctx)
	sum, err := ingest.Run(ctx, st, []string{f}, ingest.Options{})
	if err != nil || sum.Unchanged != 1 || sum.QuadsAdded != 0 {
		t.Fatalf("re-ingest: %+v %v", sum, err)
	}
	if s, _ := st.Stats(ctx); s != first {
		t.Fatalf("unchanged re-ingest changed the store: %+v -> %+v", first, s)
	}
	os.WriteFile(f, []byte("Police said that burglaries fell last year.\n"), 0o644)
	sum, err = ingest.Run(ctx, st, []string{f}, ingest.Options{})
	if err != nil || sum.Replaced != 1 {
		t.Fatalf("changed ingest: %+v %v", sum, err)
	}
	m, _ := st.Convergence(ctx)
	if len(m.Edges) != 0 {
		t.Fatalf("stale convergence edges survive: %+v", m.Edges)
	}
	cs, _ := st.Claims(ctx, graph.ClaimFilter{})
	if len(cs) != 1 || !strings.Contains(cs[0].Text, "burglaries") {
		t.Fatalf("claims after replacement: %+v", cs)
	}
}

// TestPeopleAcrossDocuments: "Mr. Douglas" in a later document is the
// "Jeremy Douglas" of an earlier one, in any extraction order.
func TestPeopleAcrossDocuments(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("UNODC Regional Representative Jeremy Douglas said that cartels are involved in fraud.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Mr. Douglas said the trend would continue.\n"), 0o644)
	for _, workers := range []int{1, 4} {
		st := open(t)
		if _, err := ingest.Run(context.Background(), st, []string{dir}, ingest.Options{Workers: workers}); err != nil {
			t.Fatal(err)
		}
		cs, _ := st.Claims(context.Background(), graph.ClaimFilter{})
		if len(cs) != 2 || cs[0].Speaker.IRI != cs[1].Speaker.IRI || cs[1].Speaker.Label != "Jeremy Douglas" {
			t.Fatalf("workers %d: speakers %+v", workers, cs)
		}
	}
}

func FuzzJSONLDocument(f *testing.F) {
	f.Add(`{"id": "x", "text": "Police said gangs are involved in fraud.", "extra": [1, 2]}`)
	f.Add(`{"text": ""}`)
	f.Add(`not json`)
	f.Fuzz(func(t *testing.T, line string) {
		d, err := loaders.JSONLDocument("f.jsonl", 7, line)
		if err != nil {
			var pe *loaders.ParseError
			if !errors.As(err, &pe) || pe.Line != 7 {
				t.Fatalf("error without position: %v", err)
			}
			return
		}
		if d.Slug == "" || strings.TrimSpace(d.Text) == "" {
			t.Fatalf("document without slug or text: %+v", d)
		}
	})
}

func FuzzCSV(f *testing.F) {
	f.Add("subject,predicate,object\nperson:a,rdfs:label,A\n")
	f.Add("subject,predicate,object,label\n<x>,cg:said,\"q\"\"x\",doc:d\n")
	f.Add("s,p\n")
	f.Fuzz(func(t *testing.T, data string) {
		r, err := loaders.NewCSVReader("f.csv", strings.NewReader(data), ',', st0.Vocab)
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			q, err := r.ReadQuad()
			if err != nil {
				var pe *loaders.ParseError
				if err.Error() != "EOF" && !errors.As(err, &pe) {
					t.Fatalf("error without position: %v", err)
				}
				return
			}
			if q.Subject == nil || q.Predicate == nil || q.Object == nil {
				t.Fatalf("incomplete quad %v", q)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	data, _ := os.ReadFile("testdata/inputs/page.html")
	f.Add(string(data))
	f.Add("<p>unclosed <b>bold")
	f.Fuzz(func(t *testing.T, page string) {
		d, err := loaders.HTMLDocument("f.html", []byte(page))
		if err == nil && strings.TrimSpace(d.Text) == "" {
			t.Fatal("empty document accepted")
		}
	})
}

var st0, _ = graph.Open(context.Background(), "memory:", nil)
