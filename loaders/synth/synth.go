// Package synth generates a deterministic synthetic corpus of news-style
// documents for benchmarks: varied speakers with titles and organizations,
// reporting verbs, crime types named by their synonyms, convergence cues,
// direct quotes continued across sentences, pronouns and collective speakers.
// The same seed gives the same corpus.
package synth

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/crimegraph/crimegraph/loaders"
	"github.com/crimegraph/crimegraph/schema"
)

var (
	givenF  = []string{"Anna", "Maria", "Ghada", "Catherine", "Sofia", "Leila", "Ingrid", "Priya", "Olga", "Amina", "Elena", "Julia"}
	givenM  = []string{"Gary", "Magnus", "Jeremy", "Carlos", "Omar", "Rob", "Kofi", "Hiroshi", "Lars", "Pedro", "Ahmed", "Marco"}
	family  = []string{"Anandasangaree", "Brunner", "Douglas", "Waly", "De Bolle", "Mendes", "Okafor", "Tanaka", "Lindqvist", "Haddad", "Novak", "Rossi", "Kowalski", "Silva", "Mwangi", "Chen", "Dubois", "Schmidt", "Petrov", "García"}
	titles  = []string{"Public Safety Minister", "Interior Minister", "Justice Minister", "European commissioner", "Executive Director", "police chief", "Attorney General", "Security Secretary", "Home Secretary", "chief prosecutor"}
	bodies  = []string{"Europol", "Interpol", "the United Nations Office on Drugs and Crime", "the Financial Action Task Force", "the National Crime Agency", "the European Commission", "the G7", "the G20", "the Security Council", "the African Union"}
	places  = []string{"Ottawa", "Brussels", "Vienna", "Bangkok", "Nairobi", "Lima", "Rome", "Manila", "Dakar", "Warsaw"}
	assert  = []string{"said", "noted", "argued", "stressed", "warned", "added", "told reporters", "explained", "emphasized", "acknowledged"}
	direct  = []string{"urged governments to disrupt", "called on partners to disrupt", "called for action against"}
	groups  = []string{"the ministers", "the partners", "delegates", "officials", "the leaders"}
	cuesIn  = []string{"increasingly connects with", "is linked to", "is involved in", "profits from", "fuels", "is behind", "cooperates with", "is turning to", "relies on", "is financed by"}
	cuesBt  = []string{"the nexus between", "the links between", "the convergence of", "ties between"}
	filler  = []string{"The meeting ended without a joint communiqué.", "Talks will continue next month.", "Budgets for border agencies rose by 4 percent.", "Several delegations asked for more time.", "The conference drew more than 300 participants."}
	verbsQ  = []string{"said", "added", "told the conference"}
	connect = []string{"Moreover, ", "However, ", "As a result, ", "In addition, ", "For example, ", ""}
)

// Generator makes documents from a seed.
type Generator struct {
	r *rand.Rand
}

// New returns a generator; the same seed gives the same corpus.
func New(seed int64) *Generator { return &Generator{r: rand.New(rand.NewSource(seed))} }

func (g *Generator) pick(xs []string) string { return xs[g.r.Intn(len(xs))] }

func (g *Generator) crime() string {
	c := schema.Taxonomy[g.r.Intn(schema.TopLevel)]
	all := append(append([]string{}, c.Synonyms...), c.Actors...)
	return all[g.r.Intn(min(len(all), 6))]
}

func (g *Generator) crimes(n int) string {
	xs := make([]string, n)
	for i := range xs {
		xs[i] = g.crime()
	}
	if n == 1 {
		return xs[0]
	}
	return strings.Join(xs[:n-1], ", ") + " and " + xs[n-1]
}

func capFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Document returns the i-th document of the corpus.
func (g *Generator) Document(i int) loaders.Document {
	var b strings.Builder
	place := g.pick(places)
	body := g.pick(bodies)
	female := g.r.Intn(2) == 0
	given := g.pick(givenM)
	pron := "He"
	if female {
		given, pron = g.pick(givenF), "She"
	}
	name := given + " " + g.pick(family)
	surname := name[strings.LastIndexByte(name, ' ')+1:]
	title := g.pick(titles)
	fmt.Fprintf(&b, "%s: %s and %s on the agenda in %s\n\n", strings.TrimPrefix(body, "the "), capFirst(g.crime()), g.crime(), place)
	n := 8 + g.r.Intn(8)
	for s := 0; s < n; s++ {
		switch g.r.Intn(9) {
		case 0:
			fmt.Fprintf(&b, "%s%s %s %s that %s %s %s.", g.pick(connect), title, name, g.pick(assert), g.crime(), g.pick(cuesIn), g.crimes(1+g.r.Intn(3)))
		case 1:
			c := g.pick(connect)
			p := pron
			if c != "" {
				p = strings.ToLower(pron)
			}
			fmt.Fprintf(&b, "%s%s %s that %s %s %s.", c, p, g.pick(assert), g.crime(), g.pick(cuesIn), g.crimes(1+g.r.Intn(2)))
		case 2:
			fmt.Fprintf(&b, "“%s %s %s,” %s %s. “We cannot fight them one at a time.”", capFirst(g.crime()), g.pick(cuesIn), g.crime(), strings.ToLower(pron), g.pick(verbsQ))
		case 3:
			c := g.pick(connect)
			grp := g.pick(groups)
			if c == "" {
				grp = capFirst(grp)
			}
			fmt.Fprintf(&b, "%s%s %s %s.", c, grp, g.pick(direct), g.crimes(2))
		case 4:
			fmt.Fprintf(&b, "According to %s, %s is rising in %s.", body, g.crime(), place)
		case 5:
			fmt.Fprintf(&b, "Mr. %s said %s warned of %s %s and %s.", surname, body, g.pick(cuesBt), g.crime(), g.crime())
		case 6:
			fmt.Fprintf(&b, "Officials discussed %s at length.", g.crimes(3))
		default:
			b.WriteString(g.pick(filler))
		}
		if g.r.Intn(3) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return loaders.Document{Slug: fmt.Sprintf("synth-%07d", i), Title: fmt.Sprintf("Synthetic report %d", i), Text: b.String()}
}
