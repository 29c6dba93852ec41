package rdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/schema"
)

// EncodeIRI percent-encodes the characters that may not stand in an IRI
// (space, <>"{}|^`\ and controls), so that strict parsers accept it.
func EncodeIRI(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\' || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, "%%%02X", s[i])
			i++
			continue
		}
		if r <= 0x20 || r == 0x7f || strings.ContainsRune("<>\"{}|^`\\", r) {
			for _, c := range []byte(s[i : i+n]) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// escapeString escapes a literal's lexical form for N-Triples and Turtle.
func escapeString(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case utf8.RuneError:
			b.WriteString(`\uFFFD`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// Literal is a value's literal form: lexical text, datatype IRI or language.
type Literal struct {
	Text     string
	Datatype string // empty for a plain string
	Lang     string
}

// IsIRI reports whether v is an IRI, and BlankNode whether it is a blank node.
func IsIRI(v quad.Value) bool { _, ok := v.(quad.IRI); return ok }

// LiteralOf returns the literal form of a non-IRI value, with the XSD
// datatypes of Go values (integers, booleans, floats, times).
func LiteralOf(v quad.Value) Literal {
	switch x := v.(type) {
	case quad.String:
		return Literal{Text: string(x)}
	case quad.TypedString:
		return Literal{Text: string(x.Value), Datatype: string(x.Type)}
	case quad.LangString:
		return Literal{Text: string(x.Value), Lang: x.Lang}
	case quad.Int:
		return Literal{Text: strconv.FormatInt(int64(x), 10), Datatype: schema.XSD + "integer"}
	case quad.Bool:
		return Literal{Text: strconv.FormatBool(bool(x)), Datatype: schema.XSD + "boolean"}
	case quad.Float:
		f := float64(x)
		switch {
		case math.IsInf(f, 1):
			return Literal{Text: "INF", Datatype: schema.XSD + "double"}
		case math.IsInf(f, -1):
			return Literal{Text: "-INF", Datatype: schema.XSD + "double"}
		case math.IsNaN(f):
			return Literal{Text: "NaN", Datatype: schema.XSD + "double"}
		}
		return Literal{Text: strconv.FormatFloat(f, 'E', -1, 64), Datatype: schema.XSD + "double"}
	case quad.Time:
		return Literal{Text: time.Time(x).UTC().Format(time.RFC3339Nano), Datatype: schema.XSD + "dateTime"}
	case nil:
		return Literal{}
	default:
		return Literal{Text: quad.ToString(v)}
	}
}

// NTerm writes a value in N-Triples syntax.
func NTerm(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return "<" + EncodeIRI(string(x)) + ">"
	case quad.BNode:
		return "_:" + bnodeLabel(string(x))
	}
	l := LiteralOf(v)
	s := `"` + escapeString(l.Text) + `"`
	switch {
	case l.Lang != "":
		s += "@" + l.Lang
	case l.Datatype != "" && l.Datatype != schema.XSD+"string":
		s += "^^<" + EncodeIRI(l.Datatype) + ">"
	}
	return s
}

// bnodeLabel keeps a blank node label within the N-Triples grammar.
func bnodeLabel(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || i > 0 && r == '-' {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "x%X", r)
		}
	}
	if b.Len() == 0 {
		return "b"
	}
	return b.String()
}

// Prefixes shortens IRIs to prefixed names for Turtle, TriG and JSON-LD.
type Prefixes struct {
	names []string // prefix names, longest namespace first
	ns    map[string]string
}

// NewPrefixes takes prefix → namespace pairs.
func NewPrefixes(m map[string]string) *Prefixes {
	p := &Prefixes{ns: map[string]string{}}
	for k, v := range m {
		p.names = append(p.names, k)
		p.ns[k] = v
	}
	// longest namespace first, then by name, so that output is stable
	for i := 1; i < len(p.names); i++ {
		for j := i; j > 0 && less(p, p.names[j], p.names[j-1]); j-- {
			p.names[j], p.names[j-1] = p.names[j-1], p.names[j]
		}
	}
	return p
}

func less(p *Prefixes, a, b string) bool {
	if len(p.ns[a]) != len(p.ns[b]) {
		return len(p.ns[a]) > len(p.ns[b])
	}
	return a < b
}

// Names lists the prefix names in a stable order.
func (p *Prefixes) Names() []string {
	out := append([]string{}, p.names...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Namespace returns the namespace of a prefix.
func (p *Prefixes) Namespace(name string) string { return p.ns[name] }

// Short returns "prefix:local" when the IRI falls in a namespace and its
// local part is a safe local name; ok is false otherwise.
func (p *Prefixes) Short(iri string) (string, bool) {
	for _, n := range p.names {
		ns := p.ns[n]
		if strings.HasPrefix(iri, ns) && safeLocal(iri[len(ns):]) {
			return n + ":" + iri[len(ns):], true
		}
	}
	return "", false
}

func safeLocal(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '_':
		case r >= '0' && r <= '9', r == '-':
			if i == 0 && r == '-' {
				return false
			}
		default:
			return false
		}
	}
	return !strings.HasSuffix(s, "-")
}

// TTerm writes a value in Turtle syntax, with prefixed names where they fit.
func (p *Prefixes) TTerm(v quad.Value) string {
	if x, ok := v.(quad.IRI); ok && p != nil {
		if s, ok := p.Short(string(x)); ok {
			return s
		}
	}
	if _, ok := v.(quad.IRI); !ok {
		l := LiteralOf(v)
		if l.Datatype != "" && l.Lang == "" && p != nil {
			if s, ok := p.Short(l.Datatype); ok {
				return `"` + escapeString(l.Text) + `"^^` + s
			}
		}
	}
	return NTerm(v)
}
