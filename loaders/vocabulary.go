package loaders

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// VocabularyQuads describes crimegraph's vocabulary as RDF: classes and
// properties with labels, comments, domains and ranges, cg:convergesWith an
// owl:SymmetricProperty, and the crime taxonomy as a SKOS concept scheme.
// They carry the schema graph as label.
func VocabularyQuads(v schema.Vocab) []quad.Quad {
	g := quad.IRI(v.SchemaGraph())
	iri := func(s string) quad.IRI {
		if strings.Contains(s, "://") {
			return quad.IRI(s)
		}
		return quad.IRI(v.Term(s))
	}
	ont := quad.IRI(v.NS())
	typ := quad.IRI(schema.RDFType)
	out := []quad.Quad{
		{Subject: ont, Predicate: typ, Object: quad.IRI(schema.OWL + "Ontology"), Label: g},
		{Subject: ont, Predicate: quad.IRI(schema.RDFSLabel), Object: quad.String("crimegraph vocabulary"), Label: g},
		{Subject: ont, Predicate: quad.IRI(schema.RDFS + "comment"), Object: quad.String("Who said what about transnational crime, and which crime types converge, every edge labelled with the statement it came from."), Label: g},
	}
	for _, t := range schema.Terms {
		s := iri(t.Local)
		add := func(p string, o quad.Value) {
			out = append(out, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: g})
		}
		switch {
		case t.Class:
			add(string(schema.RDFType), quad.IRI(schema.OWL+"Class"))
		case strings.HasPrefix(t.Range, schema.XSD):
			add(string(schema.RDFType), quad.IRI(schema.OWL+"DatatypeProperty"))
		default:
			add(string(schema.RDFType), quad.IRI(schema.OWL+"ObjectProperty"))
		}
		if t.Symmetric {
			add(string(schema.RDFType), quad.IRI(schema.OWL+"SymmetricProperty"))
		}
		add(string(schema.RDFSLabel), quad.LangString{Value: quad.String(t.Label), Lang: "en"})
		add(schema.RDFS+"comment", quad.LangString{Value: quad.String(t.Comment), Lang: "en"})
		add(schema.RDFS+"isDefinedBy", ont)
		if t.Domain != "" {
			add(schema.RDFS+"domain", iri(t.Domain))
		}
		if t.Range != "" {
			add(schema.RDFS+"range", iri(t.Range))
		}
	}
	for _, c := range schema.Taxonomy {
		if c.Note != "" {
			out = append(out, quad.Quad{Subject: quad.IRI(v.Crime(c.Slug)), Predicate: quad.IRI(schema.SKOS + "scopeNote"), Object: quad.LangString{Value: quad.String(c.Note), Lang: "en"}, Label: g})
		}
		if len(c.Broader) == 0 {
			out = append(out, quad.Quad{Subject: quad.IRI(v.Base + schema.TaxonomyScheme), Predicate: quad.IRI(schema.SKOS + "hasTopConcept"), Object: quad.IRI(v.Crime(c.Slug)), Label: g})
		}
	}
	return append(out, TaxonomyQuads(v)...)
}
