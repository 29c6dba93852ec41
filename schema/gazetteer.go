package schema

import (
	_ "embed"
	"strings"
)

//go:embed data/countries.tsv
var countriesTSV string

//go:embed data/bodies.tsv
var bodiesTSV string

//go:embed data/titles.txt
var titlesTXT string

// CountryEntry is one country of the gazetteer.
type CountryEntry struct {
	Name     string
	Aliases  []string
	Demonyms []string
	// Capitals are the seats of government, used as metonyms for the
	// government ("Washington said").
	Capitals []string
}

// BodyEntry is one international body, agency or institution.
type BodyEntry struct {
	Name    string
	Aliases []string // acronyms and other names
}

// Countries returns the embedded country gazetteer.
func Countries() []CountryEntry {
	var out []CountryEntry
	for _, f := range tsvRows(countriesTSV) {
		e := CountryEntry{Name: f[0]}
		e.Aliases = field(f, 1)
		e.Demonyms = field(f, 2)
		e.Capitals = field(f, 3)
		out = append(out, e)
	}
	return out
}

// Bodies returns the embedded gazetteer of international bodies and agencies.
func Bodies() []BodyEntry {
	var out []BodyEntry
	for _, f := range tsvRows(bodiesTSV) {
		out = append(out, BodyEntry{Name: f[0], Aliases: field(f, 1)})
	}
	return out
}

// Titles returns the embedded list of titles and role words, lowercase.
func Titles() []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(titlesTXT, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || seen[line] {
			continue
		}
		seen[line] = true
		out = append(out, line)
	}
	return out
}

func tsvRows(data string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(data, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(strings.TrimRight(line, "\r"), "\t"))
	}
	return rows
}

func field(f []string, i int) []string {
	if i >= len(f) || strings.TrimSpace(f[i]) == "" {
		return nil
	}
	var out []string
	for _, s := range strings.Split(f[i], ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

//go:embed data/given-names.tsv
var givenNamesTSV string

// GivenNames maps common given names to a grammatical gender, 'f' or 'm', for
// pronoun resolution ("Anna Berg ... She said"), or 'u' for a name given to
// women and men alike ("Simone", "Andrea"): a name, of no known gender.
func GivenNames() map[string]byte {
	out := map[string]byte{}
	for _, f := range tsvRows(givenNamesTSV) {
		if len(f) == 2 && (f[1] == "f" || f[1] == "m" || f[1] == "u") {
			out[f[0]] = f[1][0]
		}
	}
	return out
}
