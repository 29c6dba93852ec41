package loaders

import (
	"encoding/hex"
	"strings"

	"github.com/crimegraph/crimegraph/schema"
)

// Entity kinds, as in the facts view's speaker type.
const (
	KindPerson = "person"
	KindOrg    = "org"
	KindPlace  = "place"
	KindGroup  = "group"
)

// entity is an actor or place of one document: one IRI, its label and aliases.
type entity struct {
	spoke     bool // has said something in this document
	kind      string
	slug      string
	iri       string // made from kind and slug when first needed
	label     string
	aliases   []string
	country   bool
	title     string
	affil     *entity
	memberOf  *entity
	gender    byte // 'm', 'f' or 0
	plural    bool
	mentions  int
	demonyms  int // how often the text named a country by its people's adjective ("Guatemalan prosecutors")
	lastSent  int
	firstSent int
	isNew     bool   // not yet written as quads
	crime     string // a named crime group's crime type ("Primeiro Comando da Capital": organized-crime)
}

func (e *entity) addAlias(a string) {
	a = strings.TrimSpace(a)
	if a == "" || a == e.label {
		return
	}
	for _, x := range e.aliases {
		if x == a {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

// iriKind is the IRI segment of the entity kind.
func (e *entity) iriKind() string {
	switch e.kind {
	case KindPerson:
		return "person"
	case KindPlace:
		return "place"
	default:
		return "org"
	}
}

// registry resolves the names of one document's entities; people are also
// resolved against the Extractor's cross-document index.
type registry struct {
	byKey    map[string]*entity
	surnames map[string]*entity
	acronyms map[string]*entity
	order    []*entity
	written  int // order[:written] are no longer new (see settle)
	// givenNames guesses a person's gender from the first name
	givenNames map[string]byte
}

func newRegistry() *registry {
	return &registry{byKey: map[string]*entity{}, surnames: map[string]*entity{}, acronyms: map[string]*entity{}}
}

// settle marks the entities made so far as written: only those made since the last call
// are visited, so that a long document does not pay for its earlier entities every sentence.
func (r *registry) settle() {
	for _, e := range r.order[r.written:] {
		e.isNew = false
	}
	r.written = len(r.order)
}

func (r *registry) get(kind, label string) *entity {
	slug := schema.Slugify(label)
	if slug == "" && strings.TrimSpace(label) != "" {
		// a name of letters no slug keeps ("Ƶ Ƶ"): its bytes in hex, so that it still has an IRI
		slug = "x" + hex.EncodeToString([]byte(strings.TrimSpace(label))[:min(len(strings.TrimSpace(label)), 24)])
	}
	if slug == "" {
		return nil
	}
	key := kind + ":" + slug
	if kind == KindGroup {
		key = KindOrg + ":" + slug
	}
	if e := r.byKey[key]; e != nil {
		return e
	}
	e := &entity{kind: kind, slug: slug, label: label, isNew: true}
	r.byKey[key] = e
	r.order = append(r.order, e)
	return e
}

// person finds or makes the person named by name (one to four words).
func (r *registry) person(name string) *entity {
	words := strings.Fields(name)
	if len(words) == 0 {
		return nil
	}
	last := strings.ToLower(words[len(words)-1])
	if len(words) == 1 {
		if e := r.surnames[last]; e != nil {
			return e
		}
	} else if e := r.surnames[last]; e != nil && len(strings.Fields(e.label)) == 1 {
		// "Smith" seen first, "John Smith" now: keep one entity, the fuller name as label
		e.addAlias(e.label)
		e.label = name
		return e
	} else if e != nil && strings.EqualFold(e.label, name) {
		return e
	}
	e := r.get(KindPerson, name)
	r.surnames[last] = e
	if g := r.givenNames[words[0]]; len(words) > 1 && e.gender == 0 && g != 'u' {
		e.gender = g // (a name of either gender leaves it to the pronouns)
	}

	return e
}
