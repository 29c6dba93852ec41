package loaders

import (
	"strings"

	"github.com/crimegraph/crimegraph/schema"
)

// trie matches folded token sequences; the longest match wins.
type trie struct {
	next map[string]*trie
	val  int   // index into the owner's payload slice, -1 for none
	bit  uint8 // at the root: the bit of token.starts that says a word may begin an entry
}

func newTrie() *trie { return &trie{val: -1} }

func (t *trie) add(words []string, v int) {
	n := t
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[w]
		if c == nil {
			c = newTrie()
			n.next[w] = c
		}
		n = c
	}
	if n.val < 0 {
		n.val = v
	}
}

// longest returns the end (exclusive) and payload of the longest match at
// toks[i:], or (i, -1). key picks the token form to match.
func (t *trie) longest(toks []token, i int, key func(*token) string) (int, int) {
	end, val := i, -1
	if t.bit != 0 && i < len(toks) && toks[i].starts&startsKnown != 0 && toks[i].starts&t.bit == 0 {
		return end, val // the sentence's first-word lookup said no entry starts here
	}
	n := t
	for j := i; j < len(toks) && n.next != nil; j++ {
		n = n.next[key(&toks[j])]
		if n == nil {
			break
		}
		if n.val >= 0 {
			end, val = j+1, n.val
		}
	}
	return end, val
}

func byNorm(t *token) string { return t.norm }

type crimeEntry struct {
	slug  string
	actor bool
}

type gazKind int

const (
	gazCountry gazKind = iota
	gazDemonym
	gazCapital
	gazBody
)

type gazEntry struct {
	kind  gazKind
	name  string // canonical name
	exact string // for acronyms: the surface form that must match exactly
}

// lexicon holds the folded matchers built from schema's tables.
type lexicon struct {
	crimes      *trie
	crimeVals   []crimeEntry
	gaz         *trie
	gazVals     []gazEntry
	bodyAliases map[string][]string
	titles      *trie
	titleVals   []string
	verbs       map[string][]*schema.ReportingVerb
	cues        *trie
	cueVals     []schema.Cue
	conns       *trie
	connVals    []string
	collective  map[string]bool
	memberNouns map[string]bool
	institution map[string]bool
	docNouns    map[string]bool
	orgHeads    map[string]bool
	hedges      map[string]bool
	givenNames  map[string]byte
	// first words of multi-word entries, so that pairs are joined only when they may match
	collectiveFirst, goodsFirst, descFirst map[string]bool
	// firsts maps a folded word to the tries an entry of which it may start
	firsts map[string]uint8
	// goodsWords holds every word that may start moved goods: verbs of moving
	// or trading, and goods nouns (by lowercase and by norm)
	goodsWords map[string]bool
	// crimeTriggers holds every word (lowercase or normalised) that a rule of
	// mentionFinder.crimes tests when no lexicon entry starts at a token; a
	// token outside it is skipped with one lookup. A new rule there adds its
	// words here.
	crimeTriggers map[string]bool
	// passWords marks the trigger words of the gated passes of converge.
	passWords map[string]uint32
	// groupWords holds every word that may start a collective or an institution noun
	groupWords map[string]bool
	negations  map[string]bool
}

