package loaders

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// ErrUnknownTerm means a prefixed name of crimegraph's vocabulary names no term.
var ErrUnknownTerm = errors.New("unknown term")

// CSVReader reads hand-coded triples from CSV or TSV with a header
// "subject,predicate,object[,label]". Values are IRIs when written <…>, as
// http(s) URLs or as prefixed names (crime:terrorism, cg:said, schema:memberOf);
// other values are string literals. Errors name file:line:col.
type CSVReader struct {
	name   string
	r      *csv.Reader
	vocab  schema.Vocab
	ns     map[string]string
	terms  map[string]bool
	labelC int
	line   int
}

// NewCSVReader reads from r; comma is ',' or '\t'.
func NewCSVReader(name string, r io.Reader, comma rune, v schema.Vocab) (*CSVReader, error) {
	cr := csv.NewReader(r)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	if comma == '\t' {
		// TSV has no quoting: a quote is part of the value
		cr.LazyQuotes = true
	}
	c := &CSVReader{name: name, r: cr, vocab: v, ns: v.Prefixes(), terms: map[string]bool{}, labelC: -1}
	for _, t := range schema.Terms {
		c.terms[t.Local] = true
	}
	for _, t := range []string{schema.Statement, schema.Group, schema.Measure, schema.Convergence} {
		c.terms[t] = true
	}
	head, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, &ParseError{File: name, Line: 1, Err: ErrEmpty}
		}
		return nil, c.wrap(err)
	}
	for i := range head {
		head[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(head[i], "\ufeff")))
	}
	if len(head) < 3 || head[0] != "subject" || head[1] != "predicate" || head[2] != "object" {
		return nil, &ParseError{File: name, Line: 1, Col: 1, Err: fmt.Errorf("header must be subject,predicate,object[,label], got %q", strings.Join(head, ","))}
	}
	if len(head) > 3 && head[3] == "label" {
		c.labelC = 3
	}
	return c, nil
}

func (c *CSVReader) wrap(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: c.name, Line: pe.Line, Col: pe.Column, Err: pe.Err}
	}
	return fmt.Errorf("%s: %w", c.name, err)
}

// ReadQuad returns the next quad, or io.EOF.
func (c *CSVReader) ReadQuad() (quad.Quad, error) {
	rec, err := c.r.Read()
	if err != nil {
		if err == io.EOF {
			return quad.Quad{}, io.EOF
		}
		return quad.Quad{}, c.wrap(err)
	}
	line, _ := c.r.FieldPos(0)
	if len(rec) < 3 {
		return quad.Quad{}, &ParseError{File: c.name, Line: line, Col: 1, Err: fmt.Errorf("want 3 or 4 fields, got %d", len(rec))}
	}
	var q quad.Quad
	for i, dst := range []*quad.Value{&q.Subject, &q.Predicate, &q.Object} {
		v, err := c.value(rec[i], i != 2)
		if err != nil {
			l, col := c.r.FieldPos(i)
			return quad.Quad{}, &ParseError{File: c.name, Line: l, Col: col, Err: err}
		}
		*dst = v
	}
	if c.labelC >= 0 && len(rec) > c.labelC && strings.TrimSpace(rec[c.labelC]) != "" {
		v, err := c.value(rec[c.labelC], true)
		if err != nil {
			l, col := c.r.FieldPos(c.labelC)
			return quad.Quad{}, &ParseError{File: c.name, Line: l, Col: col, Err: err}
		}
		q.Label = v
	}
	return q, nil
}

// value parses one field; mustIRI for subjects, predicates and labels.
func (c *CSVReader) value(s string, mustIRI bool) (quad.Value, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return nil, errors.New("empty value")
	case strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">"):
		return quad.IRI(s[1 : len(s)-1]), nil
	case strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"):
		return quad.IRI(s), nil
	}
	if i := strings.IndexByte(s, ':'); i > 0 && !strings.ContainsAny(s[:i], " \t") {
		if ns, ok := c.ns[s[:i]]; ok {
			local := s[i+1:]
			if s[:i] == "cg" && !c.terms[local] {
				return nil, fmt.Errorf("%w %q", ErrUnknownTerm, s)
			}
			return quad.IRI(ns + local), nil
		}
		if mustIRI {
			return nil, fmt.Errorf("unknown prefix %q in %q", s[:i], s)
		}
	}
	if mustIRI {
		return nil, fmt.Errorf("%q is not an IRI or prefixed name", s)
	}
	return quad.String(s), nil
}
