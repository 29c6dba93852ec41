package graph

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// Edge is one pair of converging crime types with its evidence.
type Edge struct {
	A, B       string   // crime concept IRIs, A < B
	ALabel     string   `json:"a_label"`
	BLabel     string   `json:"b_label"`
	Statements []string // statement IRIs asserting the link, sorted
	Documents  int
	Mechanisms []string // sorted, distinct
}

// Matrix is the convergence matrix: every linked pair of crime types, and how
// often each crime type is mentioned.
type Matrix struct {
	Edges    []Edge
	Mentions map[string]int // crime IRI -> statements mentioning it
	Labels   map[string]string
}

// MatrixOptions filter the convergence matrix; zero values keep everything.
type MatrixOptions struct {
	MinEvidence int    // drop pairs supported by fewer statements
	Mechanism   string // count only statements asserting this mechanism
}

// Convergence builds the convergence matrix from the store.
func (st *Store) Convergence(ctx context.Context) (*Matrix, error) {
	return st.ConvergenceMatrix(ctx, MatrixOptions{})
}

// ConvergenceMatrix builds the convergence matrix with filters.
func (st *Store) ConvergenceMatrix(ctx context.Context, opts MatrixOptions) (*Matrix, error) {
	m := &Matrix{Mentions: map[string]int{}, Labels: map[string]string{}}
	type key struct{ a, b string }
	edges := map[key]*Edge{}
	stmts := map[key]map[string]bool{}
	mechs := map[key]map[string]bool{}
	stmtMechs := map[key]map[string]map[string]bool{} // pair -> statement -> mechanisms
	err := st.Each(ctx, quad.Predicate, quad.IRI(st.Vocab.Term(schema.ConvergesWith)), func(q quad.Quad) error {
		a, b := iriString(q.Subject), iriString(q.Object)
		if a > b {
			a, b = b, a
		}
		k := key{a, b}
		if edges[k] == nil {
			edges[k] = &Edge{A: a, B: b}
			stmts[k] = map[string]bool{}
			mechs[k] = map[string]bool{}
		}
		if q.Label != nil {
			stmts[k][iriString(q.Label)] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// mechanisms from the link nodes: two passes over the predicate index
	// (ends, then mechanisms), not a lookup per link
	ends := map[string][]string{}
	if err := st.Each(ctx, quad.Predicate, quad.IRI(st.Vocab.Term(schema.Between)), func(q quad.Quad) error {
		l := iriString(q.Subject)
		ends[l] = append(ends[l], iriString(q.Object))
		return nil
	}); err != nil {
		return nil, err
	}
	err = st.Each(ctx, quad.Predicate, quad.IRI(st.Vocab.Term(schema.Mechanism)), func(q quad.Quad) error {
		e := ends[iriString(q.Subject)]
		if len(e) != 2 {
			return nil
		}
		a, b := e[0], e[1]
		if a > b {
			a, b = b, a
		}
		k := key{a, b}
		if stmtMechs[k] == nil {
			stmtMechs[k] = map[string]map[string]bool{}
		}
		stmt := iriString(q.Label)
		if stmtMechs[k][stmt] == nil {
			stmtMechs[k][stmt] = map[string]bool{}
		}
		stmtMechs[k][stmt][iriString(q.Object)] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	for k, e := range edges {
		docs := map[string]bool{}
		for s := range stmts[k] {
			if opts.Mechanism != "" && !stmtMechs[k][s][opts.Mechanism] {
				continue
			}
			e.Statements = append(e.Statements, s)
			docs[DocOfStatement(s)] = true
			for mech := range stmtMechs[k][s] {
				mechs[k][mech] = true
			}
		}
		if len(e.Statements) == 0 || len(e.Statements) < opts.MinEvidence {
			continue
		}
		sort.Strings(e.Statements)
		e.Documents = len(docs)
		for mech := range mechs[k] {
			e.Mechanisms = append(e.Mechanisms, mech)
		}
		sort.Strings(e.Mechanisms)
		m.Edges = append(m.Edges, *e)
	}
	sort.Slice(m.Edges, func(i, j int) bool {
		if len(m.Edges[i].Statements) != len(m.Edges[j].Statements) {
			return len(m.Edges[i].Statements) > len(m.Edges[j].Statements)
		}
		if m.Edges[i].A != m.Edges[j].A {
			return m.Edges[i].A < m.Edges[j].A
		}
		return m.Edges[i].B < m.Edges[j].B
	})
	err = st.Each(ctx, quad.Predicate, quad.IRI(st.Vocab.Term(schema.Mentions)), func(q quad.Quad) error {
		m.Mentions[iriString(q.Object)]++
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, c := range schema.Taxonomy {
		m.Labels[st.Vocab.Crime(c.Slug)] = c.Label
	}
	for i := range m.Edges {
		m.Edges[i].ALabel = m.label(m.Edges[i].A)
		m.Edges[i].BLabel = m.label(m.Edges[i].B)
	}
	return m, nil
}

func (m *Matrix) label(iri string) string {
	if l, ok := m.Labels[iri]; ok {
		return l
	}
	return iri[strings.LastIndexAny(iri, "/#")+1:]
}

// DocOfStatement returns the document IRI of a statement IRI (".../doc/x/s3").
func DocOfStatement(s string) string {
	i := strings.LastIndex(s, "/s")
	if i <= 0 || i+2 == len(s) {
		return s
	}
	for _, c := range s[i+2:] {
		if c < '0' || c > '9' {
			return s
		}
	}
	return s[:i]
}

func iriString(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(x)
	case nil:
		return ""
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.LangString:
		return string(x.Value)
	case quad.Int:
		return strconv.FormatInt(int64(x), 10)
	case quad.Bool:
		return strconv.FormatBool(bool(x))
	case quad.Float:
		return strconv.FormatFloat(float64(x), 'g', -1, 64)
	default:
		return quad.StringOf(v)
	}
}
