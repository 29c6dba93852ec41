package rdf_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/crimegraph/crimegraph/graph/rdf"
)

func TestTerms(t *testing.T) {
	tests := []struct {
		in   quad.Value
		want string
	}{
		{quad.IRI("http://ex.org/a b"), "<http://ex.org/a%20b>"},
		{quad.IRI("http://ex.org/<x>{y}|\\^`\"z"), "<http://ex.org/%3Cx%3E%7By%7D%7C%5C%5E%60%22z>"},
		{quad.IRI("http://ex.org/António"), "<http://ex.org/António>"},
		{quad.String("say \"hi\"\nand \\ go\t"), `"say \"hi\"\nand \\ go\t"`},
		{quad.String("bell\x07"), `"bell\u0007"`},
		{quad.Int(42), `"42"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.Bool(true), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{quad.TypedString{Value: "2025-06-02", Type: "http://www.w3.org/2001/XMLSchema#date"}, `"2025-06-02"^^<http://www.w3.org/2001/XMLSchema#date>`},
		{quad.LangString{Value: "crimen", Lang: "es"}, `"crimen"@es`},
		{quad.BNode("b 1"), "_:bx201"},
	}
	for _, tc := range tests {
		if got := rdf.NTerm(tc.in); got != tc.want {
			t.Errorf("NTerm(%#v) = %s, want %s", tc.in, got, tc.want)
		}
	}
	p := rdf.NewPrefixes(map[string]string{"crime": "https://w3id.org/crimegraph/id/crime/", "xsd": "http://www.w3.org/2001/XMLSchema#"})
	for in, want := range map[string]string{
		"https://w3id.org/crimegraph/id/crime/terrorism": "crime:terrorism",
		"https://w3id.org/crimegraph/id/crime/a.b":       "<https://w3id.org/crimegraph/id/crime/a.b>",
		"https://w3id.org/crimegraph/id/crime/":          "<https://w3id.org/crimegraph/id/crime/>",
	} {
		if got := p.TTerm(quad.IRI(in)); got != want {
			t.Errorf("TTerm(%s) = %s, want %s", in, got, want)
		}
	}
}

// FuzzNQuadsRoundTrip: any quad written as N-Quads reads back equal.
func FuzzNQuadsRoundTrip(f *testing.F) {
	f.Add("http://ex.org/s", "http://ex.org/p", "a \"literal\"\nwith\\stuff", "http://ex.org/g", 0)
	f.Add("http://ex.org/s x", "http://ex.org/p", "António", "", 1)
	f.Add("s", "p", "42", "g", 2)
	f.Fuzz(func(t *testing.T, s, p, o, g string, kind int) {
		var obj quad.Value
		switch kind % 4 {
		case 0:
			obj = quad.String(o)
		case 1:
			obj = quad.IRI("http://ex.org/" + o)
		case 2:
			obj = quad.LangString{Value: quad.String(o), Lang: "en"}
		default:
			obj = quad.TypedString{Value: quad.String(o), Type: "http://www.w3.org/2001/XMLSchema#string2"}
		}
		q := quad.Quad{Subject: quad.IRI("http://ex.org/" + s), Predicate: quad.IRI("http://ex.org/" + p), Object: obj}
		if g != "" {
			q.Label = quad.IRI("http://ex.org/" + g)
		}
		var buf bytes.Buffer
		w, err := rdf.NewWriter(&buf, "nquads", rdf.Options{})
		if err != nil {
			t.Fatal(err)
		}
		w.WriteSubject(q.Subject, []quad.Quad{q})
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		got, err := nquads.NewReader(strings.NewReader(buf.String()), false).ReadQuad()
		if err != nil {
			t.Fatalf("%q does not parse: %v", buf.String(), err)
		}
		// IRIs come back percent-encoded; compare the written forms
		if rdf.NTerm(got.Subject)+rdf.NTerm(got.Predicate)+rdf.NTerm(got.Object) != rdf.NTerm(q.Subject)+rdf.NTerm(q.Predicate)+rdf.NTerm(q.Object) {
			t.Fatalf("round trip changed %v into %v", q, got)
		}
		if (g == "") != (got.Label == nil) {
			t.Fatalf("label lost or gained: %v", got)
		}
	})
}
