package rdf

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// Writer writes one subject's quads at a time and finishes in Close. Write
// errors are sticky: after one, every call returns it.
type Writer interface {
	WriteSubject(subject quad.Value, quads []quad.Quad) error
	Close() error
	// Count is the number of statements (quads or triples) written.
	Count() int
}

// Formats lists the export formats.
var Formats = []string{"nquads", "ntriples", "turtle", "trig", "jsonld", "graphml"}

// Options configure a writer.
type Options struct {
	// Prefixes for Turtle, TriG and JSON-LD; nil means none.
	Prefixes map[string]string
	// Reify keeps provenance in formats without named graphs (N-Triples,
	// Turtle): each labelled triple is also an rdf:Statement with
	// prov:wasDerivedFrom its statement.
	Reify bool
}

// NewWriter returns the writer for a format.
func NewWriter(w io.Writer, format string, opts Options) (Writer, error) {
	bw := &base{w: bufio.NewWriterSize(w, 1<<16), prefixes: NewPrefixes(opts.Prefixes), reify: opts.Reify}
	switch format {
	case "nquads":
		return &nquadsWriter{base: bw, graphs: true}, nil
	case "ntriples":
		return &nquadsWriter{base: bw}, nil
	case "turtle":
		return &turtleWriter{base: bw}, nil
	case "trig":
		return &turtleWriter{base: bw, trig: true}, nil
	case "jsonld":
		return &jsonldWriter{base: bw}, nil
	case "graphml":
		return nil, errors.New("graphml needs the node pass: use NewGraphML")
	}
	return nil, fmt.Errorf("unsupported RDF format %q (accepted: %s)", format, strings.Join(Formats, ", "))
}

type base struct {
	w        *bufio.Writer
	err      error
	n        int
	prefixes *Prefixes
	reify    bool
	bnodes   int
	started  bool
}

func (b *base) printf(format string, args ...interface{}) {
	if b.err == nil {
		_, b.err = fmt.Fprintf(b.w, format, args...)
	}
}

func (b *base) str(s string) {
	if b.err == nil {
		_, b.err = b.w.WriteString(s)
	}
}

func (b *base) Count() int { return b.n }

func (b *base) flush() error {
	if b.err == nil {
		b.err = b.w.Flush()
	}
	return b.err
}

// triple is a (predicate, object) pair, for deduplication within a subject.
type triple struct{ p, o string }

