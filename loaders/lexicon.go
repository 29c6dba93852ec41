package loaders

import (
	"strings"
	"sync"

	"github.com/crimegraph/crimegraph/schema"
)

// trie matches folded token sequences; the longest match wins.
type trie struct {
	next map[uint32]*trie // by the word id of the next token's norm
	val  int              // index into the owner's payload slice, -1 for none
	bit  uint8            // at the root: the bit of token.starts that says a word may begin an entry
}

func newTrie() *trie { return &trie{val: -1} }

func (t *trie) add(words []string, v int) {
	n := t
	for _, w := range words {
		if n.next == nil {
			n.next = map[uint32]*trie{}
		}
		id := intern(w)
		c := n.next[id]
		if c == nil {
			c = newTrie()
			n.next[id] = c
		}
		n = c
	}
	if n.val < 0 {
		n.val = v
	}
}

// longest returns the end (exclusive) and payload of the longest match at
// toks[i:], or (i, -1). Tokens match by their norms.
func (t *trie) longest(toks []token, i int) (int, int) {
	end, val := i, -1
	if t.bit != 0 && i < len(toks) && toks[i].starts&startsKnown != 0 && toks[i].starts&t.bit == 0 {
		return end, val // the sentence's first-word lookup said no entry starts here
	}
	n := t
	for j := i; j < len(toks) && n.next != nil; j++ {
		id := toks[j].nid
		if id == 0 {
			break // a word no entry holds
		}
		n = n.next[id]
		if n == nil {
			break
		}
		if n.val >= 0 {
			end, val = j+1, n.val
		}
	}
	return end, val
}

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
	crimes    *trie
	crimeVals []crimeEntry
	gaz       *trie
	gazVals   []gazEntry
	// newsAgencies are the news agencies by the acronym a dateline credits
	newsAgencies map[string]gazEntry
	bodyAliases  map[string][]string
	titles       *trie
	titleVals    []string
	verbs        map[string][]*schema.ReportingVerb
	verbIDs      [][]*schema.ReportingVerb // verbs by word id
	cues         *trie
	cueVals      []schema.Cue
	conns        *trie
	connVals     []string
	collective   wordSet
	memberNouns  wordSet
	institution  wordSet
	docNouns     wordSet
	orgHeads     wordSet
	hedges       wordSet
	givenNames   map[string]byte
	// first words of multi-word entries, so that pairs are joined only when they may match
	collectiveFirst, goodsFirst, descFirst wordSet
	// firsts holds, by word id, the tries an entry of which a folded word may start
	firsts []uint8
	// goodsWords holds every word that may start moved goods: verbs of moving
	// or trading, and goods nouns (by lowercase and by norm)
	goodsWords wordSet
	// crimeTriggers holds every word (lowercase or normalised) that a rule of
	// mentionFinder.crimes tests when no lexicon entry starts at a token; a
	// token outside it is skipped with one lookup. A new rule there adds its
	// words here.
	crimeTriggers wordSet
	// passWords marks the trigger words of the gated passes of converge.
	passWords map[string]uint64
	// groupWords holds every word that may start a collective or an institution noun
	groupWords wordSet
	negations  wordSet
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// sharedLexicon returns the one lexicon every extractor reads: building it
// gives its words ids (wordIDs), which must not change once extraction runs.
func sharedLexicon() *lexicon {
	lexOnce.Do(func() {
		lex = newLexicon()
		wordsFixed = true
	})
	return lex
}

