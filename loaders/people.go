package loaders

import (
	"strings"
	"sync"

	"github.com/crimegraph/crimegraph/schema"
)

// People resolves people across documents: a document that names someone by
// surname only ("Mr. Anandasangaree") is joined to the one full name
// ("Gary Anandasangaree") seen for that surname in earlier documents or in
// the store. Documents are merged in input order, so the result does not
// depend on how extraction was scheduled. A surname with several full names
// stays unresolved.
type People struct {
	mu sync.Mutex
	m  map[string]string // surname -> full name; "" when ambiguous
}

// NewPeople returns an empty index.
func NewPeople() *People { return &People{m: map[string]string{}} }

// Learn adds a full name (two words or more).
func (p *People) Learn(full string) {
	words := strings.Fields(full)
	if len(words) < 2 {
		return
	}
	last := strings.ToLower(words[len(words)-1])
	p.mu.Lock()
	defer p.mu.Unlock()
	old, ok := p.m[last]
	switch {
	case !ok:
		p.m[last] = full
	case old != "" && !strings.EqualFold(old, full) && !strings.HasSuffix(full, " "+old) && !strings.HasSuffix(old, " "+full):
		p.m[last] = "" // two different people share the surname
	case len(full) > len(old) && old != "":
		p.m[last] = full
	}
}

// Lookup returns the unique full name for a surname.
func (p *People) Lookup(surname string) (string, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	full := p.m[strings.ToLower(surname)]
	return full, full != ""
}

// Merge joins the result's surname-only people to full names people knows,
// then teaches people the result's full names. Call it in document order,
// before Quads.
func (r *Result) Merge(p *People, v interface {
	ID(kind, slug string) string
}) {
	if p == nil {
		return
	}
	rename := map[string][2]string{} // old IRI -> new IRI, label
	for _, e := range r.entities {
		if e.kind != KindPerson || len(strings.Fields(e.label)) != 1 {
			continue
		}
		full, ok := p.Lookup(e.label)
		if !ok {
			continue
		}
		old := v.ID("person", e.slug)
		e.addAlias(e.label)
		e.label = full
		e.slug = schema.Slugify(full)
		rename[old] = [2]string{v.ID("person", e.slug), full}
	}
	if len(rename) > 0 {
		fix := func(ref *Ref) {
			if ref == nil {
				return
			}
			if n, ok := rename[ref.ID]; ok {
				ref.ID, ref.Label = n[0], n[1]
			}
		}
		for i := range r.Facts {
			f := &r.Facts[i]
			fix(f.Speaker)
			fix(f.Person)
			fix(f.Member)
			fix(f.Actor)
		}
	}
	for _, e := range r.entities {
		if e.kind == KindPerson && e.firstSent > 0 {
			p.Learn(e.label)
		}
	}
}
