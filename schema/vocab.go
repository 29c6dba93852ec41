package schema

import "strings"

// DefaultBase is the base IRI of crimegraph's resources and vocabulary.
const DefaultBase = "https://w3id.org/crimegraph/"

// Standard vocabularies.
const (
	RDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS    = "http://www.w3.org/2000/01/rdf-schema#"
	XSD     = "http://www.w3.org/2001/XMLSchema#"
	OWL     = "http://www.w3.org/2002/07/owl#"
	SKOS    = "http://www.w3.org/2004/02/skos/core#"
	PROV    = "http://www.w3.org/ns/prov#"
	SchemaO = "https://schema.org/"
	DCTerms = "http://purl.org/dc/terms/"
)

// Predicate is the full IRI of a property.
type Predicate string

// Type is the full IRI of a class.
type Type string

// Standard terms used by crimegraph.
const (
	RDFType        Predicate = RDF + "type"
	RDFSLabel      Predicate = RDFS + "label"
	SKOSPrefLabel  Predicate = SKOS + "prefLabel"
	SKOSAltLabel   Predicate = SKOS + "altLabel"
	SKOSBroader    Predicate = SKOS + "broader"
	SKOSInScheme   Predicate = SKOS + "inScheme"
	MemberOf       Predicate = SchemaO + "memberOf"
	JobTitle       Predicate = SchemaO + "jobTitle"
	Affiliation    Predicate = SchemaO + "affiliation"
	Name           Predicate = SchemaO + "name"
	Text           Predicate = SchemaO + "text"
	URL            Predicate = SchemaO + "url"
	DateIssued     Predicate = DCTerms + "date"
	WasDerivedFrom Predicate = PROV + "wasDerivedFrom"

	Person        Type = SchemaO + "Person"
	Organization  Type = SchemaO + "Organization"
	Country       Type = SchemaO + "Country"
	Place         Type = SchemaO + "Place"
	Claim         Type = SchemaO + "Claim"
	CreativeWork  Type = SchemaO + "CreativeWork"
	SKOSConcept   Type = SKOS + "Concept"
	ConceptScheme Type = SKOS + "ConceptScheme"
)

// Local names of crimegraph's own terms, under Vocab.NS().
const (
	Said            = "said"
	About           = "about"
	ConvergesWith   = "convergesWith"
	CommitsTo       = "commitsTo"
	Endorses        = "endorses"
	CalledFor       = "calledFor"
	Targets         = "targets"
	ConsequenceOf   = "consequenceOf"
	ContrastsWith   = "contrastsWith"
	ExampleOf       = "exampleOf"
	Elaborates      = "elaborates"
	Mentions        = "mentions"
	Verb            = "verb"
	Negated         = "negated"
	Hedged          = "hedged"
	Index           = "index"
	Start           = "start"
	End             = "end"
	Path            = "path"
	ContentHash     = "contentHash"
	Mechanism       = "mechanism"
	CueTerm         = "cue"
	Between         = "between"
	Statement       = "Statement"
	Measure         = "Measure"
	Group           = "Group"
	Convergence     = "Convergence"
	SchemaGraph     = "id/graph/schema"
	TaxonomyScheme  = "id/crime"
	ConvergenceKind = "id/link"
)

// Vocab builds IRIs under one base.
type Vocab struct {
	Base string
}

// NewVocab returns the vocabulary under base; an empty base means DefaultBase.
func NewVocab(base string) Vocab {
	if base == "" {
		base = DefaultBase
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		base += "/"
	}
	return Vocab{Base: base}
}

// NS is the namespace of crimegraph's own terms (prefix cg:).
func (v Vocab) NS() string { return v.Base + "ns#" }

// Term is the IRI of one of crimegraph's own terms.
func (v Vocab) Term(local string) string { return v.NS() + local }

// ID is the IRI of a resource: kind is doc, person, org, place, claim, crime or measure.
func (v Vocab) ID(kind, slug string) string { return v.Base + "id/" + kind + "/" + slug }

// Crime is the IRI of a crime concept.
func (v Vocab) Crime(slug string) string { return v.ID("crime", slug) }

// SchemaGraph is the label of quads that no sentence asserts, such as the taxonomy.
func (v Vocab) SchemaGraph() string { return v.Base + SchemaGraph }

// Prefixes maps prefix names to namespaces, for prefixed names on the command
// line and in exports.
func (v Vocab) Prefixes() map[string]string {
	return map[string]string{
		"cg":      v.NS(),
		"crime":   v.Base + "id/crime/",
		"person":  v.Base + "id/person/",
		"org":     v.Base + "id/org/",
		"place":   v.Base + "id/place/",
		"doc":     v.Base + "id/doc/",
		"claim":   v.Base + "id/claim/",
		"measure": v.Base + "id/measure/",
		"rdf":     RDF,
		"rdfs":    RDFS,
		"xsd":     XSD,
		"owl":     OWL,
		"skos":    SKOS,
		"prov":    PROV,
		"schema":  SchemaO,
		"dcterms": DCTerms,
	}
}

// Mechanisms of convergence, after Makarenko's crime–terror continuum and the
// Security Council's wording.
const (
	MechAlliance    = "alliance"
	MechTactics     = "tactics"
	MechFinances    = "finances"
	MechFacilitates = "facilitates"
	MechInvolvement = "involvement"
	MechHybrid      = "hybrid"
	MechLink        = "link"
)

// Mechanisms lists every mechanism.
var Mechanisms = []string{MechAlliance, MechTactics, MechFinances, MechFacilitates, MechInvolvement, MechHybrid, MechLink}

// Slugify turns a label into an IRI-safe slug: lowercase ASCII letters and
// digits joined by single hyphens; other letters are kept as they are, lowercased.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r > 127 && isLetter(r):
			b.WriteRune(foldAccent(r))
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func isLetter(r rune) bool {
	return strings.ContainsRune("áàâäãåāéèêëēíìîïóòôöõøúùûüçñßšžłćńśźżőűœæ", r) || r > 0x24F
}

func foldAccent(r rune) rune {
	const from = "áàâäãåāéèêëēíìîïóòôöõøúùûüçñšžłćńśźżőű"
	const to = "aaaaaaaeeeeeiiiiooooooouuuucnszlcnszzou"
	fr := []rune(from)
	for i, f := range fr {
		if f == r {
			return []rune(to)[i]
		}
	}
	return r
}