// distinct drops repeated (predicate, object) pairs of one subject, keeping
// the first quad of each.
func distinct(qs []quad.Quad) []quad.Quad {
	seen := make(map[triple]bool, len(qs))
	out := qs[:0:0]
	for _, q := range qs {
		k := triple{NTerm(q.Predicate), NTerm(q.Object)}
		if !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}

// nquadsWriter writes N-Quads (with graphs) or N-Triples (without).
type nquadsWriter struct {
	*base
	graphs bool
}

func (w *nquadsWriter) WriteSubject(s quad.Value, qs []quad.Quad) error {
	if !w.graphs {
		qs = distinct(qs)
	}
	for _, q := range qs {
		w.str(NTerm(q.Subject) + " " + NTerm(q.Predicate) + " " + NTerm(q.Object))
		if w.graphs && q.Label != nil {
			w.str(" " + NTerm(q.Label))
		}
		w.str(" .\n")
		w.n++
	}
	if w.reify && !w.graphs {
		w.reified(qs, func(s string) { w.str(s) }, NTerm)
	}
	return w.err
}

// reified writes rdf:Statement descriptions of labelled quads.
func (b *base) reified(qs []quad.Quad, out func(string), term func(quad.Value) string) {
	typ, subj, pred, obj := quad.IRI(schema.RDF+"type"), quad.IRI(schema.RDF+"subject"), quad.IRI(schema.RDF+"predicate"), quad.IRI(schema.RDF+"object")
	from := quad.IRI(schema.WasDerivedFrom)
	for _, q := range qs {
		if q.Label == nil {
			continue
		}
		b.bnodes++
		bn := fmt.Sprintf("_:r%d", b.bnodes)
		out(fmt.Sprintf("%s %s %s .\n", bn, term(typ), term(quad.IRI(schema.RDF+"Statement"))))
		out(fmt.Sprintf("%s %s %s .\n", bn, term(subj), term(q.Subject)))
		out(fmt.Sprintf("%s %s %s .\n", bn, term(pred), term(q.Predicate)))
		out(fmt.Sprintf("%s %s %s .\n", bn, term(obj), term(q.Object)))
		out(fmt.Sprintf("%s %s %s .\n", bn, term(from), term(q.Label)))
		b.n += 5
	}
}

func (w *nquadsWriter) Close() error { return w.flush() }

// turtleWriter writes Turtle (triples, grouped by subject) or TriG (grouped by
// named graph, then subject).
type turtleWriter struct {
	*base
	trig bool
}

func (w *turtleWriter) header() {
	if w.started {
		return
	}
	w.started = true
	for _, n := range w.prefixes.Names() {
		w.printf("@prefix %s: <%s> .\n", n, EncodeIRI(w.prefixes.Namespace(n)))
	}
	w.str("\n")
}

func (w *turtleWriter) WriteSubject(s quad.Value, qs []quad.Quad) error {
	w.header()
	if !w.trig {
		qs = distinct(qs)
		w.block("", s, qs)
		w.n += len(qs)
		if w.reify {
			w.reified(qs, func(s string) { w.str(s) }, w.prefixes.TTerm)
		}
		return w.err
	}
	// TriG: one block per named graph; repeating a graph's block is valid
	var order []string
	byGraph := map[string][]quad.Quad{}
	for _, q := range qs {
		g := ""
		if q.Label != nil {
			g = w.prefixes.TTerm(q.Label)
		}
		if _, ok := byGraph[g]; !ok {
			order = append(order, g)
		}
		byGraph[g] = append(byGraph[g], q)
	}
	for _, g := range order {
		gq := distinct(byGraph[g])
		if g == "" {
			w.str("{\n")
		} else {
			w.str(g + " {\n")
		}
		w.block("  ", s, gq)
		w.str("}\n")
		w.n += len(gq)
	}
	return w.err
}

// block writes "s p o1, o2 ;\n  p2 o3 .".
func (w *turtleWriter) block(indent string, s quad.Value, qs []quad.Quad) {
	if len(qs) == 0 {
		return
	}
	w.str(indent + w.prefixes.TTerm(s))
	var preds []string
	objs := map[string][]string{}
	for _, q := range qs {
		p := w.prefixes.TTerm(q.Predicate)
		if p == "rdf:type" {
			p = "a"
		}
		if _, ok := objs[p]; !ok {
			preds = append(preds, p)
		}
		objs[p] = append(objs[p], w.prefixes.TTerm(q.Object))
	}
	for i, p := range preds {
		if i == 0 {
			w.str(" " + p + " ")
		} else {
			w.str(" ;\n" + indent + "    " + p + " ")
		}
		w.str(strings.Join(objs[p], ", "))
	}
	w.str(" .\n")
}

func (w *turtleWriter) Close() error {
	w.header()
	return w.flush()
}

// jsonldWriter writes expanded-form JSON-LD with an @context of prefixes: a
// top-level @graph of named graphs, each with its node objects.
type jsonldWriter struct {
	*base
	first bool
}

func (w *jsonldWriter) header() {
	if w.started {
		return
	}
	w.started = true
	ctx := map[string]string{}
	for _, n := range w.prefixes.Names() {
		ctx[n] = w.prefixes.Namespace(n)
	}
	b, _ := json.Marshal(ctx)
	w.str(`{"@context": ` + string(b) + `, "@graph": [`)
	w.first = true
}

func (w *jsonldWriter) WriteSubject(s quad.Value, qs []quad.Quad) error {
	w.header()
	var order []string
	byGraph := map[string][]quad.Quad{}
	for _, q := range qs {
		g := ""
		if q.Label != nil {
			g = jsonID(q.Label)
		}
		if _, ok := byGraph[g]; !ok {
			order = append(order, g)
		}
		byGraph[g] = append(byGraph[g], q)
	}
	for _, g := range order {
		gq := distinct(byGraph[g])
		node := map[string]interface{}{"@id": jsonID(s)}
		for _, q := range gq {
			p := string(q.Predicate.(quad.IRI))
			var val interface{}
			if IsIRI(q.Object) {
				val = map[string]string{"@id": jsonID(q.Object)}
			} else if _, ok := q.Object.(quad.BNode); ok {
				val = map[string]string{"@id": jsonID(q.Object)}
			} else {
				l := LiteralOf(q.Object)
				m := map[string]string{"@value": l.Text}
				if l.Lang != "" {
					m["@language"] = l.Lang
				} else if l.Datatype != "" {
					m["@type"] = l.Datatype
				}
				val = m
			}
			if p == schema.RDF+"type" && IsIRI(q.Object) {
				types, _ := node["@type"].([]string)
				node["@type"] = append(types, jsonID(q.Object))
				continue
			}
			list, _ := node[p].([]interface{})
			node[p] = append(list, val)
		}
		var obj interface{} = node
		if g != "" {
			obj = map[string]interface{}{"@id": g, "@graph": []interface{}{node}}
		}
		b, err := json.Marshal(obj)
		if err != nil {
			return err
		}
		if !w.first {
			w.str(",\n")
		} else {
			w.str("\n")
		}
		w.first = false
		w.str(string(b))
		w.n += len(gq)
	}
	return w.err
}

func jsonID(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return EncodeIRI(string(x))
	case quad.BNode:
		return "_:" + bnodeLabel(string(x))
	}
	return quad.ToString(v)
}

func (w *jsonldWriter) Close() error {
	w.header()
	w.str("\n]}\n")
	return w.flush()
}

var _ Writer = (*nquadsWriter)(nil)
var _ Writer = (*turtleWriter)(nil)
var _ Writer = (*jsonldWriter)(nil)
