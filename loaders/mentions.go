package loaders

import (
	"slices"
	"strings"
	"unicode"

	"github.com/crimegraph/crimegraph/schema"
)

var nameParticles = set([]string{"de", "van", "von", "da", "del", "della", "di", "al", "bin", "ibn", "la", "le", "du", "dos", "das", "der", "den", "ter", "y", "el", "abu"})

var orgConnectors = set([]string{"of", "on", "for", "and", "the", "de", "against", "in", "to", "&"})

var honorifics = map[string]byte{"mr.": 'm', "mr": 'm', "mrs.": 'f', "mrs": 'f', "ms.": 'f', "ms": 'f', "sir": 'm', "dame": 'f', "lord": 'm', "lady": 'f', "dr.": 0, "prof.": 0, "sheikh": 'm', "king": 'm', "queen": 'f', "prince": 'm', "spokesman": 'm', "spokeswoman": 'f', "chairman": 'm', "chairwoman": 'f', "congressman": 'm', "congresswoman": 'f'}

var governmentNouns = set([]string{"government", "administration", "cabinet", "executive", "presidency", "embassy",
	"consulate", "delegation", "mission", "authority", "authorities"})

var publishedWords = set([]string{"published", "released", "issued", "commissioned", "prepared", "written", "compiled",
	"produced", "presented", "launched", "submitted", "authored", "drafted"})

var crimeTypeNouns = set([]string{"crime", "offence", "offense", "activity", "practice", "trade", "market", "business", "industry", "racket", "scheme"})

var crimeAnaphorHeads = set([]string{"network", "group", "gang", "organization", "syndicate", "cartel", "actor", "criminal", "outfit", "ring", "enterprise", "faction"})

// washForms are the verbs that launder money in plain words, with the
// launder form each stands for.
var washForms = map[string]string{"wash": "launder", "washes": "launders", "washed": "laundered", "washing": "laundering",
	"clean": "launder", "cleans": "launders", "cleaned": "laundered", "cleaning": "laundering",
	"cleanse": "launder", "cleanses": "launders", "cleansed": "laundered", "cleansing": "laundering"}

// washMoney reads "wash the money", "clean its drug money", "the cash was
// washed through casinos" as laundering: the verb is rewritten to its launder
// form, so every laundering rule reads it. "Clean money" (an adjective) and
// "washed ashore" stay as they are.
func washMoney(toks []token) {
	for i := range toks {
		if w := toks[i].lower; len(w) < 3 || w[0] != 'm' && w[0] != 'c' && w[0] != 'b' && w[0] != 'w' {
			continue // (a byte test first: "mix", "mingle", "commingle", "blend", and "wash", "clean", "cleanse")
		}
		if l, ok := mixForms[toks[i].lower]; ok && mixedWithClean(toks, i) > i {
			// "to mix drug proceeds with legitimate export revenue": commingling launders
			toks[i].lower, toks[i].norm = l, l
			toks[i].lid, toks[i].nid = wordID(l), wordID(l)
			toks[i].cls = wordClass(toks[i].lid)
			continue
		}
		if w := toks[i].lower; len(w) < 4 || w[0] != 'w' && w[0] != 'c' {
			continue
		}
		l, ok := washForms[toks[i].lower]
		if !ok {
			continue
		}
		money := false
		for q := i + 1; q < len(toks) && q <= i+4 && !toks[q].punct; q++ {
			if moneyWords.has(toks[q].nid) {
				money = q > i+1 || !strings.HasPrefix(toks[i].lower, "clean") // not "clean money"
				break
			}
		}
		if !money && i > 1 && beForms.has(toks[i-1].lid) {
			// "the money was washed through": the passive
			for q := i - 2; q >= 0 && q >= i-5 && !toks[q].punct; q-- {
				if moneyWords.has(toks[q].nid) {
					money = true
					break
				}
			}
		}
		if money {
			toks[i].lower, toks[i].norm = l, l
			toks[i].lid, toks[i].nid = wordID(l), wordID(l)
			toks[i].cls = wordClass(toks[i].lid)
		}
	}
}

// learnNamedActor keeps the name a sentence gives a crime actor: "GOLD
// HARBOR is a financially motivated threat group", "Los Lobos, the gang
// that ...". Later sentences name the actor by it ("GOLD HARBOR affiliates").
func (d *docState) learnNamedActor(toks []token, ms []mention) {
	n := 0
	for n < len(toks) && n < 5 && toks[n].cap && !toks[n].punct && toks[n].cls&(cDet|cPron|cPrep|cConj) == 0 {
		n++
	}
	if n == 0 || n+2 >= len(toks) || toks[n].lower != "is" && toks[n].lower != "was" && toks[n].text != "," {
		return
	}
	if w := toks[n+1].lower; w != "a" && w != "an" && w != "the" {
		return
	}
	for _, m := range ms {
		if m.kind == mCrime && m.actor && m.start > n+1 && m.start <= n+6 && !pluralTok(toks[m.end-1]) {
			if d.namedActors == nil {
				d.namedActors = map[string]string{}
			}
			var b strings.Builder
			for k := 0; k < n; k++ {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(toks[k].lower)
			}
			d.namedActors[b.String()] = m.crime
			return
		}
	}
}

// namedActors finds the names learnNamedActor kept, with the members that
// follow them: "GOLD HARBOR affiliates", "Los Lobos".
func (f *mentionFinder) namedActors() {
	t := f.toks
	for i := 0; i < len(t); i++ {
		if !t[i].cap || t[i].punct || f.used[i] {
			continue
		}
		name := t[i].lower
		for e := i + 1; e <= len(t) && e <= i+5; e++ {
			if e > i+1 {
				if !t[e-1].cap || t[e-1].punct {
					break
				}
				name += " " + t[e-1].lower
			}
			slug, ok := f.d.namedActors[name]
			if !ok || e < len(t) && t[e].cap && !t[e].punct {
				continue // (a longer name goes on)
			}
			end := e
			if end < len(t) && memberNouns.has(t[end].nid) {
				end++ // "GOLD HARBOR affiliates"
			}
			f.add(mention{kind: mCrime, start: i, end: end, crime: slug, actor: true})
			i = end - 1
			break
		}
	}
}

type mentionFinder struct {
	d    *docState
	text string
	toks []token
	used []bool
	ms   []mention
}

func (d *docState) findMentions(text string, toks []token) []mention {
	// the buffers of the previous sentence are reused: mentions live for one sentence
	used := d.usedBuf[:0]
	for range toks {
		used = append(used, false)
	}
	f := &mentionFinder{d: d, text: text, toks: toks, used: used, ms: d.msBuf[:0]}
	defer func() { d.usedBuf, d.msBuf = f.used, f.ms }()
	if len(d.namedActors) > 0 {
		f.namedActors()
	}
	f.titled()
	f.titledDocuments()
	f.describedOrgs()
	f.gazetteer()
	f.acronymDefs()
	f.known()
	f.lawNames()
	f.crimes()
	f.localNames()
	if d.migrants {
		f.exploitedMigrants()
	}
	f.namedMeans()
	f.exchangedGoods()
	f.colonGoods()
	f.collectives()
	f.offices()
	f.citations()
	f.functional()
	f.untitledPeople()
	f.appositives()
	if len(d.goodsNouns) > 0 || f.goodsTradeNamed() {
		f.goodsAgain()
	}
	slices.SortFunc(f.ms, func(a, b mention) int { return a.start - b.start })
	f.sanctionedCargo()
	f.ms = slices.DeleteFunc(f.ms, func(m mention) bool {
		// "A criminal can deposit a million in drug money": one lawbreaker, no organized crime
		return m.kind == mCrime && m.actor && m.end-m.start == 1 && toks[m.start].lower == "criminal" && m.start > 0 &&
			(toks[m.start-1].lower == "a" || toks[m.start-1].lower == "one" || toks[m.start-1].lower == "any") && m.end < len(toks) &&
			(toks[m.end].cls&cFinite != 0 || d.lx.verbsOf(toks[m.end].lid) != nil || toks[m.end].lower == "can" || toks[m.end].lower == "could" || toks[m.end].lower == "who")
	})
	for i := range f.ms {
		m := &f.ms[i]
		if m.kind == mCrime && !m.actor && m.crime == "organized-crime" && m.start > 1 && toks[m.start-1].cap && !toks[m.start-1].punct && !f.used[m.start-1] && upperWord(toks[m.start-1].text) {
			m.start-- // "the DZ Mafia": a named group, an actor
			m.actor = true
		}
		if m.kind == mCrime && m.crime == "organized-crime" && m.end-m.start == 1 && toks[m.start].text == "Cartel" && m.start > 1 && toks[m.start-1].cap && !toks[m.start-1].punct && !f.used[m.start-1] {
			m.start-- // "the Sinaloa Cartel", "the Gulf Cartel": a named cartel
			m.actor = true
		}
		if b := m.start - 1; m.kind == mCrime && !m.actor && m.crime == "organized-crime" && m.end-m.start == 1 && toks[m.start].cap && b >= 0 && (toks[b].lower == "the" || b > 0 && toks[b].quote != 0 && toks[b-1].lower == "the") {
			m.actor = true // "the 'Ndrangheta", "the Camorra": a named organization
		}
		if m.kind == mCrime && m.actor && m.start >= 3 && (toks[m.start-1].lower == "with" || toks[m.start-1].lower == "to") && affiliatedWords.has(toks[m.start-2].lid) &&
			followerNouns.has(toks[m.start-3].nid) && !f.used[m.start-3] {
			// "groups affiliated with JNIM", "cells loyal to Islamic State": the group's own
			m.start -= 3
		}
		if m.kind == mCrime && m.crime == "organized-crime" && m.end-m.start == 1 && toks[m.start].lower == "pirate" && m.end < len(toks) && vesselNouns.has(toks[m.end].nid) && fishingWords(toks) {
			// "tuna caught by a slave on a pirate vessel": a vessel fishing illegally, not piracy
			m.crime, m.actor = "environmental-crime", false
		}
		if m.kind == mCrime && m.actor && namedGroup(toks, m.start, m.end) {
			// "Hezbollah has long denied", "Al-Shabaab said": a named group speaks
			m.ent = d.reg.get(KindOrg, span(text, toks, m.start, m.end))
			m.ent.crime = m.crime
		}
		if m.kind == mActor && m.ent != nil && m.ent.kind == KindOrg && m.ent.crime == "" {
			// "Groups such as the Revolutionary Armed Forces of Colombia (FARC)": an organization the
			// lexicon knows as a crime actor
			if e, v := d.lx.crimes.longest(toks, m.start); v >= 0 && e == m.end && d.lx.crimeVals[v].actor {
				m.ent.crime = d.lx.crimeVals[v].slug
			}
		}
		if m.kind == mCrime && m.actor && toks[m.end-1].text == "Cartel" && m.start > 1 && toks[m.start-1].cap && !toks[m.start-1].punct && toks[m.start-1].cls&(cDet|cPron) == 0 {
			// "the Jalisco New Generation Cartel": the whole name
			for m.start > 1 && m.end-m.start < 6 && toks[m.start-1].cap && !toks[m.start-1].punct && toks[m.start-1].cls&(cDet|cPron) == 0 && (i == 0 || f.ms[i-1].end <= m.start-1) {
				m.start--
			}
			if m.ent != nil {
				m.ent = d.reg.get(KindOrg, span(text, toks, m.start, m.end))
				m.ent.crime = m.crime
			}
		}
		if m.kind == mActor && m.ent != nil && m.ent.crime != "" {
			// "The PCC now controls" after "Primeiro Comando da Capital": the group again, by its initials
			m.kind, m.crime, m.actor = mCrime, m.ent.crime, true
		}
		p := m.start - 1
		for p >= 0 && (toks[p].cls&cDet != 0 || placeAdjectives.has(toks[p].lid)) { // ("in northern Kenya")
			p--
		}
		if p >= 0 && (toks[p].cls&cPrep != 0) {
			m.prep = true
			if toks[p].lower == "to" && p > 0 && toks[p-1].lower == "according" {
				m.prep = false
			}
			if w := toks[p].lower; (w == "after" || w == "before" || w == "since" || w == "until") && m.end < len(toks) && d.lx.verbsOf(toks[m.end].lid) != nil {
				m.prep = false // "after Europol reported ...": a clause's subject
			}
		}
		if m.end < len(toks) && toks[m.end].norm == "'s" {
			m.poss = true
		}
		if m.kind == mPronoun && m.pron == "them" {
			m.prep = false // "all of them": the head of the subject
		}
		if !m.prep && p >= 1 && (toks[p].lower == "and" || toks[p].lower == "or") && i > 0 && f.ms[i-1].prep && f.ms[i-1].end == p {
			m.prep = true // "Investigators in Argentina and the United States": both governed
		}
	}
	d.noteGoods(toks, f.ms)
	return f.ms
}

// goodsTrades are the trades whose goods may be named again alone: "the gold"
// after "illegal gold mining", "the horn" after "rhino horn trafficking".
var goodsTrades = set([]string{"environmental-crime", "counterfeiting", "cultural-property-trafficking", "arms-trafficking"})

// noteGoods records the goods nouns inside this sentence's crime phrases of a
// goods trade ("gold" in "illegal gold miners", "wildlife" in "wildlife
// trafficking"): not the crime words, agents or deeds around them.
func (d *docState) noteGoods(toks []token, ms []mention) {
	for _, m := range ms {
		if m.kind != mCrime || !goodsTrades.m[schema.Root(m.crime)] {
			continue
		}
		for q := m.start; q < m.end; q++ {
			t := toks[q]
			if t.cap || t.punct || t.hyphen || len(t.lower) < 3 || t.cls&(cDet|cPrep|cConj|cPron|cAdv|cTrade|cFinite|cClause) != 0 || illicitWords.has(t.lid) ||
				strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ly") || strings.HasSuffix(t.lower, "ed") || agentNoun(t.norm) || tradeNouns.has(t.nid) || crimeHeads.has(t.nid) ||
				schema.MovingVerbs[t.lower] != "" || crimeTypeNouns.has(t.nid) || personNouns.has(t.nid) {
				continue
			}
			if _, v := d.lx.crimes.longest(toks, q); v >= 0 {
				continue // a crime word itself ("poaching", "smuggling"): no goods
			}
			if d.goodsNouns == nil {
				d.goodsNouns = map[string]namedMean{}
			}
			d.goodsNouns[t.norm] = namedMean{crime: m.crime, sent: d.sentIndex}
		}
	}
}

// goodsAgain reads "the gold", "this timber" as the crime a goods noun was
// named in within the last four sentences ("Illegal gold miners ... uses the
// gold to launder money"); not "the gold price" (a compound) or "the gold of".
func (f *mentionFinder) goodsAgain() {
	t := f.toks
	for i := 0; i < len(t); i++ {
		bare := t[i].cap && (i == 0 || i == 1 && t[0].quote != 0) && i+1 < len(t) && !t[i+1].punct && t[i+1].norm != "price"
		// ("Gold gives them a second income and a way to clean their money": the goods, bare, open the sentence)
		if !bare && (i == 0 || t[i].cap || !againDets.has(t[i-1].lid)) {
			continue // (the determiner first: a map lookup per token is the cost here)
		}
		norm := t[i].norm
		if norm == "metal" {
			norm = "gold" // "illegal gold mining ..., using the metal to launder drug profits"
		}
		g, ok := f.d.goodsNouns[norm]
		if !ok || g.sent == f.d.sentIndex {
			// this sentence's own crime phrase, well before: "expanded into illegal gold mining in the
			// Amazon ..., using the metal to launder drug profits"
			g, ok = f.goodsEarlier(norm, i-1)
		}
		from := i - 1
		if bare {
			from = i
		}
		if !ok || f.d.sentIndex-g.sent > 4 || !f.free(from, i+1) {
			continue
		}
		if n := i + 1; n < len(t) && (t[n].lower == "of" || !t[n].punct && t[n].cls == 0 && !t[n].cap && !strings.HasSuffix(t[n].lower, "s") && !strings.HasSuffix(t[n].lower, "ed")) {
			continue
		}
		f.add(mention{kind: mCrime, start: from, end: i + 1, crime: g.crime})
	}
}

// againDets name goods a second time: "the gold", "this timber".
var againDets = set([]string{"the", "this", "that", "such"})

// goodsTradeNamed says whether this sentence names a goods trade.
func (f *mentionFinder) goodsTradeNamed() bool {
	for _, m := range f.ms {
		if m.kind == mCrime && !m.actor && goodsTrades.m[schema.Root(m.crime)] {
			return true
		}
	}
	return false
}

// goodsEarlier finds, in this sentence, a goods trade's crime phrase that
// holds the noun and ends at least three words before i.
func (f *mentionFinder) goodsEarlier(noun string, i int) (namedMean, bool) {
	for _, m := range f.ms {
		if m.kind != mCrime || m.actor || m.end+3 > i || !goodsTrades.m[schema.Root(m.crime)] {
			continue
		}
		for q := m.start; q < m.end; q++ {
			if f.toks[q].norm == noun {
				return namedMean{crime: m.crime, sent: f.d.sentIndex}, true
			}
		}
	}
	return namedMean{}, false
}

// goodsBefore returns the crime of the last goods (no actor) named before i,
// at most within words back ("rifles ... shipping them"), or ""; traded asks
// for a trade in goods or people.
func (f *mentionFinder) goodsBefore(i, within int, traded bool) string {
	for k := len(f.ms) - 1; k >= 0; k-- {
		if m := f.ms[k]; m.kind == mCrime && !m.actor && m.end <= i && i-m.end <= within && (!traded || trafficked(m.crime)) {
			return m.crime
		}
	}
	return ""
}

// tradeEndingAt returns the trade in goods or people named by the mention
// that ends at e ("cocaine" before "traffickers"), or "".
func (f *mentionFinder) tradeEndingAt(e int) string {
	slug := ""
	for _, m := range f.ms {
		if m.kind == mCrime && !m.actor && m.end == e && trafficked(m.crime) {
			slug = m.crime
		}
	}
	return slug
}

// threatVerbs threaten harm; with "unless ... paid" after them, extortion.
var threatVerbs = set([]string{"threaten", "threatens", "threatened", "threatening"})

// cheatVerbs take by deceit; with "out of" a sum or savings after them, fraud.
var cheatVerbs = set([]string{"cheat", "cheats", "cheated", "cheating", "swindle", "swindles", "swindled", "swindling", "con", "conned", "conning", "trick", "tricks", "tricked", "tricking", "dupe", "duped", "scam", "scammed", "scamming"})

// outOfAfter says whether "out of" follows the verb at i past its object:
// "cheated American pensioners out of millions".
func outOfAfter(t []token, i int) bool {
	for q := i + 1; q+1 < len(t) && q <= i+6 && !t[q].punct; q++ {
		if t[q].lower == "out" && t[q+1].lower == "of" {
			return q > i+1
		}
	}
	return false
}

// proxyVerbs put someone to work for the user.
var proxyVerbs = set([]string{"used", "uses", "using", "hired", "hires", "hiring", "recruited", "recruits", "recruiting", "employed", "paid", "pays", "enlisted", "tasked"})

// stateProxy says whether the verb at i has a state as its subject and
// criminals as its object, put to attack or intimidate: "Iran has used some of
// these gang members to attack Israeli and Jewish targets", "Russian
// intelligence services hired criminals to intimidate dissidents".
func (f *mentionFinder) stateProxy(i int) bool {
	t := f.toks
	state := false
	for _, m := range f.ms {
		if m.kind == mActor && m.ent != nil && m.end <= i && i-m.end <= 2 && (m.ent.country || strings.Contains(strings.ToLower(m.ent.label), "intelligence")) {
			state = true
		}
	}
	if !state || i < 1 || !(beForms.has(t[i-1].lid) || t[i-1].lower == "has" || t[i-1].lower == "have" || t[i-1].lower == "had" || t[i-1].cap || t[i-1].cls&cAdv != 0) {
		return false
	}
	crooks := -1 // (the crime actors after the verb are not found yet: the lexicon says)
	for q := i + 1; q < len(t) && q <= i+6 && crooks < 0; q++ {
		if e, v := f.d.lx.crimes.longest(t, q); v >= 0 && f.d.lx.crimeVals[v].actor && schema.Root(f.d.lx.crimeVals[v].slug) == "organized-crime" {
			crooks = e
			if e < len(t) && (t[e].norm == "member" || t[e].norm == "associate") {
				crooks = e + 1 // "gang members"
			}
		} else if t[q].norm == "criminal" && pluralTok(t[q]) {
			crooks = q + 1 // "hired criminals"
		}
	}
	if crooks < 0 || crooks+1 >= len(t) || t[crooks].lower != "to" {
		return false
	}
	return harmVerbs.has(t[crooks+1].lid) || proxyDeeds.has(t[crooks+1].lid)
}

// proxyDeeds, besides harm, are what a state puts criminals to.
var proxyDeeds = set([]string{"intimidate", "target", "spy", "surveil", "sabotage", "threaten", "assassinate"})

// harmThreatened says whether the threat at i is of harm: "threatened to
// publish the records", "threatened to kill".
func harmThreatened(t []token, i int) bool {
	return i+2 < len(t) && t[i+1].lower == "to" && harmVerbs.has(t[i+2].lid)
}

var harmVerbs = set([]string{"publish", "leak", "release", "expose", "share", "post", "sell", "kill", "harm", "hurt", "attack", "burn", "destroy", "shoot", "kidnap", "delete", "encrypt"})

// paidUnless says whether "unless" and a payment follow the threat at i in
// its sentence: "threatened to leak the data unless a ransom was paid".
func paidUnless(t []token, i int) bool {
	for q := i + 1; q < len(t) && q <= i+16 && t[q].text != ";" && t[q].text != "."; q++ {
		if t[q].lower != "unless" && !(t[q].lower == "if" && q+1 < len(t) && t[q+1].lower == "they" && q+2 < len(t) && t[q+2].lower == "refused") {
			continue
		}
		for k := q + 1; k < len(t) && k <= q+7; k++ {
			if payVerbs.has(t[k].lid) || t[k].norm == "payment" || t[k].norm == "ransom" || t[k].lower == "paid" {
				return true
			}
		}
		return false
	}
	return false
}

// hideVehicles carry people hidden: "in the back of a lorry".
var hideVehicles = set([]string{"lorry", "truck", "van", "container", "trailer"})

// broughtVerbs move people: "had been brought to the UK".
var broughtVerbs = set([]string{"brought", "taken", "transported", "driven", "smuggled", "hidden", "concealed", "carried", "moved", "packed", "crammed"})

// nounVerbs move people but are nouns before an occupation: "transport
// workers", "ferry operators" are no people moved.
var nounVerbs = set([]string{"transport", "ferry"})

// crimeText says whether the text is about crime so far: this sentence's
// types, a crime actor, or a trade named ("they were not paid for five
// months" is forced labour only there).
func (f *mentionFinder) crimeText() bool {
	return len(f.d.crimeTypes) > 0 || f.d.crimeActor != "" || f.d.mainTrade() != ""
}

// recentTradeWithin returns the last traded goods' crime type the text named,
// if it did so in the last n sentences ("fighting over the trade"), or "".
func (d *docState) recentTradeWithin(n int) string {
	if d.recentTrade != "" && d.sentIndex-d.recentSent <= n {
		return d.recentTrade
	}
	return ""
}

// crimeNamed says whether this sentence names a crime already (not counting
// an actor): "found 400 cannabis plants and two teenagers who had been locked in".
func (f *mentionFinder) crimeNamed() bool {
	for _, m := range f.ms {
		if m.kind == mCrime && !m.actor {
			return true
		}
	}
	return false
}

// occupationNouns are occupations and bodies a noun-verb may modify.
var occupationNouns = set([]string{"worker", "driver", "operator", "staff", "employee", "company", "union", "sector", "official", "crew", "firm", "owner"})

// journeyNouns are what smuggled people are told they owe for.
var journeyNouns = set([]string{"journey", "passage", "trip", "crossing", "travel", "transport"})

// passiveSubject returns the goods (schema.People for persons) that are the
// subject of the passive verb whose auxiliaries end at a: "the boys had
// been", "Many migrants were", "The cigarettes were"; or "".
func (f *mentionFinder) passiveSubject(a int) string {
	t := f.toks
	q := a
	for q > 0 && a-q <= 4 && (beForms.has(t[q].lid) || t[q].lower == "had" || t[q].lower == "have" || t[q].lower == "has" || t[q].cls&cAdv != 0 && t[q].cls&cDet == 0 ||
		t[q].lower == "themselves" || t[q].lower == "himself" || t[q].lower == "herself" || (t[q].lower == "who" || t[q].lower == "that") && q < a-1) {
		q-- // ("people who were themselves trafficked": past the relative pronoun and the reflexive)
	}
	if q > 2 && t[q].text == "," {
		// "the boys, aged 16 and 17, had been": past an aside
		c := q - 1
		for c > 0 && q-c <= 6 && t[c].text != "," && t[c].text != "." {
			c--
		}
		if t[c].text == "," {
			q = c - 1
		}
	}
	if q < 0 || t[q].punct {
		return ""
	}
	if t[q].cap && q > 0 { // (a sentence may open with the noun: "Migrants are smuggled")
		return f.participleGoods(q) // ("the weapons used by cartels in Mexico had been trafficked")
	}
	if w := t[q].lower; w == "they" || w == "he" || w == "she" {
		// "The boys, aged 15 and 16, told officers they had been brought": people the sentence named
		for k := 0; k < q; k++ {
			if g, _ := f.goodsAt(k); g == schema.People && t[k].norm != "people" {
				return g
			}
		}
		if w == "they" && q == 0 && f.d.sentIndex >= 2 {
			// "The boys were not gardeners. They had been smuggled into the country": the people the
			// sentence before opened with
			prev := f.d.res.Sentences[f.d.sentIndex-2].Text
			p := tokenize(prev, nil)
			k := 0
			for k < len(p) && k < 3 && (p[k].cls&cDet != 0 || adjective(p[k]) || p[k].cap && k > 0) {
				k++
			}
			if k < len(p) && schema.Goods[p[k].norm] == schema.People && p[k].norm != "people" {
				return schema.People
			}
		}
		return ""
	}
	for k := max(0, q-2); k <= q; k++ {
		if g, e := f.goodsAt(k); g != "" && e == q+1 {
			return g
		}
	}
	return f.participleGoods(q)
}

// participleGoods returns the crime of goods that a participle phrase
// ending at q describes: "most of the weapons used by cartels in his country
// (had been trafficked)", or "".
func (f *mentionFinder) participleGoods(q int) string {
	t := f.toks
	for p := q; p >= 2 && p >= q-8 && !t[p].punct; p-- {
		if !heldParticiples.has(t[p].lid) || p+1 >= len(t) || t[p+1].lower != "by" {
			continue
		}
		for k := max(0, p-3); k < p; k++ {
			if g, e := f.goodsAt(k); g != "" && e == p {
				return g
			}
		}
		break
	}
	return ""
}

// mixForms mingle dirty money with clean, with the launder form each stands for.
var mixForms = map[string]string{"mix": "launder", "mixes": "launders", "mixed": "laundered", "mixing": "laundering",
	"mingle": "launder", "mingles": "launders", "mingled": "laundered", "mingling": "laundering",
	"commingle": "launder", "commingles": "launders", "commingled": "laundered", "commingling": "laundering",
	"blend": "launder", "blends": "launders", "blended": "laundered", "blending": "laundering"}

// mixedWithClean reads the money mixed at i and the clean money it is mixed
// with: "mix drug proceeds with legitimate export revenue". It returns where
// the clean money is named, or i.
func mixedWithClean(t []token, i int) int {
	money := false
	for q := i + 1; q+1 < len(t) && q <= i+8 && !t[q].punct; q++ {
		if moneyWords.has(t[q].nid) {
			money = true
		}
		if money && t[q].lower == "with" {
			for r := q + 1; r < len(t) && r <= q+3 && !t[r].punct; r++ {
				if cleanWords.has(t[r].lid) {
					return r
				}
			}
			return i
		}
	}
	return i
}

var cleanWords = set([]string{"legitimate", "legal", "clean", "lawful", "licit"})

// heldParticiples describe goods by who has them: "the weapons used by cartels".
var heldParticiples = set([]string{"used", "owned", "held", "carried", "bought", "sold", "made", "seized", "found", "smuggled", "recovered"})

// trafficked says whether a crime type is a trade in goods or people.
func trafficked(slug string) bool {
	switch schema.Root(slug) {
	case "drug-trafficking", "arms-trafficking", "environmental-crime", "human-trafficking", "migrant-smuggling", "cultural-property-trafficking":
		return true
	}
	return false
}

// numberWords open headlines as subjects: "Three charged over ...".
var numberWords = set([]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "dozens", "hundreds", "thousands", "millions", "several", "both", "many", "some", "most", "few", "all"})

// placeAdjectives stand between a preposition and a place: "in northern Kenya".
var placeAdjectives = set([]string{"northern", "southern", "eastern", "western", "central", "north", "south", "east",
	"west", "rural", "coastal", "neighbouring", "neighboring", "north-western", "north-eastern", "south-western",
	"south-eastern", "northwestern", "northeastern", "southwestern", "southeastern", "remote", "mainland"})

// anaphorTrade are the heads that, after "the", refer back to the crime just named.
var anaphorTrade = set([]string{"business", "trade", "industry", "scheme"})

// flowNouns, after "these" or "such", are the shipments of the trade just named.
var flowNouns = set([]string{"flow", "sale", "shipment", "consignment", "cargo", "deal"})

// illicitWords make a trade in ordinary goods a crime: "illicit oil sales".
var illicitWords = set([]string{"illicit", "illegal", "contraband", "black-market", "smuggled", "unlicensed", "clandestine"})

// legalNouns follow "criminal" as an adjective of the law, not of a group.
var legalNouns = set([]string{"record", "justice", "charge", "case", "investigation", "proceeding", "code", "law",
	"court", "trial", "history", "past", "conviction", "liability", "prosecution", "inquiry", "complaint", "division",
	"lawyer", "defence", "defense", "procedure", "responsibility", "offence", "offense", "act", "sanction", "penalty",
	"matter", "probe", "referral", "tribunal", "jurisdiction", "background", "economy", "activity"})

// unknownGoods says whether a word before "smuggling" names goods that no
// crime type covers: a lowercase noun, not a determiner, adjective or verb.
func unknownGoods(t token) bool {
	w := t.lower
	return !t.punct && !t.cap && !determiners.has(t.lid) && !prepositions.has(t.lid) && !conjunctions.has(t.lid) && !adjective(t) &&
		!adverbs.has(t.lid) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") &&
		schema.Goods[t.norm] == "" && !notModifiers.has(t.lid) && !pronouns.has(t.lid) && len(w) > 2
}

// genericActorWords make a crime actor phrase a description, not a name:
// "Terrorist groups", "Criminal networks", "Gang".
var genericActorWords = set([]string{"group", "gang", "terrorist", "terror", "criminal", "crime", "cartel", "network",
	"syndicate", "bandit", "pirate", "piracy", "extremist", "jihadist", "hacker", "trafficker", "smuggler", "mafia",
	"organization", "organisation", "cell", "ring", "enterprise", "clan", "family", "boss", "actor", "proxy",
	"gangster", "mobster", "cybercriminal", "organized", "organised", "transnational", "violent", "motorcycle",
	"biker", "outlaw", "ransomware", "hacking", "drug", "crew"})

// namedGroup says whether toks[i:j] names a group by its proper name:
// "Hezbollah", "Boko Haram", "Jama'at Nusrat al-Islam wal-Muslimin".
func namedGroup(toks []token, i, j int) bool {
	if !toks[i].cap || pluralTok(toks[j-1]) {
		return false
	}
	for k := i; k < j; k++ {
		if genericActorWords.has(toks[k].nid) && !properGeneric(toks, i, j, k) || !toks[k].cap && !toks[k].hyphen && k > i && len(toks[k].lower) > 3 {
			return false
		}
	}
	return true
}

// properGeneric says whether the generic word at k is part of a proper name:
// "Clan del Golfo", "Cartel de los Soles" (a particle and a name after it),
// "the Sinaloa Cartel" (a capital "Cartel" after a name).
func properGeneric(toks []token, i, j, k int) bool {
	if k == i && k+2 < j && (nameParticles.has(toks[k+1].lid) || toks[k+1].lower == "do" || toks[k+1].lower == "los") && toks[j-1].cap && !genericActorWords.has(toks[j-1].nid) {
		return true
	}
	return k == j-1 && k > i && toks[k].text == "Cartel" && toks[k-1].cap && !genericActorWords.has(toks[k-1].nid)
}

func (f *mentionFinder) mark(i, j int) {
	for k := i; k < j && k < len(f.used); k++ {
		f.used[k] = true
	}
}

func (f *mentionFinder) free(i, j int) bool {
	if i >= j || j > len(f.toks) {
		return false
	}
	for k := i; k < j; k++ {
		if f.used[k] {
			return false
		}
	}
	return true
}

func (f *mentionFinder) add(m mention) {
	if m.kind == mActor && m.ent == nil || m.end <= m.start {
		return // no entity to stand for: "Ƶ said" names nobody
	}
	f.mark(m.start, m.end)
	f.ms = append(f.ms, m)
	if m.kind == mCrime && m.crime == "cultural-property-trafficking" {
		f.d.antiquities = true // "the objects" from now on are antiquities
	}
	if m.kind == mCrime {
		if r := schema.Root(m.crime); r == "migrant-smuggling" {
			f.d.migrants = true
		} else if r != "human-trafficking" && r != "organized-crime" {
			for q := max(0, m.start-1); q < m.end+2 && q < len(f.toks); q++ {
				if strings.HasPrefix(f.toks[q].lower, "smuggl") {
					f.d.smuggled = m.crime // "sugar smuggled into Kenya": what "the smuggling" means from now on
				}
				f.d.fuelLaundering = f.d.fuelLaundering || r == "counterfeiting" && strings.HasPrefix(f.toks[q].lower, "launder")
			}
		}
	}
	if m.kind == mCrime && !f.d.waste && schema.Root(m.crime) == "environmental-crime" {
		for q := m.start; q < m.end; q++ {
			f.d.waste = f.d.waste || f.toks[q].norm == "waste" // "the profits from waste" from now on are its
		}
	}
}

// capRun returns the end of the run of capitalised words starting at i
// (inner connectors and hyphenated parts allowed), not crossing used tokens.
func (f *mentionFinder) capRun(i int, connectors wordSet, max int) int {
	t := f.toks
	if i >= len(t) || !t[i].cap || t[i].punct || f.used[i] {
		return i
	}
	j := i + 1
	for j < len(t) && j-i < max && !f.used[j] {
		switch {
		case t[j].punct:
			return j
		case t[j].cap || t[j].hyphen:
			j++
		case connectors.has(t[j].lid) && j+1 < len(t) && t[j+1].cap && !f.used[j+1] && !calendarWords.has(t[j+1].lid):
			// (not "Police on Sunday": a date)
			j++
		case (t[j].lower == "for" || t[j].lower == "against") && connectors.has(t[j].lid) && j+2 < len(t) && (t[j+1].lower == "a" || t[j+1].lower == "an") && t[j+2].cap && !t[j+2].punct && !f.used[j+2] && j > i:
			j += 2 // "the Association for a More Just Society", "the Center for a New American Security"
		case connectors.has(t[j].lid) && nameParticles.has(t[j].lid) && j+2 < len(t) && connectors.has(t[j+1].lid) && nameParticles.has(t[j+1].lid) && t[j+2].cap && !f.used[j+2]:
			j += 2 // "Bas van den Tillaar", "Ana de la Cruz"
		default:
			return j
		}
	}
	return j
}

// roleModifiers stand between "the" and a role: "the trial judge", "the
// sentencing judge", "the investigating magistrate".
var roleModifiers = set([]string{"trial", "presiding", "sentencing", "investigating", "lead", "senior", "chief", "deputy",
	"acting", "interim", "former", "district", "county", "state", "federal", "appeals", "high", "appeal", "court's", "case"})

// ownTradeActor are the crime types whose syndicates and rings a text names
// again bare ("rhino poaching syndicates ... the syndicates"); drug and
// smuggling gangs named again bare are read as organised crime.
var ownTradeActor = set([]string{"environmental-crime", "cultural-property-trafficking", "fraud", "cybercrime", "human-trafficking"})

// datedName says whether a capitalised run holds a month or a number: a
// date, not an organisation's name.
func datedName(t []token) bool {
	for _, x := range t {
		if calendarWords.has(x.lid) || calendarWords.m[strings.TrimSuffix(x.lower, ".")] || isDigits(x.text) {
			return true
		}
	}
	return false
}

// calendarWords name days and months: "on Sunday", "in March".
var calendarWords = set([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})

// titled finds people introduced by a title: "Public Safety Minister Gary
// Anandasangaree", "European commissioner Magnus Brunner", "Mr. Anandasangaree".
func (f *mentionFinder) titled() {
	t := f.toks
	lx := f.d.lx
	for i := 0; i < len(t); i++ {
		if t[i].punct || f.used[i] {
			continue
		}
		end, v := lx.titles.longest(t, i)
		if v < 0 {
			continue
		}
		// the name: capitalised words after the title
		j := end
		if j < len(t) && t[j].text == "." {
			j++
		}
		if j < len(t) && isTitleWord(lx, t, j) {
			continue // a longer title follows ("Deputy Minister")
		}
		n := f.capRun(j, nameParticles, 4)
		if n == j+1 && t[j].text == "I" {
			n = j // "Researchers I spoke to": the writer, no name
		}
		if n == j && j+2 < len(t) && (t[j].lower == "for" || t[j].lower == "of" || t[j].lower == "on") {
			// "Under Secretary for Terrorism and Financial Intelligence Brian Nelson":
			// the title's complement runs up to a given name
			c := j + 1
			if t[c].lower == "the" && c+1 < len(t) {
				c++ // "Under Secretary of the Treasury for Terrorism ... John Hurley"
			}
			r := f.capRun(c, orgConnectors, 12)
			vb := r // the verb: past an acronym in brackets, "A representative of the Financial Action Task Force (FATF) said"
			if vb+2 < len(t) && t[vb].text == "(" && t[vb+2].text == ")" && upperWord(t[vb+1].text) {
				vb += 3
			}
			if a := i > 0 && (t[i-1].lower == "a" || t[i-1].lower == "an"); r > c && vb < len(t) && lx.verbsOf(t[vb].lid) != nil && i > 0 && (t[i-1].lower == "the" || t[i-1].lower == "its" || t[i-1].lower == "his" || t[i-1].lower == "her" || t[i-1].norm == "'s" && i > 1 && t[i-2].cap || a && !honor(lx, v) && !pluralTok(t[end-1])) {
				// "The Minister of Interior declared": the office speaks, unnamed; "A spokesperson for
				// Interpol said": one who speaks for the body, whom "she" goes on to mean; "Australia's
				// Minister for Home Affairs wrote": a country's office
				p := f.d.office(span(f.text, t, i, r))
				st := i - 1
				if t[st].norm == "'s" {
					st = i
				}
				f.add(mention{kind: mActor, start: st, end: vb, ent: p})
				i = vb - 1
				continue
			}
			for g := c + 1; g+1 < r; g++ {
				if _, ok := lx.givenNames[t[g].text]; ok && r-g <= 3 {
					end, j, n = g, g, r
					break
				}
			}
			if e, g := lx.gaz.longest(t, c); n == j && g >= 0 && e < r && r-e >= 2 && r-e <= 3 && (r == len(t) || t[r].punct || lx.verbsOf(t[r].lid) != nil) && f.plainName(e, r) {
				// "Deputy Secretary of the Treasury Wally Adeyemo": a known body, then the name
				end, j, n = e, e, r
			}
		}
		if n == j && i >= 3 && t[i-1].norm == "'s" && (t[i-2].lower == "country" || t[i-2].lower == "nation") && t[i-3].lower == "the" && !honor(lx, v) && !pluralTok(t[end-1]) {
			// "a report by the country's ombudsman": the office, unnamed
			p := f.d.personWithTitle(t[i].norm)
			if p == nil {
				p = f.d.office(strings.Title(span(f.text, t, i, end)))
			}
			f.add(mention{kind: mActor, start: i - 3, end: end, ent: p})
			i = end - 1
			continue
		}
		ti := i // the title with its lowercase modifiers: "Mexico's security minister"
		for ti > i-2 && ti > 1 && t[ti-1].norm != "'s" && !t[ti-1].cap && !t[ti-1].punct && t[ti-1].cls&(cDet|cPrep|cConj|cPron|cClause|cFinite) == 0 && !f.d.isVerbForm(t[ti-1].lower) && !pluralTok(t[ti-1]) && !honor(lx, v) {
			ti--
		}
		if ti < i && t[ti-1].norm != "'s" {
			ti = i
		}
		if n == j && j < len(t) && (lx.verbsOf(t[j].lid) != nil || t[j].text == ",") && ti >= 2 && t[ti-1].norm == "'s" && !honor(lx, v) {
			// "Niger's foreign minister told the summit": the office of a country or body speaks
			for st := ti - 2; st >= 0 && st >= ti-5; st-- {
				if e, g := lx.gaz.longest(t, st); g >= 0 && e == ti-1 && f.free(st, e) {
					affil := f.d.gazEntity(lx.gazVals[g], span(f.text, t, st, e))
					p := f.d.reg.get(KindPerson, span(f.text, t, st, end))
					if p.title == "" {
						p.title = span(f.text, t, ti, end)
						p.affil = affil
					}
					f.add(mention{kind: mActor, start: st, end: end, ent: p})
					i = end - 1
					break
				}
			}
			if st := ti - 2; !f.used[i] && t[st].cap && !t[st].punct && f.free(st, ti-1) && (st == 0 || !t[st-1].cap || t[st-1].punct) {
				// "Toronto's police chief says": a city or body no gazetteer holds
				p := f.d.reg.get(KindPerson, span(f.text, t, st, end))
				if p.title == "" {
					p.title = span(f.text, t, ti, end)
				}
				f.add(mention{kind: mActor, start: st, end: end, ent: p})
				i = end - 1
			}
			if f.used[i] {
				continue
			}
		}
		if n == j && j < len(t) && lx.verbsOf(t[j].lid) != nil && i > 1 && t[i-2].lower == "the" && roleModifiers.has(t[i-1].lid) && !t[i].cap && !honor(lx, v) && !pluralTok(t[end-1]) && f.free(i-2, end) {
			// "The trial judge said", "the presiding judge described": a modifier before the role
			p := f.d.personWithTitle(t[i].norm)
			if p == nil {
				p = f.d.office(span(f.text, t, i-1, end))
			}
			f.add(mention{kind: mActor, start: i - 2, end: end, ent: p})
			i = end - 1
			continue
		}
		if n == j && j < len(t) && lx.verbsOf(t[j].lid) != nil && i > 0 && (t[i-1].lower == "the" || !t[i].cap && (t[i-1].lower == "his" || t[i-1].lower == "her" || t[i-1].lower == "their" || t[i-1].lower == "its")) && (t[i].cap || !honor(lx, v) && !pluralTok(t[end-1])) {
			// "The Secretary-General notes", "The minister said", "His barrister said": an office or role speaks
			p := f.d.personWithTitle(t[i].norm)
			if p == nil {
				p = f.d.office(span(f.text, t, i, end))
			}
			f.add(mention{kind: mActor, start: i - 1, end: end, ent: p})
			i = end - 1
			continue
		}
		if n == j && j < len(t) && lx.verbsOf(t[j].lid) != nil && i > 0 && !f.used[i-1] && t[i-1].cap && !t[i-1].punct && !(i-1 == 0 && (t[i-1].cls&cDet != 0)) && !(i-1 == 0 && pluralTok(t[end-1])) {
			// "The FATF President said": the office speaks, unnamed (not "Police officers said": a group)
			k := i - 1
			if k > 0 && t[k-1].cap && !f.used[k-1] && !(k-1 == 0 && (t[k-1].cls&cDet != 0)) {
				k--
			}
			label := span(f.text, t, k, end)
			p := f.d.reg.get(KindPerson, label)
			if p.title == "" {
				p.title = span(f.text, t, i, end)
				for q := k; q < i; q++ {
					if e, g := lx.gaz.longest(t, q); g >= 0 && e <= i {
						p.affil = f.d.gazEntity(lx.gazVals[g], span(f.text, t, q, e))
						break
					}
				}
			}
			f.add(mention{kind: mActor, start: k, end: end, ent: p})
			i = end - 1
			continue
		}
		if n == j || n-j > 4 {
			continue
		}
		if _, g := lx.gaz.longest(t, j); g >= 0 {
			continue // "Minister Canada"? not a name
		}
		if lx.orgHeads.has(t[n-1].nid) || lx.collective.has(t[n-1].nid) {
			continue
		}
		title := lx.titleVals[v]
		gender, honor := honorifics[title]
		// the role: capitalised words and known names before the title
		k := i
		var affil *entity
		if !honor {
			for k > 0 && !f.used[k-1] && !t[k-1].punct && (t[k-1].cap && !(k-1 == 0 && ((t[k-1].cls&cDet != 0) || (t[k-1].cls&cPron != 0) || bylineStart(t) == 1)) || t[k-1].hyphen) {
				// (not the "By" of "By Councillor Rebecca Hale": a byline's, no part of the title)
				k--
			}
			for p := k; p < i; p++ {
				if e, g := lx.gaz.longest(t, p); g >= 0 && e <= i {
					affil = f.d.gazEntity(lx.gazVals[g], span(f.text, t, p, e))
					break
				}
			}
			if affil == nil && k >= 2 && t[k-1].norm == "'s" {
				if e, g := lx.gaz.longest(t, k-2); g >= 0 && e == k-1 {
					affil = f.d.gazEntity(lx.gazVals[g], span(f.text, t, k-2, e))
				}
			}
		}
		name := span(f.text, t, j, n)
		p := f.d.reg.person(name)
		p.addAlias(span(f.text, t, i, n))
		if gender != 0 {
			p.gender = gender
		}
		if !honor && p.title == "" {
			p.title = span(f.text, t, k, end)
			p.affil = affil
		}
		f.add(mention{kind: mActor, start: k, end: n, ent: p})
		i = n - 1
	}
}

func honor(lx *lexicon, v int) bool { return honorificTitle(lx.titleVals[v]) }

func isTitleWord(lx *lexicon, t []token, j int) bool {
	e, v := lx.titles.longest(t, j)
	return v >= 0 && (!honorificTitle(lx.titleVals[v]) || gendered[lx.titleVals[v]]) && !pluralTok(t[e-1])
}

// gendered are honorifics by their gender that are offices too: "Oxfam's
// spokesman, John Smith, said".
var gendered = map[string]bool{"spokesman": true, "spokeswoman": true, "chairman": true, "chairwoman": true, "congressman": true, "congresswoman": true}

// pluralTok says whether a token is a plural noun ("ministers").
func pluralTok(t token) bool { return len(t.lower) > len(t.norm) && t.lower != t.norm+"'" }

func honorificTitle(s string) bool { _, ok := honorifics[s]; return ok }

// gazetteer finds countries, capitals, demonyms and international bodies, and
// organisations named by a capitalised run ending in an organisation word.
func (f *mentionFinder) gazetteer() {
	t := f.toks
	lx := f.d.lx
	for i := 0; i < len(t); i++ {
		if t[i].punct || f.used[i] || !t[i].cap && !t[i].hyphen {
			continue // names and acronyms start with a capital
		}
		run := f.capRun(i, orgConnectors, 10)
		for run > i && orgConnectors.has(t[run-1].lid) {
			run--
		}
		if (t[i].cls&cDet != 0) && run-i < 3 {
			run = i // "The Council": a description, not a name
		}
		if run > i && run+1 < len(t) && (t[run].norm == "'s" || (t[run].text == "'" || t[run].text == "’") && strings.HasSuffix(t[run-1].lower, "s")) && t[run+1].cap && lx.orgHeads.has(t[run+1].nid) && !f.used[run+1] {
			run += 2 // "the Attorney General's Office", "the National Police Chiefs' Council"
		}
		if run-i >= 2 && len(t[i].lower) > 5 && strings.HasSuffix(t[i].lower, "ing") && (i == 0 || t[i].punct || t[i-1].punct) {
			continue // "Briefing the Council, ...": a participle, not part of a name
		}
		if g, ok := lx.newsAgencies[t[i].text]; ok && f.free(i, i+1) && (f.d.agency == t[i].text || i > 0 && t[i-1].text == "(" && i+1 < len(t) && t[i+1].text == ")" && i < datelineEnd(t)) {
			// "CARACAS, Oct 2 (AFP) - ...": the news agency the dateline credits, and "told AFP" after it
			f.add(mention{kind: mActor, start: i, end: i + 1, ent: f.d.gazEntity(g, t[i].text)})
			f.d.agency = t[i].text
			continue
		}
		end, v := lx.gaz.longest(t, i)
		if v >= 0 && !f.free(i, end) {
			v = -1
		}
		if v >= 0 && end == i+1 && run == i+2 && lx.givenNames[t[i].text] != 0 && i > 0 && !t[i-1].cap && !t[i-1].punct && (roleNouns.has(t[i-1].nid) || agentNoun(t[i-1].lower)) {
			if _, g := lx.gaz.longest(t, i+1); g < 0 {
				v = -1 // "Youth worker Jordan Ellis described": a given name, not the country
			}
		}
		if v >= 0 {
			g := lx.gazVals[v]
			if g.exact != "" && strings.ReplaceAll(span(f.text, t, i, end), " ", "") != strings.ReplaceAll(g.exact, " ", "") {
				v = -1
			} else if g.exact == "" && !t[i].cap {
				v = -1
			}
		}
		if h := i; run-h >= 3 {
			if t[h].cls&cDet != 0 {
				h++
			}
			// the head may follow an adjective or two: "National Bureau for Counter Terror Financing"
			hp := h
			for hp < h+2 && hp+1 < run && !lx.orgHeads.has(t[hp].nid) && !headFirstOrgs.has(t[hp].nid) {
				hp++
			}
			if hp < run && (lx.orgHeads.has(t[hp].nid) || headFirstOrgs.has(t[hp].nid)) && hp+1 < run && (t[hp+1].lower == "of" || t[hp+1].lower == "on" || t[hp+1].lower == "for") && (v < 0 || end < run) {
				// "the Panel of Experts on Somalia", "Office of the High Commissioner for Human Rights"
				e := f.d.reg.get(KindOrg, span(f.text, t, h, run))
				f.add(mention{kind: mActor, start: h, end: run, ent: e})
				i = run - 1
				continue
			}
		}
		if run-i >= 2 && v < 0 {
			// "According to Interpol": a known name at the end of the run wins
			inner := false
			for q := i + 1; q < run; q++ {
				if e2, v2 := lx.gaz.longest(t, q); v2 >= 0 && e2 == run {
					inner = true
					break
				}
			}
			if inner && regionWords.has(t[i].lid) && run-i == 2 {
				// "South America", "Central Asia", "West Africa": a region, not the country
				i = run - 1
				continue
			}
			if inner {
				continue
			}
		}
		if run-i >= 2 && v < 0 && t[run-1].cap && f.namedForCrime(i, run) {
			// "Action Fraud urged people ...": an organization named after the crime it fights
			e := f.d.reg.get(KindOrg, span(f.text, t, i, run))
			f.add(mention{kind: mActor, start: i, end: run, ent: e})
			i = run - 1
			continue
		}
		if run-i >= 2 && lx.orgHeads.has(t[run-1].nid) && (v < 0 || end < run) {
			// "Interior Ministry", "Mexican Navy", "European Cybercrime Centre"
			label := span(f.text, t, i, run)
			e := f.d.reg.get(KindOrg, strings.TrimPrefix(label, "The "))
			if v >= 0 && e.affil == nil && lx.gazVals[v].kind != gazBody {
				e.affil = f.d.gazEntity(lx.gazVals[v], span(f.text, t, i, end))
			}
			f.add(mention{kind: mActor, start: i, end: run, ent: e})
			i = run - 1
			continue
		}
		if v < 0 {
			continue
		}
		g := lx.gazVals[v]
		surface := span(f.text, t, i, end)
		switch g.kind {
		case gazDemonym:
			if end-i >= 2 && t[end-1].norm == "'s" {
				// "Myanmar's" listed as a demonym: the country, possessive
				e := f.d.gazEntity(g, span(f.text, t, i, end-1))
				f.add(mention{kind: mActor, start: i, end: end - 1, ent: e})
				i = end - 2
				continue
			}
			// "the Belgian government", "the Belgian federal government" speaks for the
			// country; otherwise a demonym is a modifier of a collective or title
			q := end
			if q+1 < len(t) && roleAdjectives.has(t[q].lid) {
				q++
			}
			if q < len(t) && governmentNouns.has(t[q].nid) {
				e := f.d.gazEntity(g, surface)
				f.add(mention{kind: mActor, start: i, end: q + 1, ent: e})
				i = q
			} else {
				ce := f.d.gazEntity(g, surface)
				ce.demonyms++
				if f.d.demonymCountry == nil {
					f.d.demonymCountry = ce // the first country the text names by a demonym
				}
			}
			continue
		case gazCapital:
			p := i - 1
			if p >= 0 && (t[p].cls&cPrep != 0) && t[p].lower != "by" && t[p].lower != "from" {
				e := f.d.reg.get(KindPlace, surface)
				f.add(mention{kind: mActor, start: i, end: end, ent: e})
				i = end - 1
				continue
			}
		}
		e := f.d.gazEntity(g, surface)
		f.add(mention{kind: mActor, start: i, end: end, ent: e})
		i = end - 1
	}
}

// namedForCrime says whether the capitalised run toks[i:run] is a name
// ending in a crime word that names no actor ("Action Fraud"), rather than a
// crime phrase ("Transnational Organized Crime") or a named gang ("the
// Sinaloa Cartel").
func (f *mentionFinder) namedForCrime(i, run int) bool {
	t := f.toks
	lx := f.d.lx
	if t[i].cls != 0 {
		return false
	}
	if _, v := lx.crimes.longest(t, i); v >= 0 {
		return false
	}
	for k := i + 1; k < run; k++ {
		if e, v := lx.crimes.longest(t, k); v >= 0 {
			r := schema.Root(lx.crimeVals[v].slug) // ("the DZ Mafia", "the Sinaloa Cartel": named gangs)
			return e == run && !lx.crimeVals[v].actor && !crimeAnaphorHeads.has(t[run-1].nid) && r != "organized-crime" && r != "terrorism"
		}
	}
	return false
}

// capsOnly says whether every word in [i, j) is capitalised.
func capsOnly(t []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !t[k].cap || t[k].punct {
			return false
		}
	}
	return true
}

// headFirstOrgs open organization names that go on with "of", "on" or "for".
var headFirstOrgs = set([]string{"panel", "board", "task force", "group of experts", "conference", "working group", "monitoring group", "team"})

var regionWords = set([]string{"south", "north", "latin", "central", "east", "west", "southeast", "south-east", "northeast",
	"north-east", "southwest", "south-west", "northwest", "north-west", "southern", "northern", "eastern", "western", "sub-saharan", "greater"})

// gazEntity returns the entity a gazetteer entry names.
func (d *docState) gazEntity(g gazEntry, surface string) *entity {
	switch g.kind {
	case gazBody:
		e := d.reg.get(KindOrg, g.name)
		e.addAlias(surface)
		for _, a := range d.lx.bodyAliases[g.name] {
			if acronym(a) != "" {
				d.reg.acronyms[a] = e
			}
		}
		return e
	default:
		e := d.reg.get(KindPlace, g.name)
		e.country = true
		if g.kind != gazDemonym {
			e.addAlias(surface)
		}
		return e
	}
}

// acronymDefs reads "Long Name (ACR)" and makes ACR an alias of the long name.
func (f *mentionFinder) acronymDefs() {
	t := f.toks
	for i := 1; i+2 < len(t); i++ {
		if t[i].text != "(" || t[i+2].text != ")" {
			continue
		}
		if c, ok := f.crimeAcronym(i); ok {
			// "transnational criminal organizations (TCOs)": the acronym names the crime type
			if f.d.crimeAcronyms == nil {
				f.d.crimeAcronyms = map[string]mention{}
			}
			f.d.crimeAcronyms[strings.TrimSuffix(t[i+1].text, "s")] = c
			f.mark(i, i+3)
			continue
		}
		if acronym(t[i+1].text) == "" {
			continue
		}
		acr := t[i+1].text
		var e *entity
		for k := len(f.ms) - 1; k >= 0; k-- {
			if f.ms[k].end == i && f.ms[k].kind == mActor {
				e = f.ms[k].ent
				break
			}
		}
		if e == nil {
			start := i - 1
			for start > 0 && (t[start-1].cap || orgConnectors.has(t[start-1].lid) && start > 1 && t[start-2].cap) && !f.used[start-1] {
				start--
			}
			for start < i && orgConnectors.has(t[start].lid) {
				start++
			}
			if i-start < 2 || datedName(t[start:i]) {
				continue // ("Chandigarh, Feb 14 (PTI)": a dateline's date and its agency)
			}
			e = f.d.reg.get(KindOrg, span(f.text, t, start, i))
			f.add(mention{kind: mActor, start: start, end: i, ent: e})
		}
		e.addAlias(acr)
		f.d.reg.acronyms[acr] = e
		f.mark(i, i+3)
	}
}

// crimeAcronym reads "crime phrase (ACRs)" with "(" at i: the crime type the
// acronym stands for.
func (f *mentionFinder) crimeAcronym(i int) (mention, bool) {
	t := f.toks
	a := strings.TrimSuffix(t[i+1].text, "s")
	if len(a) < 2 || acronym(a) == "" || f.d.reg.acronyms[a] != nil {
		return mention{}, false
	}
	for j := max(0, i-5); j < i; j++ {
		if f.used[j] {
			continue
		}
		end, v := f.d.lx.crimes.longest(t, j)
		if v < 0 || end > i {
			continue
		}
		if end < i && !(end+1 == i && crimeAnaphorHeads.has(t[end].nid)) {
			continue
		}
		c := f.d.lx.crimeVals[v]
		return mention{kind: mCrime, crime: c.slug, actor: c.actor || end < i}, true
	}
	return mention{}, false
}

// known finds acronyms and surnames defined earlier in the document.
// lawNouns end the name of a law: "the Online Criminal Harms Act".
var lawNouns = set([]string{"act", "bill", "ordinance", "statute", "directive"})

// lawNames keeps the words of a law's name from reading as crimes: "The
// Online Criminal Harms Act allows us to ..." names no criminal group.
func (f *mentionFinder) lawNames() {
	t := f.toks
	if s := f.d.sentIndex; s > 0 && s <= len(f.d.res.Sentences) && f.d.res.Sentences[s-1].Heading {
		return // ("Police Act Against Drug Gangs": a verb in Title Case)
	}
	for i := 1; i < len(t); i++ {
		if !t[i].cap || !lawNouns.has(t[i].nid) || !t[i-1].cap || t[i-1].punct {
			continue
		}
		for k := i - 1; k >= 0 && t[k].cap && !t[k].punct && !f.used[k]; k-- {
			f.used[k] = true
		}
	}
}

func (f *mentionFinder) known() {
	t := f.toks
	for i := 0; i < len(t); i++ {
		if f.used[i] || t[i].punct || !t[i].cap {
			continue
		}
		if e := f.d.reg.acronyms[t[i].text]; e != nil {
			f.add(mention{kind: mActor, start: i, end: i + 1, ent: e})
			continue
		}
		if upperWord(t[i].text) && len(t[i].text) >= 3 && len(t[i].text) <= 6 {
			if e := f.d.orgWithInitials(t[i].text); e != nil {
				// "The RSF" after "the Rapid Support Forces": an acronym nobody defined
				f.d.reg.acronyms[t[i].text] = e
				e.addAlias(t[i].text)
				f.add(mention{kind: mActor, start: i, end: i + 1, ent: e})
				continue
			}
		}
		if _, v := f.d.lx.crimes.longest(t, i); v >= 0 {
			continue // "the 'Ndrangheta" again: a named crime group, found as a crime actor
		}
		if e := f.d.reg.byKey[KindOrg+":"+t[i].lower]; e != nil && e.label == t[i].text && (i+1 >= len(t) || !t[i+1].cap) {
			// an organisation named by one word earlier ("cybersecurity firm Sophos ... Sophos also found")
			f.add(mention{kind: mActor, start: i, end: i + 1, ent: e})
			continue
		}
		if e := f.d.reg.surnames[strings.ToLower(t[i].text)]; e != nil && e.kind == KindPerson {
			// a full name ending here ("Gary Anandasangaree") or the surname alone
			start := i
			for start > 0 && !f.used[start-1] && t[start-1].cap && !t[start-1].punct && strings.Contains(e.label, t[start-1].text) {
				start--
			}
			f.add(mention{kind: mActor, start: start, end: i + 1, ent: e})
		}
	}
}

// crimes finds crime-type mentions; "anti-money laundering" and
// "counter-terrorism" name responses, not crimes.
func (f *mentionFinder) crimes() {
	t := f.toks
	lx := f.d.lx
	for i := 0; i < len(t); i++ {
		if f.used[i] || t[i].punct {
			continue
		}
		if f.d.crimeAcronyms != nil && t[i].cap {
			if c, ok := f.d.crimeAcronyms[strings.TrimSuffix(t[i].text, "s")]; ok {
				c.start, c.end = i, i+1
				f.add(c) // "TCOs" after "transnational criminal organizations (TCOs)"
				continue
			}
		}
		end, v := lx.crimes.longest(t, i)
		if v < 0 && (t[i].starts&startsKnown != 0 && t[i].starts&startsTrigger == 0 || !lx.crimeTriggers.has(t[i].lid) && !lx.crimeTriggers.has(t[i].nid)) && !strings.HasPrefix(t[i].lower, "launder") && t[i].cls&cTrade == 0 {
			continue // no rule below reads this word
		}
		if v < 0 && !f.used[i] && (i+1 < len(t) && dealerNouns.has(t[i+1].nid) || i+2 < len(t) && dealerNouns.has(t[i+2].nid)) {
			// "ivory traders", "wildlife traders", "heroin dealers": the traders of goods whose trade is a crime
			if g, e := f.goodsAt(i); g != "" && g != schema.People && e < len(t) && e > i && dealerNouns.has(t[e].nid) && (schema.Root(g) == "drug-trafficking" || wildlifeGoods.has(t[e-1].nid)) && f.free(i, e+1) {
				f.add(mention{kind: mCrime, start: i, end: e + 1, crime: g, actor: true})
				i = e
				continue
			}
		}
		if v >= 0 && i > 0 && end < len(t) && t[end].cap && !t[end].punct && (orgDescriptors.has(t[end].lid) || lx.institution.has(t[end].nid)) && capsOnly(t, i, end) && (t[i-1].cap && !t[i-1].punct || t[i-1].cls&cDet != 0) {
			// "the Southern African Wildlife Crime Observatory": the crime words name a body
			i = end - 1
			continue
		}
		if v < 0 && t[i].cls&cTrade != 0 && i+1 < len(t) && (t[i+1].lower == "them" || t[i+1].lower == "it") && !f.used[i] {
			// "buying dozens of rifles and shipping them to the gang": the goods just named
			if g := f.goodsBefore(i, 4, true); g != "" {
				f.add(mention{kind: mCrime, start: i, end: i + 2, crime: g})
			}
			if f.used[i] {
				i++
				continue
			}
		}
		if v >= 0 && i > 0 && t[i-1].lower == "economic" && schema.Root(lx.crimeVals[v].slug) == "terrorism" {
			f.mark(i, end) // "the sanctions amount to economic terrorism": a figure of speech
			i = end - 1
			continue
		}
		if v >= 0 && designatedAs(t, i) && !(schema.Root(lx.crimeVals[v].slug) == "human-trafficking" && !lx.crimeVals[v].actor) {
			// (but "treated as slave labour" is what was done to them)
			f.mark(i, end) // "Treating cartels as terrorists", "designating them as a terrorist organization": a label, not a crime
			i = end - 1
			continue
		}
		if v >= 0 && f.free(i, end) && end == i+1 && (t[i].lower == "exploitation" || t[i].lower == "exploit") && i+2 < len(t) && t[i+1].lower == "of" {
			// "the illegal exploitation of gold and timber": resources, not people
			q := i + 2
			for q < len(t) && ((t[q].cls&cDet != 0) || goodsAdjectives.has(t[q].lid)) {
				q++
			}
			if q < len(t) && naturalResources.has(t[q].nid) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "environmental-crime"})
				i = q
				continue
			}
			if g, _ := f.goodsAt(q); g != schema.People {
				f.mark(i, i+1) // "exploitation of loopholes": no crime type
				continue
			}
		}
		if v >= 0 && f.free(i, end) && end == i+1 && schema.MovingVerbs[t[i].lower] != "" {
			// "the smuggling of fuel", "smuggling weapons": the goods say the crime
			if g, e := f.goodsAfter(i + 1); g != "" {
				f.addGoods(i, e, g, t[i].lower)
				i = e - 1
				continue
			}
			if t[i].lower == "smuggling" && i+2 < len(t) && t[i+1].lower == "of" && !t[i+2].punct && !t[i+2].cap {
				// "the smuggling of gold": goods, not people
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "counterfeiting"})
				continue
			}
		}
		if t[i].lower == "back" && i >= 2 && i+3 < len(t) && t[i-1].lower == "the" && t[i-2].lower == "in" && t[i+1].lower == "of" && t[i+2].cls&cDet != 0 && hideVehicles.has(t[i+3].nid) && f.free(i-2, i+4) {
			// "the boys had been brought to the UK in the back of a lorry": people moved hidden
			for v := i - 3; v >= 1 && v >= i-8 && !t[v].punct; v-- {
				if broughtVerbs.has(t[v].lid) && beForms.has(t[v-1].lid) && f.passiveSubject(v-1) == schema.People {
					f.add(mention{kind: mCrime, start: i - 2, end: i + 4, crime: "migrant-smuggling"})
					break
				}
			}
			if f.used[i] {
				i += 3
				continue
			}
		}
		if cheatVerbs.has(t[i].lid) && !f.used[i] && outOfAfter(t, i) {
			// "Call centres cheated American pensioners out of millions": fraud
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "fraud"})
			continue
		}
		if proxyVerbs.has(t[i].lid) && !f.used[i] && f.stateProxy(i) {
			// "Iran has used some of these gang members to attack Israeli targets": a state's crime by proxy
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "transnational-repression"})
			continue
		}
		if threatVerbs.has(t[i].lid) && !f.used[i] && paidUnless(t, i) && (harmThreatened(t, i) || f.actorDoes(i)) {
			// (not "The union threatened to strike unless wages were paid")
			// "The hackers threatened to publish the patients' records unless the hospital paid them": extortion
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "extortion"})
			continue
		}
		if (t[i].lower == "owed" || t[i].lower == "owe" || t[i].lower == "owes" || t[i].lower == "owing") && !f.used[i] {
			// "told they owed £20,000 for the journey": debt bondage
			for q := i + 1; q+2 < len(t) && q <= i+6 && t[q].text != "." && t[q].text != ";"; q++ {
				if t[q].lower == "for" && (t[q+1].cls&cDet != 0 || t[q+1].lower == "their" || t[q+1].lower == "his" || t[q+1].lower == "her") && journeyNouns.has(t[q+2].nid) && f.free(i, q+3) {
					f.add(mention{kind: mCrime, start: i, end: q + 3, crime: "human-trafficking"})
					i = q + 2
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if (t[i].lower == "smuggled" || t[i].lower == "trafficked") && i >= 2 && !f.used[i] && (beForms.has(t[i-1].lid) || t[i-1].lower == "themselves" && beForms.has(t[i-2].lid)) {
			// "the boys had been smuggled into the UK": people moved, the verb's subject;
			// "the cigarettes had been smuggled": goods
			if g := f.passiveSubject(i - 1); g != "" {
				if g == schema.People {
					g = schema.MovingVerbs[t[i].lower]
				}
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: g})
				continue
			}
		}
		if v < 0 && forceVerbs.has(t[i].lid) && i+2 < len(t) {
			// "forced them into prostitution", "coerced women into sex work"
			for e := i + 1; e < len(t) && e <= i+5 && !t[e].punct; e++ {
				if t[e].lower == "into" && e+1 < len(t) && exploitNouns.has(t[e+1].nid) {
					f.add(mention{kind: mCrime, start: i, end: e + 2, crime: "human-trafficking"})
					i = e + 1
					break
				}
				if t[e].lower == "to" && e+1 < len(t) && (forcedTo.has(t[e+1].lid) || crimeLabour.has(t[e+1].lid) && f.crimeAhead(e+2, 4)) && coerceVerbs.has(t[i].lid) && e > i+1 && !(e+2 < len(t) && ordinaryWork.has(t[e+2].lid)) {
					// ("force them to carry drugs into rural towns": the work a crime)
					// "forced women to work in the sex trade", "compelled the children to beg"
					if g, _ := f.goodsAfter(i + 1); g == schema.People || t[i+1].lower == "them" {
						f.add(mention{kind: mCrime, start: i, end: e + 2, crime: "human-trafficking"})
						i = e + 1
						break
					}
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && strings.HasPrefix(t[i].lower, "cash") && i+1 < len(t) && t[i+1].lower == "out" && !f.used[i] && (t[i].lower == "cash" || t[i].lower == "cashing" || t[i].lower == "cashed" || t[i].lower == "cashes") {
			// "Ransomware groups are cashing out their proceeds through mixers": laundering
			e := i + 2
			if e+1 < len(t) && (t[e].cls&cDet != 0 || t[e].lower == "their" || t[e].lower == "its") && moneyWords.has(t[e+1].nid) {
				e += 2
			}
			if e > i+2 || e < len(t) && (t[e].lower == "through" || t[e].lower == "via" || t[e].lower == "as" && e+2 < len(t) && (t[e+1].norm == "winning" || t[e+2].norm == "winning")) {
				// ("cashed out as apparent winnings")
				f.add(mention{kind: mCrime, start: i, end: e, crime: "money-laundering"})
				i = e - 1
				continue
			}
		}
		if v < 0 && t[i].norm == "sanction" && i >= 2 && !f.used[i] {
			// "in violation of UN sanctions", "in breach of EU sanctions": a name between
			for b := i - 1; b >= 0 && b >= i-3; b-- {
				if t[b].lower == "of" && b > 0 && (t[b-1].norm == "violation" || t[b-1].norm == "breach") {
					f.add(mention{kind: mCrime, start: b - 1, end: i + 1, crime: "sanctions-evasion"})
					break
				}
				if evadeVerbs.has(t[b].lid) && b < i-1 && f.free(b, i+1) {
					// "help Russia evade Western oil sanctions": the sanctions named between
					f.add(mention{kind: mCrime, start: b, end: i + 1, crime: "sanctions-evasion"})
					break
				}
				if !t[b].cap && !sanctionModifiers.has(t[b].lid) {
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && t[i].lower == "without" && i+1 < len(t) && !f.used[i] {
			// "fishing vessels that operate without licences", "logging without permits": the
			// activity is a crime against the environment
			q := i + 1
			if q < len(t) && (t[q].lower == "a" || t[q].lower == "any" || t[q].lower == "valid") {
				q++
			}
			if q < len(t) && licenceNouns.has(t[q].nid) {
				for b := i - 1; b >= 0 && b >= i-6 && !t[b].punct; b-- {
					if (resourceActivity.has(t[b].nid) || extractVerbs.has(t[b].lid) && b+1 < i && naturalResources.has(t[b+1].nid)) && f.free(b, q+1) {
						// ("where it extracts gold without permits": the taking of a resource)
						f.add(mention{kind: mCrime, start: b, end: q + 1, crime: "environmental-crime"})
						break
					}
				}
				if f.used[i] {
					i = q
					continue
				}
			}
		}
		if v < 0 && i >= 1 && (t[i-1].lower == "these" || t[i-1].lower == "such" || t[i-1].lower == "those") && (t[i].lower == "schemes" || t[i].lower == "scheme") && !f.used[i] && !f.used[i-1] && f.recentFraud() {
			// "schemes in which overseas criminals defraud older Americans ... the call centres behind
			// these schemes": the fraud named before
			f.add(mention{kind: mCrime, start: i - 1, end: i + 1, crime: "fraud"})
			continue
		}
		if v < 0 && i >= 1 && t[i-1].lower == "the" && (t[i].lower == "miners" || t[i].lower == "loggers") && !f.used[i] && !f.used[i-1] && (i < 2 || t[i-2].cls&cPrep == 0) && f.envTrade() {
			// (not "supplied fuel to the miners": those the actor deals with)
			// "the miners have also brought violence" in a text about illegal mining: its actors
			f.add(mention{kind: mCrime, start: i - 1, end: i + 1, crime: "environmental-crime", actor: true})
			continue
		}
		if v < 0 && (t[i].lower == "shell" || t[i].lower == "front") && i+4 < len(t) && frontNouns.has(t[i+1].nid) && !f.used[i] && f.free(i, i+2) {
			// "used a network of shell companies to move the money": the firms launder it
			for q := i + 2; q+2 < len(t) && q <= i+4 && !t[q].punct; q++ {
				if t[q].lower != "to" || !moveMoneyVerbs.has(t[q+1].lid) && !hideVerbs.has(t[q+1].lid) {
					continue
				}
				r := q + 2
				if r < len(t) && (t[r].cls&cDet != 0 || t[r].lower == "their" || t[r].lower == "its" || t[r].lower == "his") {
					r++
				}
				if r < len(t) && moneyWords.has(t[r].nid) {
					f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "money-laundering"})
				}
				break
			}
			if f.used[i] {
				i++
				continue
			}
		}
		if v < 0 && t[i].lower == "clean" && i+1 < len(t) && (naturalResources.m[t[i+1].lower] || moneyWords.has(t[i+1].nid)) && !f.used[i] && f.gainsNamed() {
			// "Cocaine profits go in, clean gold comes out": what the gains come out as, laundered
			f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "money-laundering"})
			i++
			continue
		}
		if v < 0 && moveMoneyVerbs.has(t[i].lid) && !f.used[i] {
			// "uses it to move money out of the country": a crime group's money taken abroad
			if e := moneyAbroad(t, i); e > i && (f.actorDoes(i) || f.actorNamed()) && f.free(i, e) {
				f.add(mention{kind: mCrime, start: i, end: e, crime: "money-laundering"})
				i = e - 1
				continue
			}
		}
		if v < 0 && t[i].lower == "no" && i >= 1 && i+1 < len(t) && licenceNouns.has(t[i+1].nid) && !f.used[i] &&
			(t[i-1].lower == "have" || t[i-1].lower == "has" || t[i-1].lower == "had" || t[i-1].lower == "hold" || t[i-1].lower == "holds") && f.resourceNear() {
			// "The river barges that dredge for gold ... Most of them have no licence": the taking of a
			// resource without one
			f.add(mention{kind: mCrime, start: i - 1, end: i + 2, crime: "environmental-crime"})
			i++
			continue
		}
		if v < 0 && t[i].lower == "payroll" && !f.used[i] && f.officialIn() {
			// "Many police officers are on the gangs' payroll", "on the payroll of the cartel": bribery
			for b := i - 1; b >= 0 && b >= i-4 && (!t[b].punct || t[b].quote != 0); b-- {
				if t[b].lower == "on" {
					s := b
					if !f.free(b, i+1) {
						s = i // "on the gangs' payroll": the owner is a mention of its own
					}
					f.add(mention{kind: mCrime, start: s, end: i + 1, crime: "corruption"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && dumpVerbs.has(t[i].lid) && !f.used[i] {
			// "the companies dumped toxic waste illegally in quarries", "dumped thousands of tonnes of
			// rubbish on farmland": waste crime
			for e := i + 1; e < len(t) && e <= i+6 && !t[e].punct; e++ {
				if wasteNouns.has(t[e].nid) && (!strings.HasPrefix(t[i].lower, "tip") || e+1 < len(t) && (t[e+1].lower == "illegally" || t[e+1].lower == "unlawfully")) {
					// ("tipped the waste illegally": tipping is a crime only when called so)
					f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "environmental-crime"})
					i = e
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && payVerbs.has(t[i].lid) && !f.used[i] && i+2 < len(t) && (f.actorDoes(i) || gainsPay(t, i)) {
			// "Part of the profits were used to pay local police officers": bribery ("pay dockworkers,
			// crane operators, sometimes customs staff": officials in the list of those paid)
			if officialsAt(t, i+1, 2) || officialsListed(t, i+1) {
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "corruption"}) // (the officers may be a mention of their own)
				continue
			}
		}
		if v < 0 && i > 0 && i+2 < len(t) && devotedTo(t, i) && crimeAnaphorHeads.has(t[i-1].nid) && !t[i-1].cap && f.free(i-1, i) {
			// "an organization dedicated to illegal gold mining": a crime group by what it is for
			if _, c := lx.crimes.longest(t, i+2); c >= 0 {
				f.add(mention{kind: mCrime, start: i - 1, end: i, crime: "organized-crime", actor: true})
				continue
			}
		}
		if v < 0 && closedWaters.has(t[i].lid) && i >= 4 && t[i-1].cls&cDet != 0 && t[i-2].lower == "in" && i+1 < len(t) && areaNouns.has(t[i+1].nid) && !f.used[i] {
			// "Loggers felled rosewood in the protected forest": the taking where the law forbids it
			for b := i - 3; b >= 0 && b >= i-6 && !t[b].punct; b-- {
				if (resourceActivity.has(t[b].nid) || extractVerbs.has(t[b].lid)) && f.free(b, i+2) {
					f.add(mention{kind: mCrime, start: b, end: i + 2, crime: "environmental-crime"})
					break
				}
			}
			if f.used[i] {
				i++
				continue
			}
		}
		if v < 0 && closedWaters.has(t[i].lid) && i >= 2 && t[i-1].lower == "in" && i+1 < len(t) && areaNouns.has(t[i+1].nid) && resourceActivity.has(t[i-2].nid) && f.free(i-2, i+2) {
			// "fishing in closed areas", "mining in protected areas": the activity where the law forbids it
			f.add(mention{kind: mCrime, start: i - 2, end: i + 2, crime: "environmental-crime"})
			i++
			continue
		}
		if v < 0 && (t[i].norm == "route" || t[i].norm == "racket" || t[i].norm == "corridor") && i > 0 && !f.used[i] {
			// "it has taken over the cigarette routes", "the fuel racket": the goods' smuggling
			if g, e := f.goodsAt(i - 1); g != "" && g != schema.People && e == i && f.free(i-1, i+1) {
				f.add(mention{kind: mCrime, start: i - 1, end: i + 1, crime: g})
				continue
			}
		}
		if v < 0 && (t[i].lower == "crime" || t[i].lower == "criminality") && i >= 2 && !f.used[i] && (t[i-1].lower == "through" || t[i-1].lower == "via" || t[i-1].lower == "from" || t[i-1].lower == "by") && (i+1 == len(t) || t[i+1].punct) {
			// "If terrorists can finance themselves through crime": crime as a source of money
			for q := i - 2; q >= 0 && q >= i-5; q-- {
				if financeWord(t[q].lower) || earnVerbs.has(t[q].lid) {
					f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "organized-crime"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && licenceNouns.has(t[i].nid) && i >= 3 && resourceActivity.has(t[i-1].nid) && f.free(i-1, i+1) && f.bribedFor(i-1) {
			// "had bribed forestry officials to obtain logging permits for a national park": the
			// logging the bribe bought is not lawful
			f.add(mention{kind: mCrime, start: i - 1, end: i + 1, crime: "environmental-crime"})
			continue
		}
		if v < 0 && t[i].lower == "into" && i+3 < len(t) && t[i+1].lower == "the" && licitWords.has(t[i+2].lid) && (t[i+3].norm == "economy" || t[i+3].norm == "system" || t[i+3].norm == "market") && !f.used[i] && moneyIn(t, max(i-8, 0), i) {
			// "used to move cash from sex trafficking into the formal economy": laundering
			f.add(mention{kind: mCrime, start: i, end: i + 4, crime: "money-laundering"})
			i += 3
			continue
		}
		if v < 0 && (t[i].lower == "exploits" || t[i].lower == "exploit" || t[i].lower == "exploited" || t[i].lower == "exploiting") && i+1 < len(t) && t[i+1].lower == "them" && !f.used[i] {
			// "it smuggles people, it exploits them": the people just moved
			if g := f.goodsBefore(i, 5, false); g == "migrant-smuggling" || g == "human-trafficking" {
				f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "human-trafficking"})
				i++
				continue
			}
		}
		if v < 0 && (t[i].lower == "illegal" || t[i].lower == "illicit") && i+3 < len(t) && shipNouns.has(t[i+1].nid) && t[i+2].lower == "of" && !f.used[i] {
			// "the illegal shipment of plastic and electronic waste": waste crime
			for e := i + 3; e < len(t) && e <= i+8 && !t[e].punct; e++ {
				if t[e].norm == "waste" && f.free(i, e+1) {
					f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "environmental-crime"})
					i = e
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && illegalAdverbs.has(t[i].lid) && !f.used[i] {
			// "cut trees illegally in the reserve", "illegally mined gold": the taking of nature
			for q := max(i-3, 0); q < len(t) && q <= i+2; q++ {
				if q != i && extractVerbs.has(t[q].lid) && !f.used[q] && !t[q].punct && !crossesClause(t, min(q, i)+1, max(q, i)) {
					f.add(mention{kind: mCrime, start: min(q, i), end: max(q, i) + 1, crime: "environmental-crime"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && (t[i].lower == "withheld" || t[i].lower == "withholding") && i >= 2 && !f.used[i] {
			// "Their wages were withheld for months": a mark of forced labour
			for q := i - 1; q >= 0 && q >= i-3; q-- {
				if (t[q].norm == "wage" || t[q].norm == "salary" || t[q].norm == "pay") && f.free(q, i+1) {
					f.add(mention{kind: mCrime, start: q, end: i + 1, crime: "human-trafficking"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && (t[i].lower == "smuggled" || t[i].lower == "smuggling") && i >= 2 && beForms.has(t[i-1].lid) && !f.used[i] {
			// "The cash was smuggled in bulk across the border": cash smuggling launders
			for q := i - 2; q >= 0 && q >= i-4 && !t[q].punct; q-- {
				if moneyWords.has(t[q].nid) && t[q].norm != "million" && t[q].norm != "billion" && f.free(q, i+1) {
					f.add(mention{kind: mCrime, start: q, end: i + 1, crime: "money-laundering"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && hideVerbs.has(t[i].lid) && i+2 < len(t) && !f.used[i] {
			// "Front companies were used to hide the money", "to disguise the origin of the funds": laundering
			q := i + 1
			for q < len(t) && q <= i+3 && (t[q].cls&cDet != 0 || t[q].lower == "true" || t[q].lower == "illicit" || t[q].lower == "criminal") {
				q++
			}
			if q < len(t) && (moneyWords.has(t[q].nid) || t[q].norm == "payment" || t[q].norm == "transaction" || (t[q].norm == "origin" || t[q].norm == "source" || t[q].norm == "ownership" || t[q].norm == "owner") && q+1 < len(t) && t[q+1].lower == "of" && q+2 < len(t) && moneyIn(t, q+2, q+6, "asset")) && f.free(i, q+1) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "money-laundering"})
				i = q
				continue
			}
			if q < len(t) && (t[q].lower == "their" || t[q].lower == "its" || t[q].lower == "his") {
				q++
			}
			if e, c := lx.crimes.longest(t, q); c >= 0 && !lx.crimeVals[c].actor && e < len(t) && (moneyWords.has(t[e].nid) || moneyWords.has(t[e-1].nid)) {
				// "to hide their drug money": the crime's money hidden, laundering (the crime keeps its mention)
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
				continue
			}
		}
		if v < 0 && (t[i].lower == "bought" || t[i].lower == "corrupted") && i >= 2 && beForms.has(t[i-1].lid) && !f.used[i] && f.officialBefore(i) && (i+1 == len(t) || t[i+1].lower != "with") {
			// "The judge was bought by the gang": a bribed official
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "corruption"})
			continue
		}
		if v < 0 && (t[i].lower == "sold" || t[i].lower == "bought") && i >= 2 && beForms.has(t[i-1].lid) && !f.used[i] {
			// "Women were sold to brothels across Europe": people sold are trafficked
			if g, _ := f.goodsAt(i - 2); g == schema.People && f.free(i-2, i+1) {
				f.add(mention{kind: mCrime, start: i - 2, end: i + 1, crime: "human-trafficking"})
				continue
			}
		}
		if v < 0 && blindEyeAt(t, i) && !f.used[i] && f.officialIn() {
			// "Officials looked the other way in exchange for cash", "turned a blind eye": complicity
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "corruption"})
			continue
		}
		if v < 0 && recruitVerbs.has(t[i].lid) && !f.used[i] {
			// "they recruit children to carry the drugs and the cash", "gangs use teenagers as
			// lookouts": children exploited for crime (child criminal exploitation, a form of trafficking)
			if e := childrenUsed(t, i); e > 0 && f.free(i, e) {
				f.add(mention{kind: mCrime, start: i, end: e, crime: "human-trafficking"})
				i = e - 1
				continue
			}
			if i >= 2 && (beForms.has(t[i-1].lid) || t[i-1].lower == "been") && childJobAt(t, i+1) > 0 {
				// "some of the children had been used to guard illegal gold mines": the passive
				for c := i - 2; c >= 0 && c >= i-5 && !t[c].punct; c-- {
					if childNouns.has(t[c].lid) && f.free(i, i+1) {
						f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "human-trafficking"})
						break
					}
				}
			}
		}
		if v < 0 && (t[i].lower == "through" || t[i].lower == "into" || t[i].lower == "via") && !f.used[i] {
			// "Victims' deposits pass through dozens of wallets within a day", "the funds were
			// moved through a chain of shell companies": money layered to hide where it came from
			if b, e := layeredThrough(t, i); e > 0 {
				for e > b && !f.free(b, e) {
					e-- // "routed through Hong Kong shell companies": up to the place named inside
				}
				if e > b && f.free(b, e) {
					f.add(mention{kind: mCrime, start: b, end: e, crime: "money-laundering"})
					i = e - 1
					continue
				}
			}
		}
		if v < 0 && (t[i].norm == "passport" || (t[i].norm == "document" || t[i].norm == "paper" || t[i].norm == "card") && i > 0 && (t[i-1].lower == "identity" || t[i-1].lower == "id" || t[i-1].lower == "travel")) && !f.used[i] && passportsKept(t, i) {
			// ("had their identity documents withheld by captains")
			// "having their passports confiscated": workers held by the papers taken from them
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "human-trafficking"})
			continue
		}
		if v < 0 && parkNouns.has(t[i].nid) && !f.used[i] && i >= 3 {
			// "logs cut inside the national park": nature taken where it is protected
			if b, e := takenInPark(t, i); e > 0 && f.free(b, e) {
				f.add(mention{kind: mCrime, start: b, end: e, crime: "environmental-crime"})
				continue
			}
		}
		if v < 0 && t[i].lower == "indigenous" && i+1 < len(t) && indigenousLands.has(t[i+1].nid) && !f.used[i] {
			// "timber felled on Indigenous land", "gold mined illegally in the Yanomami Indigenous territory"
			for q := i - 1; q >= 0 && q >= i-6 && !t[q].punct; q-- {
				if (takeNatureVerbs.has(t[q].lid) || t[q].lower == "mined" || t[q].lower == "illegally") && f.free(q, i+2) {
					f.add(mention{kind: mCrime, start: q, end: i + 2, crime: "environmental-crime"})
					i++
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && (t[i].lower == "passed" || t[i].lower == "passing" || t[i].lower == "pass" || t[i].lower == "passes") && i+1 < len(t) && t[i+1].lower == "off" && !f.used[i] {
			// "a scheme that passed off timber felled on Indigenous land as wood from licensed plans": a deception
			for q := i + 2; q < len(t) && q <= i+12 && t[q].text != ";"; q++ {
				if t[q].lower == "as" && f.free(i, i+2) {
					f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "fraud"})
					break
				}
			}
		}
		if v < 0 && childNouns.has(t[i].lid) && !f.used[i] {
			// "Vietnamese teenagers found working in cannabis factory": minors put to work in a drug site
			q := i + 1
			if q < len(t) && (t[q].lower == "found" || beForms.has(t[q].lid) || t[q].lower == "were") {
				q++
			}
			if q+1 < len(t) && (t[q].lower == "working" || t[q].lower == "forced") && f.drugSiteAfter(q+1) && f.free(i, q+1) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "human-trafficking"})
				i = q
				continue
			}
		}
		if v < 0 && seizeVerbs.has(t[i].lid) && !f.used[i] {
			// "Pangolin scales were seized at the port", "customs seized 2 tonnes of ivory": protected
			// wildlife seized is wildlife trafficked
			b, e := -1, -1
			if i >= 2 && beForms.has(t[i-1].lid) {
				for k := i - 2; k >= 0 && k >= i-8 && (!t[k].punct || t[k].text == "$" || t[k].text == "£" || t[k].text == "€"); k-- {
					if protectedGoods.has(t[k].nid) {
						b, e = k, i+1
						for b > 0 && (protectedGoods.has(t[b-1].nid) || adjective(t[b-1])) && !t[b-1].punct {
							b--
						}
						break
					}
				}
			} else {
				for k := i + 1; k < len(t) && k <= i+6 && !t[k].punct; k++ {
					if protectedGoods.has(t[k].nid) {
						b, e = i, k+1
						if e < len(t) && (t[e].norm == "scale" || t[e].norm == "horn" || t[e].norm == "tusk" || t[e].norm == "product" || t[e].norm == "part") {
							e++
						}
						break
					}
				}
			}
			if b >= 0 && f.free(b, e) {
				f.add(mention{kind: mCrime, start: b, end: e, crime: "environmental-crime"})
				i = e - 1
				continue
			}
		}
		if v < 0 && stashVerbs.has(t[i].lid) && i >= 2 && beForms.has(t[i-1].lid) && i+2 < len(t) && (t[i+1].lower == "in" || t[i+1].lower == "through" || t[i+1].lower == "behind") && !f.used[i] {
			// "The proceeds were hidden in offshore accounts": the gains of crime concealed
			for k := i - 2; k >= 0 && k >= i-4 && !t[k].punct; k-- {
				if w := t[k].norm; (w == "proceed" || w == "profit" || w == "loot" || w == "earning") && f.free(i, i+1) {
					f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && t[i].lower == "black" && i+1 < len(t) && t[i+1].norm == "market" && !f.used[i] {
			// "Weapons from army stockpiles ended up on the black market": the goods' illicit trade
			for k := i - 1; k >= 0 && k >= i-10 && t[k].text != ";" && t[k].text != "."; k-- {
				if g := schema.Goods[t[k].norm]; g != "" && g != schema.People && g != "drug-trafficking" && f.free(i, i+2) {
					f.add(mention{kind: mCrime, start: i, end: i + 2, crime: g})
					break
				}
			}
			if f.used[i] {
				i++
				continue
			}
		}
		if v < 0 && payVerbs.has(t[i].lid) && i >= 1 && !f.used[i] && f.peopleBefore(i) {
			// "carried migrants who paid up to 5,000 euros each for a seat": a smuggled passage bought
			for q := i + 1; q+2 < len(t) && q <= i+10 && t[q].text != ";" && t[q].text != "."; q++ {
				if t[q].lower == "for" && (t[q+1].cls&cDet != 0 && passageNouns.has(t[q+2].nid) || passageNouns.has(t[q+1].nid)) && f.free(i, q+1) {
					e := q + 2
					if t[q+1].cls&cDet != 0 {
						e++
					}
					f.add(mention{kind: mCrime, start: i, end: e, crime: "migrant-smuggling"})
					i = e - 1
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && t[i].lower == "cross" && i >= 3 && t[i-1].lower == "to" && !f.used[i] {
			// "Migrants paid $5,000 each to cross the desert": a smuggled passage bought
			paid, people := -1, false
			for k := i - 2; k >= 0 && k >= i-10; k-- {
				if payVerbs.has(t[k].lid) {
					paid = k
				}
				if g, _ := f.goodsAt(k); g == schema.People && t[k].norm != "people" {
					people = true
				}
			}
			if paid >= 0 && people && f.free(paid, i+1) {
				f.add(mention{kind: mCrime, start: paid, end: i + 1, crime: "migrant-smuggling"})
				continue
			}
		}
		if v < 0 && (t[i].lower == "diverted" || t[i].lower == "stolen" || t[i].lower == "looted") && i >= 2 && beForms.has(t[i-1].lid) && !f.used[i] {
			// "The weapons were diverted from government stockpiles": arms leaking into illicit hands
			for k := i - 2; k >= 0 && k >= i-4 && !t[k].punct; k-- {
				if schema.Goods[t[k].norm] == "arms-trafficking" && f.free(k, i+1) {
					f.add(mention{kind: mCrime, start: k, end: i + 1, crime: "arms-trafficking"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && t[i].lower == "paid" && i >= 2 && beForms.has(t[i-1].lid) && i+2 < len(t) && t[i+1].lower == "by" && !f.used[i] && officialSubject(t, i-1) && f.crimeActorAt(i+2) {
			// "Police officers were paid by the cartel to ignore the shipments": bribery
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "corruption"})
			continue
		}
		if v < 0 && payVerbs.has(t[i].lid) && i >= 2 && i+2 < len(t) && t[i+1].lower == "for" && !f.used[i] && compelledBefore(t, i) {
			// "Businesses are forced to pay for 'security'": protection money
			q := i + 2
			if t[q].quote != 0 && q+1 < len(t) {
				q++
			}
			if (t[q].lower == "security" || t[q].lower == "protection") && f.free(i, q+1) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "extortion"})
				i = q
				continue
			}
		}
		if v < 0 && t[i].lower == "paid" && i+1 < len(t) && t[i+1].lower == "off" && !f.used[i] && (officialsAt(t, i+2, 2) || beForms.has(t[i-1].lid) && officialSubject(t, i-1)) && f.free(i, i+2) {
			// "Customs officers were paid off", "paid off the police": bribery
			f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "corruption"})
			i++
			continue
		}
		if v < 0 && (t[i].lower == "turn" || t[i].lower == "turned" || t[i].lower == "turning" || t[i].lower == "turns") && !f.used[i] {
			// "used the mines to turn cocaine profits into gold": laundering
			q := i + 1
			for q < len(t) && q <= i+4 && (t[q].cls&cDet != 0 || t[q].lower == "their" || t[q].lower == "its" || adjective(t[q]) || schema.Goods[t[q].norm] != "" || !t[q].punct && !moneyWords.has(t[q].nid) && q < i+3) {
				q++
			}
			if q+1 < len(t) && moneyWords.has(t[q].nid) && t[q+1].lower == "into" && f.free(i, i+1) {
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
				continue
			}
		}
		if v < 0 && layerVerbs.has(t[i].lid) && i+3 < len(t) && (t[i+1].lower == "it" || t[i+1].lower == "them") && !f.used[i] && (f.crimeNamed() || f.crimeText()) {
			// "received money from victims of investment scams and passed it on within hours to accounts abroad": mules
			for q := i + 2; q+1 < len(t) && q <= i+7 && t[q].text != ";" && t[q].text != "."; q++ {
				if (t[q].lower == "to" || t[q].lower == "into") && (t[q+1].norm == "account" || q+2 < len(t) && t[q+2].norm == "account" && (t[q+1].cls&cDet != 0 || adjective(t[q+1]))) && f.free(i, i+1) {
					f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && killVerbs.has(t[i].lid) && i+1 < len(t) && !f.used[i] {
			// "The men who kill elephants in our parks": poaching protected animals
			q := i + 1
			for q < len(t) && q <= i+3 && (t[q].cls&cDet != 0 || isDigits(t[q].text) || numberWords.has(t[q].lid) || adjective(t[q])) {
				q++
			}
			if q < len(t) && protectedGoods.has(t[q].nid) && f.free(i, q+1) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "environmental-crime"})
				i = q
				continue
			}
		}
		if v < 0 && (t[i].lower == "laundered" || t[i].lower == "laundering" || t[i].lower == "launder" || t[i].lower == "launders") && i+1 < len(t) && !f.used[i] {
			// "exporters laundered illegal bullion": laundering goods of an environmental crime
			q := i + 1
			if t[q].cls&cDet != 0 {
				q++
			}
			if _, c := lx.crimes.longest(t, q); c >= 0 && (lx.crimeVals[c].slug == "environmental-crime" || lx.crimeVals[c].slug == "cultural-property-trafficking") && f.free(i, i+1) {
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
				continue
			}
		}
		if v < 0 && t[i].lower == "unlicensed" && i+1 < len(t) && !f.used[i] {
			// "unlicensed gold pits", "unlicensed mining", "unlicensed dredges": mining or logging without a licence
			e := i + 1
			if e+1 < len(t) && (t[e].norm == "gold" || t[e].norm == "sand" || t[e].norm == "coal" || t[e].norm == "timber" || t[e].norm == "fishing") {
				e++
			}
			if unlicensedSites.has(t[e].nid) && f.free(i, e+1) {
				f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "environmental-crime"})
				i = e
				continue
			}
		}
		if v < 0 && t[i].lower == "encrypted" && i+2 < len(t) && !f.used[i] {
			// "the attackers encrypted the files and demanded bitcoin": ransomware
			q := i + 1
			if t[q].cls&(cDet|cPron) != 0 || t[q].norm == "'s" {
				q++
			}
			if q < len(t) && encryptedThings.has(t[q].nid) && f.free(i, q+1) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "ransomware"})
				i = q
				continue
			}
		}
		if v < 0 && (t[i].lower == "supplied" || t[i].lower == "armed" || t[i].lower == "provided" || t[i].lower == "equipped") && i+2 < len(t) && t[i+1].lower == "with" && !f.used[i] && i >= 1 && beForms.has(t[i-1].lid) {
			// "The rebels are supplied with weapons by smugglers": the goods supplied
			if g, e := f.goodsAfter(i + 2); g == "arms-trafficking" && f.free(i, e) {
				f.add(mention{kind: mCrime, start: i, end: e, crime: g})
				i = e - 1
				continue
			}
		}
		if v < 0 && (t[i].lower == "clean" || t[i].lower == "wash") && i >= 1 && t[i-1].lower == "to" && i+1 < len(t) && !f.used[i] {
			// "bought apartments with the drug money to clean it": laundering
			q := i + 1
			if t[q].cls&cDet != 0 || t[q].lower == "their" || t[q].lower == "its" || t[q].lower == "his" {
				q++
			}
			if q < len(t) && (t[q].lower == "it" || t[q].lower == "them" || moneyWords.has(t[q].nid) || moneyWords.has(t[q].lid)) && (t[q].lower != "it" && t[q].lower != "them" || f.moneyBefore(i)) && f.free(i, q+1) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "money-laundering"})
				i = q
				continue
			}
		}
		if v < 0 && t[i].lower == "protected" && !f.used[i] {
			// "felled protected merbau trees", "the trade in protected species": a crime against nature
			if e, b := protectedTaking(t, i); e > 0 && f.free(b, e) {
				f.add(mention{kind: mCrime, start: b, end: e, crime: "environmental-crime"})
				i = e - 1
				continue
			}
		}
		if v < 0 && i >= 1 && exchangePhrase(t, i-1) && !f.used[i] {
			o := i + 2 // the favour, past "monthly", "regular", a quotation mark
			for o+1 < len(t) && o <= i+3 && (payModifiers.has(t[o].lid) || t[o].quote != 0) {
				o++
			}
			if o < len(t) && (favourNouns.has(t[o].nid) || sumAt(t, o)) && f.officialIn() {
				// "awarding contracts to mafia companies in exchange for votes", "officials at the ports
				// had facilitated these shipments in return for payment", "in exchange for monthly payments": corruption
				f.add(mention{kind: mCrime, start: i - 1, end: o + 1, crime: "corruption"})
				i = o
				continue
			}
			if o < len(t) && (t[o].lower == "security" || t[o].lower == "protection") && (f.crimeText() || f.actorNamed()) && !f.officialIn() && demandedBefore(t, i) {
				// "Armed groups collect a share of production in exchange for "security"": a protection racket
				e := o + 1
				if e < len(t) && t[e].quote != 0 {
					e++
				}
				f.add(mention{kind: mCrime, start: i - 1, end: e, crime: "extortion"})
				i = e - 1
				continue
			}
		}
		if v < 0 && t[i].lower == "sanctioned" && i+1 < len(t) && !f.used[i] {
			// "structures that hide sanctioned oil", "ports used to export sanctioned Iranian oil":
			// trade in goods under sanctions
			q := i + 1
			if q+1 < len(t) && t[q].cap && !t[q].punct && demonymLike(t[q].lower) {
				q++
			}
			if sanctionedGoods.has(t[q].nid) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "sanctions-evasion"})
				i = q
				continue
			}
		}
		if v < 0 && (t[i].lower == "corrupt" || t[i].lower == "corrupting") && i > 0 && (t[i-1].lower == "to" || t[i-1].cls&cAdv != 0 || t[i-1].lower == "they") && i+1 < len(t) && (t[i+1].cls&cDet != 0 || t[i+1].lower == "officials" || t[i+1].lower == "police") && !f.used[i] {
			// "have learned to corrupt the people who work in our ports": the verb
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "corruption"})
			continue
		}
		if v < 0 && strings.HasPrefix(t[i].lower, "b") && (t[i].lower == "buying" || t[i].lower == "buy" || t[i].lower == "buys" || t[i].lower == "bought") && i+3 < len(t) && t[i+1].lower == "the" && t[i+2].lower == "silence" && !f.used[i] {
			// "the cartels will keep buying the silence of those who should stop them": bribery
			f.add(mention{kind: mCrime, start: i, end: i + 3, crime: "corruption"})
			i += 2
			continue
		}
		if v < 0 && (t[i].lower == "putting" || t[i].lower == "put" || t[i].lower == "puts") && i+3 < len(t) && t[i+2].lower == "to" && t[i+3].lower == "work" && !f.used[i] {
			// "smuggle people across the Channel and put them to work in car washes": labour exploitation
			if g, _ := f.goodsAt(i + 1); g == schema.People || t[i+1].lower == "them" {
				f.add(mention{kind: mCrime, start: i, end: i + 4, crime: "human-trafficking"})
				i += 3
				continue
			}
		}
		if v < 0 && payOffVerbs.has(t[i].lid) && t[i].lower[0] == 'p' && i+3 < len(t) && !f.used[i] {
			// "pay local officials to look the other way", "paid customs officers to ignore": bribery
			for e := i + 1; e < len(t) && e <= i+4 && !t[e].punct; e++ {
				if (officialNouns.has(t[e].nid) || t[e].lower == "police") && e+2 < len(t) && t[e+1].lower == "to" {
					if w := t[e+2].lower; !dutyVerbs.m[w] && !t[e+2].cap && t[e+2].cls&(cDet|cPrep) == 0 && (!ordinaryStaff(t[e]) || insiderFavours.has(t[e+2].lid)) {
						// (not "paid police officers to work overtime": a wage; not "paid the workers to
						// harvest the crop", but "paid the Pemex employees to reveal when ...": an insider's favour)
						f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "corruption"})
						i = e
					}
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && payOffVerbs.has(t[i].lid) && i+2 < len(t) && t[i+1].lower == "off" {
			// "pay off officials", "bought off the police": bribery
			for e := i + 2; e < len(t) && e <= i+5 && !t[e].punct; e++ {
				if officialNouns.has(t[e].nid) || t[e].lower == "police" {
					f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "corruption"})
					i = e
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && payOffVerbs.has(t[i].lid) && t[i].lower[0] == 'p' {
			if e, takers := f.paidLevy(i); e > i {
				// "paying monthly "quotas" to armed groups": extortion, and its takers
				f.add(mention{kind: mCrime, start: i, end: e, crime: "extortion", actor: takers})
				i = e - 1
				continue
			}
		}
		if f.d.terror && attackNouns.has(t[i].nid) && !f.used[i] && pluralTok(t[i]) {
			// "the men who carried out attacks in Paris and Brussels", in a text about terrorism: the attackers
			if v := carriedOutAt(t, i); v > 0 && f.free(v, i+1) {
				b, actor := v, false
				if v >= 2 && relativePronoun(t[v-1].lower) && personNouns.has(t[v-2].nid) && !f.used[v-2] {
					b, actor = v-2, true
				}
				f.add(mention{kind: mCrime, start: b, end: i + 1, crime: "terrorism", actor: actor})
				continue
			}
		}
		if f.d.terror && attackNouns.has(t[i].nid) && !f.used[i] && fundedBefore(t, i) {
			// "fraud and drug dealing have financed several attacks", in a text about terrorism
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "terrorism"})
			continue
		}
		if t[i].lower == "production" && i > 0 && growVerbs.has(t[i-1].lid) && f.d.traffickingCounts["drug-trafficking"] > 0 && !f.used[i] {
			// "Organized crime groups have been able to expand production", in a text about a drug
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "drug-trafficking"})
			continue
		}
		if i > 0 && (t[i-1].lower == "the" || t[i-1].lower == "this") && (t[i].lower == "laboratory" || t[i].lower == "lab") && f.d.traffickingCounts["drug-trafficking"] > 0 && !f.used[i] {
			// "the laboratory belonged to a cell of the Sinaloa Cartel" after a drug lab was named
			f.add(mention{kind: mCrime, start: i - 1, end: i + 1, crime: "drug-trafficking"})
			continue
		}
		if f.d.plants && i > 0 && (t[i-1].lower == "the" || t[i-1].lower == "their") && plantNouns.has(t[i].lid) && !f.used[i] {
			// "to tend the plants" in a text about cannabis growing: the crop is the drug
			f.add(mention{kind: mCrime, start: i - 1, end: i + 1, crime: "drug-trafficking"})
			continue
		}
		if f.d.antiquities && antiquityNouns.has(t[i].nid) && i > 0 && (t[i-1].lower == "the" || t[i-1].lower == "these" || t[i-1].lower == "such") && !f.used[i] && pluralTok(t[i]) {
			// "the objects are given false provenance documents", in a text about looted antiquities
			f.add(mention{kind: mCrime, start: i - 1, end: i + 1, crime: "cultural-property-trafficking"})
			continue
		}
		if (f.d.mining && t[i].lower == "gold" || f.d.waste && t[i].lower == "waste") && !f.used[i] && i > 0 && (t[i-1].lower == "from" || t[i-1].lower == "in" || t[i-1].lower == "of" ||
			t[i-1].lower == "the" && (i+1 < len(t) && (payVerbs.has(t[i+1].lid) || financeWord(t[i+1].lower)) || i >= 2 && (t[i-2].lower == "for" || t[i-2].lower == "from" || t[i-2].lower == "of"))) {
			// ("The gold pays for the war and the cocaine pays for the gold")
			// "earns as much from gold": in a text about illegal mining, its gold; "the profits
			// from waste" in one about illegal dumping
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "environmental-crime"})
			continue
		}
		if t[i].lower == "trafficked" && !f.used[i] && f.peopleTrafficked(i) {
			// "workers who had been trafficked from China": human trafficking
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "human-trafficking"})
			continue
		}
		if forgedWords.has(t[i].lid) && !f.used[i] {
			// "forged or fraudulent travel documents", "false passports": document fraud
			e := i + 1
			for e < len(t) && e <= i+4 && !forgedPapers.has(t[e].nid) && (forgedWords.has(t[e].lid) || t[e].lower == "or" || t[e].lower == "and" || !t[e].punct && t[e].cls&(cDet|cPrep|cConj|cPron|cFinite|cClause) == 0) {
				e++ // ("forged transport documents", "fake customs papers")
			}
			if e < len(t) && forgedPapers.has(t[e].nid) && f.free(i, e+1) {
				f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "fraud"})
				i = e
				continue
			}
			if q := i + 1; q < len(t) && t[i].lower != "false" && t[i].lower != "fraudulent" && fakedGoods.has(t[q].nid) && f.free(i, q+1) {
				// "fake painkillers", "falsified vaccines": counterfeit goods
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "counterfeiting"})
				i = q
				continue
			}
			if q := i + 1; t[i].lower == "fraudulent" && q < len(t) && !t[q].punct && !t[q].cap && t[q].cls == 0 && f.free(i, q+1) {
				// "fraudulent fuel companies", "fraudulent claims": fraud
				for q+1 < len(t) && q < i+3 && !t[q+1].punct && !t[q+1].cap && t[q+1].cls == 0 && pluralTok(t[q+1]) && !pluralTok(t[q]) {
					q++ // ("fraudulent fuel companies": to the head)
				}
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "fraud"})
				i = q
				continue
			}
		}
		if t[i].norm == "crossing" && pluralTok(t[i]) && i >= 2 && !f.used[i] {
			// "the gangs organising small boat crossings": crossings organised are smuggling
			for q := i - 1; q >= 0 && q >= i-4 && !t[q].punct; q-- {
				if organiseVerbs.has(t[q].lid) {
					if f.free(q, i+1) {
						f.add(mention{kind: mCrime, start: q, end: i + 1, crime: "migrant-smuggling"})
					}
					break
				}
				if t[q].lower == "behind" && q < i-1 && f.free(q+1, i+1) {
					// "the gangs behind small boat crossings": the crossings, after the cue
					f.add(mention{kind: mCrime, start: q + 1, end: i + 1, crime: "migrant-smuggling"})
					break
				}
				if t[q].cap || t[q].cls&(cPrep|cFinite) != 0 {
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if (t[i].norm == "departure" || t[i].norm == "crossing") && i >= 2 && i+2 < len(t) && t[i+1].lower == "of" && !f.used[i] && f.free(i, i+1) {
			// "many of the same militias also control the departure of migrants": smuggling them
			if g, e := f.goodsAt(i + 2); g == schema.People && e > i+2 && (holdVerbs.has(t[i-1].lid) || t[i-1].cls&cDet != 0 && holdVerbs.has(t[i-2].lid)) && f.free(i, e) {
				f.add(mention{kind: mCrime, start: i, end: e, crime: "migrant-smuggling"})
				i = e - 1
				continue
			}
		}
		if t[i].norm == "wage" && !f.used[i] && (f.crimeText() || f.crimeNamed()) {
			// "wages taken from the men who caught them", "their wages were withheld": wage theft, forced labour
			for q := i + 1; q < len(t) && q <= i+3 && !t[q].punct; q++ {
				if wageTaken.has(t[q].lid) && f.free(i, q+1) {
					f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "human-trafficking"})
					i = q
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if t[i].lower == "paid" && i >= 1 && t[i-1].lower == "not" && i+3 < len(t) && t[i+1].lower == "for" && !f.used[i-1] && f.free(i-1, i+4) && f.crimeText() {
			// (only in a text about crime: unpaid wages alone are a labour dispute)
			// "they were not paid for five months": wages withheld, forced labour
			q := i + 2
			if isDigits(t[q].text) || numberWords.has(t[q].lid) || t[q].lower == "several" || t[q].lower == "many" {
				q++
			}
			if q < len(t) && timeUnits.has(t[q].nid) {
				f.add(mention{kind: mCrime, start: i - 1, end: q + 1, crime: "human-trafficking"})
				i = q
				continue
			}
		}
		if t[i].lower == "leave" && i >= 2 && !f.used[i] && f.crimeText() {
			// (only in a text about crime, like unpaid wages)
			// "were housed in the factory and were not allowed to leave", "could not leave the house":
			// movement restricted, forced labour
			b := -1
			switch {
			case i >= 3 && t[i-1].lower == "to" && (t[i-2].lower == "allowed" || t[i-2].lower == "permitted" || t[i-2].lower == "free") && (t[i-3].lower == "not" || t[i-3].lower == "never"):
				b = i - 3
			case (t[i-1].lower == "not" || t[i-1].lower == "never") && (t[i-2].lower == "could" || t[i-2].lower == "can"):
				b = i - 2
			case t[i-1].lower == "to" && t[i-2].lower == "unable":
				b = i - 2
			}
			if b >= 0 && f.free(b, i+1) {
				f.add(mention{kind: mCrime, start: b, end: i + 1, crime: "human-trafficking"})
				continue
			}
		}
		if t[i].lower == "locked" && i >= 1 && i+1 < len(t) && (t[i+1].lower == "in" || t[i+1].lower == "inside" || t[i+1].lower == "up") && !f.used[i] &&
			(beForms.has(t[i-1].lid) || t[i-1].lower == "been" || t[i-1].lower == "found" || t[i-1].lower == "kept" || t[i-1].lower == "held") && f.free(i, i+2) && (f.crimeText() || f.crimeNamed() || f.drugSiteAfter(i+2)) {
			// "two Vietnamese teenagers who had been locked in for months to tend them": confined, forced labour
			f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "human-trafficking"})
			i++
			continue
		}
		if (t[i].lower == "trap" || t[i].lower == "traps" || t[i].lower == "trapped" || t[i].lower == "trapping") && !f.used[i] {
			// "groom children with gifts and then trap them with debts", "trapped in debt": debt bondage
			for q := i + 1; q+1 < len(t) && q <= i+4 && !t[q].punct; q++ {
				if (t[q].lower == "with" || t[q].lower == "in" || t[q].lower == "by") && t[q+1].norm == "debt" && f.free(i, q+2) {
					f.add(mention{kind: mCrime, start: i, end: q + 2, crime: "human-trafficking"})
					i = q + 1
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if (t[i].lower == "lured" || t[i].lower == "tricked" || t[i].lower == "deceived" || t[i].lower == "duped") && i+3 < len(t) && (t[i+1].lower == "with" || t[i+1].lower == "by") && !f.used[i] {
			// "workers who were lured with false job offers": deceptive recruitment, trafficking
			for q := i + 2; q < len(t) && q <= i+5 && !t[q].punct; q++ {
				if (t[q].norm == "job" || t[q].norm == "offer" || t[q].norm == "promise" || t[q].norm == "advertisement" || t[q].norm == "ad") && f.free(i, q+1) {
					f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "human-trafficking"})
					i = q
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if t[i].lower == "ransom" && i >= 2 && t[i-1].lower == "for" && !f.used[i] {
			// "snatched businessmen off the street and held them for ransom": kidnapping
			for q := i - 2; q >= 0 && q >= i-5 && !t[q].punct; q-- {
				if ransomHolds.has(t[q].lid) && f.free(q, i+1) {
					f.add(mention{kind: mCrime, start: q, end: i + 1, crime: "kidnapping"})
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && payVerbs.has(t[i].lid) && i+2 < len(t) && (t[i+1].lower == "every" || t[i+1].lower == "each" || t[i+1].lower == "all") && !f.used[i] {
			// "Truck drivers say they must pay every gang along the route": a levy to each group
			if _, a := lx.crimes.longest(t, i+2); a >= 0 && lx.crimeVals[a].actor && schema.Root(lx.crimeVals[a].slug) == "organized-crime" {
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "extortion"})
				continue
			}
		}
		if t[i].lower == "smuggled" && i >= 2 && beForms.has(t[i-1].lid) && !f.used[i] && moneyIn(t, max(0, i-8), i-1) {
			// "Cash from cocaine sales is smuggled back to Colombia": bulk cash, laundering
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
			continue
		}
		if (t[i].lower == "shell" || t[i].lower == "front") && i+3 < len(t) && frontNouns.has(t[i+1].nid) && t[i+2].lower == "for" && !f.used[i] && f.free(i, i+2) {
			// "set up shell companies for the clan": a crime group's money hidden in them
			j := i + 3
			if t[j].cls&cDet != 0 && j+1 < len(t) {
				j++
			}
			if _, a := lx.crimes.longest(t, j); a >= 0 && lx.crimeVals[a].actor {
				f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "money-laundering"})
				i++
				continue
			}
		}
		if (t[i].lower == "forced" || t[i].lower == "made" || t[i].lower == "compelled" || t[i].lower == "coerced") && i > 0 && i+2 < len(t) && t[i+1].lower == "to" && labourVerbs.has(t[i+2].lid) && !f.used[i] &&
			(beForms.has(t[i-1].lid) || t[i-1].lower == "being" || t[i-1].lower == "them" || t[i-1].cls&cAdv != 0 && i >= 2 && beForms.has(t[i-2].lid)) && f.free(i, i+3) {
			// "Teenagers were made to tend cannabis plants", "forced them to harvest": forced labour
			// (not the verb of a crime: "forced to defraud people" keeps "defraud" for the fraud)
			e := i + 3
			if _, c := lx.crimes.longest(t, i+2); c >= 0 {
				e = i + 2
			} else if crimeLabour.has(t[i+2].lid) && !f.crimeAhead(i+2, 6) {
				continue // ("Farmers were forced to sell their land": no crime sold)
			}
			f.add(mention{kind: mCrime, start: i, end: e, crime: "human-trafficking"})
			i = e - 1
			continue
		}
		if v < 0 && (t[i].lower == "charge" || t[i].lower == "charges" || t[i].lower == "charging") && i+4 < len(t) && (t[i+1].lower == "every" || t[i+1].lower == "each") && !f.used[i] && f.actorDoes(i) {
			// "the gangs charge every dredge a monthly fee": the payer, then the levy
			e := levyModifiers(t, i+3, i+6)
			if e < len(t) && levyNouns.has(t[e].nid) {
				f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "extortion"})
				i = e
				continue
			}
		}
		if v < 0 && demandVerbs.has(t[i].lid) && !f.used[i] {
			// "its members demand payments from every truck", "JNIM fighters collect fees at checkpoints"
			e := levyModifiers(t, i+1, i+3)
			if e+1 < len(t) && (levyNouns.has(t[e].nid) || t[e].norm == "payment" || t[e].norm == "money") && (t[e+1].lower == "from" || t[e+1].lower == "at" || f.actorDoes(i) ||
				(t[e+1].lower == "for" || t[e+1].lower == "on") && e+2 < len(t) && (t[e+2].lower == "each" || t[e+2].lower == "every") && levyNouns.has(t[e].nid)) {
				// ("its members collect a fee for each sack of ore": a levy per unit)
				f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "extortion"})
				i = e
				continue
			}
		}
		if v < 0 && sellVerbs.has(t[i].lid) && i+1 < len(t) && t[i+1].lower == "protection" && (i+2 == len(t) || t[i+2].lower == "to" || t[i+2].punct) && !f.used[i] && f.actorDoes(i) {
			// "the cartel sells protection to avocado growers": a protection racket
			f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "extortion"})
			i++
			continue
		}
		if v < 0 && imposeVerbs.has(t[i].lid) && i+2 < len(t) && !f.used[i] {
			// "They imposed illegal tolls on vehicles and goods": a levy a crime actor imposes, or an
			// unlawful one
			e := levyModifiers(t, i+1, i+3)
			unlawful := false
			for q := i + 1; q < e; q++ {
				unlawful = unlawful || t[q].lower == "illegal" || t[q].lower == "illicit" || t[q].lower == "informal"
			}
			if e < len(t) && levyNouns.has(t[e].nid) && t[e].norm != "protection" && (unlawful || f.actorDoes(i) || f.actorPronounOf(i)) && f.free(i, e+1) {
				f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "extortion"})
				i = e
				continue
			}
		}
		if v < 0 && taxVerbs.has(t[i].lid) && (f.actorDoes(i) || f.actorPronounOf(i) || i > 0 && t[i-1].lower == "from" && strings.HasSuffix(t[i].lower, "ing")) && i+1 < len(t) && !t[i+1].punct && t[i+1].lower != "on" &&
			!(t[i].lower == "tax" && (taxCompounds.has(t[i+1].nid) || lx.first(t[i+1].nid)&startsCrime != 0)) {
			// (not "drug traffickers and tax fraudsters": a noun's modifier)
			// ("earns money from taxing gold mining sites": the taxing is the earner's)
			// "the insurgents tax the ruby trade", "jihadist groups tax mining sites": extortion
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "extortion"})
			continue
		}
		if v < 0 && (t[i].lower == "taxation" || taxVerbs.has(t[i].lid) && i > 0 && (t[i-1].lower == "the" || t[i-1].lower == "illegal" || t[i-1].lower == "illicit")) &&
			i+2 < len(t) && (t[i+1].lower == "of" || t[i+1].lower == "on") && !f.used[i] && fundedThrough(t, i) {
			// "They raised funds through kidnapping for ransom and the taxation of artisanal gold
			// mines": a levy that funds the raiser is extortion
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "extortion"})
			continue
		}
		if v < 0 && !f.used[i] && i+1 < len(t) && hiddenAfter.has(t[i+1].lid) {
			// "we found weapons hidden in the same shipment as the cocaine": goods concealed are smuggled
			if g, e := f.goodsAt(i); g != "" && g != schema.People && e == i+1 {
				f.add(mention{kind: mCrime, start: i, end: i + 2, crime: g})
				i++
				continue
			}
		}
		if v < 0 && !f.used[i] && i+1 < len(t) && captiveAfter.has(t[i+1].lid) {
			// "officers found two Vietnamese teenagers locked inside a house": people held are trafficked
			if g, e := f.goodsAt(i); g == schema.People && e == i+1 {
				f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "human-trafficking"})
				i++
				continue
			}
		}
		if v < 0 && !f.used[i] && enterVerbs.has(t[i].lid) && i+3 < len(t) && t[i+1].lower == "the" && legalWords.has(t[i+2].lid) && (t[i+3].norm == "economy" || t[i+3].lower == "financial" && i+4 < len(t) && t[i+4].norm == "system") && moneyIn(t, max(0, i-6), i) {
			// "how easily drug money could enter the legal economy": laundering
			e := i + 4
			if t[i+3].lower == "financial" {
				e++
			}
			f.add(mention{kind: mCrime, start: i, end: e, crime: "money-laundering"})
			i = e - 1
			continue
		}
		if v < 0 && !f.used[i] && fakeWords.has(t[i].lid) && i+1 < len(t) && fakeProducts.has(t[i+1].nid) && f.free(i, i+2) {
			// "falsified antimalarials and antibiotics", "fake vaccines": counterfeit products
			f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "counterfeiting"})
			i++
			continue
		}
		if v < 0 && clearVerbs.has(t[i].lid) && !f.used[i] {
			// "are clearing large areas of protected forest", "is destroying the Maya forest": deforestation
			if e := forestObject(t, i+1); e > 0 && f.free(i, e) {
				f.add(mention{kind: mCrime, start: i, end: e, crime: "environmental-crime"})
				i = e - 1
				continue
			}
		}
		if v < 0 && payVerbs.has(t[i].lid) && !f.used[i] && f.officialPaid(i) {
			// "Haddad paid a Border Force officer $150,000 to tell him which containers would be inspected": a bribe
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "corruption"})
			continue
		}
		if v < 0 && i >= 2 && (t[i].lower == "fee" || t[i].lower == "price") && t[i-2].lower == "for" && (t[i-1].lower == "a" || t[i-1].lower == "the") && !f.used[i] && f.officialBefore(i-2) && f.free(i-2, i+1) {
			// "officials in Kismayo sign false certificates of origin for a fee": officials paid for an official act
			f.add(mention{kind: mCrime, start: i - 2, end: i + 1, crime: "corruption"})
			continue
		}
		if v < 0 && (takeVerbs.has(t[i].lid) || demandVerbs.has(t[i].lid)) && i+3 < len(t) && !f.used[i] && f.actorDoes(i) {
			// "the cartels that once fought over drug routes now take a cut of every box": a levy
			q := i + 1
			if t[q].lower == "a" || t[q].lower == "their" || t[q].lower == "its" {
				q++
			}
			if q+1 < len(t) && (t[q].lower == "cut" || t[q].lower == "share" || t[q].lower == "percentage") && (t[q+1].lower == "of" || t[q+1].lower == "on") && f.free(i, q+1) {
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "extortion"})
				i = q
				continue
			}
		}
		if v < 0 && chargeVerbs.has(t[i].lid) && i+3 < len(t) && !f.used[i] && f.actorDoes(i) {
			// "The Jalisco New Generation Cartel and local rivals charge growers per hectare": a levy
			for e := i + 1; e < len(t) && e <= i+4 && !t[e].punct; e++ {
				if t[e].lower == "per" && f.free(i, e+1) {
					f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "extortion"})
					i = e
					break
				}
			}
			if f.used[i] {
				continue
			}
		}
		if v < 0 && !f.used[i] && i+2 < len(t) && t[i+1].lower == "of" && officialsAt(t, i+2, 3) &&
			(collusionWords.has(t[i].lid) || helpWords.has(t[i].lid) && i >= 2 && t[i-2].lower == "with" && t[i-1].lower == "the" && f.actorNamed()) {
			// "the complicity of local officials who register the gold as legal"; "companies controlled
			// by the clans have won public contracts with the help of local administrators": officials
			// who help a crime group are corrupt
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "corruption"})
			continue
		}
		if v < 0 && levyNouns.has(t[i].nid) && i > 0 && (t[i-1].lower == "this" || t[i-1].lower == "such" || t[i-1].lower == "these") && !f.used[i] && slices.Contains(f.d.lastTrades, "extortion") {
			// "this levy" after "they charge a fee on every excavator": the extortion just named
			f.add(mention{kind: mCrime, start: i - 1, end: i + 1, crime: "extortion"})
			continue
		}
		if v < 0 && f.corruptDeed(i) {
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "corruption"})
			continue
		}
		if v < 0 && t[i].lower == "protection" && i+3 < len(t) && t[i+1].lower == "of" {
			// "cocaine flowed ... with the protection of its highest officials": corruption
			if e := f.corruptionOf(i, i+1, officialNouns); e > i+1 {
				i = e - 1
				continue
			}
		}
		if v < 0 && chargeVerbs.has(t[i].lid) && i+3 < len(t) {
			// "charge coca growers and illegal gold miners a levy on every harvest": extortion; "the gangs
			// charge a fee on every truck" only when a crime actor charges (banks charge fees too)
			e := i + 2
			if f.actorDoes(i) {
				e = i + 1
			}
			for ; e+1 < len(t) && e <= i+12 && !t[e].punct; e++ {
				if (t[e].lower == "a" || t[e].lower == "the") && levyNouns.has(t[e+1].nid) && f.free(e, e+2) {
					f.add(mention{kind: mCrime, start: e, end: e + 2, crime: "extortion"})
					break
				}
			}
		}
		if v < 0 && chargeVerbs.has(t[i].lid) && i+3 < len(t) && (t[i+1].lower == "each" || t[i+1].lower == "every") && migrantNouns.has(t[i+2].nid) && !f.used[i] && f.free(i, i+3) && !(i > 0 && beForms.has(t[i-1].lid)) {
			// "They charged each migrant $3,000 for the crossing"
			f.add(mention{kind: mCrime, start: i, end: i + 3, crime: "migrant-smuggling"})
			i += 2
			continue
		}
		if v < 0 && chargeVerbs.has(t[i].lid) && i+2 < len(t) && migrantNouns.has(t[i+1].nid) && !f.used[i] && f.free(i, i+2) && !(i > 0 && beForms.has(t[i-1].lid)) {
			// "networks that charge migrants up to €5,000 for a crossing": who takes migrants'
			// money for the journey smuggles them (not "migrants were charged with")
			f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "migrant-smuggling"})
			i++
			continue
		}
		if v < 0 && chargeVerbs.has(t[i].lid) && i+1 < len(t) {
			// "charged them for protection", "charge shopkeepers for protection": a protection racket
			q := i + 1
			for q < len(t) && q <= i+4 && !t[q].punct && t[q].lower != "for" {
				q++
			}
			if q+1 < len(t) && t[q].lower == "for" && t[q+1].lower == "protection" && f.free(i, q+2) {
				f.add(mention{kind: mCrime, start: i, end: q + 2, crime: "extortion"})
				i = q + 1
				continue
			}
		}
		if v < 0 && chargeVerbs.has(t[i].lid) && i+1 < len(t) {
			// "The same organizations charge migrants to cross": smuggling for a fee
			if g, e := f.goodsAt(i + 1); g == schema.People && e < len(t) && (t[e].lower == "to" || t[e].lower == "for") {
				f.add(mention{kind: mCrime, start: i, end: e, crime: "migrant-smuggling"})
				i = e - 1
				continue
			}
		}
		if v < 0 && takeVerbs.has(t[i].lid) && f.officialBefore(i) {
			// "local officials have for years taken a cut from the traffickers": bribery
			e := i + 1
			if e < len(t) && (t[e].lower == "a" || t[e].lower == "their" || t[e].lower == "its") {
				e++
			}
			if e < len(t) && takenShares.has(t[e].nid) {
				f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "corruption"})
				i = e
				continue
			}
			if e+1 < len(t) && paidNouns.has(t[e].nid) && t[e+1].lower == "from" && f.crimeActorAhead(e+2) {
				// "the former commander took payments from the traffickers": bribes
				f.add(mention{kind: mCrime, start: i, end: e + 1, crime: "corruption"})
				i = e
				continue
			}
		}
		if v < 0 && bareGroups.has(t[i].lid) && i+3 < len(t) && i > 0 && (t[i-1].cls&cDet != 0 || t[i-1].lower == "same" || adjective(t[i-1])) &&
			(t[i+1].lower == "that" || t[i+1].lower == "which" || t[i+1].lower == "who") && launders(t[i+2]) && !f.used[i] {
			// "the same networks that launder the proceeds of drug trafficking": laundering networks
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering", actor: true})
			continue
		}
		if v < 0 && bareGroups.has(t[i].lid) && f.controlledBy(i) {
			// "most of the smuggling is controlled by networks run from Austria": who runs a crime
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "organized-crime", actor: true})
			continue
		}
		if v < 0 && bareGroups.has(t[i].lid) && i+3 < len(t) && (i == 0 || t[i-1].punct || t[i-1].cls&(cDet|cPrep|cConj) != 0 || t[i-1].cap || adjective(t[i-1])) && f.groupInvolved(i+1) {
			// "networks involved in the sexual exploitation of children": criminal networks
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "organized-crime", actor: true})
			continue
		}
		if v < 0 && breachWords.has(t[i].lid) && i+2 < len(t) {
			// "in violation of United Nations sanctions", "violating EU sanctions"
			q := i + 1
			if t[q].lower == "of" {
				q++
			}
			for q < len(t) && q <= i+6 && (t[q].cap && !t[q].punct || t[q].cls&cDet != 0 || t[q].lower == "international" || t[q].lower == "western" || t[q].lower == "and" && q+1 < len(t) && t[q+1].cap) {
				q++ // ("evade U.S. and UN sanctions")
			}
			if q < len(t) && q > i+1 && (t[q].norm == "sanction" || t[q].norm == "embargo" || (t[q].lower == "arms" || t[q].lower == "oil" || t[q].lower == "price") && q+1 < len(t) && (t[q+1].norm == "embargo" || t[q+1].norm == "cap")) {
				if t[q].lower == "arms" || t[q].lower == "oil" || t[q].lower == "price" {
					q++ // "in violation of the arms embargo", "in breach of the G7 price cap"
				}
				f.add(mention{kind: mCrime, start: i, end: q + 1, crime: "sanctions-evasion"})
				i = q
				continue
			}
		}
		if v < 0 && captureVerbs.has(t[i].lid) {
			// "they capture local governments and police forces": state capture, corruption
			if e := f.corruptionOf(i, i, capturedBodies); e > i {
				i = e - 1
				continue
			}
		}
		if v < 0 && t[i].lower == "corrupt" {
			// "corrupt local officials", "corrupt border police"
			if e := f.corruptionOf(i, i, officialNouns); e > i {
				i = e - 1
				continue
			}
			if i+1 < len(t) && !t[i+1].cap && (agentNoun(t[i+1].norm) || corruptInsiders.has(t[i+1].nid)) && f.free(i, i+2) {
				// "networks of corrupt facilitators", "corrupt insiders at the port": people bribed
				f.add(mention{kind: mCrime, start: i, end: i + 2, crime: "corruption"})
				i++
				continue
			}
		}
		if v < 0 && t[i].lower == "laundered" && i > 0 && (beForms.has(t[i-1].lid) || t[i-1].lower == "have" || t[i-1].lower == "has" || t[i-1].lower == "had" ||
			i > 1 && beForms.has(t[i-2].lid) && (t[i-1].lower == "then" || t[i-1].lower == "later" || t[i-1].lower == "subsequently" || t[i-1].lower == "also")) && !f.used[i] {
			// ("The money is then laundered through real estate")
			// "Timber from conflict areas is laundered through sawmills": the passive
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
			continue
		}
		if v < 0 && strings.Contains(t[i].lower, "invest") && investVerbs.has(t[i].lid) && i+2 < len(t) && (t[i+1].lower == "in" || t[i+1].lower == "into" || t[i+1].lower == "heavily" && t[i+2].lower == "in") && !f.used[i] && assetAfter(t, i+2) && f.actorDoes(i) {
			// "The clans invest in hotels, restaurants, construction": a crime group putting its
			// money into the legal economy launders it
			f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
			continue
		}
		if v < 0 && launders(t[i]) && !f.used[i] {
			// "launder the proceeds", "laundered the cash": the laundering itself
			j := i + 1
			for j < len(t) && j < i+3 && (t[j].cls&cDet != 0) {
				j++
			}
			if q := launderedAmount(t, i+1); q > i+1 {
				// "laundered more than 8 billion patacas", "laundering $40 million"
				f.add(mention{kind: mCrime, start: i, end: q, crime: "money-laundering"})
				i = q - 1
				continue
			}
			if j < len(t) && (moneyWords.has(t[j].nid) || moneyWords.has(t[j].lid) || j == i+1 && (t[j].lower == "it" || t[j].lower == "them") && i > 0 && t[i-1].lower == "to") {
				// "launder the proceeds", "pay brokers to launder it"
				f.add(mention{kind: mCrime, start: i, end: j + 1, crime: "money-laundering"})
				i = j
				continue
			}
			if b := i - 1; b >= 2 && (t[b].cls&cPron != 0 || t[b].cls&cDet == 0 && !t[b].punct && !t[b].cap && pluralTok(t[b])) {
				// "follow the money they launder", "the profits the gangs launder": the money before,
				// its launderer between
				if t[b-1].cls&cDet != 0 && b >= 3 {
					b--
				}
				if t[b-1].lower == "that" || t[b-1].lower == "which" {
					b--
				}
				if b >= 1 && moneyWords.has(t[b-1].nid) {
					f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
					continue
				}
			}
			if j+2 < len(t) && t[j+1].norm == "'s" && moneyWords.has(t[j+2].nid) && !t[j].punct {
				// "used to launder the group's proceeds": the owner stays a mention of its own
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"})
				continue
			}
		}
		if v < 0 {
			if !lx.goodsWords.has(t[i].lid) && !lx.goodsWords.has(t[i].nid) {
				continue
			}
			if slug, e := f.movedGoods(i); slug != "" {
				f.add(mention{kind: mCrime, start: i, end: e, crime: slug})
				if schema.MovingVerbs[t[i].lower] != "" || (t[i].cls&cTrade != 0) || tradeNouns.has(t[i].nid) {
					f.coordGoods(e, t[i].lower) // "traffic drugs and weapons", "a flow of rifles and ammunition"
				}
				i = e - 1
			} else if j := skipQuantity(t, i+1); (schema.MovingVerbs[t[i].lower] != "" || t[i].cls&cTrade != 0) && j+1 < len(t) {
				if t[j].cls&cDet != 0 {
					j++
				}
				if e2, c := lx.crimes.longest(t, j); c >= 0 && !lx.crimeVals[c].actor && trafficked(lx.crimeVals[c].slug) {
					// "smuggled hashish and migrants", "smuggled hashish and weapons": the goods after a
					// drug named by the lexicon, further down the list
					f.coordGoods(e2, t[i].lower)
				}
			}
			continue
		}
		if !f.free(i, end) {
			continue
		}
		if t[i].hyphen && i > 0 && (t[i-1].norm == "anti" || t[i-1].norm == "counter") {
			f.mark(i, end)
			i = end - 1
			continue
		}
		if i > 0 && (t[i-1].norm == "anti" || t[i-1].norm == "counter" || t[i-1].norm == "counter-terrorism") {
			f.mark(i, end)
			continue
		}
		if end == i+1 && t[i].lower == "criminal" && end < len(t) && legalNouns.has(t[end].nid) {
			continue // "criminal records", "criminal markets": an adjective, not a criminal
		}
		if end == i+1 && t[i].norm == "criminal" && end < len(t) {
			if _, v2 := lx.crimes.longest(t, end); v2 >= 0 {
				continue // "criminal exploitation", "criminal finance": an adjective of the crime after it
			}
		}
		c := lx.crimeVals[v]
		slug := c.slug
		actor := c.actor
		// one word of the lexicon, "trafficking", "traffickers", or a bare "trafficking groups"
		bare := end == i+1 || end == i+2 && t[i].norm == "trafficking" && crimeAnaphorHeads.has(t[i+1].nid)
		if end == i+1 && t[i].lower == "trafficking" && end+1 < len(t) && (t[end].lower == "in" || t[end].lower == "of") && f.goodsTraded(end+1) {
			continue // "trafficking in counterfeit goods": the goods name the trade
		}
		if end < len(t) && !f.used[end] && crimeAnaphorHeads.has(t[end].nid) && t[end].norm != "criminal" {
			end++ // "a transnational organized crime group": the group, an actor
			actor = true
		}
		if end-i == 2 && t[i+1].norm == "trade" && (t[i].lower == "illicit" || t[i].lower == "illegal") && end < len(t) && (t[end].lower == "in" || t[end].lower == "of") {
			continue // "the illicit trade in gold, arms and drugs": the goods name the trade
		}
		if end == i+1 && strings.HasPrefix(t[i].lower, "smuggl") && slug == "migrant-smuggling" && i > 0 && naturalResources.has(t[i-1].nid) && !t[i-1].cap && !f.used[i-1] && t[i-1].norm != "land" {
			// "Amazon gold smugglers", "timber smuggling": a resource taken from nature, not migrants
			f.add(mention{kind: mCrime, start: i - 1, end: end, crime: "environmental-crime", actor: actor})
			continue
		}
		if end == i+1 && t[i].lower == "smuggling" && i > 0 && unknownGoods(t[i-1]) && (i == 1 || t[i-2].lower != "to" && ((t[i-2].cls&cDet != 0) || (t[i-2].cls&cPrep != 0) || (t[i-2].cls&cConj != 0))) {
			continue // "oil smuggling", "sugar smuggling": goods no type names, not migrants
		}
		if end == i+1 && end < len(t) && (t[end].lower == "them" || t[end].lower == "it") && strings.HasPrefix(t[i].lower, "smuggl") {
			// "buying dozens of rifles and smuggling them to the cartel": the goods just named
			if g := f.goodsBefore(i, 6, false); g != "" {
				slug = g
			}
		}
		if end == i+1 && slug == "money-laundering" && f.d.fuelLaundering && launders(t[i]) && !moneyIn(t, max(0, i-3), i+4) {
			slug = "counterfeiting" // "Laundering removes the dye from diesel" in a text about fuel laundering
		}
		if (end == i+1 || actor) && t[i].lower == "smuggling" && slug == "migrant-smuggling" && f.d.smuggled != "" && i > 0 && t[i-1].lower == "the" && !f.d.migrants &&
			!(end+1 < len(t) && (t[end].lower == "of" || t[end].lower == "in")) && !f.peopleNear(i) {
			// "in connection with the smuggling" after "sugar smuggled into Kenya", "The smuggling networks
			// involved" after "weapons components smuggled by sea": the goods the text named
			slug = f.d.smuggled
		}
		if bare && actor && schema.Root(slug) == "organized-crime" && i > 0 && (t[i-1].lower == "the" || t[i-1].lower == "these" || t[i-1].lower == "those") {
			if h := f.d.actorHeads[t[i].norm]; h != "" && f.d.sentIndex-f.d.crimeSent <= 4 && (t[i].norm == "syndicate" || t[i].norm == "ring") && ownTradeActor.m[schema.Root(h)] {
				// "rhino poaching syndicates ... The syndicates have learned from drug traffickers": the actor named before
				slug = h
			}
		}
		if bare && (t[i].norm == "trafficker" || t[i].norm == "trafficking") && f.d.trafficking != "" && !(i+2 < len(t) && t[i+1].lower == "in" && t[i+2].lower != "return" && t[i+2].lower != "exchange") &&
			!(t[i].norm == "trafficking" && i >= 2 && t[i-1].lower == "of" && (t[i-2].norm == "victim" || t[i-2].norm == "survivor")) {
			// ("victims of trafficking" are people trafficked, whatever else the text is about)
			// bare "traffickers", "trafficking groups": of what the text has been about ("drug trafficking ... traffickers")
			slug = f.d.trafficking
		}
		if end == i+1 && t[i].norm == "smuggler" && schema.Root(f.d.trafficking) == "drug-trafficking" && !f.peopleNear(i) && f.d.smugglers != "migrant-smuggling" {
			// "a Pakistan-based smuggler" in a text about heroin: a smuggler of what the text is about
			// (not after "smugglers ... the people they move": the text's smugglers move people)
			slug = f.d.trafficking
		}
		if bare && t[i].norm == "trafficker" && slug == "human-trafficking" && f.d.trafficking == "" && f.tradeEndingAt(i) == "" {
			// "Honduran Trafficker and Former Police Commander Charged with Importing Cocaine": the goods
			// the sentence goes on to name, when the text has named no trade yet
			for q := i + 1; q < len(t) && q <= i+10 && t[q].text != "."; q++ {
				if t[q].cls&cTrade != 0 || schema.MovingVerbs[t[q].lower] != "" {
					// "traffickers rely on corrupt customs officials to move illegal wildlife products"
					if g, _ := f.goodsAfter(q + 1); g != "" && g != schema.People {
						slug = g
						break
					}
				}
				if _, c := lx.crimes.longest(t, q); c >= 0 {
					if r := schema.Root(lx.crimeVals[c].slug); r == "drug-trafficking" || r == "arms-trafficking" || r == "environmental-crime" {
						slug = lx.crimeVals[c].slug
						break
					}
					if r := schema.Root(lx.crimeVals[c].slug); r != "corruption" && r != "money-laundering" {
						break // ("traffickers rely on corrupt customs officials to move illegal wildlife products": past the means)
					}
				}
			}
		}
		if bare && (t[i].norm == "trafficker" || t[i].norm == "smuggler" || t[i].norm == "trafficking" || t[i].lower == "smuggling") && i >= 1 {
			// "charge cocaine traffickers a fee": traffickers in the goods just before;
			// "heroin trafficking", "methamphetamine smuggling": the trade in them, not in people
			if g := f.tradeEndingAt(i); g != "" {
				slug = g
			}
		}
		if bare && (t[i].norm == "trafficker" || t[i].norm == "smuggler") && end == i+1 && i+2 < len(t) && strings.HasSuffix(t[i+1].lower, "ing") && (t[i+1].cls&cTrade != 0 || schema.MovingVerbs[t[i+1].lower] != "") {
			// "traffickers moving ivory from East Africa": traffickers in the goods they move
			if g, _ := f.goodsAfter(i + 2); g != "" && g != schema.People {
				slug = g
			}
		}
		if bare && (t[i].norm == "trafficker" || t[i].norm == "smuggler") && end == i+1 && i+2 < len(t) && (t[i+1].lower == "of" || t[i+1].lower == "in" && t[i+2].lower != "the") {
			// "the traffickers of drugs and weapons", "traffickers in rhino horn": traffickers in the goods after
			// (not "traffickers in the region")
			if g, _ := f.goodsAfter(i + 2); g != "" && g != schema.People {
				slug = g
			}
		}
		if bare && t[i].norm == "trafficker" && i >= 2 && t[i-1].lower == "from" {
			// "buy assault rifles from traffickers": traffickers in the goods just named
			if g := f.tradeEndingAt(i - 1); g != "" {
				slug = g
			}
		}
		if end == i+1 && t[i].norm == "smuggler" && f.d.smugglers == "" {
			f.d.smugglers = slug // what the text's first bare smugglers smuggle
		}
		switch schema.Root(slug) {
		case "environmental-crime":
			for q := i; q < end; q++ {
				f.d.mining = f.d.mining || t[q].lower == "mining" || t[q].lower == "miners"
			}
		case "drug-trafficking":
			for q := i; q < end; q++ {
				f.d.plants = f.d.plants || drugPlants.has(t[q].nid)
			}
		case "terrorism":
			f.d.terror = true
		case "cybercrime":
			f.d.cyber = true
		case "kidnapping":
			if (f.d.cyber || cyberAfter(t, end)) && strings.HasPrefix(t[i].lower, "ransom") {
				slug = "ransomware" // "launders ransom payments" in a text about ransomware: no kidnapping
			}
		}
		f.add(mention{kind: mCrime, start: i, end: end, crime: slug, actor: actor})
		if !actor && end-i >= 3 && schema.Goods[t[end-1].norm] != "" && (t[end-2].lower == "of" || t[end-2].lower == "in") {
			f.coordGoods(end, t[i].lower) // "the trafficking of arms, drugs and natural resources"
		}
		i = end - 1
	}
}

// collectives finds collective actors ("the ministers", "G7 partners",
// "Canadian officials") and definite descriptions of institutions ("the
// Council", "the 15-nation organ").
// goodsAt returns the goods noun at i and where it ends ("rhino horn").
func (f *mentionFinder) goodsAt(i int) (string, int) {
	t := f.toks
	if i >= len(t) || f.used[i] {
		return "", i
	}
	if i+1 < len(t) && !f.used[i+1] && f.d.lx.goodsFirst.has(t[i].lid) {
		if g := schema.Goods[t[i].lower+" "+t[i+1].norm]; g != "" {
			return g, i + 2
		}
	}
	if i+1 < len(t) && t[i+1].hyphen && !f.used[i+1] {
		if g := schema.Goods[t[i].lower+"-"+strings.TrimSuffix(t[i+1].lower, "s")]; g != "" {
			return g, i + 2 // "AK-47s"
		}
	}
	if verbalGoods.has(t[i].lid) && i+1 < len(t) && !t[i+1].punct && t[i+1].cls&(cConj|cPrep) == 0 {
		return "", i // "cocaine supply fuels violence": a verb with its object, not goods
	}
	if i+1 < len(t) && goodsCompounds.has(t[i+1].nid) && !t[i+1].cap {
		return "", i // "hidden in timber lorries", "a tobacco company": the goods name another thing
	}
	g := schema.Goods[t[i].norm]
	if g == "" {
		g = schema.Goods[t[i].lower]
	}
	if g == "counterfeiting" && i+1 < len(t) && legalSupply.has(t[i+1].nid) && !(i > 0 && (t[i-1].lower == "illicit" || t[i-1].lower == "illegal" || t[i-1].lower == "smuggled" || t[i-1].lower == "contraband")) {
		return "", i // "run the fuel supply": a legal good's supply, unless called illicit
	}
	if g != "" {
		return g, i + 1
	}
	if f.d.mining && t[i].lower == "gold" {
		return "environmental-crime", i + 1 // in a text about illegal mining, the gold it yields
	}
	return "", i
}

// goodsCompounds are heads that make goods before them a modifier: the
// vehicles, firms and places of a legal trade ("timber lorries", "a tobacco
// company", "fuel stations").
var goodsCompounds = set([]string{"lorry", "truck", "van", "trailer", "company", "firm", "industry", "sector", "price",
	"station", "shop", "store", "mill", "yard", "factory", "producer", "farmer", "grower", "concession", "licence", "license"})

// legalSupply after an excise good name its ordinary trade: "the fuel supply".
var legalSupply = set([]string{"supply", "supplies", "distribution", "market", "markets"})

// verbalGoods are goods nouns that are also verbs with an object: "fuels".
var verbalGoods = set([]string{"fuels"})

var quantityWords = set([]string{"more", "than", "about", "some", "around", "at", "least", "over", "nearly", "almost",
	"up", "to", "roughly", "approximately", "an", "estimated", "a", "million", "billion", "thousand", "hundred",
	"tonne", "tonnes", "ton", "tons", "kg", "kilo", "kilos", "kilogram", "kilograms", "pound", "pounds", "gram",
	"grams", "lb", "dozen", "dozens", "hundreds", "thousands", "millions", "tens", "worth", "shipment", "shipments", "load",
	"loads", "batch", "batches", "consignment", "consignments", "quantity", "quantities", "amount", "amounts",
	"dollars", "dollar", "euros", "euro", "pounds", "usd", "eur", "gbp", "yuan", "pesos", "rupees", "naira", "bn", "m"})

var quantityHedges = set([]string{"more", "than", "about", "some", "around", "at", "least", "over", "nearly", "almost",
	"up", "to", "roughly", "approximately", "an", "estimated", "a"})

// skipQuantity skips a quantity before goods or money: "more than 700kg of",
// "about $40 million in", "tonnes of".
func skipQuantity(t []token, i int) int {
	j := i
	num := false
	for j < len(t) && j-i < 8 {
		w := t[j].lower
		switch {
		case len(w) > 0 && (w[0] >= '0' && w[0] <= '9' || w[0] == '$' || strings.HasPrefix(t[j].text, "€") || strings.HasPrefix(t[j].text, "£")):
			num = true
		case w == "$" || w == "€" || w == "£" || w == "," && num:
		case t[j].cap && len(w) <= 3 && j+1 < len(t) && t[j+1].text == "$":
			// "HK$5 billion", "US$200 million": the currency's country
		case quantityWords.m[w]:
			if !quantityHedges.m[w] {
				num = true // "millions", "tonnes", "dozens"
			}
		default:
			if num && j < len(t) && (w == "of" || w == "in") {
				if j+1 < len(t) && quantityWords.has(t[j+1].lid) {
					break // "millions of dollars in"
				}
				return j + 1
			}
			return i
		}
		j++
	}
	return i
}

// launderedAmount reads an amount of money after "launder" at i ("more than
// 8 billion patacas", "$40 million") and returns where it ends, or i.
func launderedAmount(t []token, i int) int {
	j, num := i, false
	for j < len(t) && j-i < 8 {
		w := t[j].lower
		if len(w) > 0 && (w[0] >= '0' && w[0] <= '9' || w[0] == '$' || strings.HasPrefix(t[j].text, "€") || strings.HasPrefix(t[j].text, "£")) {
			num = true
		} else if quantityWords.m[w] && !quantityHedges.m[w] || w == "of" && num {
			num = true // "hundreds of thousands of pounds"
		} else if !(quantityWords.m[w] || w == "$" || w == "€" || w == "£" || w == "," && num) {
			break
		}
		j++
	}
	if !num {
		return i
	}
	if j < len(t) && !t[j].punct && !t[j].cap && t[j].cls == 0 && t[j].lower != "of" {
		j++ // the currency: "patacas", "dollars"
	}
	return j
}

var naturalResources = set([]string{"gold", "timber", "mineral", "forest", "fish", "wildlife", "resource", "land",
	"diamond", "oil", "coal", "charcoal", "sand", "wood", "coltan", "cobalt", "ivory", "mine", "river"})

var asideStart = set([]string{"in", "occasionally", "sometimes", "reportedly", "allegedly", "increasingly", "often",
	"also", "even", "notably", "especially", "possibly", "perhaps"})

var goodsAdjectives = set([]string{"vulnerable", "young", "undocumented", "irregular", "desperate", "foreign", "local",
	"protected", "endangered", "rare", "exotic", "wild", "stolen", "looted", "military", "automatic", "assault",
	"high-powered", "ghost", "untraceable", "synthetic", "hard", "counterfeit", "fake", "poor", "female", "male",
	"underage", "minor", "migrant", "domestic", "illegal", "illicit", "smuggled", "trafficked", "unaccompanied", "live", "dead", "frozen", "dried", "raw",
	"heavy", "heavier", "light", "sophisticated", "modern", "powerful", "cheap", "cheaper"})

// goodsAfter reads the object of a moving verb or "smuggling of": the goods
// after at most a determiner or "of", and where they end.
func (f *mentionFinder) goodsAfter(i int) (string, int) {
	t := f.toks
	if i < len(t) && (t[i].lower == "of" || t[i].lower == "in" && i > 0 && strings.HasPrefix(t[i-1].lower, "deal")) {
		i++ // "the smuggling of fuel", "deal in timber"
	} else if i+1 < len(t) && (t[i].lower == "in" || t[i].lower == "out") && i > 0 && t[i-1].cls&cTrade != 0 && !t[i+1].punct && t[i+1].cls&cDet == 0 {
		i++ // "fly in cocaine", "ship out timber": a particle, then the goods
	}
	if i+1 < len(t) && objectPronouns.has(t[i].lid) && i > 0 && t[i-1].cls&cTrade != 0 {
		i++ // "brings me Roman coins", "sold them weapons": the receiver, then the goods
	}
	i = skipQuantity(t, i)
	for k := 0; k < 2 && i < len(t) && ((t[i].cls&cDet != 0) || t[i].lower == "illegal" || t[i].lower == "illicit" || t[i].lower == "small" || t[i].lower == "more" || t[i].lower == "additional" || t[i].lower == "new" ||
		t[i].cap && demonymLike(t[i].lower) && i+1 < len(t) && !t[i+1].cap); k++ {
		if t[i].cap && f.d.lx.goodsFirst.has(t[i].lid) {
			if g, e := f.goodsAt(i); g != "" {
				return g, e // "Roman coins": the demonym is part of the goods
			}
		}
		i++ // ("smuggled Algerian fuel")
	}
	if g, e := f.goodsAt(i); g != "" {
		return g, e
	}
	if i+1 < len(t) && !t[i].cap && goodsAdjectives.has(t[i].lid) {
		return f.goodsAt(i + 1) // "vulnerable migrants", "protected animals"
	}
	return "", i
}

// countryAt says whether a one-word country or place mention stands at i.
func (f *mentionFinder) countryAt(i int) bool {
	m := mentionAt(f.ms, i)
	return m != nil && m.end == i+1 && m.kind == mActor && m.ent != nil && (m.ent.country || m.ent.kind == KindPlace)
}

// antiquityNouns are what a text about looted antiquities calls them.
var antiquityNouns = set([]string{"object", "coin", "artefact", "artifact", "piece", "item", "statue", "relic", "mosaic", "manuscript", "tablet"})

// objectPronouns receive goods: "brings me", "sold them".
var objectPronouns = set([]string{"me", "us", "him", "her", "them"})

// addGoods adds the crime mention of moving goods g over [i, e) with the
// verb form verb, and one for each goods noun coordinated after it: "traffic
// drugs and weapons".
func (f *mentionFinder) addGoods(i, e int, g, verb string) {
	slug := g
	if g == schema.People {
		slug = schema.MovingVerbs[verb]
	}
	f.add(mention{kind: mCrime, start: i, end: e, crime: slug})
	f.coordGoods(e, verb)
}

// coordGoods adds a crime mention for each goods noun coordinated after e.
func (f *mentionFinder) coordGoods(e int, verb string) {
	t := f.toks
	for e < len(t) {
		k := e
		for k < len(t) && (t[k].text == "," || t[k].lower == "and" || t[k].lower == "or") {
			k++
		}
		if k == e && k+2 < len(t) && t[k].lower == "as" && t[k+1].lower == "well" && t[k+2].lower == "as" {
			k += 3 // "smuggles migrants as well as weapons"
		}
		if k == e {
			return
		}
		if t[k-1].text == "," {
			// "timber and, in some cases, heroin": past a short aside
			for q := k; q < len(t) && q < k+5; q++ {
				if t[q].text == "," {
					if asideStart.has(t[k].lid) {
						k = q + 1
					}
					break
				}
			}
		}
		g2, e2 := f.goodsAt(k)
		if g2 == "" || g2 == "counterfeiting" && supplyVerbs.m[verb] && !illicitWords.has(t[k].lid) {
			return // ("sell mercury and fuel to the mines": excise goods sold are no crime unless called illicit)
		}
		slug := g2
		if g2 == schema.People {
			if slug = schema.MovingVerbs[verb]; slug == "" && peopleMovers.m[verb] {
				slug = "migrant-smuggling" // "convoys carrying tobacco, fuel and migrants"
			}
			if slug == "" {
				return // "sell drugs and people"? people are not goods
			}
		}
		f.add(mention{kind: mCrime, start: k, end: e2, crime: slug})
		e = e2
	}
}

var forceVerbs = set([]string{"forced", "forcing", "force", "forces", "coerced", "coercing", "coerce", "tricked",
	"lured", "luring", "sold", "selling", "sell", "sells", "pushed", "pressed", "compelled", "recruited"})

// coerceVerbs force people to work; forcedTo is the work: "forced women to
// work", "compelled children to beg".
var coerceVerbs = set([]string{"forced", "forcing", "force", "forces", "coerced", "coercing", "coerce", "compelled", "compelling", "compel"})

var forcedTo = set([]string{"work", "beg", "sell", "steal", "serve", "marry", "labour", "labor", "toil", "scam", "dig", "mine", "harvest", "fish", "pick"})

// ordinaryWork follows "to work" where no one is exploited: "forced
// workers to work from home".
var ordinaryWork = set([]string{"from", "remotely", "overtime", "longer", "harder", "part-time", "online", "together"})

var exploitNouns = set([]string{"prostitution", "labour", "labor", "begging", "sex", "servitude", "marriage",
	"criminality", "slavery", "bondage", "work", "scamming", "fraud"})

var officialNouns = set([]string{"official", "officer", "politician", "judge", "prosecutor", "police", "policeman",
	"commander", "colonel", "captain", "sergeant", "constable", "warden", "magistrate", "senator", "lawmaker", "legislator", "congressman", "councillor",
	"cop", "guard", "agent", "customs", "inspector", "soldier", "mayor", "governor", "minister", "clerk", "employee",
	"worker", "handler", "staff", "elite", "bureaucrat", "regime", "government", "authority", "authorities", "coastguard"})

// tradeNouns after goods name their trade: "arms purchases", "drug sales".
var tradeNouns = set([]string{"purchase", "sale", "shipment", "deal", "supply", "import", "export", "flow", "run",
	"transfer", "delivery", "consignment", "smuggling", "trafficking", "trade", "dealing", "route", "pipeline", "stream",
	"entry", "influx", "inflow"})

// peopleMovers move people: with people as their object they name smuggling.
var peopleMovers = set([]string{"move", "moves", "moved", "moving", "transport", "transports", "transported",
	"transporting", "ferry", "ferries", "ferried", "ferrying", "carry", "carries", "carried", "carrying", "bring", "brings", "brought", "bringing"})

// tradeVerbs deal in goods: with smuggled goods they name the goods' trade.
var tradeVerbs = set([]string{"sell", "sells", "sold", "selling", "import", "imports", "imported", "importing", "export",
	"exports", "exported", "exporting", "produce", "produces", "produced", "producing", "distribute", "distributes",
	"distributed", "distributing", "ship", "ships", "shipped", "shipping", "supply", "supplies", "supplied", "supplying",
	"peddle", "peddles", "peddled", "peddling", "ran", "manufacture", "manufactures", "manufactured", "manufacturing",
	"bring", "brings", "brought", "bringing", "resell", "resells", "resold", "reselling", "deliver", "delivers", "delivered", "delivering", "fly", "flies", "flew", "flown", "flying", "move", "moves", "moved", "moving", "carry", "carries", "carried", "carrying", "ferry", "ferries", "ferried", "ferrying", "transport", "transports",
	"transported", "transporting", "deal", "deals", "dealt", "dealing", "push", "pushing", "run", "runs", "running",
	"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "acquire", "acquired",
	"acquiring", "rent", "rents", "rented", "renting", "lend", "lends", "lent", "lending", "lease", "leases", "leased", "leasing", "stockpile", "stockpiled", "grow", "grows", "grew", "growing", "cultivate", "cultivated", "cultivating",
	"retrieve", "retrieves", "retrieved", "retrieving", "extract", "extracts", "extracted", "extracting", "unload",
	"unloads", "unloaded", "unloading", "store", "stores", "stored", "storing", "hide", "hides", "hid", "hidden", "hiding",
	"drop", "drops", "dropped", "dropping", "airdrop", "airdrops", "airdropped", "deliver", "delivers", "delivered",
	"delivering", "courier", "couriered", "introduce", "introduces", "introduced", "introducing", "obtain", "obtains",
	"obtained", "obtaining", "load", "loads", "loaded", "loading", "send", "sends", "sent", "sending", "receive", "receives",
	"received", "receiving", "trade", "trades", "traded", "trading", "swap", "swaps", "swapped", "swapping", "barter",
	"barters", "bartered", "bartering", "exchange", "exchanges", "exchanged", "exchanging", "source", "sources", "sourced", "sourcing"})

// exchangeVerbs trade one thing for another: "trade cocaine for weapons".
var exchangeVerbs = set([]string{"trade", "trades", "traded", "trading", "swap", "swaps", "swapped", "swapping", "barter",
	"barters", "bartered", "bartering", "exchange", "exchanges", "exchanged", "exchanging"})

// payVerbs pay for goods with other goods: "paying suppliers for cocaine partly with weapons".
var payVerbs = set([]string{"pay", "pays", "paid", "paying"})

// exchangeAt says whether the "for" or "with" at i closes an exchange: "trade
// cocaine for weapons", "in exchange for rifles", "in return for gold",
// "paying suppliers for cocaine partly with weapons". It returns where the
// thing given in return starts, or -1.
// exchangePhrase says whether "in exchange for" or "in return for" starts at i.
func exchangePhrase(t []token, i int) bool {
	return i >= 0 && i+2 < len(t) && t[i].lower == "in" && (t[i+1].lower == "exchange" || t[i+1].lower == "return") && t[i+2].lower == "for"
}

func exchangeAt(t []token, i int) int {
	switch t[i].lower {
	case "for":
		if i >= 2 && exchangePhrase(t, i-2) {
			return i + 1
		}
		for k := i - 1; k >= 0 && k >= i-4 && !t[k].punct; k-- {
			if exchangeVerbs.has(t[k].lid) && k < i-1 {
				return i + 1
			}
		}
	case "with":
		for k := i - 1; k >= 0 && k >= i-10 && !t[k].punct; k-- {
			if t[k].lower == "for" {
				for q := k - 1; q >= 0 && q >= k-5 && !t[q].punct; q-- {
					if payVerbs.has(t[q].lid) {
						return i + 1
					}
				}
				return -1
			}
		}
	}
	return -1
}

// exchangedGoods adds the goods given in an exchange: "weapons" in "trade
// cocaine for weapons".
func (f *mentionFinder) exchangedGoods() {
	t := f.toks
	for i := 1; i+1 < len(t); i++ {
		if t[i].lower != "for" && t[i].lower != "with" || f.used[i+1] && !f.countryAt(i+1) {
			continue
		}
		if q := exchangeAt(t, i); q >= 0 && (f.tradeBefore(i) || f.actorSwaps(i)) {
			if f.countryAt(q) && q+1 < len(t) && !t[q+1].cap {
				q++ // "for US guns": a country's name as the goods' modifier
			}
			// (goods given for goods: "allegiance in exchange for weapons" trades none)
			// ("Haiti gangs swap stolen goods for US guns": a crime actor's swap)
			if g, e := f.goodsAfter(q); g != "" && g != schema.People && f.free(q, e) {
				f.addGoods(q, e, g, "")
			}
		}
	}
}

// colonGoods adds the goods a trade verb moves when a colon lists them:
// "These organisations move whatever pays: drugs, people, tobacco" (people
// moved are smuggled).
func (f *mentionFinder) colonGoods() {
	t := f.toks
	for c := 1; c+1 < len(t); c++ {
		if t[c].text != ":" {
			continue
		}
		verb := false
		for v := c - 1; v >= 0 && v >= c-3 && !t[v].punct; v-- {
			verb = verb || t[v].cls&cTrade != 0 && t[v].lower != "run" && t[v].lower != "runs" && t[v].lower != "running"
		}
		if !verb || !f.actorNamed() && !f.crimeListedAfter(c) {
			continue // (not "The ferry carries everything: cars, people, food")
		}
		for q := c + 1; q < len(t); q++ {
			if t[q].text == "," || t[q].lower == "and" || t[q].lower == "or" {
				continue
			}
			if t[q].punct || t[q].quote != 0 {
				break
			}
			if g, e := f.goodsAt(q); g != "" && f.free(q, e) {
				if g == schema.People {
					g = "migrant-smuggling"
				}
				f.add(mention{kind: mCrime, start: q, end: e, crime: g})
				q = e - 1
			}
		}
	}
}

// crimeListedAfter says whether a trade is among the first items of a list
// after the colon at c: "drugs, people, tobacco".
func (f *mentionFinder) crimeListedAfter(c int) bool {
	for _, m := range f.ms {
		if m.kind == mCrime && !m.actor && m.start > c && m.start <= c+8 {
			return true
		}
	}
	return false
}

// peopleNear says whether persons moved are named near i: "smugglers who
// brought migrants", "migrants and their smugglers".
func (f *mentionFinder) peopleNear(i int) bool {
	for q := i - 6; q < len(f.toks) && q <= i+6; q++ {
		if q > 0 && q > i && f.toks[q].lower == "person" && f.toks[q-1].lower == "per" {
			return true // "smugglers charge between £1,500 and £6,000 per person"
		}
		if q >= 0 && q != i {
			if g, _ := f.goodsAt(q); g == schema.People {
				return true
			}
		}
	}
	return false
}

// actorSwaps says whether a crime actor does the exchange verb in the few
// words before i: "gangs swap stolen goods for guns".
func (f *mentionFinder) actorSwaps(i int) bool {
	for k := i - 2; k >= 0 && k >= i-4 && !f.toks[k].punct; k-- {
		if exchangeVerbs.has(f.toks[k].lid) {
			return f.actorDoes(k)
		}
	}
	return false
}

// tradeBefore says whether a trade (no actor) ends in the few words before i.
func (f *mentionFinder) tradeBefore(i int) bool {
	for _, m := range f.ms {
		if m.kind == mCrime && !m.actor && m.end <= i && i-m.end <= 8 {
			return true
		}
	}
	return false
}

// movedGoods reads goods with a moving verb that no crime phrase names:
// "firearms smuggled south", "smuggled migrants", "trafficked workers",
// "traffic drugs", "smuggle weapons". It returns the crime type and the end.
func (f *mentionFinder) movedGoods(i int) (string, int) {
	t := f.toks
	if tradeNouns.has(t[i].nid) && i+1 < len(t) && (t[i+1].lower == "of" || t[i+1].lower == "in") {
		// "a steady flow of rifles", "the sale of weapons", "the trade in ivory"
		if g, e := f.goodsAfter(i + 1); g != "" && g != schema.People && (g != "counterfeiting" || i > 0 && illicitWords.has(t[i-1].lid)) {
			return g, e // ("the illicit export of petroleum": excise goods, called illicit)
		}
		return "", i
	}
	if t[i].cls&cTrade != 0 {
		// "sell drugs", "import cocaine": goods; people moved are smuggled ("networks that move people")
		if g, e := f.goodsAfter(i + 1); g != "" && (g != schema.People || peopleMovers.has(t[i].lid) && !(nounVerbs.has(t[i].lid) && i+1 < len(t) && occupationNouns.has(t[i+1].nid))) &&
			(g != "counterfeiting" || !supplyVerbs.has(t[i].lid) || illicitWords.has(t[i+1].lid)) {
			// (not "supplies fuel, aircraft and armed guards to mining camps": excise goods supplied
			// or bought are no crime unless called illicit; moved or carried, they are smuggled)
			if g == schema.People && f.traffickingBefore(i) {
				return "human-trafficking", e // "a trafficking network that brought Romanian women to the UK"
			}
			if g == schema.People {
				return "migrant-smuggling", e
			}
			return g, e
		}
		// "bring in phones, drugs and weapons": goods further down a list
		q := i + 1
		if q < len(t) && (t[q].lower == "in" || t[q].lower == "out") {
			q++
		}
		for n := 0; q+1 < len(t) && n < 3 && !t[q].punct && !t[q].cap && t[q].cls == 0 && (t[q+1].text == "," || t[q+1].lower == "and"); n++ {
			q += 2
			if g, e := f.goodsAt(q); g != "" && (g != schema.People || peopleMovers.has(t[i].lid)) && g != "counterfeiting" {
				if g == schema.People {
					return "migrant-smuggling", e // "ferry hashish and migrants": people carried with the goods
				}
				return g, e
			}
		}
		return "", i
	}
	if v := schema.MovingVerbs[t[i].lower]; v != "" {
		g, e := f.goodsAfter(i + 1)
		if g == "" || e > skipQuantity(t, i+1)+3 { // ("smuggle hundreds of millions of baby eels": past the quantity)
			return "", i
		}
		if g == schema.People {
			return v, e
		}
		return g, e
	}
	g, e := f.goodsAt(i)
	if g != "" && g != schema.People && g != "counterfeiting" && paidIn(t, i) >= 0 {
		return g, e // "are paid in cash and in weapons": goods given as payment are traded
	}
	if g == "" || e >= len(t) || f.used[e] {
		return "", i
	}
	if t[e].lower == "for" && t[e].hyphen && e+1 < len(t) && t[e+1].hyphen && g != schema.People {
		return g, e // "guns-for-drugs": goods bartered for goods
	}
	if (t[e].lower == "and" || t[e].lower == "or") && e+1 < len(t) && g != schema.People && g != "counterfeiting" {
		// "Guns and drugs move together": goods coordinated with a trafficked crime are its trade
		if _, v := f.d.lx.crimes.longest(t, e+1); v >= 0 && trafficked(f.d.lx.crimeVals[v].slug) {
			return g, e
		}
	}
	if g != schema.People && (t[e].norm == "trafficker" || t[e].norm == "smuggler" || t[e].norm == "dealer" || t[e].norm == "poacher") {
		return g, e + 1 // "Ivory traffickers", "gun smugglers": the goods' traders
	}
	if tradeNouns.has(t[e].nid) && g != schema.People && (g != "counterfeiting" || t[e].lower == "smuggling" || t[e].lower == "trafficking" || i > 0 && illicitWords.has(t[i-1].lid)) {
		// "arms purchases", "weapons shipments", "drug sales", "oil smuggling", "illicit oil sales"
		return g, e + 1
	}
	q := e
	if q+1 < len(t) && g != schema.People && (t[q].lower == "and" || t[q].lower == "or") {
		// "rhino horn and pangolin scales are frequently moved": goods coordinated in the subject
		if g2, e2 := f.goodsAt(q + 1); g2 != "" && g2 != schema.People {
			q = e2
		}
	}
	if q+1 < len(t) && g != schema.People && !t[q].punct && !t[q].cap && t[q].cls == 0 && beForms.has(t[q+1].lid) {
		q++ // "pangolin scales are": the goods' part
	}
	if q < len(t) && g != schema.People && (t[q].lower == "from" || t[q].lower == "in" || t[q].lower == "of") {
		// "Timber from conflict areas is laundered": past a place
		for r := q + 1; r < len(t) && r <= q+5 && !t[r].punct && t[r].quote == 0; r++ {
			if w := t[r].lower; w == "are" || w == "were" || w == "is" || w == "was" {
				q = r
				break
			}
			if f.d.isVerbForm(t[r].lower) || t[r].cls&cFinite != 0 {
				break
			}
		}
	}
	if q < len(t) && g != schema.People && (strings.HasSuffix(t[q].lower, "ed") || leftParticiples.has(t[q].lid)) && !f.d.isVerbForm(t[q].lower) {
		// "weapons left over from the conflict were smuggled": past a participle phrase
		for r := q + 1; r < len(t) && r <= q+7 && !t[r].punct && t[r].quote == 0; r++ {
			if w := t[r].lower; w == "are" || w == "were" || w == "is" || w == "was" {
				q = r
				break
			}
		}
	}
	if q < len(t) && (t[q].lower == "are" || t[q].lower == "were" || t[q].lower == "is" || t[q].lower == "was" || t[q].lower == "being" || t[q].lower == "been") {
		// "The weapons are typically moved by": goods moved in the passive
		for q++; q < len(t) && q < e+4 && ((t[q].cls&cAdv != 0) || strings.HasSuffix(t[q].lower, "ly") || t[q].lower == "being" || t[q].lower == "been"); q++ {
		}
		if q < len(t) && (schema.MovingVerbs[t[q].lower] != "" || (t[q].cls&cTrade != 0) || t[q].lower == "laundered" || t[q].lower == "paid" || t[q].lower == "financed" || t[q].lower == "funded" || t[q].lower == "bought") && (strings.HasSuffix(t[q].lower, "ed") || t[q].lower == "paid" || t[q].lower == "bought") && g != schema.People && g != "counterfeiting" {
			return g, e
		}
	}
	if g != schema.People && g != "counterfeiting" && e+1 < len(t) && arrivalVerbs.has(t[e].lid) && pathWords.has(t[e+1].lid) && (mention{start: i, end: e}).subject(t) && f.d.sentIndex > 1 {
		// "The guns come south in barrels", "Most weapons arrive through the port": goods
		// that come in are brought in (not in a headline, not people: "migrants arrive in")
		return g, e
	}
	if (t[e].cls&cTrade != 0) && (strings.HasSuffix(t[e].lower, "ed") || t[e].lower == "bought" || t[e].lower == "sold") && g != schema.People && g != "counterfeiting" {
		return g, e + 1 // "weapons bought in the United States", "drugs sold online"
	}
	if v := schema.MovingVerbs[t[e].lower]; v != "" && strings.HasSuffix(t[e].lower, "ed") {
		// "firearms smuggled south", "women trafficked into"
		if g == schema.People {
			return v, e + 1
		}
		return g, e + 1
	}
	return "", i
}

// traffickingBefore says whether a human trafficking mention ends shortly
// before i in the same clause: the people it moves are trafficked.
func (f *mentionFinder) traffickingBefore(i int) bool {
	for _, m := range f.ms {
		if m.kind == mCrime && schema.Root(m.crime) == "human-trafficking" && m.end <= i && i-m.end <= 3 {
			return true
		}
	}
	return false
}

// paidIn returns where the verb of paying stands when the goods at i are what
// someone is paid in ("paid in weapons", "pay their suppliers in cash and in
// rifles"), or -1.
func paidIn(t []token, i int) int {
	if i < 2 || t[i-1].lower != "in" {
		return -1
	}
	for q := i - 2; q >= 0 && q >= i-6; q-- {
		switch w := t[q].lower; {
		case payVerbs.has(t[q].lid):
			return q
		case t[q].punct && w != "," || t[q].cls&cClause != 0 || relativePronoun(w):
			return -1
		}
	}
	return -1
}

// supplyVerbs trade goods as any business does: "supplies fuel", "bought
// tobacco", "sell fuel and protection to the miners".
var supplyVerbs = set([]string{"supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "providing", "sell", "sells", "sold", "selling",
	"deliver", "delivers", "delivered", "delivering", "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing"})

// arrivalVerbs move goods of themselves: "the guns come south".
var arrivalVerbs = set([]string{"come", "comes", "came", "arrive", "arrives", "arrived", "flow", "flows", "flowed", "pour", "poured", "pours",
	"enter", "enters", "entered", "travel", "travels", "travelled", "traveled"})

// pathWords say where arriving goods go or come from.
var pathWords = set([]string{"in", "into", "through", "across", "from", "over", "via", "south", "north", "east", "west",
	"southward", "northward", "eastward", "westward", "southwards", "northwards", "eastwards", "westwards", "by", "on", "aboard"})

// leftParticiples open a participle phrase after goods: "weapons left over from the war".
var leftParticiples = set([]string{"left", "taken", "stolen", "seized", "held", "kept", "made", "found", "bought", "sold"})

// findingVerbs report what research found: no crime group "found that".
var findingVerbs = set([]string{"found", "finds", "documents", "documented", "concluded", "concludes", "estimates", "estimated", "recommends", "recommended"})

var orgDescriptors = set([]string{"think tank", "think-tank", "ngo", "charity", "watchdog", "firm", "company",
	"consultancy", "nonprofit", "non-profit", "foundation", "coalition", "campaign group", "rights group",
	"advocacy group", "research group", "research centre", "research center", "organisation", "organization",
	"news agency", "newspaper", "broadcaster", "outlet", "bank", "platform", "start-up", "startup", "militia",
	"collective", "association", "movement", "observatory", "humanitarian group", "aid group", "aid agency", "humanitarian organisation",
	"humanitarian organization", "humanitarian agency", "medical charity", "anti-corruption group", "watchdog group", "monitoring group"})

var orgNameParticles = set([]string{"de", "del", "la", "las", "los", "el", "en", "y", "e", "do", "da", "dos", "das",
	"di", "du", "des", "of", "for", "and", "on", "&", "the"})

// titledDocuments finds documents named by a capitalised title ("The Global
// Report on Trafficking in Persons", "the Serious and Organised Crime Threat
// Assessment"): the title speaks for its publisher, and the crime words in it
// name the document, not a crime the sentence is about.
func (f *mentionFinder) titledDocuments() {
	t := f.toks
	lx := f.d.lx
	for i := 0; i < len(t); i++ {
		if !t[i].cap || t[i].punct || f.used[i] {
			continue
		}
		start := i
		if t[i].cls&cDet != 0 {
			i++
		}
		j := i
		head := -1
		for j < len(t) && j-i < 12 && !f.used[j] && (t[j].cap && !t[j].punct || isDigits(t[j].text) || (orgConnectors.has(t[j].lid) || t[j].lower == "in") && j+1 < len(t) && t[j+1].cap) {
			if t[j].cap && lx.docNouns.has(t[j].nid) && j > i {
				head = j
			}
			j++
		}
		p := start - 1
		for p >= 0 && (t[p].cls&cDet != 0) {
			p--
		}
		agent := p >= 0 && (t[p].lower == "by" || t[p].lower == "from" || t[p].lower == "at" || t[p].lower == "with")
		if head >= 0 && (lx.orgHeads.has(t[i].nid) && i+1 < j && orgConnectors.has(t[i+1].lid) || head < j-1 && lx.orgHeads.has(t[j-1].nid)) {
			// "the Directorate of Criminal Investigations", "The National Investigation Agency":
			// an office named for its work
			head = -1
		}
		if head < 0 || j-i < 2 || agent {
			// "a study by the Small Arms Survey": after "by", an organization named like a document
			i = j
			continue
		}
		f.add(mention{kind: mDocNoun, start: start, end: j, head: t[head].norm})
		i = j - 1
	}
}

// describedOrgs finds organizations named after a common noun that says
// what they are: "the think tank Causa en Común", "the watchdog Global Witness".
func (f *mentionFinder) describedOrgs() {
	t := f.toks
	for i := 0; i+4 < len(t); i++ {
		// "UK Finance, the industry body, said": a name the gazetteers lack, then what it is
		if !t[i].cap || t[i].punct || f.used[i] || i > 0 && t[i-1].cap && !t[i-1].punct || t[i].cls&(cPron|cDet) != 0 {
			continue // (not "We, the undersigned civil society organizations,")
		}
		e := f.capRun(i, orgNameParticles, 6)
		if e == i || e+3 >= len(t) || t[e].text != "," || t[e+1].lower != "the" && t[e+1].lower != "a" && t[e+1].lower != "an" {
			continue
		}
		c := e + 2
		for c < len(t) && c <= e+5 && t[c].text != "," && !t[c].cap && !t[c].punct {
			c++
		}
		if c >= len(t) || c == e+2 || t[c].text != "," || !appositiveOrgs.has(t[c-1].nid) {
			continue
		}
		if g, v := f.d.lx.gaz.longest(t, i); v >= 0 && g == e {
			i = e
			continue // a known body or place keeps its gazetteer entry
		}
		if _, v := f.d.lx.crimes.longest(t, i); v >= 0 {
			i = e
			continue // a crime group the lexicon knows ("Tren de Aragua, a criminal organization,")
		}
		org := f.d.reg.get(KindOrg, span(f.text, t, i, e))
		f.add(mention{kind: mActor, start: i, end: e, ent: org})
		if f.d.described == nil {
			f.d.described = map[string]*entity{}
		}
		f.d.described[t[c-1].norm] = org // "The group urged": the body again
		f.d.described["group"] = org
		f.mark(e+1, c) // the description is no second speaker
		i = e
	}
	for i := 0; i+1 < len(t); i++ {
		if !t[i+1].cap && !(i+2 < len(t) && t[i+2].cap) || t[i].punct {
			continue // a name follows the descriptor, at most one word on
		}
		w := t[i].lower
		j := i + 1
		if i+1 < len(t) && f.d.lx.descFirst.m[w] && orgDescriptors.m[w+" "+t[i+1].lower] {
			j = i + 2
		} else if !orgDescriptors.m[w] || t[i].cap {
			continue
		}
		if j >= len(t) || !t[j].cap || f.used[j] {
			continue
		}
		e := f.capRun(j, orgNameParticles, 8)
		for e > j && orgNameParticles.has(t[e-1].lid) {
			e--
		}
		if e == j {
			continue
		}
		org := f.d.reg.get(KindOrg, span(f.text, t, j, e))
		f.add(mention{kind: mActor, start: j, end: e, ent: org})
		if lx := f.d.lx; i > 0 && t[i-1].cls&cDet != 0 && lx.institution.has(t[j-1].nid) {
			f.mark(i-1, j) // "the humanitarian group Médecins Sans Frontières": the description names no second body
		}
		if f.d.described == nil {
			f.d.described = map[string]*entity{}
		}
		f.d.described[t[j-1].norm] = org // "the group" may mean it later
		if h := t[j-1].norm; h == "firm" || h == "company" || h == "consultancy" || h == "startup" {
			f.d.described["company"], f.d.described["firm"] = org, org // "cybersecurity firm Sophos ... The company said"
		}
		i = e - 1
	}
}

// appositiveOrgs end a description that makes the name before it a body:
// "UK Finance, the industry body,", "Crime Stoppers, the charity,".
var appositiveOrgs = set([]string{"body", "regulator", "lobby", "association", "charity", "watchdog", "ngo", "nonprofit",
	"non-profit", "foundation", "think-tank", "tank", "organisation", "organization", "agency", "federation", "union", "coalition"})

func (f *mentionFinder) collectives() {
	t := f.toks
	lx := f.d.lx
	for i := 0; i < len(t); i++ {
		if f.used[i] || t[i].punct {
			continue
		}
		norm := t[i].norm
		if f.d.sources != nil && i > 0 && t[i-1].lower == "the" && sourceNouns.has(t[i].nid) && (pluralTok(t[i]) || t[i].lower == "people") && !f.used[i-1] {
			// "two of the people said" after "three people familiar with the investigation": those sources
			b := i - 1
			if b >= 2 && t[b-1].lower == "of" && (memberWords.has(t[b-2].lid) || quantifiers.has(t[b-2].lid) || isDigits(t[b-2].text)) && !f.used[b-2] {
				b -= 2 // "two of the people"
			}
			f.add(mention{kind: mActor, start: b, end: i + 1, ent: f.d.sources})
			continue
		}
		if !lx.groupWords.has(t[i].nid) {
			if f.peopleSpeaking(i) {
				f.collective(i, i+1) // "Several fishers said": people no list holds, named by what they do
			}
			continue // one lookup for the words that may start a group or an institution
		}
		two := ""
		if i+1 < len(t) && lx.collectiveFirst.has(t[i].nid) {
			two = norm + " " + t[i+1].norm
		}
		end := i + 1
		if two != "" && lx.collective.m[two] && pluralTok(t[i+1]) {
			end = i + 2
			norm = two
		}
		plural := strings.HasSuffix(t[end-1].lower, "s") || t[end-1].lower == "police" || t[end-1].lower == "media" || strings.HasSuffix(t[end-1].lower, "men") || strings.HasSuffix(t[end-1].lower, "people")
		if i > 0 && (t[i-1].lower == "its" || t[i-1].lower == "their") && memberNouns.has(t[i].nid) && f.d.crimeActor != "" && f.d.crimeSent >= f.d.sentIndex-3 && f.subjectSlot(i-1) {
			// "Its families own restaurants" after "the 'Ndrangheta": the crime group's people
			f.add(mention{kind: mCrime, start: i - 1, end: end, crime: f.d.crimeActor, actor: true})
			continue
		}
		if two != "" && lx.collective.m[two] && !pluralTok(t[i+1]) && i > 0 && oneDet(t, i) >= 0 && !nameBefore(t, oneDet(t, i)) {
			f.onePerson(oneDet(t, i), i+2) // "A police officer, who asked not to be named,"
			continue
		}
		d := i - 2
		if d >= 1 && t[d].lower != "a" && t[d].lower != "an" && !t[d].cap && !t[d].punct && t[d].cls == 0 {
			d-- // "A former forestry officer, who spoke on condition of anonymity, said": two modifiers
		}
		if d >= 0 && (t[d].lower == "a" || t[d].lower == "an") && (d == 0 || t[d-1].punct) && !t[i-1].cap && !t[i-1].punct && t[i-1].cls == 0 && !pluralTok(t[i-1]) &&
			lx.collective.m[norm] && !plural && !groupNouns.m[norm] && i+1 < len(t) && (t[i+1].text == "," && i+2 < len(t) && relativePronoun(t[i+2].lower) || lx.verbsOf(t[i+1].lid) != nil) {
			// "A coastguard officer, who asked not to be named, said": a service noun, then the person,
			// opening a clause whose verb reports
			f.onePerson(d, i+1)
			continue
		}
		switch {
		case lx.collective.m[norm] && plural:
			f.collective(i, end)
		case lx.collective.m[norm] && !plural && i > 0 && !groupNouns.m[norm] && oneDet(t, i) >= 0 && !nameBefore(t, oneDet(t, i)):
			f.onePerson(oneDet(t, i), end) // "a resident", "a former official" (not "Pereira, a former judge,": her role)
		case lx.collective.m[norm] && !plural && i > 0 && t[i-1].lower == "the" && f.d.personWithTitle(norm) != nil:
			// "The official said" after "a senior Western intelligence official told POLITICO"
			f.add(mention{kind: mActor, start: i - 1, end: end, ent: f.d.personWithTitle(norm)})
		case lx.institution.m[norm] && !plural && i > 0:
			f.institution(i, end)
		}
	}
}

// saidVerbs are the reporting verbs after which a plain plural noun speaks.
var saidVerbs = set([]string{"said", "say", "says", "told", "tell", "described", "recalled", "complained", "alleged", "recounted", "testified"})

// peopleSpeaking says whether the lowercase plural at i names people that
// report: an agent noun ("fishers", "shopkeepers", "migrants") or "-men",
// right before a reporting verb.
func (f *mentionFinder) peopleSpeaking(i int) bool {
	t := f.toks
	w := t[i].lower
	men := strings.HasSuffix(w, "men") // "the men told investigators", "women"
	if t[i].cap && i > 0 || !pluralTok(t[i]) && !men || i+1 >= len(t) || strings.HasSuffix(w, "ss") {
		return false
	}
	if i > 0 && (isDigits(t[i-1].text) || numberWords.has(t[i-1].lid)) && agentNoun(t[i].norm) && t[i].cls == 0 {
		return true // "interviewed 116 fishers": people counted, whom "them" may stand for later
	}
	return saidVerbs.has(t[i+1].lid) && (agentNoun(t[i].norm) || men)
}

// localNames reads a word glossed as another name for a crime's goods:
// "paid in \"tik\", the local name for the drug": tik is the drug.
func (f *mentionFinder) localNames() {
	t := f.toks
	for _, m := range f.ms {
		s := m.start
		if s > 0 && t[s-1].cls&cDet != 0 {
			s-- // "for the drug"
		}
		if m.kind != mCrime || m.actor || s < 5 || t[s-1].lower != "for" || !nameNouns.has(t[s-2].nid) {
			continue
		}
		c := s - 3
		for c > 0 && c >= s-5 && t[c].text != "," && (t[c].cls&cDet != 0 || adjective(t[c]) || !t[c].punct && !t[c].cap) {
			c--
		}
		if c < 1 || t[c].text != "," {
			continue
		}
		w := c - 1
		if t[w].quote != 0 && w > 0 {
			w-- // the closing quote mark
		}
		if w >= 0 && !t[w].punct && f.free(w, w+1) {
			f.add(mention{kind: mCrime, start: w, end: w + 1, crime: m.crime})
			return
		}
	}
}

// dealerNouns trade in goods: "ivory traders", "heroin dealers".
var dealerNouns = set([]string{"trader", "dealer", "seller", "merchant", "vendor", "buyer", "broker", "middleman", "middlemen"})

// wildlifeGoods are goods whose trade is itself a crime: "ivory traders".
var wildlifeGoods = set([]string{"wildlife", "ivory", "horn", "pangolin", "fin", "totoaba", "scale"})

// nameNouns gloss a word: "the local name for the drug".
var nameNouns = set([]string{"name", "term", "word", "slang", "nickname"})

// exploitedMigrants reads migrants exploited in a text about their smuggling:
// "Migrants who could not pay were made to work off their debt": the
// smuggled are the exploited, and "migrants" names their smuggling.
func (f *mentionFinder) exploitedMigrants() {
	t := f.toks
	for i := range t {
		if t[i].norm != "migrant" || !pluralTok(t[i]) || f.used[i] || i > 0 && !t[i-1].punct && t[i-1].cls&cDet == 0 {
			continue
		}
		for _, m := range f.ms {
			if m.kind == mCrime && m.crime == "human-trafficking" && m.start > i && m.start <= i+8 && !m.actor {
				for k := i + 1; k < m.start; k++ {
					if t[k].punct && t[k].text != "," {
						return
					}
				}
				f.add(mention{kind: mCrime, start: i, end: i + 1, crime: "migrant-smuggling"})
				return
			}
		}
		return
	}
}

// bareGroups are plural group nouns that name criminal groups when what they
// do is a crime: "networks involved in", "groups behind".
var bareGroups = set([]string{"networks", "groups", "gangs", "rings", "syndicates", "organizations", "organisations", "cells", "crews", "factions", "clans"})

// controlledBy says whether the group noun at i is the agent of a crime's
// control: "the smuggling is controlled by networks", "a trade run by
// powerful clans".
func (f *mentionFinder) controlledBy(i int) bool {
	t := f.toks
	k := i - 1
	for k > 0 && (t[k].cls&cDet != 0 || adjective(t[k])) && k >= i-3 {
		k--
	}
	if k < 2 || t[k].lower != "by" || !holdsTrade.has(t[k-1].lid) || f.used[i] {
		return false
	}
	for _, m := range f.ms {
		if m.kind == mCrime && !m.actor && m.end <= k-1 && m.end >= k-4 {
			return true
		}
	}
	return false
}

// crimeObject says whether a crime phrase opens the object at j, past
// determiners and modifiers: "illegal gold mining", "the cocaine routes".
func (f *mentionFinder) crimeObject(j int) bool {
	t := f.toks
	for k := j; k < len(t) && k <= j+2 && !t[k].punct; k++ {
		if _, v := f.d.lx.crimes.longest(t, k); v >= 0 {
			return true
		}
		if g, _ := f.goodsAt(k); g != "" && g != schema.People {
			return true
		}
		if t[k].cls&cDet == 0 && !adjective(t[k]) && !illicitWords.has(t[k].lid) {
			return false
		}
	}
	return false
}

// holdsTrade are what a group does to a crime it runs: "groups finance
// illegal gold mining", "factions control cocaine routes".
var holdsTrade = set([]string{"control", "controls", "controlled", "finance", "finances", "financed", "fund", "funds", "funded",
	"run", "runs", "ran", "operate", "operates", "operated", "dominate", "dominates", "dominated", "organise", "organises",
	"organised", "organize", "organizes", "organized"})

// groupInvolved says whether "involved in CRIME" (or "engaged in", "behind",
// "responsible for") follows at j.
func (f *mentionFinder) groupInvolved(j int) bool {
	t := f.toks
	switch {
	case j+1 < len(t) && (t[j].lower == "involved" || t[j].lower == "engaged" || t[j].lower == "specialising" || t[j].lower == "specializing") && t[j+1].lower == "in":
		j += 2
	case t[j].lower == "behind":
		j++
	case j+1 < len(t) && t[j].lower == "responsible" && t[j+1].lower == "for":
		j += 2
	case j+1 < len(t) && holdsTrade.has(t[j].lid):
		// "groups finance illegal gold mining", "factions ... control cocaine routes": the crime
		// is the object (not "finance their activities through kidnapping")
		return f.crimeObject(j + 1)
	case j+4 < len(t) && (t[j].lower == "that" || t[j].lower == "which") && (t[j+1].lower == "were" || t[j+1].lower == "was" || t[j+1].lower == "are"):
		// "the factions that were born in our prisons control cocaine routes": past a
		// passive relative clause, the group's own verb
		for k := j + 3; k+1 < len(t) && k <= j+8 && !t[k].punct; k++ {
			if holdsTrade.has(t[k].lid) && t[k-1].cls&(cDet|cPrep) == 0 {
				return f.crimeObject(k + 1)
			}
		}
		return false
	case j+2 < len(t) && (t[j].lower == "that" || t[j].lower == "who") && (tradeVerbs.has(t[j+1].lid) || schema.MovingVerbs[t[j+1].lower] != ""):
		// "networks that import cocaine", "gangs who smuggle migrants": what they move names them
		if g, _ := f.goodsAfter(j + 2); g != "" && g != schema.People {
			return true // (people moved name the smuggling itself)
		}
		return false
	default:
		return false
	}
	for k := j; k < len(t) && k <= j+3 && !t[k].punct; k++ {
		if _, v := f.d.lx.crimes.longest(t, k); v >= 0 {
			return true
		}
	}
	return false
}

// labelVerbs give a group a legal label: "designating cartels as terrorist
// organizations", "treating them as terrorists".
var labelVerbs = set([]string{"treat", "treats", "treated", "treating", "designate", "designates", "designated",
	"designating", "label", "labels", "labelled", "labeled", "labelling", "labeling", "list", "lists", "listed",
	"listing", "classify", "classifies", "classified", "classifying", "brand", "brands", "branded", "branding", "declare", "declared", "declaring"})

// designatedAs says whether the crime phrase at i follows "as [a|an]" after a
// verb of labelling, a few words back.
func designatedAs(t []token, i int) bool {
	q := i - 1
	for q > 0 && (t[q].cls&cDet != 0 || t[q].lower == "foreign" || t[q].lower == "specially") && i-q <= 3 {
		q--
	}
	if q < 1 || t[q].lower != "as" {
		return false
	}
	for k := q - 1; k >= 0 && q-k <= 5 && !t[k].punct; k-- {
		if labelVerbs.has(t[k].lid) {
			return true
		}
	}
	return false
}

// breachWords break a rule named after them: "in violation of UN sanctions".
var breachWords = set([]string{"violation", "violations", "violating", "violate", "violates", "violated", "breach",
	"breaches", "breaching", "breached", "flouting", "flout", "flouted", "defying", "defied", "defy", "evade", "evades",
	"evading", "evaded", "circumvent", "circumvents", "circumventing", "circumvented", "skirt", "skirting", "bust", "busting"})

// corruptionOf adds a corruption mention from start to one of the nouns at
// most three words after i ("corrupt local officials") and returns its
// end, or i.
func (f *mentionFinder) corruptionOf(start, i int, nouns wordSet) int {
	t := f.toks
	for e := i + 1; e < len(t) && e <= i+3 && !t[e].punct; e++ {
		if nouns.has(t[e].nid) {
			f.add(mention{kind: mCrime, start: start, end: e + 1, crime: "corruption"})
			return e + 1
		}
	}
	return i
}

// captureVerbs take over public bodies: "capture local governments".
var captureVerbs = set([]string{"capture", "captures", "captured", "capturing", "co-opt", "co-opts", "co-opted", "co-opting", "infiltrate", "infiltrates", "infiltrated", "infiltrating"})

// capturedBodies are the public bodies a criminal group captures.
var capturedBodies = set([]string{"government", "governments", "state", "institution", "police", "judiciary", "judge", "official", "municipality", "council", "mayor", "politician", "customs", "custom", "prosecutor", "court", "army", "military", "coastguard", "ministry"})

// subjectSlot says whether a noun phrase starting at i stands where a subject
// does: first in the sentence or clause, or after a reporting verb.
func (f *mentionFinder) subjectSlot(i int) bool {
	t := f.toks
	if i == 0 {
		return true
	}
	p := t[i-1]
	return p.punct || p.quote != 0 || p.cls&(cConj|cClause) != 0 || p.lower == "that" || f.d.lx.verbsOf(p.lid) != nil
}

// memberNouns are the people of a group: "its members", "their leaders".
var memberNouns = set([]string{"member", "leader", "boss", "fighter", "operative", "affiliate", "associate", "lieutenant", "henchman", "hitman", "family", "families", "clan", "cell"})

// actorBefore is the crime of the last crime actor this sentence names
// before i, or "".
func (f *mentionFinder) actorBefore(i int) string {
	slug, end := "", -1
	for _, m := range f.ms {
		if m.kind == mCrime && m.actor && m.end <= i && m.end > end {
			slug, end = m.crime, m.end
		}
	}
	return slug
}

// levyNouns are what an extorted victim pays: "quotas", "protection money".
var levyNouns = set([]string{"quota", "protection", "tribute", "tax", "levy", "fee", "rent", "toll", "zakat"})

// takerNouns receive a levy as extortion: "paying quotas to armed groups".
var takerNouns = set([]string{"group", "gang", "cartel", "militia", "mafia", "clan", "gunman", "bandit", "insurgent",
	"jihadist", "militant", "racketeer", "extortionist", "criminal", "mobster", "gangster", "faction"})

// paidLevy reads "pay(ing) [monthly] ["]quotas["] to [armed] groups" at i and
// returns the end of the takers, or i. A crime actor as taker ("to a
// criminal group") is a mention of its own: the levy ends before "to".
func (f *mentionFinder) paidLevy(i int) (int, bool) {
	t := f.toks
	j := i + 1
	for j < len(t) && j <= i+3 && (t[j].quote != 0 || adjective(t[j]) || strings.HasSuffix(t[j].lower, "ly") || t[j].cls&cDet != 0) && !levyNouns.has(t[j].nid) {
		j++
	}
	if j >= len(t) || !levyNouns.has(t[j].nid) {
		return i, false
	}
	e := j + 1
	if t[j].norm == "protection" && e < len(t) && (t[e].norm == "money" || t[e].norm == "fee" || t[e].norm == "payment") {
		e++
	}
	for e < len(t) && t[e].quote != 0 {
		e++
	}
	if e+1 >= len(t) || t[e].lower != "to" {
		return i, false
	}
	for q := e + 1; q < len(t) && (q <= e+4 || t[q].cap && q <= e+8) && !t[q].punct; q++ {
		// (a long name counts as one word: "to the Jalisco New Generation Cartel")
		if _, v := f.d.lx.crimes.longest(t, q); v >= 0 || f.used[q] {
			return e, false
		}
		if takerNouns.has(t[q].nid) {
			return q + 1, true
		}
	}
	return i, false
}

// peopleTrafficked says whether the passive "trafficked" at i has persons as
// its subject: "workers who had been trafficked", "women were trafficked".
func (f *mentionFinder) peopleTrafficked(i int) bool {
	t := f.toks
	k := i - 1
	if k < 0 || !beForms.has(t[k].lid) {
		return false
	}
	for k >= 0 && i-k <= 5 && (beForms.has(t[k].lid) || t[k].cls&(cAdv|cFinite) != 0 && t[k].cls&cDet == 0 || t[k].lower == "who" || t[k].lower == "that" || t[k].lower == "had" || t[k].lower == "have" || t[k].lower == "has") {
		k--
	}
	if k < 0 {
		return false
	}
	g, _ := f.goodsAt(k)
	if g == "" && k > 0 && !f.used[k] {
		g, _ = f.goodsAt(k - 1) // "human beings"
	}
	if g == "" && (quantifiers.has(t[k].lid) || t[k].lower == "others") {
		// "Hundreds of thousands of people work in them, and many were trafficked": people named before
		for q := k - 1; q >= 0 && q >= k-15; q-- {
			if g2, _ := f.goodsAt(q); g2 == schema.People {
				return true
			}
		}
	}
	return g == schema.People
}

var beForms = set([]string{"be", "been", "being", "is", "are", "was", "were"})

// plainName says whether toks[i:j] are capitalised words that no gazetteer
// knows: a person's name, not "and Morocco".
func (f *mentionFinder) plainName(i, j int) bool {
	for q := i; q < j; q++ {
		if !f.toks[q].cap || f.toks[q].punct {
			return false
		}
		if _, g := f.d.lx.gaz.longest(f.toks, q); g >= 0 {
			return false
		}
	}
	return true
}

// docModifiers stand between an owner and its document: "Europol's latest
// annual report".
var docModifiers = set([]string{"latest", "annual", "new", "recent", "own", "first", "final", "last", "quarterly",
	"monthly", "yearly", "biennial", "flagship", "global", "interim", "special", "internal", "confidential", "leaked", "full", "short", "detailed", "technical"})

// attackNouns, paid for, are terrorist attacks where the text is about terrorism.
var attackNouns = set([]string{"attack", "bombing", "plot", "operation"})

// fundedBefore says whether a verb of paying for stands before the noun at i,
// past a determiner, a number or an adjective: "financed several attacks".
func fundedBefore(t []token, i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && (t[k].cls&cDet != 0 || quantifiers.has(t[k].lid) || numberWords.has(t[k].lid) || isDigits(t[k].text) || adjective(t[k]) || t[k].lower == "several" || t[k].lower == "its" || t[k].lower == "their") {
		k--
	}
	if k < 0 {
		return false
	}
	w := t[k].lower
	return strings.HasPrefix(w, "financ") || strings.HasPrefix(w, "fund") || strings.HasPrefix(w, "bankroll") || w == "for" && k > 0 && strings.HasPrefix(t[k-1].lower, "pa")
}

// drugPlants are the drugs that grow: a text about them calls them "the plants".
var drugPlants = set([]string{"cannabis", "marijuana", "coca", "poppy", "opium", "khat", "weed"})

var plantNouns = set([]string{"plants", "crop", "crops", "harvest", "plantation", "plantations"})

// forgedWords before papers name document fraud: "forged passports".
var forgedWords = set([]string{"forged", "fraudulent", "false", "fake", "falsified", "counterfeit", "fraudulently-obtained"})

// fakedGoods are goods that are counterfeited: "fake painkillers".
var fakedGoods = set([]string{"painkiller", "pill", "tablet", "medicine", "medication", "vaccine", "drug", "pharmaceutical", "antibiotic",
	"cigarette", "perfume", "watch", "handbag", "clothing", "good", "product", "spare", "part", "pesticide", "alcohol", "vodka", "wine", "toy", "cosmetic", "banknote", "note", "coin"})

var forgedPapers = set([]string{"document", "passport", "visa", "id", "card", "paper", "permit", "certificate", "licence", "license",
	"declaration", "invoice", "manifest", "title", "deed"})

// demandVerbs with a levy as object are extortion: "demand payments from".
var demandVerbs = set([]string{"demand", "demands", "demanded", "demanding", "collect", "collects", "collected",
	"collecting", "extract", "extracts", "extracted", "extracting"})

// levyModifiers returns where the levy a demand names starts, past its
// determiners and adjectives from e up to limit: "a monthly fee", "every
// dredge a weekly fee" after the payer.
func levyModifiers(t []token, e, limit int) int {
	for e < len(t) && e <= limit && (t[e].cls&cDet != 0 || adjective(t[e]) || t[e].lower == "monthly" || t[e].lower == "weekly") && !levyNouns.has(t[e].nid) && t[e].norm != "payment" {
		e++ // ("a weekly payment": "payment" ends like an adjective)
	}
	return e
}

// taxCompounds follow "tax" the noun: "tax evasion", "tax authorities".
var taxCompounds = set([]string{"evasion", "evader", "avoidance", "haven", "authority", "office", "official", "inspector",
	"return", "revenue", "break", "code", "rate", "credit", "payer", "collector", "adviser", "advisor", "lawyer", "law", "crime", "investigator", "agency", "administration"})

// imposeVerbs put a levy on someone: "imposed illegal tolls on vehicles".
var imposeVerbs = set([]string{"impose", "imposes", "imposed", "imposing"})

// taxVerbs, done by a crime actor, are extortion: "the group taxes traders".
var taxVerbs = set([]string{"tax", "taxes", "taxed", "taxing", "levy", "levies", "levied", "levying", "racketeer", "racketeers"})

// fundedThrough says whether the word at i stands in the list of means a
// raiser funds itself by: "raised funds through ..., and the taxation of",
// "finance themselves through", "earn money from".
func fundedThrough(t []token, i int) bool {
	for q := i - 1; q >= 1 && q >= i-16; q-- {
		if w := t[q].lower; w == "through" || w == "from" || w == "by" {
			p := q - 1
			if t[p].cls&cPron != 0 && p > 0 {
				p-- // "finance themselves through"
			}
			if moneyWords.has(t[p].nid) || strings.HasPrefix(t[p].lower, "financ") || strings.HasPrefix(t[p].lower, "fund") {
				return true
			}
		}
		if t[q].text == ";" || t[q].text == ":" {
			break
		}
	}
	return false
}

// actorSubjectOf says whether a crime actor ends right before the verb at i,
// past auxiliaries and adverbs: "the insurgents (also) tax".
func (f *mentionFinder) actorSubjectOf(i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 3 && (f.toks[k].cls&(cAdv|cFinite) != 0 && f.toks[k].cls&cDet == 0) {
		k--
	}
	for _, m := range f.ms {
		if m.kind == mCrime && m.actor && (m.end == k+1 || m.end == k && memberNouns.has(f.toks[k].nid)) {
			return true // ("JNIM fighters collect": the group's people)
		}
	}
	return false
}

// actorPronounOf says whether the subject of the verb at i is "they" or "it"
// after a sentence that named a crime actor: "... groups affiliated with
// JNIM rarely dig for gold themselves. Instead, they tax mining sites".
func (f *mentionFinder) actorPronounOf(i int) bool {
	k := i - 1
	for k >= 0 && f.toks[k].cls&cAdv != 0 && f.toks[k].cls&cDet == 0 {
		k--
	}
	return k >= 0 && (f.toks[k].lower == "they" || f.toks[k].lower == "it") && f.d.actorNow && (k == 0 || f.toks[k-1].punct)
}

// actorDoes says whether a crime actor is the subject of the verb at i:
// right before it ("the insurgents tax"), before a relative clause ("the
// cartels that once fought over drug routes now take"), or first in a pair
// ("the Jalisco cartel and local rivals charge").
func (f *mentionFinder) actorDoes(i int) bool {
	if f.actorSubjectOf(i) {
		return true
	}
	t := f.toks
	if i >= 2 && crimeAnaphorHeads.has(t[i-1].nid) && !pluralTok(t[i-1]) && (t[i-2].lower == "the" || t[i-2].lower == "this") && f.d.crimeActor != "" && f.d.sentIndex-f.d.crimeSent <= 3 &&
		(i == 2 || t[i-3].punct) {
		// "\"The group taxes artisanal miners ...\"" after an armed group: the crime actor named before,
		// read before the later pass finds its anaphor
		return true
	}
	if i >= 2 && t[i-1].norm == "network" && t[i-2].lower == "the" && (i == 2 || t[i-3].punct) && (f.d.recentTradeWithin(3) != "" || f.d.mainTrade() != "") {
		return true // "The networks pay dockworkers ..." in a text about the cocaine trade: its networks (as functional() reads them)
	}
	for _, m := range f.ms {
		if m.kind != mCrime || !m.actor || m.end >= i || i-m.end > 12 {
			continue
		}
		if q := m.end; q+1 < i && (t[q].lower == "in" || t[q].lower == "across" || t[q].lower == "from") {
			// "Jihadist groups in western Niger are levying a tax": past the place, then the auxiliaries
			q++
			for q < i && (t[q].cap && !t[q].punct || placeAdjectives.has(t[q].lid) || t[q].cls&cDet != 0) {
				q++
			}
			for q < i && t[q].cls&(cAdv|cFinite) != 0 && t[q].cls&cDet == 0 {
				q++
			}
			if q == i && !t[i-1].cap {
				return true
			}
		}
		r := asideRelative(t, m.end) // "fighters linked to al-Qaeda's Sahel branch, who take"
		switch {
		case relativePronoun(t[r].lower):
			ok := true
			for q := r + 1; q < i; q++ {
				ok = ok && !t[q].punct && t[q].lower != "that" && t[q].lower != "who"
			}
			if ok {
				return true
			}
		case t[m.end].lower == "and" && i-m.end <= 3:
			ok := true
			for q := m.end + 1; q < i; q++ {
				ok = ok && !t[q].punct && !t[q].cap && t[q].cls&(cPrep|cFinite) == 0
			}
			if ok && pluralTok(t[i-1]) {
				return true
			}
		case t[m.end].text == "," && t[i-1].text == "," && i-1 > m.end+1:
			// "The Clan del Golfo, Colombia's largest armed group, collects": an appositive between
			ok := true
			for q := m.end + 1; q < i-1; q++ {
				ok = ok && !t[q].punct && t[q].cls&(cFinite|cClause) == 0 && f.d.lx.verbsOf(t[q].lid) == nil && !relativePronoun(t[q].lower) || t[q].norm == "'s"
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// corruptDeed says whether the word at i is an official's corrupt deed, one
// word long: "State officials are complicit in", "their collusion with
// criminal networks", "prison guards are paid to bring in", "officers
// providing the gang with information".
func (f *mentionFinder) corruptDeed(i int) bool {
	t := f.toks
	switch {
	case t[i].lower == "involved" && i >= 2 && i+2 < len(t) && t[i+1].lower == "in" && (t[i+2].cls&cDet != 0 || f.crimeAhead(i+2, 0)) &&
		(beForms.has(t[i-1].lid) && officialNouns.has(t[i-2].nid) || i >= 3 && t[i-1].lower == "also" && beForms.has(t[i-2].lid) && officialNouns.has(t[i-3].nid)) && i < 8:
		// (the officials the sentence opens with, not "An NCA officer said the same gangs were involved")
		// "Senior army officers are also involved in the trade": officials in a crime are corrupt
		return true
	case t[i].lower == "part" && i >= 2 && i+3 < len(t) && t[i+1].lower == "of" && beForms.has(t[i-1].lid) && f.officialBefore(i) &&
		(t[i+2].lower == "the" || t[i+2].lower == "this") && schemeNouns.has(t[i+3].nid):
		// "Local officials are part of the scheme": officials in on a crime
		return true
	case collusionWords.has(t[i].lid):
		return f.officialBefore(i) || i+2 < len(t) && t[i+1].lower == "with" && f.crimeActorAhead(i+2)
	case t[i].lower == "paid":
		return i > 0 && beForms.has(t[i-1].lid) && paidToAt(t, i) > 0 && f.officialBefore(i)
	case leakVerbs.has(t[i].lid):
		return f.officialBefore(i) && (f.leaksInformation(i) || f.sellsOffice(i))
	case steerVerbs.has(t[i].lid):
		return f.officialBefore(i) && f.sellsOffice(i)
	case issueVerbs.has(t[i].lid):
		// "local officials had issued land titles over indigenous territory to front men for
		// traffickers": what an office gives out, given to a crime's people
		return f.officialBefore(i) && f.sellsOffice(i) && f.givenToCrime(i)
	case takeVerbs.has(t[i].lid) && (t[i].lower == "receiving" || t[i].lower == "received" || t[i].lower == "accepting" || t[i].lower == "accepted" || t[i].lower == "pocketing" || t[i].lower == "pocketed"):
		// "Border guards waved the smugglers' trucks through after receiving envelopes of cash":
		// officials paid, where a crime is afoot
		return f.officialBefore(i) && moneyIn(t, i+1, i+5, "bribe", "gift", "envelope") && f.otherCrimeIn(i)
	}
	return false
}

// tradeMeans are the places and vehicles of a trade that a text names by a
// definite description once the trade is its topic: "the camps" of illegal
// mining, "the factories" of counterfeit goods, "the vessels" of a shadow fleet.
var tradeMeans = map[string]wordSet{
	"environmental-crime": set([]string{"mine", "pit", "camp", "dredge", "excavation", "sawmill", "trawler", "vessel", "concession", "truck", "lorry"}),
	"drug-trafficking":    set([]string{"farm", "plantation", "field", "crop", "shipment", "consignment", "kitchen", "submarine", "truck", "lorry", "vehicle"}),
	"counterfeiting":      set([]string{"factory", "workshop", "shipment", "consignment", "truck", "lorry"}),
	"human-trafficking":   set([]string{"brothel", "compound", "workshop", "factory", "vessel"}),
	"migrant-smuggling":   set([]string{"boat", "dinghy", "crossing", "safe-house", "truck", "lorry", "vehicle", "van"}),
	"fraud":               set([]string{"compound", "call-center", "website", "platform"}),
	"sanctions-evasion":   set([]string{"vessel", "tanker", "ship", "cargo"}),
	"arms-trafficking":    set([]string{"shipment", "consignment", "crate", "truck"}),
}

// namedMeans notes the nouns a sentence names as the means of a crime, so
// that a definite description of them later stands for its actor: the plural
// nouns money is laundered through ("They launder it through mixers,
// over-the-counter brokers and chains of exchanges ... Some of those brokers
// also serve"), and what smuggled goods travel in ("smuggle baby eels out of
// Europe in suitcases ... bribed to let the suitcases through").
func (f *mentionFinder) namedMeans() {
	t := f.toks
	for i := range t {
		if !launders(t[i]) || t[i].lower == "laundered" && i > 0 && t[i-1].cls&cDet != 0 {
			continue
		}
		q := i + 1
		for q < len(t) && q <= i+6 && t[q].lower != "through" && t[q].lower != "via" && !t[q].punct {
			q++
		}
		if q >= len(t) || t[q].lower != "through" && t[q].lower != "via" {
			continue
		}
		for k := q + 1; k < len(t) && k <= q+16; k++ {
			w := t[k]
			if w.text == "." || w.text == ";" || w.lower == "in" || w.lower == "across" || w.lower == "to" || w.lower == "for" || relativePronoun(w.lower) {
				break
			}
			if pluralTok(w) && !w.cap && !w.punct && w.cls&(cDet|cPrep|cConj|cPron) == 0 && !strings.HasSuffix(w.lower, "ss") {
				f.noteMeans(w.norm, "money-laundering")
			}
		}
		break
	}
	for _, m := range f.ms {
		if m.kind != mCrime || m.actor || !trafficked(m.crime) || schema.Root(m.crime) == "human-trafficking" {
			continue
		}
		for q := m.end; q+1 < len(t) && q <= m.end+6 && t[q].text != ";" && t[q].text != "."; q++ {
			if t[q].lower != "in" && t[q].lower != "inside" && t[q].lower != "aboard" {
				continue
			}
			k := q + 1
			for k < len(t) && k <= q+3 && (t[k].cls&cDet != 0 || isDigits(t[k].text) || adjective(t[k])) {
				k++
			}
			if k < len(t) && pluralTok(t[k]) && !t[k].cap && !t[k].punct && t[k].cls == 0 && !placeNouns.has(t[k].nid) {
				f.noteMeans(t[k].norm, schema.Root(m.crime)) // "in suitcases", "in shipping containers"
			}
			break
		}
	}
}

// placeNouns name where or when goods go, not what carries them: "sell drugs in towns".
var placeNouns = set([]string{"town", "city", "village", "area", "region", "country", "street", "part", "year", "month", "week", "day",
	"place", "state", "province", "district", "neighbourhood", "neighborhood", "market", "community", "prison", "school", "case",
	"form", "amount", "quantity", "suburb", "port", "airport", "border", "zone", "camp", "hour", "decade"})

// noteMeans records a noun as the means of a crime in this sentence.
func (f *mentionFinder) noteMeans(norm, crime string) {
	if f.d.namedMeans == nil {
		f.d.namedMeans = map[string]namedMean{}
	}
	f.d.namedMeans[norm] = namedMean{crime: crime, sent: f.d.sentIndex}
}

// namedMean is the crime a noun was named the means of, and where.
type namedMean struct {
	crime string
	sent  int
}

// meansNamed returns the crime the text named the noun the means of in the
// last three sentences, or "".
func (f *mentionFinder) meansNamed(norm string) string {
	if m, ok := f.d.namedMeans[norm]; ok && f.d.sentIndex-m.sent <= 3 && m.sent < f.d.sentIndex {
		return m.crime
	}
	return ""
}

// meansOfTrade returns the trade whose means the noun norm at i names: the trade
// named before it in the sentence, else of the last three sentences, else the
// trade the text is most about; or "".
func (f *mentionFinder) meansOfTrade(norm string, i int) string {
	d := f.d
	last := ""
	for _, m := range f.ms {
		if m.kind == mCrime && m.end <= i && tradeMeans[schema.Root(m.crime)].m != nil {
			last = schema.Root(m.crime) // ("The tobacco smugglers of the 1990s built the boats": this sentence's trade)
		}
	}
	if last != "" {
		if tradeMeans[last].m[norm] {
			return last
		}
		return ""
	}
	if t := d.recentTradeWithin(3); t != "" && tradeMeans[schema.Root(t)].m[norm] {
		return schema.Root(t)
	}
	if r := schema.Root(d.mainTrade()); r != "" && tradeMeans[r].m[norm] {
		return r
	}
	return ""
}

// otherCrimeIn says whether the sentence names a crime other than at i.
func (f *mentionFinder) otherCrimeIn(i int) bool {
	for k := range f.toks {
		if k != i {
			if _, c := f.d.lx.crimes.longest(f.toks, k); c >= 0 && schema.Root(f.d.lx.crimeVals[c].slug) != "corruption" {
				return true
			}
		}
	}
	return false
}

// paidToAt returns where the purpose "to" of "paid" at i stands: right after
// it, or past the sum ("are paid up to 100,000 euros per container to retrieve
// the drugs"); else 0.
func paidToAt(t []token, i int) int {
	sum := false
	for q := i + 1; q+1 < len(t) && q <= i+10 && (!t[q].punct || (t[q].text == "," || t[q].text == ".") && isDigits(t[q-1].text)); q++ {
		if t[q].lower == "to" && !isDigits(t[q+1].text) && !t[q+1].cap && t[q+1].cls&cDet == 0 && !t[q+1].punct {
			if q > i+1 && !sum || dutyVerbs.has(t[q+1].lid) {
				return 0 // ("paid overtime to patrol the festival": no sum, and lawful work)
			}
			return q
		}
		sum = sum || isDigits(t[q].text) || moneyWords.has(t[q].nid) || t[q].text == "£" || t[q].text == "$" || t[q].text == "€"
	}
	return 0
}

// issueVerbs give out what an office gives out: lawful, unless given to a crime's people.
var issueVerbs = set([]string{"issue", "issues", "issued", "issuing", "grant", "grants", "granted", "granting"})

// givenToCrime says whether what the verb at i gives goes "to" a crime
// group, or to front men for one.
func (f *mentionFinder) givenToCrime(i int) bool {
	t := f.toks
	for k := i + 1; k+1 < len(t) && k <= i+10 && t[k].text != ";" && t[k].text != "."; k++ {
		if t[k].lower != "to" {
			continue
		}
		j := k + 1
		if t[j].cls&cDet != 0 && j+1 < len(t) {
			j++
		}
		if j+2 < len(t) && (t[j].lower == "front" || t[j].lower == "straw") && t[j+2].lower == "for" {
			j += 3 // "front men for traffickers"
			if j < len(t) && t[j].cls&cDet != 0 {
				j++
			}
		}
		if _, v := f.d.lx.crimes.longest(t, j); v >= 0 && f.d.lx.crimeVals[v].actor {
			return true
		}
		return false
	}
	return false
}

// steerVerbs hand public business to a chosen party: "steered contracts to its companies".
var steerVerbs = set([]string{"steer", "steers", "steered", "steering", "rig", "rigs", "rigged", "rigging"})

// officeGoods are what an office gives out: an official who sells or steers
// them is corrupt ("Forestry officials sold logging permits to the highest bidder").
var officeGoods = set([]string{"permit", "license", "concession", "contract", "tender", "position", "job", "visa", "passport", "bid", "title", "deed"})

// sellsOffice says whether the verb at i gives out what an office gives out.
func (f *mentionFinder) sellsOffice(i int) bool {
	for k := i + 1; k < len(f.toks) && k <= i+4 && !f.toks[k].punct; k++ {
		if officeGoods.has(f.toks[k].nid) {
			return true
		}
	}
	return false
}

// collusionWords name complicity; with officials or criminals they are corruption.
var collusionWords = set([]string{"complicit", "colluding", "collusion", "complicity", "connivance", "colluded", "collude", "colludes"})

// chargeVerbs, with persons as object and a purpose, name smuggling for a fee.
// migrantNouns are the people a smuggler moves for money.
var migrantNouns = set([]string{"migrant", "refugee", "asylum-seeker", "emigrant", "immigrant"})

var chargeVerbs = set([]string{"charge", "charges", "charged", "charging"})

// leakVerbs pass information on: officials who do so for criminals are corrupt.
var leakVerbs = set([]string{"providing", "provided", "provide", "provides", "passing", "passed", "pass", "selling",
	"sold", "sell", "leaking", "leaked", "leak", "feeding", "fed", "tipping", "tipped"})

// leaksInformation says whether information is what the verb at i passes on
// ("providing the gang with information", "selling information").
func (f *mentionFinder) leaksInformation(i int) bool {
	if (f.toks[i].lower == "tipped" || f.toks[i].lower == "tipping") && i+1 < len(f.toks) && f.toks[i+1].lower == "off" {
		return true // "Police officers tipped off the gang before raids"
	}
	for k := i + 1; k < len(f.toks) && k <= i+6 && !f.toks[k].punct; k++ {
		switch f.toks[k].lower {
		case "information", "intelligence", "tip-offs", "tips", "details", "data":
			return true
		}
	}
	return false
}

// crimeActorAhead says whether a crime actor phrase starts within three words
// of j: "with criminal networks".
func (f *mentionFinder) crimeActorAhead(j int) bool {
	for k := j; k < len(f.toks) && k <= j+3 && !f.toks[k].punct; k++ {
		if _, v := f.d.lx.crimes.longest(f.toks, k); v >= 0 {
			return true
		}
	}
	return false
}

// takeVerbs with a share as object name bribery when officials take it:
// "officials took a cut", "police accepted kickbacks".
var takeVerbs = set([]string{"take", "takes", "took", "taken", "taking", "accept", "accepts", "accepted", "accepting",
	"receive", "receives", "received", "receiving", "pocket", "pockets", "pocketed", "pocketing", "demand", "demands",
	"demanded", "demanding", "skim", "skims", "skimmed", "skimming"})

// sellVerbs with "protection" as object name a protection racket when a crime
// actor sells it: "the cartel sells protection to avocado growers".
var sellVerbs = set([]string{"sell", "sells", "sold", "selling", "offer", "offers", "offered", "offering"})

var takenShares = set([]string{"cut", "kickback", "payoff", "pay-off", "backhander", "share"})

// dutyVerbs are what officials are paid to do lawfully: "paid officers to work
// overtime".
var dutyVerbs = set([]string{"work", "attend", "train", "patrol", "serve", "stay", "study", "relocate", "retire", "leave", "join"})

// paidNouns are what an official takes from a crime actor: "took payments
// from the traffickers", "accepted money from the cartel".
var paidNouns = set([]string{"payment", "money", "cash", "gift", "bribe", "fund", "sum"})

// officialBefore says whether an official is the subject of the verb at i:
// one of officialNouns at most six words before, no punctuation between.
func (f *mentionFinder) officialBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && (!f.toks[k].punct || f.toks[k].text == "'" || f.toks[k].text == "’" || f.toks[k].text == "," && k > 0 && (f.toks[k-1].cap || f.toks[k+1].cap)); k-- {
		// (past a possessive's apostrophe: "waved the smugglers' trucks through")
		// ("The former commander, Juan Carlos Mejia, allegedly took": past a name in apposition)
		if officialNouns.has(f.toks[k].nid) || f.toks[k].lower == "police" {
			return true
		}
	}
	return false
}

// payOffVerbs bribe with "off": "pay off officials", "bought off the police".
var payOffVerbs = set([]string{"pay", "pays", "paid", "paying", "buy", "buys", "bought", "buying"})

// namesInSentence says whether a mention of e is in the sentence so far.
func (f *mentionFinder) namesInSentence(e *entity) bool {
	for _, m := range f.ms {
		if m.ent == e {
			return true
		}
	}
	return false
}

// armedForces are a country's forces named by their common noun: "the army".
var armedForces = set([]string{"junta", "army", "navy", "military", "air force", "coast guard"})

// partitives pick members out of a group: "one of the leaders".
var partitives = set([]string{"one", "two", "three", "some", "several", "many", "most", "each", "both", "none", "few", "all"})

// edAdjectives end in -ed but modify the noun after them: "senior retired officials".
var edAdjectives = set([]string{"retired", "unnamed", "armed", "elected", "trained", "skilled", "experienced",
	"concerned", "interested", "informed", "specialised", "specialized", "dedicated", "qualified", "appointed",
	"unidentified", "masked", "suspected", "alleged", "accused", "detained", "jailed", "convicted", "affected",
	"displaced", "united", "organised", "organized", "uniformed", "seasoned", "respected", "licensed", "registered"})

// reportsNext says whether a reporting verb follows at i, after adverbs.
func (f *mentionFinder) reportsNext(i int) bool {
	for i < len(f.toks) && (f.toks[i].cls&cAdv != 0) {
		i++
	}
	return i < len(f.toks) && f.d.lx.verbsOf(f.toks[i].lid) != nil
}

// ownGroupWords make a collective a group of its own, not members of the
// text's organisation: "Opposition leaders", "community leaders".
var ownGroupWords = set([]string{"opposition", "rebel", "community", "religious", "business", "tribal", "village",
	"student", "party", "militia", "church", "clan", "traditional", "civic", "union", "industry", "faith", "youth",
	"indigenous", "local", "gang", "aid", "humanitarian", "relief", "rescue", "social", "health", "care", "shelter", "camp",
	"port", "farm", "factory", "human", "environmental", "civil", "advocacy", "campaign", "rights",
	// what the officials do: "customs officers", "revenue officials", "border guards"
	"customs", "revenue", "border", "tax", "immigration", "intelligence", "security", "prison", "coast", "fisheries",
	"forestry", "wildlife", "election", "enforcement", "counterterrorism", "counter-terrorism", "anti-corruption", "narcotics"})

// ownGroup says whether the modifiers toks[k:i] of a collective make it a group of its own.
func (f *mentionFinder) ownGroup(k, i int) bool {
	for q := k; q < i; q++ {
		if ownGroupWords.has(f.toks[q].lid) {
			return true
		}
	}
	return false
}

// groupNouns are the collective nouns whose singular is no person: "a
// country", "a bank".
var groupNouns = set([]string{"country", "nation", "state", "member state", "government", "authority", "firm",
	"company", "bank", "lender", "agency", "watchdog", "union", "family", "ngo", "charity", "think tank", "police",
	"delegation", "rights group", "human rights group", "environmental group", "advocacy group", "aid group",
	"civil society group", "campaign group", "non-governmental organization", "staff", "crew member", "source"})

// oneDet returns where "a", "an" or "one" stands before the noun at i, past
// up to two role adjectives ("a former official", "one senior diplomat"), or -1.
func oneDet(t []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch w := t[k].lower; {
		case w == "a" || w == "an" || w == "one":
			return k
		case roleAdjectives.m[w] || w == "former" || w == "retired" || t[k].cap && !t[k].punct:
		default:
			return -1
		}
	}
	return -1
}

// licenceNouns are what a resource activity lacks when it is a crime;
// resourceActivity names the activity ("fishing vessels ... without licences").
var licenceNouns = set([]string{"licence", "license", "permit", "authorization", "authorisation", "concession"})

var resourceActivity = set([]string{"fishing", "fish", "trawler", "logging", "logger", "mining", "miner", "mine", "timber", "vessel", "boat", "mined", "logged", "felled", "fished", "extracted", "harvested",
	"dredge", "dredging", "dredger"})

// schemeNouns name a crime as an enterprise officials may be part of.
var schemeNouns = set([]string{"scheme", "racket", "trade", "business", "network", "operation", "plot"})

// recentFraud says whether the text named fraud in the last few sentences.
func (f *mentionFinder) recentFraud() bool {
	return f.d.namedWithin("fraud", 4)
}

// envTrade says whether the text is about a crime against the environment:
// named in the last few sentences, or most of all.
func (f *mentionFinder) envTrade() bool {
	return f.d.namedWithin("environmental-crime", 5) || f.d.mainTrade() == "environmental-crime"
}

// namedWithin says whether the text named the trade in the last n sentences.
func (d *docState) namedWithin(root string, n int) bool {
	for _, r := range d.namedTrades {
		if r.root == root && d.sentIndex-r.sent <= n {
			return true
		}
	}
	return false
}

// gainsNamed says whether this sentence names a crime's gains: "Cocaine
// profits", "drug money".
func (f *mentionFinder) gainsNamed() bool {
	for _, m := range f.ms {
		if m.kind == mCrime && !m.actor && m.end < len(f.toks) && moneyWords.has(f.toks[m.end].nid) {
			return true
		}
	}
	return false
}

// moneyAbroad reads money moved out of the country after the verb at i:
// "move money out of the country", "send the cash abroad". It returns the
// end, or i.
func moneyAbroad(t []token, i int) int {
	q := i + 1
	for q < len(t) && q <= i+2 && (t[q].cls&cDet != 0 || t[q].lower == "their" || t[q].lower == "its") {
		q++
	}
	if q >= len(t) || !moneyWords.has(t[q].nid) {
		return i
	}
	q++
	switch {
	case q+3 < len(t) && t[q].lower == "out" && t[q+1].lower == "of" && t[q+2].lower == "the" && t[q+3].lower == "country":
		return q + 4
	case q < len(t) && (t[q].lower == "abroad" || t[q].lower == "offshore" || t[q].lower == "overseas"):
		return q + 1
	}
	return i
}

// resourceNear says whether this sentence or the one before names the taking
// of a natural resource: "dredge for gold", "fishing vessels".
func (f *mentionFinder) resourceNear() bool {
	has := func(t []token) bool {
		for _, x := range t {
			if resourceActivity.has(x.nid) || resourceActivity.m[x.lower] {
				for _, y := range t {
					if naturalResources.m[strings.ToLower(y.text)] && y.lower != "river" && y.lower != "land" {
						// "dredge for gold": "the gold" later is the goods of the crime
						if f.d.goodsNouns == nil {
							f.d.goodsNouns = map[string]namedMean{}
						}
						f.d.goodsNouns[y.lower] = namedMean{crime: "environmental-crime", sent: f.d.sentIndex}
					}
				}
				return true
			}
		}
		return false
	}
	here := has(f.toks)
	return f.d.sentIndex >= 2 && has(tokenize(f.d.res.Sentences[f.d.sentIndex-2].Text, nil)) || here
}

// sanctionedCargo drops the goods a sentence about sanctions evasion names
// as its cargo: "tankers that carry Russian oil in breach of the G7 price
// cap" move oil against sanctions, not smuggled fuel.
func (f *mentionFinder) sanctionedCargo() {
	evasion := false
	for _, m := range f.ms {
		evasion = evasion || m.kind == mCrime && m.crime == "sanctions-evasion"
	}
	if !evasion {
		return
	}
	kept := f.ms[:0]
	for _, m := range f.ms {
		if m.kind == mCrime && !m.actor && m.crime == "counterfeiting" && sanctionedGoods.has(f.toks[m.end-1].nid) {
			continue
		}
		kept = append(kept, m)
	}
	f.ms = kept
}

// officialsListed says whether officials are named in the list of objects
// that starts at i: "dockworkers, crane operators, sometimes customs staff".
func officialsListed(t []token, i int) bool {
	for q := i; q < len(t) && q <= i+10; q++ {
		if t[q].text == "," || t[q].lower == "and" || t[q].lower == "or" || t[q].lower == "even" || t[q].lower == "sometimes" || t[q].lower == "occasionally" {
			if officialsAt(t, q+1, 2) {
				return true
			}
			continue
		}
		if t[q].punct || t[q].cls&(cPrep|cClause) != 0 || beForms.has(t[q].lid) {
			return false
		}
	}
	return false
}

// officialsAt says whether officials are named at i, past up to n modifiers
// and articles: "local police officers", "the customs inspectors".
func officialsAt(t []token, i, n int) bool {
	q := i
	for q < len(t) && q <= i+n && !t[q].punct && !sworn.has(t[q].nid) && t[q].cls&(cPrep|cConj|cClause|cPron) == 0 {
		q++
	}
	return q < len(t) && sworn.has(t[q].nid)
}

// helpWords are what officials lend a crime group: "with the help of local administrators".
var helpWords = set([]string{"help", "complicity", "support", "protection", "connivance", "assistance", "cooperation"})

// actorNamed says whether the sentence has named a crime actor so far.
func (f *mentionFinder) actorNamed() bool {
	for _, m := range f.ms {
		if m.kind == mCrime && m.actor {
			return true
		}
	}
	return false
}

// sworn are the officers whose paying is bribery, not wages: "pay local
// police officers", "paid customs inspectors".
var sworn = set([]string{"police", "policeman", "officer", "official", "judge", "prosecutor", "guard", "customs", "inspector",
	"soldier", "mayor", "politician", "agent", "clerk", "magistrate", "border", "warden", "administrator", "councillor", "councilor"})

// gainsPay says whether gains are what pays at i: "Part of the profits were
// used to pay", "the money went to pay".
func gainsPay(t []token, i int) bool {
	used := false
	for q := i - 1; q >= 0 && q >= i-8 && !t[q].punct; q-- {
		switch {
		case t[q].lower == "used" || t[q].lower == "went" || t[q].lower == "spent":
			used = true
		case moneyWords.has(t[q].nid) && used:
			return true
		}
	}
	return false
}

// devotedTo says whether "dedicated to", "devoted to" or "specialised in"
// starts at i.
func devotedTo(t []token, i int) bool {
	switch t[i].lower {
	case "dedicated", "devoted", "committed":
		return t[i+1].lower == "to"
	case "specialised", "specialized", "specialising", "specializing":
		return t[i+1].lower == "in"
	}
	return false
}

// closedWaters and areaNouns name where taking nature is forbidden: "in
// closed areas", "in protected zones", "in a no-take reserve".
var closedWaters = set([]string{"closed", "protected", "restricted", "prohibited", "no-take", "banned"})

var areaNouns = set([]string{"area", "zone", "water", "reserve", "park", "forest", "sanctuary", "season", "rainforest", "woodland", "habitat"})

// bribedFor says whether a bribe named before i was paid to obtain what
// stands at i: "bribed forestry officials to obtain logging permits".
func (f *mentionFinder) bribedFor(i int) bool {
	t := f.toks
	g := i - 1
	if g >= 0 && t[g].cls&cDet != 0 {
		g--
	}
	if g < 1 || !obtainVerbs.has(t[g].lid) || t[g-1].lower != "to" {
		return false
	}
	for _, m := range f.ms {
		if m.kind == mCrime && m.crime == "corruption" && m.end <= g && g-m.end <= 8 {
			return true
		}
	}
	return false
}

// obtainVerbs obtain a permit or contract: "to obtain logging permits".
var obtainVerbs = set([]string{"obtain", "get", "secure", "win", "acquire", "receive", "buy", "extend", "renew"})

// carriedOutAt returns where the verb that carried out the attacks at i
// starts ("carried out attacks", "staged the bombings"), or 0.
func carriedOutAt(t []token, i int) int {
	v := i - 1
	if v > 0 && t[v].cls&cDet != 0 {
		v--
	}
	switch {
	case v >= 1 && t[v].lower == "out" && (t[v-1].lower == "carried" || t[v-1].lower == "carry" || t[v-1].lower == "carrying" || t[v-1].lower == "carries"):
		return v - 1
	case v >= 1 && attackVerbs.has(t[v].lid):
		return v
	}
	return 0
}

// attackVerbs commit attacks; personNouns are who may commit them.
var (
	attackVerbs = set([]string{"staged", "stage", "launched", "launch", "perpetrated", "perpetrate", "committed", "commit", "plotted", "plot", "planned", "plan", "executed"})
	personNouns = set([]string{"man", "men", "people", "person", "suspect", "attacker", "individual", "perpetrator", "member", "youth", "woman", "women", "militant", "recruit"})
)

// affiliatedWords tie followers to a group; followerNouns are the followers:
// "groups affiliated with JNIM", "fighters loyal to the Islamic State".
var (
	affiliatedWords = set([]string{"affiliated", "linked", "allied", "loyal", "aligned", "connected", "tied", "close"})
	followerNouns   = set([]string{"group", "faction", "cell", "fighter", "militant", "unit", "affiliate", "network", "militia", "brigade", "battalion", "splinter"})
)

// growVerbs grow or hold a trade's output: "expand production".
var growVerbs = set([]string{"expand", "expanded", "expanding", "expands", "increase", "increased", "increasing", "increases",
	"boost", "boosted", "boosting", "control", "controls", "controlled", "controlling", "dominate", "dominates", "dominated",
	"scale", "ramp", "ramped", "double", "doubled", "relocate", "relocated", "move", "moved", "shift", "shifted", "resume", "resumed"})

// extractVerbs take from nature: done illegally, they are environmental crime.
var extractVerbs = set([]string{"cut", "felled", "fell", "log", "logged", "logging", "fish", "fished", "fishing", "mine", "mined", "mining",
	"dug", "dig", "digging", "extract", "extracts", "extracted", "extracting", "harvest", "harvested", "harvesting", "hunt", "hunted", "hunting",
	"poach", "poached", "poaching", "dump", "dumped", "dumping", "clear", "cleared", "clearing", "burn", "burned", "burnt", "catch", "caught", "trap", "trapped"})

// bioVerbs open an introduction's account of a person: "X spent twenty
// years ...", "X has led ...".
var bioVerbs = set([]string{"spent", "has", "worked", "joined", "led", "leads", "runs", "ran", "heads", "headed", "founded", "directs", "directed"})

// hideVerbs hide where money comes from: "to hide the money".
var hideVerbs = set([]string{"hide", "hides", "hid", "hidden", "hiding", "conceal", "conceals", "concealed", "concealing",
	"disguise", "disguises", "disguised", "disguising", "obscure", "obscures", "obscured", "obscuring", "mask", "masked", "masking"})

// moneyIn says whether money ("the funds", "payments") or one of the words
// also is named in t[i:j]: "the origin of the assets", "cash from sex
// trafficking into the formal economy".
func moneyIn(t []token, i, j int, also ...string) bool {
	for q := i; q < j && q < len(t); q++ {
		if moneyWords.has(t[q].nid) || t[q].norm == "payment" || slices.Contains(also, t[q].norm) {
			return true
		}
	}
	return false
}

// saysNext says whether a plain verb of saying follows at i ("the group
// said", "the organization says"), not one that may mean something else
// ("the group charges migrants").
func saysNext(t []token, i int) bool {
	if i < len(t) && (t[i].cls&cAdv != 0 || t[i].lower == "also") {
		i++
	}
	if i >= len(t) {
		return false
	}
	switch t[i].lower {
	case "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "states", "warned", "warns", "reported", "reports", "found", "finds", "argued", "argues", "believes", "estimated", "estimates", "documented", "documents", "wrote", "writes", "explained", "urged", "called", "claimed", "claims", "alleged", "alleges":
		return true
	}
	return false
}

// shipNouns move goods: "the illegal shipment of ... waste".
var shipNouns = set([]string{"shipment", "export", "import", "trade", "transport", "dumping", "disposal", "movement"})

// licitWords name the lawful economy dirty money is moved into.
var licitWords = set([]string{"formal", "legal", "legitimate", "licit", "lawful", "financial", "banking", "regular"})

// illegalAdverbs say a deed broke the law: "cut trees illegally".
var illegalAdverbs = set([]string{"illegally", "illicitly", "unlawfully"})

// blindEyeAt says whether a phrase of looking away starts at i: "looked the
// other way", "turn a blind eye".
func blindEyeAt(t []token, i int) bool {
	switch t[i].lower {
	case "look", "looks", "looked", "looking":
		return i+3 < len(t) && t[i+1].lower == "the" && t[i+2].lower == "other" && t[i+3].lower == "way"
	case "turn", "turns", "turned", "turning":
		return i+3 < len(t) && t[i+1].lower == "a" && t[i+2].lower == "blind" && t[i+3].lower == "eye"
	}
	return false
}

// goodsTraded says whether goods a crime type names start at q, past a
// determiner: a phrase of the lexicon ("counterfeit goods") or a goods noun
// ("drugs", "weapons"), not people.
func (f *mentionFinder) goodsTraded(q int) bool {
	t := f.toks
	if q < len(t) && t[q].cls&cDet != 0 {
		q++
	}
	if q >= len(t) {
		return false
	}
	if _, v := f.d.lx.crimes.longest(t, q); v >= 0 {
		return schema.Root(f.d.lx.crimeVals[v].slug) != "human-trafficking"
	}
	g := schema.Goods[t[q].norm]
	return g != "" && g != schema.People
}

// officialPaid says whether the pay verb at i pays an official a sum or to
// do something: "paid a Border Force officer $150,000", "pays port officials
// to look away" (not "paid the officers' salaries").
func (f *mentionFinder) officialPaid(i int) bool {
	t := f.toks
	q := i + 1
	if q < len(t) && t[q].cls&cDet != 0 && t[q].lower != "their" && t[q].lower != "its" {
		q++
	}
	for n := 0; q < len(t) && n < 3 && !officialNouns.has(t[q].nid) && !t[q].punct && (t[q].cap || adjective(t[q]) || pluralModifiers.has(t[q].lid) || t[q].lower == "port" || t[q].lower == "border"); n++ {
		q++
	}
	if q < len(t) && (!officialNouns.has(t[q].nid) || ordinaryStaff(t[q])) {
		// a list of payees: "pay dock workers and customs officers for information", "pay crane
		// operators, truck drivers and customs officers tens of thousands of euros": its officials
		last := -1
		for r := q; r < len(t) && r <= q+12; r++ {
			w := t[r]
			if officialNouns.has(w.nid) && !ordinaryStaff(w) && !(r+1 < len(t) && officialNouns.has(t[r+1].nid)) {
				last = r // ("customs officers": the head)
				continue
			}
			if w.text == "," || w.lower == "and" || !w.cap && !w.punct && w.cls&(cDet|cPrep|cFinite|cPron|cClause|cConj) == 0 && !isDigits(w.text) && !moneyCounts.has(w.lid) {
				continue
			}
			break
		}
		if last >= 0 {
			q = last
		}
	}
	if q+1 >= len(t) || !officialNouns.has(t[q].nid) || ordinaryStaff(t[q]) {
		return false
	}
	n := t[q+1]
	return n.text == "$" || n.text == "€" || n.text == "£" || isDigits(n.text) || moneyCounts.has(n.lid) && q+2 < len(t) && t[q+2].lower == "of" || n.lower == "to" && q+2 < len(t) && !t[q+2].cap && t[q+2].cls&cDet == 0 || n.lower == "bribes" || n.lower == "kickbacks" ||
		n.lower == "for" && q+2 < len(t) && paidFavours.has(t[q+2].lid)
}

// clearVerbs destroy a forest; forestNouns are what they destroy.
var (
	clearVerbs = set([]string{"clear", "clears", "cleared", "clearing", "destroy", "destroys", "destroyed", "destroying", "burn", "burns",
		"burned", "burnt", "burning", "raze", "razes", "razed", "razing", "fell", "fells", "felled", "felling", "raze", "strip", "stripping", "stripped"})
	forestNouns = set([]string{"forest", "forests", "rainforest", "rainforests", "jungle", "mangrove", "mangroves", "woodland", "woodlands"})
	forestSizes = set([]string{"area", "areas", "swathes", "swaths", "tracts", "hectares", "acres", "parts", "stretches", "patches", "much", "part"})
)

// forestObject returns the end of a forest a clearing verb destroys, the
// phrase starting at i ("large areas of protected forest", "the Maya
// forest", "2,000 hectares of rainforest"), or 0.
func forestObject(t []token, i int) int {
	for q := i; q < len(t) && q <= i+6; q++ {
		w := t[q]
		switch {
		case forestNouns.has(w.lid):
			return q + 1
		case w.punct && w.text != ",":
			return 0
		case w.cls&cDet != 0, w.cap, isDigits(w.text), adjective(w), forestSizes.has(w.lid), w.lower == "of", w.lower == "protected", w.lower == "large", w.lower == "vast", w.lower == "huge", w.lower == "entire", w.lower == "whole", w.lower == "tropical", w.lower == "primary", w.lower == "virgin", w.lower == "native", w.lower == "ancient":
		default:
			return 0
		}
	}
	return 0
}

// enterVerbs bring money into the legal economy; legalWords say which.
var (
	enterVerbs = set([]string{"enter", "enters", "entered", "entering"})
	legalWords = set([]string{"legal", "legitimate", "formal", "licit", "regular"})
)

// fakeWords make a product counterfeit; fakeProducts are the products.
var (
	fakeWords    = set([]string{"falsified", "counterfeit", "fake", "substandard", "bogus"})
	fakeProducts = set([]string{"medicine", "medicines", "antimalarial", "antimalarials", "antibiotic", "antibiotics", "vaccine", "vaccines",
		"pharmaceutical", "pharmaceuticals", "pill", "pills", "tablet", "tablets", "drug", "drugs", "product", "products", "goods", "spare", "banknote", "banknotes", "perfume", "alcohol", "spirits", "pesticide", "pesticides"})
)

// hiddenAfter follow goods that were smuggled: "weapons hidden in ...".
var hiddenAfter = set([]string{"hidden", "concealed", "stashed", "secreted", "smuggled"})

// captiveAfter follow people held against their will: "teenagers locked inside a house".
var captiveAfter = set([]string{"locked", "imprisoned", "confined", "chained", "enslaved", "shackled", "caged"})

// ordinaryStaff are the official nouns that name no office: "dock workers".
func ordinaryStaff(w token) bool {
	return w.norm == "worker" || w.norm == "employee" || w.norm == "staff"
}

// insiderFavours are what employees are paid to do for criminals, against
// their employer: "paid bank employees to ignore the alerts" (not "paid
// workers to dig").
var insiderFavours = set([]string{"reveal", "leak", "disclose", "tip", "warn", "alert", "ignore", "overlook", "falsify", "alter",
	"delete", "erase", "look", "turn", "wave", "let", "approve", "open"})

// moneyCounts count money paid: "tens of thousands of euros".
var moneyCounts = set([]string{"tens", "hundreds", "thousands", "millions", "billions"})

// paidFavours are what officials are paid for: "pay customs officers for information".
var paidFavours = set([]string{"information", "tips", "tip-offs", "protection", "access", "favours", "favors", "warnings", "silence", "help", "permits", "passage"})

// recruitVerbs take children into a crime; childNouns are the children;
// childJobs are what they are made to do, or be ("to carry", "as couriers").
var (
	recruitVerbs = set([]string{"recruit", "recruits", "recruited", "recruiting", "groom", "grooms", "groomed", "grooming",
		"use", "uses", "used", "using", "exploit", "exploits", "exploited", "exploiting", "force", "forces", "forced", "forcing",
		"coerce", "coerces", "coerced", "coercing", "lure", "lures", "lured", "luring", "enlist", "enlists", "enlisted", "enlisting"})
	childNouns = set([]string{"child", "children", "minor", "minors", "teenager", "teenagers", "teen", "teens", "juvenile", "juveniles",
		"kid", "kids", "boy", "boys", "girl", "girls", "schoolchildren", "youngster", "youngsters", "adolescent", "adolescents", "schoolboys", "schoolgirls"})
	childJobs = set([]string{"carry", "sell", "deliver", "move", "transport", "deal", "smuggle", "run", "store", "hide", "commit",
		"fight", "kill", "traffic", "courier", "distribute", "collect", "stash", "guard",
		"courier", "couriers", "mule", "mules", "lookout", "lookouts", "runner", "runners", "dealer", "dealers", "soldier", "soldiers",
		"hitman", "hitmen", "sicario", "sicarios", "spotter", "spotters", "gunman", "gunmen", "fighter", "fighters", "informant", "informants", "drivers"})
)

// childrenUsed reads the verb at i as children recruited for a crime's
// work: "recruit children as young as eleven to carry the drugs", "use
// teenagers as lookouts", "groomed schoolboys to sell cannabis". It returns
// the end of the children, or 0.
func childrenUsed(t []token, i int) int {
	c := i + 1
	for c < len(t) && c <= i+3 && !childNouns.has(t[c].lid) && (t[c].cls&cDet != 0 || adjective(t[c]) || t[c].lower == "local" || t[c].lower == "young" || t[c].lower == "vulnerable") {
		c++
	}
	if c < len(t) && t[c].lower == "them" && c == i+1 && slices.ContainsFunc(t[:i], func(w token) bool { return childNouns.has(w.lid) }) {
		// "recruit children online ..., she said, and use them to carry heroin": the children again
	} else if c >= len(t) || !childNouns.has(t[c].lid) {
		return 0
	}
	q := c + 1
	if q < len(t) && (t[q].lower == "from" || t[q].lower == "in" || t[q].lower == "at" || t[q].lower == "across") {
		// "recruit children from our schools to carry it": where they are taken from, then the job
		for q++; q < len(t) && q <= c+5 && !t[q].punct && t[q].lower != "to" && t[q].lower != "as"; q++ {
		}
	}
	if childJobAt(t, q) > 0 {
		return c + 1
	}
	return 0
}

// childJobAt returns where the job children are used for is named after
// them, from q: "to carry", "as couriers", past "as young as eleven"; or 0.
func childJobAt(t []token, q int) int {
	if q+3 < len(t) && t[q].lower == "as" && t[q+1].lower == "young" && t[q+2].lower == "as" {
		q += 4 // "children as young as eleven"
	}
	if q+1 < len(t) && (t[q].lower == "to" || t[q].lower == "as" || t[q].lower == "into") && childJobs.has(t[q+1].lid) {
		return q + 1
	}
	return 0
}

// layerVerbs move money along; layerMany say it went through many hands;
// layerVehicles are what it went through, and hidingVehicles those that hide
// it even once ("shell companies", "mixers").
var (
	layerVerbs = set([]string{"pass", "passes", "passed", "passing", "move", "moves", "moved", "moving", "route", "routes", "routed", "routing",
		"funnel", "funnels", "funnelled", "funneled", "channel", "channels", "channelled", "channeled", "cycle", "cycled", "bounce", "bounced",
		"run", "ran", "layer", "layered", "filter", "filtered", "flow", "flows", "flowed", "pushed", "push",
		"convert", "converts", "converted", "converting", "send", "sends", "sent", "sending", "transfer", "transfers",
		"transferred", "transferring", "wire", "wires", "wired", "wiring", "deposit", "deposits", "deposited", "depositing", "split", "splits"})
	layerMany = set([]string{"dozens", "hundreds", "thousands", "chain", "web", "series", "network", "maze", "string", "layers", "succession",
		"multiple", "several", "numerous", "many", "various", "countless", "cascade"})
	layerVehicles = set([]string{"wallet", "account", "company", "firm", "exchange", "entity", "jurisdiction", "bank", "corporation"})
)

// organiseVerbs arrange a crossing: "organising small boat crossings".
var organiseVerbs = set([]string{"organise", "organises", "organised", "organising", "organize", "organizes", "organized",
	"organizing", "arrange", "arranges", "arranged", "arranging", "facilitate", "facilitates", "facilitated", "facilitating", "run", "runs", "running"})

// timeUnits measure how long wages went unpaid: "not paid for five months".
var timeUnits = set([]string{"month", "week", "year", "day"})

// ransomHolds keep a person until a ransom is paid: "held them for ransom".
var ransomHolds = set([]string{"hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping", "seize", "seized",
	"snatch", "snatched", "grab", "grabbed", "capture", "captured", "detain", "detained", "take", "took", "taken", "kidnapped"})

// sparedAt says whether what follows a payment to a crime group at i is what
// the payer buys from it: "to be left alone", "for protection", "to keep working".
func sparedAt(t []token, i int) bool {
	if i+1 >= len(t) {
		return false
	}
	switch t[i].lower {
	case "for":
		w := t[i+1].lower
		return w == "protection" || w == "security" || w == "safety" || w == "permission" || w == "the right"
	case "to":
		w := t[i+1].lower
		return w == "be" && i+2 < len(t) && (t[i+2].lower == "left" || t[i+2].lower == "spared" || t[i+2].lower == "allowed") ||
			w == "keep" || w == "stay" || w == "operate" || w == "continue" || w == "avoid" || w == "remain" || w == "work" || w == "trade"
	}
	return false
}

// frontNouns are the firms a "shell" or "front" names.
var frontNouns = set([]string{"company", "firm", "business", "corporation", "entity"})

// labourVerbs are work a person may be forced to do: "made to tend cannabis plants".
var labourVerbs = set([]string{"work", "tend", "harvest", "pick", "cook", "clean", "sew", "fish", "mine", "dig", "beg", "steal",
	"carry", "grow", "cultivate", "guard", "serve", "scam", "defraud", "labor", "toil", "pack", "process", "sell", "deal", "commit", "run", "operate", "staff", "smuggle", "transport",
	"hold", "stash", "store", "hide", "keep"})

// crimeLabour are the verbs of forced work that name trafficking only with a
// crime after them ("forced to sell drugs", not "forced to sell their land").
var crimeLabour = set([]string{"sell", "deal", "carry", "steal", "commit", "process", "pack", "run", "operate", "staff", "smuggle", "transport", "hold", "stash", "store", "hide", "keep"})

// crimeAhead says whether a crime of the lexicon starts within n words after i.
func (f *mentionFinder) crimeAhead(i, n int) bool {
	for q := i; q < len(f.toks) && q <= i+n; q++ {
		if _, c := f.d.lx.crimes.longest(f.toks, q); c >= 0 {
			return true
		}
		if g, _ := f.goodsAt(q); g != "" && g != schema.People {
			return true
		}
	}
	return false
}

// cashBusinesses take cash over the counter: money run through them is mixed
// with takings ("through a chain of car washes").
var cashBusinesses = set([]string{"wash", "casino", "restaurant", "bar", "nightclub", "shop", "salon", "dealership", "pizzeria", "barbershop", "barber",
	"hotel", "bureau", "kiosk", "parlor", "cafe", "laundromat"})

// layeredThrough reads "through" at i as money layered through many
// accounts or through vehicles that hide it: money before a moving verb
// ("the funds were moved", "deposits pass"), then "through dozens of
// wallets", "through a chain of shell companies", "through mixers". It returns
// the span from the verb to the vehicle, or e = 0.
func layeredThrough(t []token, i int) (int, int) {
	v := i - 1
	if v >= 1 && t[v].cls&cAdv != 0 {
		v-- // "passed quickly through"
	}
	money := false
	if v >= 1 && !layerVerbs.has(t[v].lid) {
		// "converted the stolen cryptocurrency through dozens of exchanges": the money as the
		// verb's object; the span starts at "through" (the object may be a mention of its own,
		// "moved its drug money")
		verb := -1
		for q := i - 1; q > 0 && q >= i-5 && !t[q].punct && verb < 0; q-- {
			w := t[q].norm
			money = money || moneyWords.m[w] || w == "payment" || w == "ransom"
			if layerVerbs.has(t[q-1].lid) {
				verb = q - 1
			}
		}
		switch {
		case verb < 0:
			return 0, 0
		case money:
			v = i
		case verb == i-2 && (t[i-1].lower == "abroad" || t[i-1].lower == "offshore" || t[i-1].lower == "overseas" || t[i-1].lower == "out" || t[i-1].lower == "home" || t[i-1].lower == "back"):
			v = verb // "the proceeds are moved abroad through hawala networks": the money before the verb
		default:
			return 0, 0
		}
	}
	if v < 1 || v != i && !layerVerbs.has(t[v].lid) {
		return 0, 0
	}
	for q := v - 1; !money && q >= 0 && q >= v-8 && t[q].text != ";" && t[q].text != "."; q-- {
		if w := t[q].norm; moneyWords.m[w] || w == "deposit" || w == "payment" || w == "ransom" || w == "loot" || w == "profit" {
			money = true
			break
		}
	}
	if !money {
		return 0, 0
	}
	many := false
	for q := i + 1; q < len(t) && q <= i+7 && !t[q].punct; q++ {
		w := t[q].norm
		switch {
		case layerMany.has(t[q].lid) || isDigits(t[q].text) && t[q].text != "1":
			many = true
		case w == "hawala" || w == "hawaladar" || w == "remittance" || w == "transfer" && t[q-1].norm == "money" && q+1 < len(t) && (t[q+1].norm == "agent" || t[q+1].norm == "business" || t[q+1].norm == "operator" || t[q+1].norm == "company"):
			return v, q + 1 // "moved through hawala brokers", "through money transfer agents", "through remittance shops"
		case w == "shell" || w == "front" || w == "mixer" || w == "tumbler" || w == "mixing" || w == "offshore":
			for e := q + 1; e < len(t) && e <= q+2; e++ {
				if layerVehicles.has(t[e].nid) || t[e].norm == "service" {
					return v, e + 1
				}
			}
			if w == "mixer" || w == "tumbler" {
				return v, q + 1
			}
		case cashBusinesses.m[w] && t[i].lower == "through" && (layerMany.has(t[q-1].lid) || q >= 2 && layerMany.has(t[q-2].lid) || pluralTok(t[q])):
			return v, q + 1 // "funnelled through a chain of car washes", "through nail bars and restaurants"
		case layerVehicles.m[w] && (t[i].lower != "into" || many):
			if many || pluralTok(t[q]) && q+1 < len(t) && t[q+1].lower == "in" && q+2 < len(t) && (layerMany.has(t[q+2].lid) || isDigits(t[q+2].text)) {
				return v, q + 1 // ("through accounts in several countries")
			}
			if w == "account" && pluralTok(t[q]) && q+2 < len(t) && t[q+1].lower == "of" && pluralTok(t[q+2]) && (agentNoun(t[q+2].norm) || shortAgents.has(t[q+2].nid) || accountHolders.has(t[q+2].nid)) {
				return v, q + 3 // "moved through the accounts of students recruited in the UK": money mules
			}
		}
	}
	return 0, 0
}

// passportsKept says whether the passport at i is kept from its holders, a
// mark of forced labour: "having their passports confiscated", "employers
// withheld the workers' passports" (not "police seized the suspects' passports").
func passportsKept(t []token, i int) bool {
	own := false
	for q := i - 1; q >= 0 && q >= i-3; q-- {
		if w := t[q].lower; w == "their" || w == "his" || w == "her" || strings.HasSuffix(w, "s'") || w == "'" || w == "’" || w == "'s" {
			own = true
		}
	}
	if !own {
		return false
	}
	for q := i - 4; q <= i+3 && q < len(t); q++ {
		if q < 0 || q == i {
			continue
		}
		switch t[q].lower {
		case "police", "officers", "customs", "authorities", "investigators", "suspects", "suspect":
			return false
		case "confiscated", "confiscate", "confiscating", "withheld", "withhold", "withholding", "taken", "took", "retained", "kept", "held":
			return true
		}
	}
	return false
}

// natureNouns are what the law protects in the wild; takeNatureVerbs take
// it ("felled protected trees", "poached protected species").
var natureNouns = set([]string{"tree", "species", "wildlife", "animal", "forest", "timber", "bird", "reptile", "mammal", "fish", "shark", "turtle", "coral", "plant", "orchid", "hardwood", "mangrove", "rainforest", "woodland", "primate", "parrot", "tortoise", "elephant", "rhino", "tiger", "pangolin",
	"rosewood", "mahogany", "ebony", "teak", "cedar", "wood", "log", "eel"})

// landMeasures measure land: "thousands of hectares of protected rainforest".
var landMeasures = set([]string{"hectare", "acre", "tract", "swathe", "swath", "stretch", "area", "kilometre", "kilometer", "mile"})

// parkNouns end the name of land under protection: "the national park", "a nature reserve".
var parkNouns = set([]string{"park", "reserve", "sanctuary"})

// takenInPark reads "park" at i as the end of a place where nature was
// taken: "logs cut inside the national park", "rhinos poached in the reserve".
// It returns the span [b, e) from the verb, or e = 0.
func takenInPark(t []token, i int) (int, int) {
	q := i - 1
	for q > 0 && i-q <= 3 && !t[q].punct && (t[q].cls&cDet != 0 || t[q].lower == "national" || t[q].lower == "nature" || t[q].lower == "game" || t[q].lower == "forest" || t[q].lower == "wildlife" || t[q].lower == "marine" || t[q].cap) {
		q--
	}
	if q < 1 || t[q].lower != "in" && t[q].lower != "inside" && t[q].lower != "within" && t[q].lower != "from" {
		return 0, 0
	}
	v := q - 1
	if v >= 1 && t[v].cls&cAdv != 0 {
		v-- // "cut illegally inside the park"
	}
	if !takeNatureVerbs.has(t[v].lid) || t[v].lower == "trade" || t[v].lower == "sell" || t[v].lower == "sold" || t[v].lower == "ship" || t[v].lower == "shipped" {
		return 0, 0
	}
	return v, i + 1
}

var takeNatureVerbs = set([]string{"fell", "felled", "felling", "cut", "cutting", "log", "logged", "logging", "kill", "killed", "killing",
	"hunt", "hunted", "hunting", "poach", "poached", "poaching", "catch", "caught", "catching", "trade", "traded", "trading", "sell", "sold", "selling",
	"smuggle", "smuggled", "smuggling", "export", "exported", "exporting", "capture", "captured", "capturing", "harvest", "harvested", "harvesting",
	"clear", "cleared", "clearing", "burn", "burned", "burnt", "burning", "trap", "trapped", "trapping", "ship", "shipped", "shipping",
	"mislabel", "mislabeled", "mislabelled", "mislabeling", "mislabelling", "launder", "laundered", "laundering", "import", "imported", "importing"})

// protectedTaking reads "protected" at i as part of a taking of nature: the
// verb before it ("felled protected merbau trees") or a trade in it ("the
// trade in protected species"). It returns the span [b, e), or e = 0.
func protectedTaking(t []token, i int) (int, int) {
	e := 0
	for q := i + 1; q < len(t) && q <= i+3 && !t[q].punct; q++ {
		if natureNouns.has(t[q].nid) {
			e = q + 1
		}
	}
	if e == 0 {
		return 0, 0
	}
	b := i - 1
	for b >= 0 && b >= i-3 && t[b].cls&(cDet|cAdv) != 0 {
		b-- // "cut down the protected", "illegally felled protected"
	}
	if b >= 0 && t[b].lower == "down" && b > 0 {
		b--
	}
	if b >= 2 && t[b].lower == "of" && landMeasures.has(t[b-1].nid) {
		// "cleared thousands of hectares of protected rainforest": past the measure
		q := b - 2
		for q > 0 && (t[q].lower == "of" || isDigits(t[q].text) || numberWords.has(t[q].lid) || t[q].lower == "thousands" || t[q].lower == "hundreds" || t[q].lower == "millions" || t[q].cls&cDet != 0) {
			q--
		}
		if takeNatureVerbs.has(t[q].lid) {
			return e, q
		}
	}
	switch {
	case b >= 0 && takeNatureVerbs.has(t[b].lid):
		return e, b
	case b >= 1 && (t[b].lower == "into" || t[b].lower == "through") && (takeNatureVerbs.has(t[b-1].lid) || t[b-1].lower == "cut" || t[b-1].lower == "carved" || t[b-1].lower == "bulldozed"):
		return e, b - 1 // "airstrips cut into protected forest"
	case b >= 1 && (t[b].lower == "in" || t[b].lower == "of") && (tradeNouns.has(t[b-1].nid) || takeNatureVerbs.has(t[b-1].lid)):
		return e, b - 1
	case b >= 1 && t[b].lower == "for" && officeGoods.has(t[b-1].nid):
		return e, b + 1 // "issued export permits for protected rosewood": the protected timber itself
	}
	return 0, 0
}

// dumpVerbs get rid of waste unlawfully ("dumped toxic waste"); favourNouns
// are what an official is paid in ("in exchange for votes").
var dumpVerbs = set([]string{"dump", "dumps", "dumped", "dumping", "tip", "tips", "tipped", "tipping"})

// wasteNouns are what is dumped: "dumped rubbish on farmland".
var wasteNouns = set([]string{"waste", "rubbish", "garbage", "trash", "refuse", "sludge", "debris", "tyre", "tire", "plastic", "chemical"})

var favourNouns = set([]string{"vote", "bribe", "kickback", "favour", "favor", "contract", "payment", "money", "cash", "fee"})

// sumAt says whether a sum of money starts at i: "$200,000", "50,000 euros".
func sumAt(t []token, i int) bool {
	if t[i].text == "$" || t[i].text == "£" || t[i].text == "€" {
		return true
	}
	return isDigits(t[i].text) && i+1 < len(t) && (moneyWords.has(t[i+1].nid) || t[i+1].norm == "dollar" || t[i+1].norm == "euro" || t[i+1].norm == "pound" || t[i+1].norm == "peso")
}

// officialIn says whether the sentence names an official: the one paid.
func (f *mentionFinder) officialIn() bool {
	for _, t := range f.toks {
		if officialNouns.has(t.nid) || t.lower == "police" {
			return true
		}
	}
	return false
}

// evadeVerbs get round sanctions; sanctionModifiers stand between them and
// "sanctions" ("evade Western oil sanctions"); sanctionedGoods are traded
// against them ("sanctioned oil").
var evadeVerbs = set([]string{"evade", "evades", "evaded", "evading", "circumvent", "circumvents", "circumvented",
	"circumventing", "bypass", "bypasses", "bypassed", "bypassing", "skirt", "skirts", "skirted", "skirting", "dodge",
	"dodges", "dodged", "dodging", "bust", "busting", "violate", "violates", "violated", "violating", "breach", "breached", "breaching"})

var sanctionModifiers = set([]string{"oil", "international", "financial", "economic", "trade", "export", "arms", "energy", "sectoral", "secondary", "existing", "western"})

var sanctionedGoods = set([]string{"oil", "crude", "petroleum", "coal", "gas", "cargo", "good", "goods", "fuel", "tanker", "vessel", "ship", "entity", "entities", "bank", "weapon"})

// pluralModifiers end in -s but modify the noun after them.
var pluralModifiers = set([]string{"customs", "sanctions", "operations", "affairs", "narcotics", "logistics", "economics",
	"statistics", "communications", "arms", "human-rights", "rights", "sales", "futures", "savings", "humanities"})

// nameBefore says whether a name and a comma stand before position k: the
// phrase at k is the name's appositive ("Pereira, a former judge, said").
func nameBefore(t []token, k int) bool {
	return k >= 2 && t[k-1].text == "," && t[k-2].cap && !t[k-2].punct && (t[k-2].cls&(cDet|cPron|cPrep|cConj) == 0)
}

// onePerson reads an unnamed person described by a collective noun's
// singular: "a resident of Anka", "one official", "a witness".
func (f *mentionFinder) onePerson(det, end int) {
	t := f.toks
	if end < len(t) && !t[end].punct && !t[end].cap && (t[end].cls&cPrep == 0) && (t[end].cls&cConj == 0) &&
		t[end].lower != "who" && t[end].lower != "that" && f.d.lx.verbsOf(t[end].lid) == nil && (t[end].cls&cAdv == 0) {
		return // "a local councillor": an adjective before the noun it modifies
	}
	label := span(f.text, t, det+1, end)
	if end+1 < len(t) && (t[end].lower == "of" || t[end].lower == "in" || t[end].lower == "from") && t[end+1].cap {
		// "a resident of Anka", "a diplomat from Ghana"
		e := end + 1
		for e < len(t) && t[e].cap && !t[e].punct && e < end+5 {
			e++
		}
		label = span(f.text, t, det+1, e)
		end = e
	}
	p := f.d.reg.get(KindPerson, label)
	f.add(mention{kind: mActor, start: det, end: end, ent: p})
}

func (f *mentionFinder) collective(i, end int) {
	t := f.toks
	lx := f.d.lx
	// modifiers: adjectives, an organisation or country, a demonym, a determiner
	k := i
	var owner *entity
	det, clause := false, false
	for k > 0 {
		p := k - 1
		if owner == nil {
			if m := f.mentionEndingAt(k); m != nil && m.kind == mActor && m.ent.kind != KindPerson {
				owner = m.ent
				k = m.start
				f.drop(m)
				continue
			}
			if e, g := lx.gaz.longest(t, p); g >= 0 && e == k && lx.gazVals[g].kind == gazDemonym {
				owner = f.d.gazEntity(lx.gazVals[g], span(f.text, t, p, e))
				k = p
				continue
			}
		}
		if owner == nil && t[p].norm == "'s" && p > 0 {
			if m := f.mentionEndingAt(p); m != nil && m.kind == mActor && m.ent.kind != KindPerson {
				owner = m.ent // "the commission's investigators"
				k = m.start
				f.drop(m)
				break
			}
		}
		if f.used[p] || t[p].punct {
			break
		}
		if w := t[p].lower; w == "that" || w == "which" || w == "who" {
			clause = true // "the public that detectives from X have arrested": a clause starts here
			break
		}
		if pluralModifiers.has(t[p].lid) {
			k = p // "customs officials", "sanctions monitors": a plural form that modifies
			continue
		}
		if w := t[p].lower; !t[p].cap && (pluralTok(t[p]) && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") && !edAdjectives.m[w]) {
			if m := f.mentionEndingAt(p); owner == nil && pluralTok(t[p]) && m != nil && m.kind == mActor && m.ent.kind != KindPerson && p-m.start <= 2 {
				k = p // "UN sanctions monitors": a noun between the body and its people
				continue
			}
			break // "services hired members", "authorities pressured diaspora members": another clause's words
		}
		if t[p].cls&cDet != 0 || isDigits(t[p].text) || numberWords.has(t[p].lid) { // ("40 farmers")
			det = true
			k = p
			break
		}
		if (!t[p].cap || p == 0) && len(t[p].lower) > 2 && (t[p].cls&(cPrep|cPron|cConj|cClause) == 0) && !f.d.isVerbForm(t[p].lower) && t[p].lower != "and" && !finiteAux.has(t[p].lid) {
			k = p // adjectives: "senior", "foreign", a sentence-initial "Local" (not "the measure would punish victims")
			continue
		}
		if t[p].cap && !f.used[p] && demonymLike(t[p].lower) {
			k = p // "European security officials", "Western diplomats"
			continue
		}
		break
	}
	if det && k >= 2 && t[k-1].lower == "of" && partitives.has(t[k-2].lid) && !f.used[k-2] {
		k -= 2 // "said one of the leaders", "some of the analysts": the group speaks through them
	}
	if k > 1 && t[k-1].lower == "and" && !det {
		// "officials and researchers say": one speaking group
		if m := f.mentionEndingAt(k - 1); m != nil && m.kind == mActor && m.ent.kind == KindGroup {
			for q := range f.ms {
				if f.ms[q].start == m.start && f.ms[q].end == m.end {
					f.ms[q].end = end
				}
			}
			f.mark(k, end)
			return
		}
	}
	atStart := k == 0 || t[k-1].punct || clause || clauseOpeners.has(t[k-1].lid) ||
		k >= 2 && t[k-1].lower == "to" && t[k-2].lower == "according" || f.d.lx.verbsOf(t[k-1].lid) != nil ||
		k >= 2 && (t[k-1].lower == "and" && t[k-2].text == "," || t[k-1].lower == "but") && end < len(t) && f.d.lx.verbsOf(t[end].lid) != nil // ("..., and police say it is")
	if owner == nil && !det && !atStart {
		return
	}
	noun := span(f.text, t, i, end)
	if upper := strings.IndexFunc(noun[1:], unicode.IsUpper); upper < 0 {
		noun = strings.ToLower(noun) // (but "MEPs", "MPs" keep their capitals)
	}
	if owner == nil && end+1 < len(t) && (t[end].lower == "of" || t[end].lower == "at" || t[end].lower == "from" || t[end].lower == "with") {
		// "the Leaders of the G20", "analysts at Chainalysis", "researchers from the University of Oslo"
		q := end + 1
		for q < len(t) && (t[q].cls&cDet != 0) {
			q++
		}
		if o := f.mentionStartingAt(q); o != nil && o.kind == mActor && o.ent.kind != KindPerson {
			owner = o.ent
		} else if o == nil && t[end].lower != "of" {
			if r := f.capRun(q, orgConnectors, 6); r > q && !(r-q == 1 && (q == 0 || (t[q].cls&cPron != 0))) {
				for r > q && orgConnectors.has(t[r-1].lid) {
					r--
				}
				owner = f.d.reg.get(KindOrg, span(f.text, t, q, r))
				f.add(mention{kind: mActor, start: q, end: r, ent: owner})
			}
		}
	}
	if owner == nil && det && !f.ownGroup(k, i) && (t[i-1].lower == "the" || t[i-1].lower == "these" || t[i-1].lower == "those") {
		// "one of the leaders" after "three community leaders": the group named before
		low := strings.ToLower(noun)
		for q := len(f.d.reg.order) - 1; q >= 0; q-- {
			if e := f.d.reg.order[q]; e.kind == KindGroup && e.memberOf == nil && e.mentions > 0 && len(e.label) > len(low) && strings.HasSuffix(strings.ToLower(e.label), " "+low) {
				f.add(mention{kind: mActor, start: k, end: end, ent: e})
				return
			}
		}
	}
	if owner == nil && lx.memberNouns.m[strings.Join(foldPhrase(noun), " ")] && !f.ownGroup(k, i) {
		owner = f.d.salientOrg()
	}
	var g *entity
	if owner != nil && f.ownGroup(k, i) {
		q := k // "Swedish security police": what the owner's people do
		for q < i && !ownGroupWords.has(t[q].lid) {
			q++
		}
		noun = strings.ToLower(span(f.text, t, q, end))
	}
	if owner != nil {
		g = f.d.reg.get(KindGroup, owner.label+" "+noun)
		g.memberOf = owner
	} else {
		if f.ownGroup(k, i) {
			q := k
			for q < i && (t[q].cls&cDet != 0 || numberWords.has(t[q].lid) || isDigits(t[q].text)) {
				q++
			}
			noun = span(f.text, t, q, end) // "Opposition leaders", "community leaders"
			if upper := strings.IndexFunc(noun[1:], unicode.IsUpper); upper < 0 && (q == 0 || t[q-1].punct) {
				noun = strings.ToLower(noun) // "Aid workers" opening a sentence are "aid workers"
			}
		}
		g = f.d.reg.get(KindGroup, f.d.doc.Slug+" "+noun)
		g.label = noun
	}
	g.plural = true
	f.add(mention{kind: mActor, start: k, end: end, ent: g})
}

func (f *mentionFinder) institution(i, end int) {
	t := f.toks
	if end < len(t) && !t[end].cap && (f.d.lx.institution.has(t[end].nid) || f.d.lx.orgHeads.has(t[end].nid)) {
		return // "the defense ministry": the head comes next
	}
	k := i
	for k > 0 && !f.used[k-1] && (t[k-1].hyphen || !t[k-1].punct && (t[k-1].lower[0] >= '0' && t[k-1].lower[0] <= '9' || t[k-1].hyphen)) {
		k--
	}
	if k >= 2 && !t[k-1].cap && !t[k-1].punct && (t[k-2].lower == "the" || t[k-2].lower == "this") && !f.used[k-1] && (t[k-1].cls&cDet == 0) && (t[k-1].cls&cPrep == 0) && t[k-1].lower != "same" && !adjective(t[k-1]) {
		// "the port authority", "the tax agency": an institution named by what it does
		label := span(f.text, t, k-1, end)
		e := f.d.reg.get(KindOrg, label)
		f.add(mention{kind: mActor, start: k - 2, end: end, ent: e})
		return
	}
	if k >= 2 && t[k-1].cap && !t[k-1].punct && demonymLike(t[k-1].lower) && t[k-2].lower == "the" && !f.used[k-1] && !t[end-1].cap && (armedForces.has(t[end-1].nid) || t[end-1].norm == "ministry" || t[end-1].norm == "police" || t[end-1].norm == "government") {
		// "the Colombian army said": the army of the demonym's country
		f.add(mention{kind: mActor, start: k - 2, end: end, ent: f.d.reg.get(KindOrg, span(f.text, t, k-1, end))})
		return
	}
	if k >= 2 && t[k-1].norm == "'s" && armedForces.has(t[end-1].nid) && !t[end-1].cap {
		// "Jordan's army said": the armed forces of the country before
		if o := f.mentionEndingAt(k - 1); o != nil && o.kind == mActor && o.ent != nil && o.ent.country {
			owner := *o
			f.drop(o)
			f.add(mention{kind: mActor, start: owner.start, end: end, ent: f.d.reg.get(KindOrg, owner.ent.label+" "+t[end-1].lower)})
			return
		}
	}
	if k == 0 || t[k-1].lower != "the" && t[k-1].lower != "this" {
		return
	}
	if end < len(t) && (t[end].lower == "of" || t[end].cap) {
		return // "the Council of Europe", a name
	}
	head := t[end-1].norm
	if e := f.d.described[head]; e != nil && end-k == 1 && f.reportsNext(end) {
		// "The group also found that ...": the rights group named earlier, which reports
		f.add(mention{kind: mActor, start: k - 1, end: end, ent: e})
		return
	}
	if f.d.actorHeads[head] != "" && !t[end-1].cap && !(end < len(t) && findingVerbs.has(t[end].lid)) {
		// (but "The organisation found that ..." after "drug trafficking organisations": a researcher's finding)
		return // "the group" after "an organized crime group": the crime actor, not an institution
	}
	if crimeAnaphorHeads.m[head] && f.d.crimeActor != "" && !t[end-1].cap && f.d.crimeSent >= f.d.sentIndex-3 && !f.reportsNext(end) {
		return // "the group also laundered its proceeds" after "a clan that smuggled cocaine"
	}
	if head == "network" && end-k == 1 && !t[end-1].cap && f.d.recentTradeWithin(3) != "" && !f.reportsNext(end) {
		return // "the network, led by two brothers" after "the proceeds of hashish smuggling": the trade's
	}
	var best *entity
	for _, e := range f.d.orgsNamed(head) {
		if e.plural || e == f.d.bare[head] {
			continue
		}
		if best == nil || e.lastSent > best.lastSent {
			best = e
		}
	}
	if best == nil && t[end-1].cap && end-k == 1 && head != "government" && head != "police" && head != "court" {
		// "the Council" with no council named before: the Council itself
		best = f.d.reg.get(KindOrg, t[end-1].text)
		if f.d.bare == nil {
			f.d.bare = map[string]*entity{}
		}
		f.d.bare[head] = best
	}
	if best == nil && head == "government" && !t[end-1].cap {
		// "the government said": the country the text is most about (first named on a tie)
		for _, e := range f.d.reg.order {
			// (its people's adjective counts too: "Guatemalan prosecutors ... the U.S. border ... The government said")
			if e.country && e.mentions+e.demonyms > 0 && (best == nil || e.mentions+e.demonyms > best.mentions+best.demonyms) {
				best = e
			}
		}
		if best == nil {
			best = f.d.demonymCountry // "Thai fishing boats ... The government said": named only by its people's adjective
		}
	}
	if best == nil && head == "opposition" && !t[end-1].cap {
		best = f.d.reg.get(KindOrg, "opposition") // "The opposition said": the parties out of power, unnamed
	}
	if best == nil && (head == "meeting" || head == "conference" || head == "summit") && !t[end-1].cap {
		return // "the meeting" in running text is an event, not a speaker
	}
	if best == nil && armedForces.m[head] && !t[end-1].cap {
		// "the army said": the armed forces of the country the text is most about
		label := t[end-1].lower
		var c *entity
		for _, m := range f.ms {
			if m.kind == mActor && m.ent != nil && m.ent.country {
				c = m.ent // a country this sentence names ("COLOMBIA: The army said")
				break
			}
		}
		for _, e := range f.d.reg.order {
			if ok := c == nil || c.mentions > 0 && e.mentions > c.mentions && !f.namesInSentence(c); e.country && e.mentions > 0 && ok {
				c = e
			}
		}
		if c != nil {
			label = c.label + " " + label
		}
		best = f.d.reg.get(KindOrg, label)
	}
	if best == nil && head == "force" {
		// "the force": the police named before
		for _, e := range f.d.reg.order {
			if e.kind == KindOrg && strings.Contains(strings.ToLower(e.label), "police") && f.d.orgCounts[e] > 0 {
				best = e
			}
		}
		if best == nil {
			// "Police in Norfolk have warned ... The force also said": the police, named by the bare noun
			for _, e := range f.d.reg.order {
				if strings.EqualFold(e.label, "police") && e.kind != KindPerson {
					best = e
				}
			}
		}
	}
	if best == nil && crimeAnaphorHeads.m[head] && (f.d.crimeActor != "" && f.d.crimeSent >= f.d.sentIndex-3 || f.actorBefore(k-1) != "") && !saysNext(t, end) {
		return // "The group charges migrants for passage" after a crime group: not the salient institution
	}
	if best == nil && unnamedHeads.has(t[end-1].nid) && !t[end-1].cap {
		// "The company said it had changed its controls" after "a Leeds engineering company": that
		// company, unnamed, not the court or agency the text is most about
		best = f.d.reg.get(KindOrg, f.d.doc.Slug+" "+head)
		best.label = head
	}
	if best == nil && head != "government" && head != "police" && head != "court" {
		best = f.d.salientOrg()
	}
	if best == nil {
		return
	}
	f.add(mention{kind: mActor, start: k - 1, end: end, ent: best})
}

// unnamedHeads name a kind of body that the text's most salient organization
// is seldom: "the company", "the bank".
var unnamedHeads = set([]string{"company", "firm", "bank"})

func (f *mentionFinder) mentionEndingAt(k int) *mention {
	for i := range f.ms {
		if f.ms[i].end == k {
			return &f.ms[i]
		}
	}
	return nil
}

func (f *mentionFinder) drop(m *mention) {
	for i := range f.ms {
		if &f.ms[i] == m {
			f.ms = append(f.ms[:i], f.ms[i+1:]...)
			return
		}
	}
}

// citations finds authors cited by surname and year, who speak for their
// work: "Makarenko (2004) argued", "Basra and Neumann (2016) found", "Smith
// et al. (2019) show".
func (f *mentionFinder) citations() {
	t := f.toks
	for i := 1; i+2 < len(t); i++ {
		if t[i].text != "(" || t[i+2].text != ")" || !isDigits(t[i+1].text) || len(t[i+1].text) != 4 {
			continue
		}
		e := i
		if e >= 3 && t[e-1].lower == "al" || e >= 2 && t[e-1].lower == "al." {
			e -= 2 // "et al."
			if t[e].lower != "et" {
				continue
			}
		}
		s := e - 1
		if s < 0 || !t[s].cap || t[s].punct || !f.free(s, e) {
			continue
		}
		if s >= 2 && t[s-1].lower == "and" && t[s-2].cap && !t[s-2].punct && f.free(s-2, s) {
			g := f.d.reg.get(KindGroup, span(f.text, t, s-2, e)) // "Basra and Neumann"
			g.plural = true
			f.add(mention{kind: mActor, start: s - 2, end: i + 3, ent: g})
		} else {
			f.add(mention{kind: mActor, start: s, end: i + 3, ent: f.d.reg.person(t[s].text)})
		}
		i += 2
	}
}

// officeNouns follow a title's possessive to name its office: "the attorney
// general's office", "the prosecutor's office".
var officeNouns = set([]string{"office", "department", "bureau", "cabinet", "chambers"})

// offices finds an office named by its holder's title, which speaks as an
// organisation: "the attorney general's office", "Ecuador's attorney
// general's office", "the mayor's office".
func (f *mentionFinder) offices() {
	t := f.toks
	poss := false
	for k := range t {
		poss = poss || t[k].norm == "'s"
	}
	for i := 1; poss && i+2 < len(t); i++ {
		if f.used[i] || t[i].cap && t[i-1].lower == "the" {
			continue // "the Attorney General's Office" is a name the other passes read
		}
		e := i + 1
		for e < len(t) && e <= i+3 && t[e].norm != "'s" {
			e++ // a title is short: look for its possessive before the trie
		}
		if e+1 >= len(t) || t[e].norm != "'s" || !officeNouns.has(t[e+1].nid) {
			continue
		}
		if end, v := f.d.lx.titles.longest(t, i); v < 0 || end != e || !f.free(i, e+2) {
			continue
		}
		var owner *mention
		if t[i-1].lower != "the" {
			owner = f.mentionEndingAt(i - 1)
			if t[i-1].norm != "'s" || owner == nil || owner.kind != mActor || owner.ent.kind == KindPerson {
				continue
			}
		}
		words := strings.Fields(span(f.text, t, i, e+2))
		for k, w := range words {
			words[k] = strings.ToUpper(w[:1]) + w[1:]
		}
		label := strings.Join(words, " ")
		label = strings.ReplaceAll(label, " 's", "'s")
		label = strings.ReplaceAll(label, " ’s", "’s")
		if owner != nil {
			label = owner.ent.label + " " + label
		}
		o := f.d.reg.get(KindOrg, label)
		if owner != nil {
			o.affil = owner.ent
		}
		start := i - 1
		if owner != nil {
			start = i
		}
		f.add(mention{kind: mActor, start: start, end: e + 2, ent: o})
		i = e + 1
	}
}

// shareOfGroup returns the end of a share of a group starting at i ("More
// than half", "a third", "Most", "Two-thirds"), or i.
func shareOfGroup(t []token, i int) int {
	q := i
	for q < len(t) && q < i+3 && (t[q].lower == "more" || t[q].lower == "less" || t[q].lower == "than" || t[q].lower == "nearly" || t[q].lower == "almost" || t[q].lower == "about" || t[q].lower == "over" || t[q].lower == "a" || t[q].lower == "the" || t[q].lower == "two" || t[q].hyphen) {
		q++
	}
	if q < len(t) && groupShares.has(t[q].lid) && !(q+1 < len(t) && t[q+1].lower == "of") {
		return q + 1
	}
	return i
}

// groupShares name a part of a group: "half", "a third", "the majority".
var groupShares = set([]string{"half", "third", "thirds", "quarter", "quarters", "fifth", "most", "majority", "minority"})

// memberWords stand for one or some of a group named before: "One said",
// "Another added", "one of them told me".
var memberWords = set([]string{"one", "another", "others", "each", "two", "three", "several", "both", "neither"})

// functional finds pronouns, document nouns ("their joint statement"), the
// singular title as a description ("the minister") and crime anaphors ("these
// networks").
func (f *mentionFinder) functional() {
	t := f.toks
	lx := f.d.lx
	for i := 0; i < len(t); i++ {
		if f.used[i] || t[i].punct {
			continue
		}
		low := t[i].lower
		isPron := t[i].cls&cPron != 0
		if k := strings.IndexAny(low, "'’"); k > 0 && pronouns.m[low[:k]] {
			low = low[:k] // "You've", "they're"
			isPron = true
		}
		if (low == "its" || low == "their") && i+1 < len(t) && memberNouns.has(t[i+1].nid) && f.d.crimeActor != "" && f.d.crimeSent >= f.d.sentIndex-3 && f.subjectSlot(i) {
			// "its members also ran illegal gold mines": the members of the crime group just named
			f.add(mention{kind: mCrime, start: i, end: i + 2, crime: f.d.crimeActor, actor: true})
			i++
			continue
		}
		if low == "them" && i >= 2 && t[i-1].lower == "of" && (quantifiers.has(t[i-2].lid) || memberWords.has(t[i-2].lid)) {
			f.add(mention{kind: mPronoun, start: i, end: i + 1, pron: low}) // "Almost all of them told me", "One of them said"
			continue
		}
		if e := shareOfGroup(t, i); e > i && (i == 0 || t[i-1].quote != 0 || t[i-1].lower == "and" || t[i-1].text == ",") && lx.verbsOf(t[e].lid) != nil {
			// "More than half reported ..., and a third said ...": part of the group just named
			f.add(mention{kind: mPronoun, start: i, end: e, pron: "they"})
			i = e - 1
			continue
		}
		if memberWords.m[low] && (i == 0 || t[i-1].quote != 0) && i+1 < len(t) && lx.verbsOf(t[i+1].lid) != nil {
			// "Officials acknowledged that ... One described the trade as": one of the group just named
			f.add(mention{kind: mPronoun, start: i, end: i + 1, pron: "they"})
			continue
		}
		if isPron {
			if (low == "it" || low == "i") && i+1 < len(t) && t[i+1].lower == "is" {
				// "it is said", expletive
			}
			// a possessive before a document noun is the noun's owner
			j := i + 1
			for j < len(t) && !t[j].punct && !lx.docNouns.has(t[j].nid) && j-i < 3 && !f.used[j] && (t[j].cls&cPron == 0) {
				j++
			}
			if j < len(t) && lx.docNouns.has(t[j].nid) && (low == "their" || low == "its" || low == "his" || low == "her" || low == "our" || low == "my") {
				owner := mention{kind: mPronoun, start: i, end: i + 1, pron: low}
				f.add(mention{kind: mDocNoun, start: i, end: j + 1, owner: &owner, pron: low, head: t[j].norm})
				i = j
				continue
			}
			f.add(mention{kind: mPronoun, start: i, end: i + 1, pron: low})
			continue
		}
		if t[i].cls&cDet != 0 && i+2 < len(t) {
			if o := f.mentionStartingAt(i + 1); o != nil && o.kind == mActor && o.end < len(t) && lx.docNouns.has(t[o.end].nid) && !(lx.verbsOf(t[o.end].lid) != nil && o.end+1 < len(t) && (t[o.end+1].lower == "that" || t[o.end+1].lower == "with" || (t[o.end+1].cls&cPrep != 0))) {
				owner := *o
				f.drop(o)
				f.add(mention{kind: mDocNoun, start: i, end: owner.end + 1, owner: &owner, head: t[owner.end].norm})
				i = owner.end
				continue
			}
		}
		if m := f.mentionStartingAt(i); m == nil && i > 0 && t[i].norm == "'s" {
			// "Europol's report", "Europol's 2024 report", "the agency's latest annual report"
			q := i + 1
			for q < len(t) && q <= i+3 && !lx.docNouns.has(t[q].nid) && !f.used[q] && (isDigits(t[q].text) || adjective(t[q]) || docModifiers.has(t[q].lid)) {
				q++
			}
			if o := f.mentionEndingAt(i); o != nil && o.kind == mActor && lx.docNouns.m[nextNorm(t, q)] {
				owner := *o
				f.drop(o)
				f.add(mention{kind: mDocNoun, start: owner.start, end: q + 1, owner: &owner, head: t[q].norm})
				i = q
				continue
			}
		}
		if low == "the" && i+1 < len(t) && !f.used[i+1] && len(t[i+1].text) >= 2 && len(t[i+1].text) <= 4 && upperWord(t[i+1].text) {
			if p := f.d.personWithInitials(t[i+1].text); p != nil {
				// "the SP said" after "Superintendent of Police Anjani Kumar"
				f.add(mention{kind: mActor, start: i, end: i + 2, ent: p})
				i++
				continue
			}
		}
		if t[i].cls&cDet != 0 && i+1 < len(t) {
			j := i + 1
			for j < len(t) && j-i < 4 && !t[j].punct && !f.used[j] && (t[j].cls&cPrep == 0) && !lx.docNouns.has(t[j].nid) && !crimeAnaphorHeads.has(t[j].nid) && !crimeTypeNouns.has(t[j].nid) && f.d.crimeHeads[t[j].norm] == "" && !isTitleWord(lx, t, j) {
				j++
			}
			if low == "the" && (t[i+1].lower == "importation" || t[i+1].lower == "importations") && (i+2 == len(t) || t[i+2].lower != "of") && f.free(i, i+2) && f.d.mainTrade() != "" {
				// "the gang had run the importation like a business": the import the text is about
				f.add(mention{kind: mCrime, start: i, end: i + 2, crime: f.d.mainTrade()})
				i++
				continue
			}
			if low == "this" && i+2 < len(t) && t[i+1].lower == "whole" && (t[i+2].norm == "business" || t[i+2].norm == "trade") && f.free(i, i+3) && f.d.mainTrade() != "" {
				// "Corruption is the fuel of this whole business": the trade the text is about
				f.add(mention{kind: mCrime, start: i, end: i + 3, crime: f.d.mainTrade()})
				i += 2
				continue
			}
			n := i + 1
			if low == "the" && t[n].lower == "same" && n+1 < len(t) && !f.used[n] {
				n++ // "the same vehicles carry fentanyl on the next run"
			}
			if (low == "the" || low == "these" || low == "those") && !f.used[n] && !t[n].cap && pluralTok(t[n]) && (n+1 >= len(t) || t[n+1].lower != "of") &&
				f.d.crimeHeads[t[n].norm] == "" && !crimeTypeNouns.has(t[n].nid) {
				// "Illegal gold mines have spread ... Workers in the camps are held in debt bondage",
				// "counterfeit cigarettes ... Most of the factories are run by": the means of the trade
				// the text is about, named by a definite description
				if r := f.meansOfTrade(t[n].norm, i); r != "" || f.meansNamed(t[n].norm) != "" {
					if r == "" {
						r = f.meansNamed(t[n].norm) // "They launder it through ... brokers ... Some of those brokers also serve"
					}
					f.add(mention{kind: mCrime, start: i, end: n + 1, crime: r, actor: true})
					i = n
					continue
				}
			}
			if j >= len(t) || f.used[j] || t[j].punct {
				continue
			}
			switch {
			case lx.docNouns.has(t[j].nid) && lx.verbsOf(t[j].lid) != nil && j > i+1 && (t[j-1].cap || t[j-1].hyphen && j-2 > i && t[j-2].cap):
				// (but "the 88-page report documents": a hyphenated modifier)
				// "the Council notes that": a verb after a name, not "the Council's notes"
			case lx.docNouns.has(t[j].nid) && (low == "the" || low == "this" || low == "a" || low == "an" || low == "its" || low == "their"):
				m := mention{kind: mDocNoun, start: i, end: j + 1, head: t[j].norm}
				if r := i + 1; j > r && (low == "a" || low == "an" || low == "the") {
					for r < j && t[r].cap && !t[r].punct {
						r++
					}
					if r == j {
						// "A Global Witness investigation published today finds": the body before the noun owns it
						owner := mention{kind: mActor, start: i + 1, end: j, ent: f.d.reg.get(KindOrg, span(f.text, t, i+1, j))}
						m.owner = &owner
					}
				}
				b := j
				if b+1 < len(t) && publishedWords.has(t[b+1].lid) {
					// "a new threat assessment published today by Europol"
					for b += 2; b < len(t) && b < j+6 && t[b].lower != "by" && !t[b].punct; b++ {
					}
					b--
				}
				if b+2 < len(t) && (t[b+1].lower == "by" || t[b+1].lower == "from" || t[b+1].lower == "of") {
					q := b + 2
					for q < len(t)-1 && (t[q].cls&cDet != 0) {
						q++
					}
					if q+1 < len(t) && orgDescriptors.m[t[q].lower+" "+t[q+1].lower] {
						q += 2 // "a report by the think tank México Evalúa"
					} else if q < len(t) && orgDescriptors.has(t[q].lid) && !t[q].cap {
						q++
					}
					if r := q; q < len(t) && !t[q].cap && !t[q].punct {
						// "a report released on Thursday by the wildlife trade monitoring network TRAFFIC": what the body is, then its name
						for r < len(t) && r < q+5 && !t[r].cap && !t[r].punct && t[r].cls&(cPrep|cConj|cFinite|cDet) == 0 {
							r++
						}
						if r < len(t) && r > q && t[r].cap && !t[r].punct {
							q = r
						}
					}
					if o := f.mentionStartingAt(q); o != nil && o.kind == mActor && !placeStartsName(t, o) {
						owner := *o
						m.owner = &owner
					} else if r := f.capRun(q, orgConnectors, 8); r > q && (r-q > 1 || upperWord(t[q].text) || q > b+2 && t[q-1].text == "The" && (r == len(t) || t[r].punct)) {
						// "a study by the Small Arms Survey": a name the gazetteers lack
						// ("a report by The Sentry": "The" is part of the name)
						if r-q == 1 && t[q-1].text == "The" {
							q--
						}
						for r > q && orgConnectors.has(t[r-1].lid) {
							r--
						}
						org := f.d.reg.get(KindOrg, span(f.text, t, q, r))
						owner := mention{kind: mActor, start: q, end: r, ent: org}
						f.add(owner)
						m.owner = &owner
					}
				}
				f.add(m)
				i = j
			case (crimeTypeNouns.has(t[j].nid) || flowNouns.has(t[j].nid) && low != "the") && (low == "these" || low == "those" || low == "such" || low == "the" && anaphorTrade.has(t[j].nid) && (j+1 >= len(t) || t[j+1].cls&cPrep == 0)) && j == i+1 && (len(f.d.crimeTypes) > 0 || low == "the" && f.d.recentTradeWithin(3) != "" || low == "the" && anaphorTrade.has(t[j].nid) && f.d.mainTrade() != ""):
				// ("these flows", "such sales": the trade of the sentence before)
				// ("the business had links to a Chinese triad": the trade just named)
				// "These crimes are frequently linked to corruption": the crime type just named
				slug := f.d.recentTrade // ("Violence follows the money. ... gangs fighting over the trade": a sentence back)
				if f.d.recentTrade == "" || f.d.sentIndex-f.d.recentSent > 3 {
					slug = f.d.mainTrade() // (named long ago: the trade the text is about)
				}
				if len(f.d.crimeTypes) > 0 {
					slug = f.d.crimeTypes[0]
				}
				if t[j].norm == "scheme" && !pluralTok(t[j]) {
					i = j // (one "scheme" is one arrangement, a laundering or a government one)
					continue
				}
				if t[j].norm == "scheme" {
					slug = "" // "Many of the schemes are run from call centres" after "investment fraud": a scheme is a deed, of no group
					for _, c := range f.d.crimeTypes {
						if c != "organized-crime" && c != "money-laundering" && c != "corruption" && slug == "" {
							slug = c
						}
					}
					if slug == "" {
						i = j
						continue
					}
				}
				f.add(mention{kind: mCrime, start: i, end: j + 1, crime: slug})
				i = j
			case low == "this" && anaphorTrade.has(t[j].nid) && t[j].norm != "scheme" && j == i+1 && !pluralTok(t[j]) && f.d.mainTrade() != "" && (j+1 >= len(t) || t[j+1].cls&cPrep == 0):
				// "I have spent five years documenting this trade": the trade the text is about,
				// however many sentences back it was named
				f.add(mention{kind: mCrime, start: i, end: j + 1, crime: f.d.mainTrade()})
				i = j
			case crimeAnaphorHeads.has(t[j].nid) && j+1 < len(t) && (t[j+1].lower == "that" || t[j+1].lower == "who" || t[j+1].lower == "which") && low == "the":
				// "the same networks that smuggle cigarettes": defined by the clause, not an anaphor;
				// but "Chinese criminal groups ... The same groups that ran casinos": the groups just named
				if h := f.d.actorHeads[t[j].norm]; h != "" && f.d.sentIndex-f.d.crimeSent <= 1 && f.d.crimeActor == h && pluralTok(t[j]) {
					f.add(mention{kind: mCrime, start: i, end: j + 1, crime: h, actor: true})
				}
				i = j
			case f.d.crimeHeads[t[j].norm] != "" && (low == "these" || low == "those" || low == "the") && !t[j].cap && j+1 < len(t) && t[j+1].lower != "of" &&
				!(lx.institution.has(t[j+1].nid) || lx.orgHeads.has(t[j+1].nid) || officialNouns.has(t[j+1].nid) || goodsCompounds.has(t[j+1].nid) || t[j+1].norm == "chamber"):
				// (not "the mining chamber", "the mining companies": a modifier of another head)
				// "the compounds" after "scam compounds": the crime phrase named by its head
				f.add(mention{kind: mCrime, start: i, end: j + 1, crime: f.d.crimeHeads[t[j].norm], actor: true})
				i = j
			case crimeAnaphorHeads.has(t[j].nid) && (low == "these" || low == "those" || low == "such" || low == "the" || low == "this" || low == "some" || low == "many" || low == "most" || low == "several") &&
				(f.d.crimeActor != "" || f.actorBefore(i) != "" || (low == "this" || low == "these") && j == i+1 && f.d.ocSent > 0 && f.d.sentIndex-f.d.ocSent <= 3 ||
					low == "the" && j == i+1 && t[j].norm == "network" && (f.d.recentTradeWithin(3) != "" || f.d.mainTrade() != "")) &&
				!(t[j].lower == "criminal" && j+1 < len(t) && !t[j+1].punct && !t[j+1].cap && (t[j+1].cls&(cConj|cFinite|cPrep) == 0)):
				// (not "the most widespread criminal market": an adjective)
				slug := f.d.crimeActor
				if slug == "" && low == "the" && t[j].norm == "network" && f.d.recentTrade != "" {
					slug = f.d.recentTrade // "the proceeds of hashish smuggling ... the network": the trade's own network
				}
				if slug == "" {
					slug = "organized-crime" // "an investigation into serious organised crime ... This group"
				}
				if h := f.d.actorHeads[t[j].norm]; h != "" {
					slug = h // "the group" after "an organized crime group"
				}
				if a := f.actorBefore(i); a != "" {
					slug = a // "a cut from the traffickers, and the same networks move ivory": this sentence's actor
				}
				for q := i + 1; q < j; q++ {
					if t[q].cap {
						slug = "organized-crime" // "the Sinaloa and Jalisco groups": named groups, not an anaphor
					}
				}
				f.add(mention{kind: mCrime, start: i, end: j + 1, crime: slug, actor: true})
				i = j
			case isTitleWord(lx, t, j) && low == "the" && j == i+1 && !strings.HasSuffix(t[j].lower, "s"):
				if p := f.d.personWithTitle(t[j].norm); p != nil {
					f.add(mention{kind: mActor, start: i, end: j + 1, ent: p})
					i = j
				}
			}
		}
	}
}

func nextNorm(t []token, i int) string {
	if i < len(t) {
		return t[i].norm
	}
	return ""
}

func (f *mentionFinder) mentionStartingAt(k int) *mention {
	for i := range f.ms {
		if f.ms[i].start == k {
			return &f.ms[i]
		}
	}
	return nil
}

func (d *docState) personWithTitle(norm string) *entity {
	for i := len(d.persons) - 1; i >= 0; i-- {
		p := d.persons[i]
		if strings.Contains(strings.ToLower(p.title), norm) || p.title == "" && strings.HasSuffix(strings.ToLower(p.label), " "+norm) {
			return p // ("A local official ... said": an unnamed person known by the description)
		}
	}
	return nil
}

// orgWithInitials finds an organization named earlier whose capitalised
// words the acronym abbreviates: "RSF" for "Rapid Support Forces".
func (d *docState) orgWithInitials(acr string) *entity {
	// organizations are indexed by their initials once, as they are registered
	for ; d.initialsIndexed < len(d.reg.order); d.initialsIndexed++ {
		e := d.reg.order[d.initialsIndexed]
		if e.kind != KindOrg {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(e.label) {
			if w[0] >= 'A' && w[0] <= 'Z' {
				b.WriteByte(w[0])
			}
		}
		if b.Len() >= 3 {
			if d.orgInitials == nil {
				d.orgInitials = map[string]*entity{}
			}
			d.orgInitials[b.String()] = e // the latest organization wins
		}
	}
	return d.orgInitials[acr]
}

// personWithInitials finds the last person whose title the acronym abbreviates:
// "SP" for "Superintendent of Police", "DG" for "Director General".
func (d *docState) personWithInitials(acr string) *entity {
	for i := len(d.persons) - 1; i >= 0; i-- {
		p := d.persons[i]
		if p.title == "" {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(p.title) {
			if w[0] >= 'A' && w[0] <= 'Z' {
				b.WriteByte(w[0])
			}
		}
		if b.Len() >= 2 && b.String() == acr {
			return p
		}
	}
	return nil
}

// untitledPeople finds names without a title where the sentence says they
// speak: "Jeremy Douglas said", "said Jeremy Douglas", "according to Ana Ruiz".
// predicateRole says whether the name over [i, n) is introduced by its role:
// "Jacob Sims is a visiting expert at the U.S. Institute of Peace".
func (f *mentionFinder) predicateRole(i, n int) bool {
	t := f.toks
	if n-i < 2 || f.d.reg.givenNames[t[i].text] == 0 || n+2 >= len(t) || t[n].lower != "is" && t[n].lower != "was" || t[n+1].lower != "a" && t[n+1].lower != "an" && t[n+1].lower != "the" {
		return false
	}
	for k := n + 2; k < len(t) && k <= n+5 && !t[k].punct; k++ {
		if isTitleWord(f.d.lx, t, k) || roleNouns.has(t[k].nid) || agentNoun(t[k].lower) {
			return true
		}
	}
	return false
}

func (f *mentionFinder) untitledPeople() {
	t := f.toks
	lx := f.d.lx
	for i := 0; i < len(t); i++ {
		if f.used[i] || t[i].punct || !t[i].cap || t[i].lower == "by" {
			continue
		}
		if k := strings.IndexAny(t[i].lower, "'’"); k > 0 && pronouns.m[t[i].lower[:k]] {
			continue // "You've"
		}
		n := f.capRun(i, nameParticles, 4)
		if n == i {
			continue
		}
		if lx.orgHeads.has(t[n-1].nid) || lx.collective.has(t[n-1].nid) || (t[i].cls&cPron != 0) || (t[i].cls&cDet != 0) {
			i = n - 1
			continue
		}
		if _, c := lx.conns.longest(t, i); c >= 0 {
			continue
		}
		// "Margaret, 67, from Leeds, met ...": an age after a name
		aged := n+2 < len(t) && t[n].text == "," && isDigits(t[n+1].text) && len(t[n+1].text) <= 2 && t[n+2].text == "," && (n-i >= 2 || f.d.reg.givenNames[t[i].text] != 0)
		if !aged && i == 0 && n-i == 1 && !(n < len(t) && lx.verbsOf(t[n].lid) != nil) || n-i == 1 && (numberWords.has(t[i].lid) || t[i].cls&(cPrep|cConj|cDet|cPron|cClause) != 0 || calendarWords.has(t[i].lid)) {
			continue // ("Three charged over ...", "As alleged, ...", "said Wednesday": no names)
		}
		byline := i > 0 && i == bylineStart(t) && f.d.sentIndex <= 6 && (n == len(t) || t[n].lower == "and" || t[n].text == "," || t[n].punct)
		if i >= 3 && t[i-1].text == "," && !byline {
			// "said the charity's chief executive, Mark Russell"
			title := false
			for k := i - 2; k >= 0 && k >= i-9; k-- {
				if isTitleWord(lx, t, k) {
					title = true
				}
				if title && (lx.verbsOf(t[k].lid) != nil || t[k].lower == "according") {
					byline = true // a name in speaking position, as a byline is
					break
				}
				if t[k].punct && t[k].norm != "'s" {
					break
				}
			}
		}
		modifier := n < len(t) && !t[n].punct && !t[n].cap && t[n].cls == 0 && lx.verbsOf(t[n].lid) == nil && !timeWords.has(t[n].lid)
		// ("according to European security officials": a modifier, not a name)
		speaks := aged || byline || f.speaksAfter(n) || i > 0 && f.d.isVerbForm(t[i-1].lower) && f.d.lx.verbsOf(t[i-1].lid) != nil ||
			i > 1 && t[i-1].lower == "to" && t[i-2].lower == "according" && !modifier || f.appositiveRole(n) > n || f.predicateRole(i, n) ||
			i == 0 && f.d.sentIndex <= 6 && n < len(t) && bioVerbs.has(t[n].lid) || // "Sarah Whitehouse spent twenty years investigating fraud"
			i > 1 && (t[i-1].lower == "to" || t[i-1].lower == "with") && (t[i-2].lower == "spoke" || t[i-2].lower == "talked") || // "We spoke to Maria Lopez"
			i > 0 && (t[i-1].lower == "interviewed" || t[i-1].lower == "asked") ||
			n-i == 2 && len(t[i+1].text) == 2 && t[i+1].text[1] == '.' && t[i+1].cap && !upperWord(t[i].text) && len(t[i].text) > 2 // "Arben K.": a name cut to its initial
		if !speaks && n-i >= 2 && n-i <= 3 && f.d.reg.givenNames[t[i].text] != 0 && !upperWord(t[n-1].text) && !lx.orgHeads.has(t[n-1].nid) && !placeHeads.has(t[n-1].nid) && !placeHeads.has(t[n-1].lid) &&
			(i == 0 || t[i-1].cls&cDet == 0) && (n == len(t) || t[n].norm != "'s" || i > 0) {
			// "John Smith and Peter Brown met Maria Lopez in Lagos": a given name and a surname are a
			// person wherever they stand, so that "She said" after finds her
			speaks = true
		}
		if !speaks {
			i = n - 1
			continue
		}
		if n-i == 1 && upperWord(t[i].text) && len(t[i].text) > 1 && f.d.reg.surnames[t[i].lower] == nil {
			// "The encrypted app AN0M revealed": an acronym names an organisation or a thing, not a person
			f.add(mention{kind: mActor, start: i, end: n, ent: f.d.reg.get(KindOrg, t[i].text)})
			continue
		}
		p := f.d.reg.person(span(f.text, t, i, n))
		if n < len(t) && t[n].text == "," {
			if r := f.roleBefore(n); r >= 0 && p.title == "" {
				rs := r
				for rs < i && ((t[rs].cls&cDet != 0) || t[rs].norm == "'s") {
					rs++
				}
				// "Interpol's Secretary General": the owner is the affiliation
				for q := rs; q+1 < i; q++ {
					if t[q+1].norm == "'s" {
						if o := f.mentionEndingAt(q + 1); o != nil && o.kind == mActor {
							p.affil = o.ent
						}
						rs = q + 2
					}
				}
				p.title = strings.TrimRight(span(f.text, t, rs, i), ", ")
			}
		}
		f.add(mention{kind: mActor, start: i, end: n, ent: p})
		i = n - 1
	}
}

// speaksAfter says whether a reporting verb follows position n, possibly
// after an appositive ("Jeremy Douglas, UNODC Regional Representative, said").
func (f *mentionFinder) speaksAfter(n int) bool {
	t := f.toks
	if n+2 < len(t) && t[n].text == "," && isDigits(t[n+1].text) && t[n+2].text == "," {
		n += 2 // "John Smith, 52, said", "Lam Ka-wai, 52, who is on trial"
		if n+1 < len(t) && t[n+1].lower != "who" && f.appositiveRole(n) == n {
			n++ // (not "Maria Lopez, 45, a farmer, said": the role after the age)
		}
	}
	if n+2 < len(t) && t[n].text == "," && asideAdverbs.has(t[n+1].lid) && t[n+2].text == "," {
		n += 3 // "Maria Lopez, however, said"
	}
	if n+1 < len(t) && t[n].text == "," && strings.HasSuffix(t[n+1].lower, "ing") && !t[n+1].cap {
		// "Maria Lopez, speaking at a conference in Lagos, said": an aside of the occasion
		for k := n + 2; k+1 < len(t) && k <= n+15 && t[k].quote == 0; k++ {
			if t[k].text == "," {
				if f.d.lx.verbsOf(t[k+1].lid) != nil {
					n = k + 1
				}
				break
			}
		}
	}
	if r := f.appositiveRole(n); r > n {
		n = r
		if n < len(t) && t[n].text == "," {
			n++
		}
	}
	if n < len(t) && t[n].text == "," && f.roleBefore(n) >= 0 {
		n++
	}
	// "Martin Ewi of the Institute for Security Studies, who observed"
	comma := n+1 < len(t) && t[n].text == "," && (t[n+1].lower == "of" || t[n+1].lower == "from")
	if comma {
		n++ // "Maria Lopez, of Oxfam, said", "Maria Lopez, from the University of Lagos, said"
	}
	if n < len(t) && (t[n].lower == "of" || t[n].lower == "at" || t[n].lower == "from" || t[n].lower == "with") {
		k := n + 1
		if k < len(t) && (t[k].cls&cDet != 0) {
			k++
		}
		r := k
		for r < len(t) && r-k < 10 && (t[r].cap && !t[r].punct || (orgConnectors.has(t[r].lid) || t[r].norm == "'s") && r+1 < len(t) && t[r+1].cap) {
			r++
		}
		if r > k {
			k = r
			if k < len(t) && t[k].text == "(" && k+2 < len(t) && t[k+2].text == ")" {
				k += 3
			}
			if k+1 < len(t) && t[k].text == "," && t[k+1].lower == "who" {
				n = k
			} else if k < len(t) && t[k].text == "," {
				n = k + 1
			} else if k < len(t) && f.d.lx.verbsOf(t[k].lid) != nil {
				n = k // "Marina Costa of the Instituto Floresta said"
			}
		}
	}
	if n+1 < len(t) && t[n].text == "," && t[n+1].lower == "who" {
		n += 2
		if n < len(t) && f.d.lx.verbsOf(t[n].lid) == nil {
			// "Jason Tower, who leads the programme, described": the verb after the clause
			k := n
			for k < len(t) && k-n < 15 && t[k].text != "," && t[k].quote == 0 {
				k++
			}
			if k < len(t) && t[k].text == "," {
				n = k + 1
			}
		}
	}
	for n < len(t) && (t[n].cls&cAdv != 0) {
		n++
	}
	return n < len(t) && f.d.lx.verbsOf(t[n].lid) != nil
}

// roleBefore finds "ROLE, Name," where the name ends at n (a comma there): it
// returns the start of ROLE, a phrase with a title word, or -1.
func (f *mentionFinder) roleBefore(n int) int {
	t := f.toks
	start := -1
	// the name starts after the comma that ends the role
	k := n - 1
	for k >= 0 && !t[k].punct {
		k--
	}
	if k < 1 || t[k].text != "," {
		return -1
	}
	j := k - 1
	for j >= 0 && !t[j].punct && k-j <= 8 {
		j--
	}
	start = j + 1
	for p := start; p < k; p++ {
		if isTitleWord(f.d.lx, t, p) {
			return start
		}
	}
	return -1
}

// appositiveRole returns the end of ", [the] ROLE [of|for|at ORG]" after a
// name at n, where ROLE holds a title word; n when there is none.
func (f *mentionFinder) appositiveRole(n int) int {
	t := f.toks
	lx := f.d.lx
	if n >= len(t) || t[n].text != "," {
		return n
	}
	j := n + 1
	if j < len(t) && (t[j].cls&cPrep != 0 && !(j+1 < len(t) && t[j+1].hyphen) || t[j].lower == "according") {
		return n // "in Marseille, according to the public prosecutor": no appositive
	}
	indefinite := j < len(t) && (t[j].lower == "a" || t[j].lower == "an")
	if j < len(t) && (t[j].lower == "the" || t[j].lower == "a" || t[j].lower == "an") {
		j++
	}
	hasTitle, relative := false, false
	k := j
	for k < len(t) && k-j < 16 && (!t[k].punct || t[k].text == "(") {
		if t[k].text == "(" {
			// "Executive Director of the United Nations Office on Drugs and Crime (UNODC)"
			c := k + 1
			for c < len(t) && c-k < 6 && t[c].text != ")" {
				c++
			}
			if c >= len(t) || t[c].text != ")" {
				break
			}
			k = c + 1
			continue
		}
		if isTitleWord(lx, t, k) {
			hasTitle = true
		}
		if indefinite && !relative && (agentNoun(t[k].lower) || shortAgents.has(t[k].lid)) && !t[k].cap {
			hasTitle = true // "Maria Lopez, a farmer, said", "a local trader": an occupation
		}
		if lx.verbsOf(t[k].lid) != nil && k > j && !hasTitle {
			return n
		}
		if lx.verbsOf(t[k].lid) != nil {
			break
		}
		if t[k].lower == "who" || t[k].lower == "which" || t[k].lower == "that" {
			relative = true // "an investigator who has tracked the trade": the role's own clause
		}
		if k > j && !relative && (beForms.has(t[k].lid) || finiteAux.has(t[k].lid) || t[k].lower == "has" || t[k].lower == "have" || t[k].lower == "had") {
			return n // "Algeciras, retired customs inspector Manuel Ortega has seen": a clause, no appositive
		}
		k++
	}
	if !hasTitle || k == j {
		return n
	}
	return k
}

// appositives attach ", ROLE," after a person mention as the person's title
// and affiliation, and extend the mention over it.
func (f *mentionFinder) appositives() {
	t := f.toks
	lx := f.d.lx
	for i := range f.ms {
		m := &f.ms[i]
		if m.kind != mActor || m.ent.kind != KindPerson {
			continue
		}
		at := m.end
		if at+2 < len(t) && t[at].text == "," && isDigits(t[at+1].text) && len(t[at+1].text) <= 2 && t[at+2].text == "," {
			at += 2 // "Maria Lopez, 45, a farmer, said": the role after the age
		}
		r := f.appositiveRole(at)
		if r == at {
			continue
		}
		roleStart := at + 1
		if t[roleStart].lower == "the" || t[roleStart].lower == "a" || t[roleStart].lower == "an" {
			roleStart++
		}
		if m.ent.title == "" {
			m.ent.title = span(f.text, t, roleStart, r)
			for k := roleStart; k < r; k++ {
				for _, o := range f.ms {
					if o.start == k && o.kind == mActor && o.ent.kind != KindPerson {
						m.ent.affil = o.ent
					}
				}
				if m.ent.affil == nil {
					if e, g := lx.gaz.longest(t, k); g >= 0 && e <= r {
						m.ent.affil = f.d.gazEntity(lx.gazVals[g], span(f.text, t, k, e))
					}
				}
				if m.ent.affil != nil {
					break
				}
			}
		}
		// the role's own mentions are part of the person mention now
		end := r
		ent, start, mEnd := m.ent, m.start, m.end
		keep := make([]mention, 0, len(f.ms))
		for _, o := range f.ms {
			if o.start >= mEnd && o.end <= end && o.kind == mActor && o.ent != ent {
				continue
			}
			if o.ent == ent && o.start == start {
				o.end = end
			}
			keep = append(keep, o)
		}
		f.ms = keep
		f.mark(mEnd, end)
		return
	}
}

// cyberAfter says whether the sentence names a cyber crime after i: "the
// ransom from the cyberattack" is ransomware's.
func cyberAfter(t []token, i int) bool {
	for ; i < len(t); i++ {
		if w := t[i].lower; strings.HasPrefix(w, "cyber") || strings.HasPrefix(w, "ransomware") || strings.HasPrefix(w, "hack") || w == "malware" {
			return true
		}
	}
	return false
}

// payModifiers may stand between "in exchange for" and the favour: "monthly payments".
var payModifiers = set([]string{"monthly", "weekly", "regular", "annual", "daily", "cash", "small", "large", "secret", "undisclosed", "illicit", "illegal", "generous", "campaign"})

// indigenousLands are the protected lands of Indigenous peoples: "on Indigenous land".
var indigenousLands = set([]string{"land", "lands", "territory", "territories", "reserve", "reserves", "reservation", "area", "areas"})

// drugSiteAfter says whether a drug production site is named within a few
// words after i: "in cannabis factory", "at a cannabis farm", "in a drug lab".
func (f *mentionFinder) drugSiteAfter(i int) bool {
	t := f.toks
	for q := i; q+1 < len(t) && q <= i+12 && t[q].text != ";" && t[q].text != "."; q++ {
		if schema.Goods[t[q].norm] == "drug-trafficking" || t[q].lower == "drug" || t[q].lower == "drugs" {
			if n := t[q+1].norm; n == "factory" || n == "farm" || n == "lab" || n == "laboratory" || n == "plantation" || n == "grow" || n == "den" {
				return true
			}
		}
	}
	return false
}

// demandedBefore says whether a verb of demanding or taxing stands before i in
// its clause: "collect a share of production in exchange for security" (not
// "paid the police in exchange for protection": a bribe).
func demandedBefore(t []token, i int) bool {
	for q := i - 1; q >= 0 && q >= i-12 && t[q].text != ";"; q-- {
		if demandVerbs.has(t[q].lid) || taxVerbs.has(t[q].lid) {
			return true
		}
	}
	return false
}

// asideAdverbs stand alone between commas after a subject: "Maria Lopez, however, said".
var asideAdverbs = set([]string{"however", "though", "too", "also", "meanwhile", "instead", "nevertheless", "nonetheless", "separately", "likewise", "similarly", "moreover", "furthermore", "meantime"})

// wageTaken say wages were kept from the workers who earned them.
var wageTaken = set([]string{"taken", "stolen", "withheld", "deducted", "confiscated", "kept"})

// vesselNouns are boats: "a pirate vessel".
var vesselNouns = set([]string{"vessel", "ship", "boat", "trawler", "longliner", "fleet", "trawler"})

// fishingWords says whether the sentence is about fishing.
func fishingWords(toks []token) bool {
	for _, t := range toks {
		switch t.norm {
		case "fish", "fishing", "tuna", "catch", "trawler", "longliner", "fishery", "fisherman", "squid", "shrimp":
			return true
		}
	}
	return false
}

// accountHolders lend their bank accounts to move others' money: "the accounts of students".
var accountHolders = set([]string{"student", "relative", "friend", "stranger", "associate", "mule", "pensioner", "teenager", "migrant", "worker", "employee"})

// corruptInsiders are the bribed people whose names end like no agent noun: "corrupt insiders".
var corruptInsiders = set([]string{"insider", "middleman", "middlemen", "staff", "clerk", "guard", "cop", "elite", "intermediary"})

// seizeVerbs take contraband: "Pangolin scales were seized".
var seizeVerbs = set([]string{"seized", "confiscated", "intercepted", "impounded", "seize", "seizes", "confiscate", "confiscates", "intercept"})

// protectedGoods are the wildlife no one may trade: their seizure is wildlife trafficking.
var protectedGoods = set([]string{"wildlife", "bushmeat", "ivory", "rhino", "pangolin", "parrot", "tortoise", "turtle", "totoaba", "elephant", "rhinoceros", "gorilla", "leopard",
	"abalone", "primate", "rosewood", "eel", "elver", "tusk", "tiger", "lion", "ape", "orangutan", "chimpanzee", "macaw", "cockatoo"})

// unlicensedSites are mined, logged or fished without a licence: "unlicensed gold pits".
var unlicensedSites = set([]string{"mine", "mining", "pit", "dredge", "dredging", "miner", "logging", "logger", "sawmill", "vessel", "trawler", "fishing", "quarry", "quarrying"})

// encryptedThings are locked by ransomware: "encrypted the files".
var encryptedThings = set([]string{"file", "system", "data", "computer", "server", "network", "record", "database", "device"})

// moneyBefore says whether money is named before i in the sentence: "the drug money to clean it".
func (f *mentionFinder) moneyBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if moneyWords.has(f.toks[k].nid) {
			return true
		}
	}
	return false
}

// stashVerbs put the gains of crime away: "the proceeds were hidden in offshore accounts".
var stashVerbs = set([]string{"hidden", "concealed", "stashed", "parked", "disguised", "sheltered"})

// passageNouns are what smuggled people pay for: "a seat", "the crossing".
var passageNouns = set([]string{"seat", "passage", "place", "crossing", "spot", "journey", "trip", "ride"})

// peopleBefore says whether persons who may be smuggled are the payers before
// the verb at i: "migrants who paid", "Migrants paid".
func (f *mentionFinder) peopleBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if g, _ := f.goodsAt(k); g == schema.People && f.toks[k].norm != "people" {
			return true
		}
		if w := f.toks[k].lower; !(w == "who" || w == "had" || w == "have" || w == "each" || w == "all" || f.toks[k].cls&cAdv != 0) {
			return false
		}
	}
	return false
}

// placeHeads end place names that may open with a given name: "Victoria Falls", "Jordan River".
var placeHeads = set([]string{"river", "falls", "lake", "street", "road", "avenue", "bay", "harbour", "harbor", "island", "islands", "mountain", "mountains", "valley", "park", "square", "bridge", "port", "city", "county", "province", "state", "district", "airport", "station", "hospital", "school", "college", "prison", "stadium", "hotel", "tower", "house", "hall", "centre", "center"})

// crimeActorAt says whether a crime actor of the lexicon is named at i, past
// a determiner: "by the cartel".
func (f *mentionFinder) crimeActorAt(i int) bool {
	t := f.toks
	if i < len(t) && t[i].cls&cDet != 0 {
		i++
	}
	if i >= len(t) {
		return false
	}
	_, v := f.d.lx.crimes.longest(t, i)
	return v >= 0 && f.d.lx.crimeVals[v].actor
}

// officialSubject says whether the words right before the auxiliary at a
// name officials: "Police officers were", "Two customs officers were".
func officialSubject(t []token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if sworn.has(t[k].nid) || officialNouns.has(t[k].nid) {
			return true
		}
		if t[k].punct {
			return false
		}
	}
	return false
}

// killVerbs take an animal's life: "kill elephants".
var killVerbs = set([]string{"kill", "kills", "killed", "killing", "slaughter", "slaughtered", "slaughtering", "shoot", "shot", "poach", "poached", "poaching", "butcher", "butchered"})

// compelledBefore says whether the payment at i is compelled: "are forced to
// pay", "must pay", "have to pay".
func compelledBefore(t []token, i int) bool {
	if t[i-1].lower == "must" {
		return true
	}
	return t[i-1].lower == "to" && (t[i-2].lower == "forced" || t[i-2].lower == "made" || t[i-2].lower == "have" || t[i-2].lower == "has" || t[i-2].lower == "had" || t[i-2].lower == "compelled" || t[i-2].lower == "obliged")
}
