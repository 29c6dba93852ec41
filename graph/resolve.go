package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// Sentinel errors of name resolution.
var (
	// ErrNotFound means no node has the name.
	ErrNotFound = errors.New("no node with that name")
	// ErrAmbiguous means several nodes have the name.
	ErrAmbiguous = errors.New("ambiguous name")
)

// Node is a resolved node: its IRI and its label.
type Node struct {
	IRI   string `json:"iri"`
	Label string `json:"label"`
}

// NameError reports an unknown or ambiguous name with the candidates.
type NameError struct {
	Name       string
	Err        error // ErrNotFound or ErrAmbiguous
	Candidates []Node
}

func (e *NameError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q: %v", e.Name, e.Err)
	if len(e.Candidates) > 0 {
		if errors.Is(e.Err, ErrAmbiguous) {
			b.WriteString("; candidates: ")
		} else {
			b.WriteString("; did you mean: ")
		}
		for i, c := range e.Candidates {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s (%s)", c.Label, c.IRI)
		}
	}
	return b.String()
}

func (e *NameError) Unwrap() error { return e.Err }

var labelPredicates = []schema.Predicate{schema.RDFSLabel, schema.SKOSPrefLabel, schema.SKOSAltLabel, schema.Name}

// Resolve finds the node a name stands for: a full IRI ("https://…" or
// "<https://…>"), a prefixed name ("crime:terrorism", "person:gary-anandasangaree"),
// or a label or alias, case-insensitive ("Anandasangaree", "UNODC", "fentanyl").
// A label matching several nodes is an error listing them; an unknown name
// suggests the nearest labels.
func (st *Store) Resolve(ctx context.Context, name string) (Node, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Node{}, &NameError{Name: name, Err: ErrNotFound}
	}
	if iri, ok := st.expand(name); ok {
		if st.exists(iri) {
			return Node{IRI: iri, Label: st.Label(ctx, iri)}, nil
		}
		if strings.Contains(name, "://") || strings.HasPrefix(name, "<") {
			return Node{}, &NameError{Name: name, Err: ErrNotFound}
		}
	}
	want := strings.ToLower(name)
	// ranked matches: 0 exact label, 1 exact alias, 2 label word, 3 alias word
	var ranks [4]map[string]string // IRI -> label
	for i := range ranks {
		ranks[i] = map[string]string{}
	}
	type scored struct {
		n Node
		d int
	}
	var near []scored
	seen := map[string]bool{}
	for _, p := range labelPredicates {
		err := st.Each(ctx, quad.Predicate, quad.IRI(p), func(q quad.Quad) error {
			iri, ok := q.Subject.(quad.IRI)
			if !ok {
				return nil
			}
			label := iriString(q.Object)
			low := strings.ToLower(label)
			alias := 0
			if p == schema.SKOSAltLabel {
				alias = 1
			}
			switch {
			case low == want:
				ranks[alias][string(iri)] = ""
			case containsWord(low, want):
				ranks[2+alias][string(iri)] = ""
			default:
				key := string(iri) + "\x00" + low
				if !seen[key] && len(near) < 5000 {
					seen[key] = true
					d := levenshtein(low, want)
					for _, word := range strings.Fields(low) {
						d = min(d, levenshtein(word, want))
					}
					near = append(near, scored{Node{IRI: string(iri), Label: label}, d})
				}
			}
			return nil
		})
		if err != nil {
			return Node{}, err
		}
	}
	var pick map[string]string
	for _, r := range ranks {
		if len(r) > 0 {
			pick = r
			break
		}
	}
	for iri := range pick {
		pick[iri] = st.Label(ctx, iri)
	}
	switch len(pick) {
	case 1:
		for iri, label := range pick {
			return Node{IRI: iri, Label: label}, nil
		}
	case 0:
		sort.Slice(near, func(i, j int) bool {
			if near[i].d != near[j].d {
				return near[i].d < near[j].d
			}
			return near[i].n.IRI < near[j].n.IRI
		})
		var c []Node
		dup := map[string]bool{}
		for _, s := range near {
			if len(c) == 5 || s.d > max(2, len(want)/3) {
				break
			}
			if !dup[s.n.IRI] {
				dup[s.n.IRI] = true
				c = append(c, Node{IRI: s.n.IRI, Label: st.Label(ctx, s.n.IRI)})
			}
		}
		return Node{}, &NameError{Name: name, Err: ErrNotFound, Candidates: c}
	}
	var c []Node
	for iri, label := range pick {
		c = append(c, Node{IRI: iri, Label: label})
	}
	sort.Slice(c, func(i, j int) bool { return c[i].IRI < c[j].IRI })
	return Node{}, &NameError{Name: name, Err: ErrAmbiguous, Candidates: c}
}

// containsWord says whether label holds name as whole words ("anandasangaree"
// in "gary anandasangaree").
func containsWord(label, name string) bool {
	i := strings.Index(label, name)
	for i >= 0 {
		before := i == 0 || !isWordChar(label[i-1])
		after := i+len(name) == len(label) || !isWordChar(label[i+len(name)])
		if before && after {
			return true
		}
		j := strings.Index(label[i+1:], name)
		if j < 0 {
			return false
		}
		i += j + 1
	}
	return false
}

func isWordChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// expand turns an IRI or prefixed name into a full IRI.
func (st *Store) expand(name string) (string, bool) {
	if strings.HasPrefix(name, "<") && strings.HasSuffix(name, ">") {
		return name[1 : len(name)-1], true
	}
	if strings.Contains(name, "://") {
		return name, true
	}
	if i := strings.IndexByte(name, ':'); i > 0 && !strings.ContainsAny(name, " ") {
		if ns, ok := st.Vocab.Prefixes()[name[:i]]; ok {
			return ns + name[i+1:], true
		}
	}
	return "", false
}

func (st *Store) exists(iri string) bool {
	ref, err := st.QS.ValueOf(quad.IRI(iri))
	return err == nil && ref != nil
}

// Label returns the node's label (rdfs:label, skos:prefLabel, schema:name) or
// the last segment of its IRI. It asks the subject–predicate index for the
// label alone, so a hub with thousands of edges costs no more than a leaf.
func (st *Store) Label(ctx context.Context, iri string) string {
	for _, p := range []schema.Predicate{schema.RDFSLabel, schema.SKOSPrefLabel, schema.Name} {
		if v := st.first(ctx, quad.IRI(iri), quad.IRI(p)); v != nil {
			return iriString(v)
		}
	}
	return iri[strings.LastIndexAny(iri, "/#")+1:]
}

// first returns one object of (subject, predicate), or nil.
func (st *Store) first(ctx context.Context, s, p quad.Value) quad.Value {
	v, err := path.StartPath(st.QS, s).Out(p).Iterate(ctx).Limit(1).FirstValue(st.QS)
	if err != nil {
		return nil
	}
	return v
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 {
		ra = ra[:64]
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