func newLexicon() *lexicon {
	lx := &lexicon{crimes: newTrie(), gaz: newTrie(), titles: newTrie(), cues: newTrie(), conns: newTrie(),
		verbs: map[string][]*schema.ReportingVerb{}, bodyAliases: map[string][]string{}, newsAgencies: map[string]gazEntry{}}
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
			if acr, ok := strings.CutSuffix(a, " news agency"); ok {
				// "AFP news agency": the acronym a dateline credits ("CARACAS, Oct 2 (AFP) -"), which the
				// gazetteer may give to another body
				lx.newsAgencies[acr] = gazEntry{kind: gazBody, name: b.Name}
			}
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
	for f, vs := range lx.verbs {
		id := intern(f)
		lx.verbIDs = growTo(lx.verbIDs, id)
		lx.verbIDs[id] = vs
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
	for k := range lx.memberNouns.m {
		lx.collective.add(k)
	}
	lx.institution = foldSet(schema.InstitutionNouns)
	lx.docNouns = foldSet(schema.DocumentNouns)
	lx.orgHeads = foldSet(schema.OrgHeads)
	lx.hedges = set(schema.HedgeWords)
	lx.givenNames = schema.GivenNames()
	lx.negations = set(schema.NegationWords)
	lx.collectiveFirst = firstWords(lx.collective.m)
	lx.goodsFirst = firstWords(schema.Goods)
	lx.descFirst = firstWords(orgDescriptors.m)
	for _, m := range []wordSet{lx.collective, lx.institution} {
		for w := range m.m {
			lx.groupWords.add(strings.Fields(w)[0])
		}
	}
	// one lookup a token says which tries an entry may start at it
	for bit, t := range map[uint8]*trie{startsCrime: lx.crimes, startsGaz: lx.gaz, startsTitle: lx.titles, startsCue: lx.cues, startsConn: lx.conns} {
		t.bit = bit
		for id := range t.next {
			lx.markFirst(id, bit)
		}
	}
	for w := range tradeVerbs.m {
		lx.goodsWords.add(w)
	}
	for w := range schema.MovingVerbs {
		lx.goodsWords.add(w)
	}
	for w := range schema.Goods {
		lx.goodsWords.add(strings.Fields(w)[0])
		if i := strings.IndexByte(w, '-'); i > 0 {
			lx.goodsWords.add(w[:i]) // "AK-47s": the word before the hyphen
		}
	}
	for w := range tradeNouns.m {
		lx.goodsWords.add(w)
	}
	lx.passWords = map[string]uint64{}
	for bit, words := range passTriggers() {
		for w := range words.m {
			lx.passWords[w] |= bit
		}
	}
	for _, m := range []wordSet{lx.goodsWords, forceVerbs, payOffVerbs, attackNouns, plantNouns, forgedWords,
		demandVerbs, taxVerbs, imposeVerbs, leakVerbs, takeVerbs, sellVerbs, bareGroups, breachWords, captureVerbs, collusionWords, chargeVerbs, coerceVerbs, dumpVerbs, clearVerbs, enterVerbs, fakeWords} {
		for w := range m.m {
			lx.crimeTriggers.add(w)
		}
	}
	for _, w := range []string{"laboratory", "lab", "gold", "trafficked", "protection", "corrupt", "laundered", "paid", "put", "puts", "putting", "cash", "cashing", "cashed", "cashes", "sanction", "sanctions", "sanctioned", "exchange", "without", "protected", "taxation", "closed", "restricted", "prohibited", "no-take", "banned", "passport", "passports", "help", "complicity", "support", "connivance", "assistance", "cooperation", "dedicated", "devoted", "committed", "specialised", "specialized", "specialising", "specializing", "pay", "pays", "paying", "levy", "levies", "fee", "fees", "tax", "taxes", "toll", "tolls", "quota", "quotas", "tribute", "payroll", "corrupting", "buying", "buy", "buys", "bought", "through", "illegal", "illicit", "exploit", "exploits", "exploited", "exploiting", "charged", "charge", "charges", "charging", "into", "via", "hide", "hides", "hid", "hidden", "hiding", "conceal", "conceals", "concealed", "concealing", "disguise", "disguises", "disguised", "disguising", "obscure", "obscures", "obscured", "obscuring", "mask", "masked", "masking", "sold", "corrupted", "waste", "production", "illegally", "illicitly", "unlawfully", "withheld", "withholding", "smuggled", "smuggling", "look", "looks", "looked", "looking", "turn", "turns", "turned", "turning", "objects", "coins", "artefacts", "artifacts", "pieces", "items", "statues", "relics", "mosaics", "manuscripts", "tablets", "crime", "criminality", "permit", "permits", "licence", "licences", "license", "licenses", "concession", "concessions", "route", "routes", "racket", "rackets", "corridor", "corridors", "recruit", "recruits", "recruited", "recruiting", "groom", "grooms", "groomed", "grooming", "use", "uses", "used", "using", "force", "forces", "forced", "forcing", "coerce", "coerces", "coerced", "coercing", "lure", "lures", "lured", "luring", "enlist", "enlists", "enlisted", "enlisting", "ransom", "shell", "front", "made", "compelled", "steer", "steers", "steered", "steering", "issue", "issues", "issued", "issuing", "back", "owed", "owe", "owes", "owing", "threaten", "threatens", "threatened", "threatening", "park", "parks", "reserve", "reserves", "sanctuary", "sanctuaries", "hired", "hires", "hiring", "employed", "tasked", "cheat", "cheats", "cheated", "cheating", "swindle", "swindles", "swindled", "swindling", "con", "conned", "conning", "trick", "tricks", "tricking", "dupe", "scam", "scammed", "scamming", "grant", "grants", "granted", "granting", "rig", "rigs", "rigged", "rigging", "return", "departure", "departures", "tricked", "deceived", "duped", "crossings", "price", "leave", "trap", "traps", "trapped", "trapping", "documents", "papers", "cards", "invest", "invests", "invested", "investing", "reinvest", "reinvests", "reinvested", "reinvesting", "locked", "no", "part", "schemes", "scheme", "involved", "miners", "loggers", "clean", "move", "moves", "moved", "moving", "transfer", "transfers", "transferred", "transferring", "send", "sends", "sent", "sending", "wire", "wired", "wiring", "funnel", "funnelled", "funneled", "channel", "channelled", "channeled", "routed", "routing", "siphon", "siphoned", "smuggle", "repatriate", "repatriated", "indigenous", "pass", "passes", "passed", "passing", "child", "children", "teenager", "teenagers", "teen", "teens", "boy", "boys", "girl", "girls", "minor", "minors", "youngster", "youngsters", "wage", "wages", "seized", "intercepted", "impounded", "seize", "seizes", "confiscate", "confiscates", "intercept", "unlicensed", "encrypted", "supplied", "armed", "provided", "equipped", "wash", "stashed", "parked", "sheltered", "black", "cross", "diverted", "stolen", "looted", "kill", "kills", "killed", "killing", "slaughter", "slaughtered", "slaughtering", "shoot", "shot", "poach", "poached", "butcher", "butchered", "launder", "launders"} {
		lx.crimeTriggers.add(w)
	}
	for w := range lx.crimeTriggers.m {
		// a token's lower or norm form may be the trigger: mark both folds
		lx.markFirst(intern(w), startsTrigger)
		lx.markFirst(intern(fold(w)), startsTrigger)
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
		toks[k].starts = lx.first(toks[k].nid) | startsKnown
	}
}

// verbsOf returns the reporting verbs of the lowercase word of id.
func (lx *lexicon) verbsOf(id uint32) []*schema.ReportingVerb { return byID(lx.verbIDs, id) }

// first returns the starts bits of the folded word of id.
func (lx *lexicon) first(id uint32) uint8 { return byID(lx.firsts, id) }

func (lx *lexicon) markFirst(id uint32, bit uint8) {
	lx.firsts = growTo(lx.firsts, id)
	lx.firsts[id] |= bit
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

func foldSet(words []string) wordSet {
	var s wordSet
	for _, w := range words {
		s.add(strings.Join(foldPhrase(w), " "))
	}
	return s
}

func set(words []string) wordSet {
	var s wordSet
	for _, w := range words {
		s.add(w)
	}
	return s
}

// firstWords returns the first words of the multi-word keys of m.
func firstWords[V any](m map[string]V) wordSet {
	var out wordSet
	for k := range m {
		if i := strings.IndexByte(k, ' '); i > 0 {
			out.add(k[:i])
		}
	}
	return out
}