func newLexicon() *lexicon {
	lx := &lexicon{crimes: newTrie(), gaz: newTrie(), titles: newTrie(), cues: newTrie(), conns: newTrie(),
		verbs: map[string][]*schema.ReportingVerb{}, bodyAliases: map[string][]string{}}
	// later concepts are narrower: they override for "about", while
	// convergence uses their top-level root.
	phrases := map[string]int{}
	for _, c := range schema.Taxonomy {
		add := func(p string, actor bool) {
			key := strings.Join(foldPhrase(p), " ")
			if idx, ok := phrases[key]; ok {
				lx.crimeVals[idx] = crimeEntry{slug: c.Slug, actor: actor || lx.crimeVals[idx].actor}
				return
			}
			phrases[key] = len(lx.crimeVals)
			lx.crimes.add(foldPhrase(p), len(lx.crimeVals))
			lx.crimeVals = append(lx.crimeVals, crimeEntry{slug: c.Slug, actor: actor})
		}
		for _, s := range c.Synonyms {
			add(s, false)
		}
		for _, s := range c.Actors {
			add(s, true)
		}
	}
	for _, c := range schema.Countries() {
		lx.addGaz(c.Name, gazEntry{kind: gazCountry, name: c.Name})
		for _, a := range c.Aliases {
			lx.addGaz(a, gazEntry{kind: gazCountry, name: c.Name, exact: acronym(a)})
		}
		for _, d := range c.Demonyms {
			lx.addGaz(d, gazEntry{kind: gazDemonym, name: c.Name})
		}
		for _, cap := range c.Capitals {
			lx.addGaz(cap, gazEntry{kind: gazCapital, name: c.Name})
		}
	}
	for _, b := range schema.Bodies() {
		lx.addGaz(b.Name, gazEntry{kind: gazBody, name: b.Name})
		for _, a := range b.Aliases {
			lx.addGaz(a, gazEntry{kind: gazBody, name: b.Name, exact: acronym(a)})
			lx.bodyAliases[b.Name] = append(lx.bodyAliases[b.Name], a)
		}
	}
	for _, t := range schema.Titles() {
		lx.titles.add(foldPhrase(t), len(lx.titleVals))
		lx.titleVals = append(lx.titleVals, t)
	}
	for i := range schema.ReportingVerbs {
		v := &schema.ReportingVerbs[i]
		for _, f := range v.Forms {
			lx.verbs[f] = append(lx.verbs[f], v)
		}
	}
	for _, c := range schema.Cues {
		lx.cues.add(foldPhrase(c.Phrase), len(lx.cueVals))
		lx.cueVals = append(lx.cueVals, c)
	}
	for _, c := range schema.Connectives {
		lx.conns.add(foldPhrase(c.Phrase), len(lx.connVals))
		lx.connVals = append(lx.connVals, c.Relation)
	}
	lx.collective = foldSet(schema.CollectiveNouns)
	lx.memberNouns = foldSet(schema.MemberNouns)
	for k := range lx.memberNouns {
		lx.collective[k] = true
	}
	lx.institution = foldSet(schema.InstitutionNouns)
	lx.docNouns = foldSet(schema.DocumentNouns)
	lx.orgHeads = foldSet(schema.OrgHeads)
	lx.hedges = set(schema.HedgeWords)
	lx.givenNames = schema.GivenNames()
	lx.negations = set(schema.NegationWords)
	lx.collectiveFirst = firstWords(lx.collective)
	lx.goodsFirst = firstWords(schema.Goods)
	lx.descFirst = firstWords(orgDescriptors)
	lx.groupWords = map[string]bool{}
	for _, m := range []map[string]bool{lx.collective, lx.institution} {
		for w := range m {
			lx.groupWords[strings.Fields(w)[0]] = true
		}
	}
	// one lookup a token says which tries an entry may start at it
	lx.firsts = map[string]uint8{}
	for bit, t := range map[uint8]*trie{startsCrime: lx.crimes, startsGaz: lx.gaz, startsTitle: lx.titles, startsCue: lx.cues, startsConn: lx.conns} {
		t.bit = bit
		for w := range t.next {
			lx.firsts[w] |= bit
		}
	}
	lx.goodsWords = map[string]bool{}
	for w := range tradeVerbs {
		lx.goodsWords[w] = true
	}
	for w := range schema.MovingVerbs {
		lx.goodsWords[w] = true
	}
	for w := range schema.Goods {
		lx.goodsWords[strings.Fields(w)[0]] = true
		if i := strings.IndexByte(w, '-'); i > 0 {
			lx.goodsWords[w[:i]] = true // "AK-47s": the word before the hyphen
		}
	}
	for w := range tradeNouns {
		lx.goodsWords[w] = true
	}
	lx.passWords = map[string]uint32{}
	for bit, words := range passTriggers() {
		for w := range words {
			lx.passWords[w] |= bit
		}
	}
	lx.crimeTriggers = map[string]bool{}
	for _, m := range []map[string]bool{lx.goodsWords, forceVerbs, payOffVerbs, attackNouns, plantNouns, forgedWords,
		demandVerbs, taxVerbs, leakVerbs, takeVerbs, bareGroups, breachWords, captureVerbs, collusionWords, chargeVerbs, coerceVerbs, dumpVerbs} {
		for w := range m {
			lx.crimeTriggers[w] = true
		}
	}
	for _, w := range []string{"laboratory", "lab", "gold", "trafficked", "protection", "corrupt", "laundered", "paid", "put", "puts", "putting", "cash", "cashing", "cashed", "cashes", "sanction", "sanctions", "sanctioned", "exchange", "without", "protected", "taxation", "closed", "restricted", "prohibited", "no-take", "banned", "passport", "passports", "help", "complicity", "support", "connivance", "assistance", "cooperation", "dedicated", "devoted", "committed", "specialised", "specialized", "specialising", "specializing", "pay", "pays", "paying", "levy", "levies", "fee", "fees", "tax", "taxes", "toll", "tolls", "quota", "quotas", "tribute", "payroll", "corrupt", "corrupting", "buying", "buy", "buys", "bought", "through", "illegal", "illicit", "exploit", "exploits", "exploited", "exploiting", "protected", "closed", "restricted", "charged", "charge", "charges", "charging", "into", "via", "hide", "hides", "hid", "hidden", "hiding", "conceal", "conceals", "concealed", "concealing", "disguise", "disguises", "disguised", "disguising", "obscure", "obscures", "obscured", "obscuring", "mask", "masked", "masking", "sold", "corrupted", "waste", "production", "illegally", "illicitly", "unlawfully", "withheld", "withholding", "smuggled", "smuggling", "look", "looks", "looked", "looking", "turn", "turns", "turned", "turning", "objects", "coins", "artefacts", "artifacts", "pieces", "items", "statues", "relics", "mosaics", "manuscripts", "tablets", "crime", "criminality", "permit", "permits", "licence", "licences", "license", "licenses", "concession", "concessions", "route", "routes", "racket", "rackets", "corridor", "corridors", "recruit", "recruits", "recruited", "recruiting", "groom", "grooms", "groomed", "grooming", "use", "uses", "used", "using", "exploit", "exploits", "exploited", "exploiting", "force", "forces", "forced", "forcing", "coerce", "coerces", "coerced", "coercing", "lure", "lures", "lured", "luring", "enlist", "enlists", "enlisted", "enlisting", "ransom", "shell", "front", "made", "compelled", "steer", "steers", "steered", "steering", "issue", "issues", "issued", "issuing", "back", "owed", "owe", "owes", "owing", "threaten", "threatens", "threatened", "threatening", "park", "parks", "reserve", "reserves", "sanctuary", "sanctuaries", "hired", "hires", "hiring", "employed", "enlisted", "tasked", "cheat", "cheats", "cheated", "cheating", "swindle", "swindles", "swindled", "swindling", "con", "conned", "conning", "trick", "tricks", "tricking", "dupe", "scam", "scammed", "scamming", "grant", "grants", "granted", "granting", "rig", "rigs", "rigged", "rigging", "return", "departure", "departures", "lured", "tricked", "deceived", "duped", "crossings"} {
		lx.crimeTriggers[w] = true
	}
	for w := range lx.crimeTriggers {
		// a token's lower or norm form may be the trigger: mark both folds
		lx.firsts[w] |= startsTrigger
		lx.firsts[fold(w)] |= startsTrigger
	}
	return lx
}

