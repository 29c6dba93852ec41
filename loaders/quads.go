package loaders

import (
	"io"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// DocIRI is the IRI of the document.
func (r *Result) DocIRI(v schema.Vocab) quad.IRI { return quad.IRI(v.ID("doc", r.Doc.Slug)) }

// Quads returns the data model's quads for the document. Every quad that a
// sentence asserts is labelled with that sentence's statement IRI; document
// metadata carries the document IRI.
func (r *Result) Quads(v schema.Vocab) []quad.Quad {
	var out []quad.Quad
	iri := func(s string) quad.IRI { return quad.IRI(s) }
	term := func(local string) quad.IRI { return quad.IRI(v.Term(local)) }
	doc := r.DocIRI(v)
	add := func(s, p, o quad.Value, label quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	stmt := func(n int) quad.IRI { return quad.IRI(v.ID("doc", r.Doc.Slug+"/s"+itoa(n))) }

	add(doc, iri(string(schema.RDFType)), iri(string(schema.CreativeWork)), doc)
	if r.Doc.Title != "" {
		add(doc, iri(string(schema.Name)), quad.String(r.Doc.Title), doc)
	}
	if r.Doc.Date != "" {
		add(doc, iri(string(schema.DateIssued)), quad.TypedString{Value: quad.String(r.Doc.Date), Type: quad.IRI(schema.XSD + "date")}, doc)
	}
	if r.Doc.URL != "" {
		add(doc, iri(string(schema.URL)), quad.IRI(r.Doc.URL), doc)
	}
	if r.Doc.Path != "" {
		add(doc, term(schema.Path), quad.String(r.Doc.Path), doc)
	}
	for k, val := range r.Doc.Props {
		add(doc, term("prop/"+schema.Slugify(k)), quad.String(val), doc)
	}
	for _, s := range r.Sentences {
		st := stmt(s.Index)
		add(st, iri(string(schema.RDFType)), term(schema.Statement), doc)
		add(st, iri(string(schema.Text)), quad.String(s.Text), doc)
		add(st, term(schema.Index), quad.Int(s.Index), doc)
		add(st, term(schema.Start), quad.Int(s.CharStart), doc)
		add(st, term(schema.End), quad.Int(s.CharEnd), doc)
		add(st, iri(string(schema.WasDerivedFrom)), doc, doc)
	}
	entIRI := func(e *entity) quad.IRI { return quad.IRI(v.ID(e.iriKind(), e.slug)) }
	for _, e := range r.entities {
		if e.firstSent == 0 {
			continue // named only in metadata or as a modifier
		}
		label := stmt(e.firstSent)
		id := entIRI(e)
		switch {
		case e.kind == KindPerson:
			add(id, iri(string(schema.RDFType)), iri(string(schema.Person)), label)
		case e.kind == KindPlace && e.country:
			add(id, iri(string(schema.RDFType)), iri(string(schema.Country)), label)
		case e.kind == KindPlace:
			add(id, iri(string(schema.RDFType)), iri(string(schema.Place)), label)
		case e.kind == KindGroup:
			add(id, iri(string(schema.RDFType)), iri(string(schema.Organization)), label)
			add(id, iri(string(schema.RDFType)), term(schema.Group), label)
		default:
			add(id, iri(string(schema.RDFType)), iri(string(schema.Organization)), label)
		}
		add(id, iri(string(schema.RDFSLabel)), quad.String(e.label), label)
		for _, a := range e.aliases {
			add(id, iri(string(schema.SKOSAltLabel)), quad.String(a), label)
		}
		if e.title != "" {
			add(id, iri(string(schema.JobTitle)), quad.String(e.title), label)
		}
		if e.affil != nil {
			add(id, iri(string(schema.Affiliation)), entIRI(e.affil), label)
			if e.affil.firstSent == 0 {
				e.affil.firstSent = e.firstSent
			}
		}
		if e.memberOf != nil {
			add(id, iri(string(schema.MemberOf)), entIRI(e.memberOf), label)
			if e.memberOf.firstSent == 0 {
				e.memberOf.firstSent = e.firstSent
			}
		}
	}
	// entities first seen as affiliations or owners get their type and label too
	subjects := map[quad.Value]bool{}
	for _, q := range out {
		subjects[q.Subject] = true
	}
	for _, e := range r.entities {
		if e.firstSent != 0 && !subjects[entIRI(e)] {
			label := stmt(e.firstSent)
			typ := schema.Organization
			if e.kind == KindPlace {
				typ = schema.Country
			}
			add(entIRI(e), iri(string(schema.RDFType)), iri(string(typ)), label)
			add(entIRI(e), iri(string(schema.RDFSLabel)), quad.String(e.label), label)
		}
	}
	for _, c := range r.claims {
		id, label := quad.IRI(c.id), stmt(c.sent)
		add(entIRI(c.speaker), term(schema.Said), id, label)
		add(id, iri(string(schema.RDFType)), iri(string(schema.Claim)), label)
		add(id, iri(string(schema.Text)), quad.String(c.text), label)
		add(id, term(schema.Verb), quad.String(c.verb), label)
		add(id, term(schema.Negated), quad.Bool(c.negated), label)
		add(id, term(schema.Hedged), quad.Bool(c.hedged), label)
		add(id, iri(string(schema.WasDerivedFrom)), label, label)
		for _, a := range c.about {
			add(id, term(schema.About), quad.IRI(v.Crime(a)), label)
		}
	}
	for _, l := range r.links {
		id, label := quad.IRI(l.id), stmt(l.sent)
		a, b := quad.IRI(v.Crime(l.a)), quad.IRI(v.Crime(l.b))
		add(a, term(schema.ConvergesWith), b, label)
		add(b, term(schema.ConvergesWith), a, label)
		add(id, iri(string(schema.RDFType)), term(schema.Convergence), label)
		add(id, term(schema.Between), a, label)
		add(id, term(schema.Between), b, label)
		add(id, term(schema.Mechanism), quad.String(l.mech), label)
		add(id, term(schema.CueTerm), quad.String(l.cue), label)
	}
	for _, m := range r.measures {
		id, label := quad.IRI(v.ID("measure", m.slug)), stmt(m.sent)
		add(entIRI(m.actor), term(m.pred), id, label)
		add(id, iri(string(schema.RDFType)), term(schema.Measure), label)
		add(id, iri(string(schema.RDFSLabel)), quad.String(m.label), label)
		for _, t := range m.targets {
			add(id, term(schema.Targets), quad.IRI(v.Crime(t)), label)
		}
	}
	for _, f := range r.Facts {
		switch f.Kind {
		case "mentions":
			add(stmt(f.Sentence), term(schema.Mentions), quad.IRI(f.Crime.ID), stmt(f.Sentence))
		case "member":
			add(quad.IRI(f.Member.ID), iri(string(schema.MemberOf)), quad.IRI(f.Group.ID), stmt(f.Sentence))
		case "discourse":
			add(stmt(f.Sentence), term(f.Relation), stmt(f.Target), stmt(f.Sentence))
		}
	}
	return out
}

// TaxonomyQuads returns the crime-type concept scheme, labelled with the
// schema graph.
func TaxonomyQuads(v schema.Vocab) []quad.Quad {
	g := quad.IRI(v.SchemaGraph())
	scheme := quad.IRI(v.Base + schema.TaxonomyScheme)
	typ := quad.IRI(schema.RDFType)
	out := []quad.Quad{
		{Subject: scheme, Predicate: typ, Object: quad.IRI(schema.ConceptScheme), Label: g},
		{Subject: scheme, Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String("crimegraph crime types"), Label: g},
	}
	for _, c := range schema.Taxonomy {
		id := quad.IRI(v.Crime(c.Slug))
		out = append(out,
			quad.Quad{Subject: id, Predicate: typ, Object: quad.IRI(schema.SKOSConcept), Label: g},
			quad.Quad{Subject: id, Predicate: quad.IRI(schema.SKOSPrefLabel), Object: quad.String(c.Label), Label: g},
			quad.Quad{Subject: id, Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String(c.Label), Label: g},
			quad.Quad{Subject: id, Predicate: quad.IRI(schema.SKOSInScheme), Object: scheme, Label: g})
		for _, s := range append(append([]string{}, c.Synonyms...), c.Actors...) {
			if s != c.Label {
				out = append(out, quad.Quad{Subject: id, Predicate: quad.IRI(schema.SKOSAltLabel), Object: quad.String(s), Label: g})
			}
		}
		for _, b := range c.Broader {
			out = append(out, quad.Quad{Subject: id, Predicate: quad.IRI(schema.SKOSBroader), Object: quad.IRI(v.Crime(b)), Label: g})
		}
	}
	return out
}

// sliceReader is a quad.Reader over a slice.
type sliceReader struct {
	qs []quad.Quad
	i  int
}

var _ quad.ReadCloser = (*sliceReader)(nil)

// NewReader returns a quad.ReadCloser over qs.
func NewReader(qs []quad.Quad) quad.ReadCloser { return &sliceReader{qs: qs} }

func (r *sliceReader) ReadQuad() (quad.Quad, error) {
	if r.i >= len(r.qs) {
		return quad.Quad{}, io.EOF
	}
	r.i++
	return r.qs[r.i-1], nil
}

func (r *sliceReader) Close() error { return nil }
