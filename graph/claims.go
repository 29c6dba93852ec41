package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// Claim is who said what, with its source.
type Claim struct {
	Speaker  Node     `json:"speaker"`
	Claim    string   `json:"claim"`
	Text     string   `json:"text"`
	Verb     string   `json:"verb"`
	Negated  bool     `json:"negated"`
	Hedged   bool     `json:"hedged"`
	About    []Node   `json:"about,omitempty"`
	Evidence Evidence `json:"evidence"`
}

// ClaimFilter selects claims; empty fields match everything. Speaker and
// About are node IRIs; Doc is a document IRI.
type ClaimFilter struct {
	Speaker string
	About   string
	Doc     string
}

// Claims lists claims with their speaker, verb, flags, crime types and source.
func (st *Store) Claims(ctx context.Context, f ClaimFilter) ([]Claim, error) {
	said := quad.IRI(st.Vocab.Term(schema.Said))
	var out []Claim
	visit := func(q quad.Quad) error {
		if q.Predicate != said {
			return nil
		}
		sp := iriString(q.Subject)
		if f.Speaker != "" && sp != f.Speaker {
			return nil
		}
		c := Claim{Speaker: Node{IRI: sp}, Claim: iriString(q.Object)}
		ev := st.evidence(ctx, iriString(q.Label), map[string]*Evidence{})
		if ev != nil {
			c.Evidence = *ev
		}
		if f.Doc != "" && c.Evidence.Doc != f.Doc {
			return nil
		}
		about := st.Vocab.Term(schema.About)
		if err := st.Each(ctx, quad.Subject, q.Object, func(p quad.Quad) error {
			switch iriString(p.Predicate) {
			case string(schema.Text):
				c.Text = iriString(p.Object)
			case st.Vocab.Term(schema.Verb):
				c.Verb = iriString(p.Object)
			case st.Vocab.Term(schema.Negated):
				c.Negated = iriString(p.Object) == "true"
			case st.Vocab.Term(schema.Hedged):
				c.Hedged = iriString(p.Object) == "true"
			case about:
				c.About = append(c.About, Node{IRI: iriString(p.Object)})
			}
			return nil
		}); err != nil {
			return err
		}
		if f.About != "" {
			ok := false
			for _, a := range c.About {
				if a.IRI == f.About || st.broader(ctx, a.IRI, f.About) {
					ok = true
				}
			}
			if !ok {
				return nil
			}
		}
		out = append(out, c)
		return nil
	}
	var err error
	if f.Speaker != "" {
		err = st.Each(ctx, quad.Subject, quad.IRI(f.Speaker), visit)
	} else {
		err = st.Each(ctx, quad.Predicate, said, visit)
	}
	if err != nil {
		return nil, err
	}
	labels := map[string]string{}
	lbl := func(iri string) string {
		if l, ok := labels[iri]; ok {
			return l
		}
		labels[iri] = st.Label(ctx, iri)
		return labels[iri]
	}
	for i := range out {
		out[i].Speaker.Label = lbl(out[i].Speaker.IRI)
		for j := range out[i].About {
			out[i].About[j].Label = lbl(out[i].About[j].IRI)
		}
		sort.Slice(out[i].About, func(a, b int) bool { return out[i].About[a].IRI < out[i].About[b].IRI })
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Evidence.Doc != out[j].Evidence.Doc {
			return out[i].Evidence.Doc < out[j].Evidence.Doc
		}
		if out[i].Evidence.Index != out[j].Evidence.Index {
			return out[i].Evidence.Index < out[j].Evidence.Index
		}
		return out[i].Claim < out[j].Claim
	})
	return out, nil
}

// broader says whether concept narrows ancestor (skos:broader, transitively).
func (st *Store) broader(ctx context.Context, concept, ancestor string) bool {
	seen := map[string]bool{}
	queue := []string{concept}
	b := quad.IRI(schema.SKOSBroader)
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if seen[c] {
			continue
		}
		seen[c] = true
		st.Each(ctx, quad.Subject, quad.IRI(c), func(q quad.Quad) error {
			if q.Predicate == b {
				o := iriString(q.Object)
				if o == ancestor {
					queue = nil
					seen[ancestor] = true
				} else {
					queue = append(queue, o)
				}
			}
			return nil
		})
	}
	return seen[ancestor]
}

// Short writes an IRI as a prefixed name where a prefix fits.
func (st *Store) Short(iri string) string {
	best, bestNS := "", ""
	for p, ns := range st.Vocab.Prefixes() {
		if strings.HasPrefix(iri, ns) && len(ns) > len(bestNS) {
			best, bestNS = p, ns
		}
	}
	if best == "" {
		return iri
	}
	return best + ":" + iri[len(bestNS):]
}