// Bits of token.starts: which tries may match from the token.
const (
	startsCrime uint8 = 1 << iota
	startsGaz
	startsTitle
	startsCue
	startsConn
	startsTrigger                // a word some crime rule outside the lexicon reads (lexicon.crimeTriggers)
	startsKnown   uint8 = 1 << 7 // starts has been computed for the token
)

// markStarts sets each token's starts bits with one lookup.
func (lx *lexicon) markStarts(toks []token) {
	for k := range toks {
		toks[k].starts = lx.firsts[toks[k].norm] | startsKnown
	}
}

func (lx *lexicon) addGaz(p string, e gazEntry) {
	lx.gaz.add(foldPhrase(p), len(lx.gazVals))
	lx.gazVals = append(lx.gazVals, e)
}

// acronym returns a when it is written in capitals (an acronym that must
// match exactly, so that "US" is not "us"), else "".
func acronym(a string) string {
	letters := 0
	for _, r := range a {
		if r >= 'a' && r <= 'z' {
			return ""
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	if letters == 0 {
		return ""
	}
	return a
}

func foldSet(words []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[strings.Join(foldPhrase(w), " ")] = true
	}
	return m
}

func set(words []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// firstWords returns the first words of the multi-word keys of m.
func firstWords[V any](m map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		if i := strings.IndexByte(k, ' '); i > 0 {
			out[k[:i]] = true
		}
	}
	return out
}
