package loaders

import (
	"slices"
	"strings"

	"github.com/crimegraph/crimegraph/schema"
)

// gapLeft may stand between a crime type and the cue after it:
// "organized crime increasingly connects with", "groups that are involved in".
var gapLeft = set([]string{"increasingly", "mostly", "chiefly", "now", "also", "often", "closely", "directly", "reportedly", "allegedly", "are",
	"is", "were", "was", "been", "be", "being", "have", "has", "had", "become", "becoming", "becomes", "became", "more",
	"deeply", "strongly", "tightly", "frequently", "that", "which", "who", "can", "may", "could", "might", "will",
	"would", "continue", "continues", "to", "used", "known", "widely", "heavily", "still", "further", "already",
	"sometimes", "systematically", "actively", "what", "likely", "far", "less", "much", "particular", "particularly", "provide", "provides", "provided", "providing", "offer", "offers", "offered", "routinely", "largely", "partly", "mainly", "primarily", "themselves",
	"all", "both", "in", "turn", "typically", "commonly", "seen", "believed", "thought", "found", "the", "across",
	"from", "based", "operating", "northern", "southern", "eastern", "western", "central", "boom", "trade", "market",
	"flow", "profit", "proceed", "revenue", "money", "industry", "economy", "business", "surge", "expansion", "growth",
	"epidemic", "crisis", "increasingly,", "reportedly,", "remain", "remains", "remained", "a", "an", "key", "major",
	"main", "important", "significant", "primary", "lucrative", "closely", "effectively", "essentially", "virtually",
	"gradually", "steadily", "long", "progressively", "quickly", "rapidly", "increasing", "growing", "forged", "forge",
	"forging", "established", "establish", "built", "build", "developed", "develop", "deepened", "maintain", "maintains",
	"maintained", "strengthened", "cultivated", "close", "strong", "deep", "direct", "longstanding", "long-standing",
	"extensive", "alleged", "suspected", "documented", "clear", "firm", "known", "allegedly", "second", "third", "new", "with",
	"profitable", "lucrative", "thriving", "growing", "side", "parallel", "additional", "found", "find", "finding",
	"made", "make", "making", "turned", "turning", "created", "create", "diversified", "expanded", "continued",
	"continuing", "managed", "began", "begun", "started", "sought", "seeking", "seek", "tried", "trying", "able"})

// crimeHeads may follow a crime word as the head of its phrase inside a
// list: "cocaine shipments and corruption", "drug money and bribery".
var crimeHeads = set([]string{"shipment", "consignment", "flow", "network", "group", "gang", "ring", "trade", "market",
	"route", "proceed", "profit", "money", "cash", "revenue", "economy", "business", "activity", "operation", "scheme",
	"case", "offence", "offense", "charge", "smuggler", "trafficker", "dealer", "organization", "organisation",
	"syndicate", "cell", "outfit", "unit", "operator", "broker", "industry", "sale", "deal", "dealing", "activity",
	"production", "lab", "laboratory", "haul", "seizure", "economy", "centre", "center", "compound", "farm", "hub",
	"leader", "boss", "member", "figure", "kingpin", "commander", "affiliate", "faction", "crew", "fighter", "militant",
	"cell", "operative", "financier", "facilitator", "courier", "convoy", "proxy"})

// moneyWords name the gains of a crime: "drug proceeds", "the profits of fraud".
var moneyWords = set([]string{"proceed", "proceeds", "profit", "money", "cash", "revenue", "earning", "earnings", "fund",
	"cryptocurrency", "crypto", "bitcoin", "coin", "coins", "token", "tokens", "fortune", "fortunes", "wealth", "dollar", "dollars", "euro", "euros",
	"gain", "income", "takings", "millions", "billions", "million", "billion"})

// gapRight may stand between the cue and the crime type after it.
var gapRight = set([]string{"the", "a", "an", "its", "their", "his", "her", "both", "various", "several", "numerous", "multiple", "other", "such", "all",
	"kinds", "kind", "form", "forms", "of", "type", "types", "large-scale", "illicit", "illegal", "transnational",
	"global", "international", "online", "local", "regional", "so-called", "lucrative", "profits", "profit",
	"proceeds", "revenue", "revenues", "money", "funds", "from", "in", "with", "to", "activities", "activity", "through",
	"via", "operations", "operation", "rise", "increase", "surge", "growth", "spike", "wave", "boom", "expansion",
	"number", "share", "part", "some", "much", "sort", "sorts", "new", "increasing", "growing", "same", "traditional",
	"conventional", "established", "violent", "armed", "powerful", "major", "large", "small", "local", "foreign",
	"system", "systems", "scheme", "schemes", "web", "mix", "combination", "range", "variety", "array", "\"", "“", "”", "'"})

var conjunctions = set([]string{",", "and", "or", "as", "well", "&", "/", "plus", "including", "especially", "notably", "such"})

// converge finds convergence between crime types in the sentence: a cue between
// them ("connects with", "involved in"), a cue before a list ("links between A
// and B"), a list before a cue ("A and B are increasingly intertwined"), a
// modifier ("cyber-enabled fraud") or a hyphenated compound ("narco-terrorism",
// "crime-terror nexus"). Coordinated lists give one edge per item; a list
// alone links nothing.
func (d *docState) converge(base Fact, toks []token, ms []mention) {
	var cm []mention
	for _, m := range ms {
		if m.kind == mCrime {
			cm = append(cm, m)
		}
	}
	// "Mexican cartels have become ... They control the smuggling corridors": a
	// pronoun that opens the sentence stands for the crime actor that was the
	// subject of the one before
	prev := d.subjectActor
	d.subjectActor = mention{}
	closing := d.closingActor
	d.closingActor = mention{}
	if n := len(cm); n > 0 && cm[n-1].actor && pluralTok(toks[cm[n-1].end-1]) && cm[n-1].end+3 >= len(toks) {
		d.closingActor = mention{kind: mCrime, crime: cm[n-1].crime, actor: true, plural: true}
	}
	if !prev.actor && closing.actor && len(toks) > 2 && toks[0].lower == "they" && crimeAt(cm, 0) < 0 && d.lx.verbsOf(toks[1].lid) == nil {
		// "I have watched these gangs change. They used to sell cannabis.": the actor the sentence
		// before ended on, when no crime actor was its subject
		prev = closing
	}
	prevGoods := d.subjectTrade
	d.subjectTrade = mention{}
	if len(cm) > 0 && !cm[0].actor && cm[0].subject(toks) {
		// "The guns come south ... They arrive in the same ports": the trade this sentence's subject names
		d.subjectTrade = mention{kind: mCrime, crime: cm[0].crime, plural: pluralTok(toks[cm[0].end-1])}
	}
	var pending []pendingLink // "Without X, it could not ...", "their income from X": links read before the cues
	prevTrade := d.lastTrade
	d.prevTrade = prevTrade
	d.lastTrade = ""
	d.prevTrades, d.lastTrades = d.lastTrades, d.prevTrades[:0]
	if len(d.prevTrades) > 0 {
		d.earlierTrades, d.earlierSent = append(d.earlierTrades[:0], d.prevTrades...), d.sentIndex-1
	}
	d.actorBefore, d.actorNow = d.actorNow, anyActor(cm)
	for _, m := range cm {
		if m.actor && goodsTrades.m[schema.Root(m.crime)] && toks[m.start].cls&cDet != 0 && !agentNoun(toks[m.end-1].norm) && !slices.Contains(d.lastTrades, schema.Root(m.crime)) {
			d.lastTrades = append(d.lastTrades, schema.Root(m.crime)) // "sold the cigarettes": goods named again name their trade
		}
		if !m.actor {
			d.lastTrade = m.crime // "They tax it" in the next sentence: the trade this one named
			if r := schema.Root(m.crime); !slices.Contains(d.lastTrades, r) && !boughtAt(toks, m.start) {
				d.lastTrades = append(d.lastTrades, r) // "for both products" (not "use the money to buy weapons": goods for its own use)
			}
		}
	}
	switch question := toks[len(toks)-1].text == "?"; {
	case len(cm) > 0 && cm[0].actor && (cm[0].subject(toks) || question):
		// ("How has the 'Ndrangheta changed?" "It has become ...": the question's actor is the answer's subject)
		d.subjectActor = mention{kind: mCrime, crime: cm[0].crime, actor: true, plural: actorPlural(toks, cm[0])}
	case (question || len(toks) < 6 || partOfThemOpens(toks)) && !anyActor(cm):
		d.subjectActor = prev // "So the money ends up in those businesses?" "Exactly.": the subject carries on
		// ("Seventy percent of them are active in more than one crime area. They traffic drugs ...")
	}
	if len(toks) > 3 && (toks[0].lower == "these" || toks[0].lower == "those") && beForms.has(toks[1].lid) && prev.actor && prev.plural && d.subjectActor.crime == "" {
		d.subjectActor = prev // "Hackers working for North Korea stole ... These are not ordinary criminals.": still them
	}
	if p := openingPronoun(toks); p >= 0 && prev.actor && prev.plural == (toks[p].lower == "they" || toks[p].lower == "them" || toks[p].lower == "their") && crimeAt(cm, p) < 0 &&
		(d.lx.verbsOf(toks[p+1].lid) == nil || p+2 < len(toks) && moneyWords.has(toks[p+2].nid)) {
		// (not "It adds that ...": a document or body reporting, not the crime actor; but "They raised funds through ...")
		a := prev
		a.start, a.end = p, p+1
		cm = append(cm, a)
		d.subjectActor = prev
		if q := p + 1; q+1 < len(toks) && holdVerbs.has(toks[q].lid) && (toks[q+1].lower == "it" || toks[q+1].lower == "them") && prevTrade != "" && crimeAt(cm, q+1) < 0 {
			// "They tax it": the trade the sentence before named
			cm = append(cm, mention{kind: mCrime, start: q + 1, end: q + 2, crime: prevTrade})
			d.lastTrade = prevTrade
		}
	}
	if p := openingPronoun(toks); p >= 0 && prevGoods.crime != "" && !prev.actor && prevGoods.plural == (toks[p].lower == "they") && (toks[p].lower == "they" || toks[p].lower == "it") && crimeAt(cm, p) < 0 &&
		d.lx.verbsOf(toks[p+1].lid) == nil && !beForms.has(toks[p+1].lid) && !toks[p+1].punct && toks[p+1].cls&(cDet|cPrep|cConj|cPron) == 0 {
		// "The guns come south in barrels. They arrive in the same ports through which cocaine leaves":
		// a pronoun that opens the sentence stands for the goods or trade the one before was about
		// (not "It is ...": it may stand for nothing)
		cm = append(cm, mention{kind: mCrime, start: p, end: p + 1, crime: prevGoods.crime})
		sortMentions(cm)
		d.subjectTrade = prevGoods
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].lower == "it" && toks[i-1].lower == "behind" && crimeAt(cm, i) < 0 && crimeAt(cm, i-2) >= 0 && cm[crimeAt(cm, i-2)].actor {
			// "Wildlife crime is not a niche offence. The criminals behind it are often the same people
			// who smuggle drugs": the trade the sentence before was about; but "to treat wildlife
			// trafficking as a serious crime and to investigate the networks behind it": this one's
			crime := ""
			if !prevGoods.plural {
				crime = prevGoods.crime
			}
			for _, m := range cm {
				if !m.actor && m.end <= cm[crimeAt(cm, i-2)].start && !m.plural {
					crime = m.crime
				}
			}
			if crime != "" {
				cm = append(cm, mention{kind: mCrime, start: i, end: i + 1, crime: crime})
				sortMentions(cm)
			}
			break
		}
	}
	for p := 1; p < len(toks) && (schema.Root(prevTrade) == "arms-trafficking" || schema.Root(prevTrade) == "drug-trafficking"); p++ {
		// "Most weapons were trafficked from the United States. The gangs finance their purchases
		// through kidnapping": what they buy is the goods of the trade the sentence before named
		if (toks[p].norm == "purchase" || toks[p].norm == "acquisition") && (toks[p-1].lower == "their" || toks[p-1].lower == "its" || toks[p-1].lower == "these") && crimeAt(cm, p) < 0 {
			cm = append(cm, mention{kind: mCrime, start: p, end: p + 1, crime: prevTrade})
			sortMentions(cm)
			break
		}
	}
	for p := range toks {
		// "The foundation says that abuse and illegal fishing go together", in a text about forced
		// labour: the abuse of the workers it is about
		if (toks[p].lower == "abuse" || toks[p].lower == "abuses") && crimeAt(cm, p) < 0 && (p == 0 || toks[p-1].cls&(cDet|cConj|cClause) != 0 || toks[p-1].punct) &&
			(p+1 == len(toks) || toks[p+1].lower != "of") {
			if main := d.mainTrade(); main == "human-trafficking" {
				cm = append(cm, mention{kind: mCrime, start: p, end: p + 1, crime: main})
				sortMentions(cm)
			}
			break
		}
	}
	for p := 3; p < len(toks); p++ {
		// "keeps dangerous drugs ... out of the hands of the gangs who profit from them": a pronoun
		// after a crime actor's verb and its preposition stands for the trade the clause named before
		if w := toks[p].lower; w != "them" && w != "it" || toks[p-1].lower != "from" || crimeAt(cm, p) >= 0 || !relativePronoun(toks[p-3].lower) || !profitVerbs.has(toks[p-2].lid) {
			continue // (not "the gangs who suffer from it")
		}
		if a := crimeAt(cm, p-4); a < 0 || !cm[a].actor {
			continue
		}
		for k := len(cm) - 1; k >= 0; k-- {
			if m := cm[k]; !m.actor && m.end <= p-4 && pluralTok(toks[m.end-1]) == (toks[p].lower == "them") {
				cm = append(cm, mention{kind: mCrime, start: p, end: p + 1, crime: m.crime, plural: toks[p].lower == "them"})
				sortMentions(cm)
				break
			}
		}
		break
	}
	for _, m := range cm {
		// "The 'Ndrangheta remains the most powerful criminal organisation ... Its cocaine brokers
		// negotiate directly with producers": the actor before owns these actors of a trade
		if w := m.start - 1; prev.actor && (m.actor || m.end < len(toks) && agentNoun(toks[m.end].norm)) && w >= 0 && (toks[w].lower == "its" || toks[w].lower == "their") && w <= 1 && schema.Root(m.crime) != schema.Root(prev.crime) && schema.Root(m.crime) != "organized-crime" {
			p := prev
			p.start, p.end = w, w+1
			pending = append(pending, pendingLink{a: p, b: m, mech: schema.MechInvolvement})
		}
	}
	if len(d.prevTrades) == 1 && len(cm) > 0 && allBribes(cm, toks) {
		// "Cocaine flows through the port in banana containers. Port officials are paid to look
		// away.": officials paid, the sentence after a trade, serve that trade
		for _, m := range cm {
			pending = append(pending, pendingLink{a: m, b: mention{kind: mCrime, start: m.start, end: m.start + 1, crime: d.prevTrades[0]}, mech: schema.MechFacilitates})
		}
	}
	if len(d.prevTrades) == 1 && len(cm) >= 1 && cm[0].actor && cm[0].end < len(toks) && taxVerbs.has(toks[cm[0].end].lid) && schema.Root(cm[0].crime) != schema.Root(d.prevTrades[0]) && cm[0].subject(toks) &&
		(len(cm) == 1 || len(cm) == 2 && cm[1].start == cm[0].end && cm[1].crime == "extortion") {
		// (the levy itself may be a mention: "Al-Shabaab taxes the burners" is extortion too)
		// "... al-Shabaab takes a cut at every step. The group taxes the burners in the forest, the truck
		// drivers at its checkpoints": a crime group taxing the people of the trade just named lives off it
		pending = append(pending, pendingLink{a: cm[0], b: mention{kind: mCrime, start: cm[0].end, end: cm[0].end + 1, crime: d.prevTrades[0]}, mech: schema.MechFinances})
	}
	if prev.actor && !anyActor(cm) && tradeRoots(cm) == 1 {
		// "The ransomware group LockBit hit 2,000 victims. Its payments were laundered through
		// mixers"; "Customs officers are paid to ignore its containers": the possessive of the
		// actor the sentence before was about ties its one trade to that actor
		for w := range toks {
			if k := crimeAt(cm, w); k >= 0 || (toks[w].lower != "its" || prev.plural) && (toks[w].lower != "their" || !prev.plural) {
				continue
			}
			opens := (w == 0 || w == openingPhraseEnd(toks)) && w+1 < len(toks) && !personNouns.has(toks[w+1].nid) && !agentNoun(toks[w+1].norm) && !crimeAnaphorHeads.has(toks[w+1].nid) && !othersOf.has(toks[w+1].nid) && !toks[w+1].punct
			if w+1 >= len(toks) || !opens && !moneyWords.has(toks[w+1].nid) && !gainWords.has(toks[w+1].nid) && !ownedMeans.has(toks[w+1].nid) && !leaderNouns.has(toks[w+1].nid) {
				break // (not "the men had to work off their debts", "its rivals": others' own)
			}
			for _, m := range cm {
				if r := schema.Root(m.crime); r != schema.Root(prev.crime) {
					p := prev
					p.start, p.end = w, w+1
					pending = append(pending, pendingLink{a: p, b: m, mech: schema.MechInvolvement})
					if c := d.chain; ownedMeans.has(toks[w+1].nid) && c.actor == schema.Root(prev.crime) && d.sentIndex-c.sent <= 1 {
						for _, tr := range c.trades {
							if tr != r {
								// ("... moves cocaine through the port. Customs officers are paid to ignore its
								// containers": the bribes serve the trade the actor was said to carry on)
								p.crime = tr
								p.actor = false
								pending = append(pending, pendingLink{a: p, b: m, mech: schema.MechFacilitates})
							}
						}
					}
					break
				}
			}
			break
		}
	}
	if prev.actor && !anyActor(cm) && tradeRoots(cm) >= 2 {
		// "Gangs continued to expand ... Their main sources of revenue remain kidnapping for ransom
		// and the extortion of businesses": the actor before lives off each trade named
		if w := openingPhraseEnd(toks); w < len(toks) && (toks[w].lower == "its" && !prev.plural || toks[w].lower == "their" && prev.plural) && crimeAt(cm, w) < 0 {
			for q := w + 1; q < len(toks) && q <= w+5 && !toks[q].punct && crimeAt(cm, q) < 0; q++ {
				if moneyWords.has(toks[q].nid) || gainWords.has(toks[q].nid) {
					for _, m := range cm {
						if !m.actor && schema.Root(m.crime) != schema.Root(prev.crime) {
							p := prev
							p.start, p.end = w, w+1
							pending = append(pending, pendingLink{a: p, b: m, mech: schema.MechFinances})
						}
					}
					break
				}
			}
		}
	}
	if before := firstOf(prevTrade, d.crimeTypes); len(toks) > 3 && before != "" && (quantifiers.has(toks[0].lid) || toks[0].lower == "several" || toks[0].lower == "others") && toks[0].lower != "a" && beForms.has(toks[1].lid) && crimeAt(cm, 0) < 0 {
		// "Fake medicines are flooding West African markets. Most are imported by criminal networks":
		// a quantifier alone as subject stands for the things or people the sentence before traded in
		q := mention{kind: mCrime, start: 0, end: 1, crime: before}
		switch r := schema.Root(before); {
		case passiveBy(toks, 1):
			cm = append(cm, q)
			sortMentions(cm)
		case r == "migrant-smuggling" || r == "human-trafficking":
			// "Smugglers moved thousands of Eritreans through Libya. Many were held in warehouses and
			// forced to work": the people moved, exploited
			for _, m := range cm {
				if schema.Root(m.crime) != r && !m.actor && !crossesClauseBreak(toks, 1, m.start) {
					pending = append(pending, pendingLink{a: q, b: m, mech: schema.MechInvolvement})
				}
			}
		}
	}
	if p := openingPronoun(toks); p >= 0 && toks[p].lower == "it" && prevTrade != "" && crimeAt(cm, p) < 0 && passiveBy(toks, p+1) {
		// "The cocaine that reaches Algeciras does not arrive by itself. It is brought in by
		// criminal organizations": the trade the sentence before named, done by them
		cm = append(cm, mention{kind: mCrime, start: p, end: p + 1, crime: prevTrade})
		sortMentions(cm)
	}
	andIt := -1 // the pronoun of a second clause that stands for the subject
	if len(cm) > 0 && cm[0].actor && cm[0].subject(toks) {
		// "The PCC now controls much of the cocaine ..., and it has taken over the cigarette routes as
		// well": a second clause's pronoun is the first clause's subject
		for p := cm[0].end + 2; p+2 < len(toks); p++ {
			w := toks[p].lower
			if (w != "it" && w != "they") || toks[p-1].lower != "and" && toks[p-1].lower != "but" || toks[p-2].text != "," ||
				pluralTok(toks[cm[0].end-1]) != (w == "they") || crimeAt(cm, p) >= 0 || crimeAt(cm, p+1) >= 0 {
				continue
			}
			if !d.verbLike(toks[p+1]) && !(toks[p+1].cls&cFinite != 0) && toks[p+1].lower != "has" && toks[p+1].lower != "have" {
				continue
			}
			a := cm[0]
			a.start, a.end = p, p+1
			cm = append(cm, a)
			sortMentions(cm)
			andIt = p
			if addedTrade(toks, p) {
				// ("as well", "also", "too": the second trade is the same actor's besides the first)
				for _, x := range cm {
					for _, y := range cm {
						if !x.actor && !y.actor && x.start > a.start-p && x.end < p-1 && y.start > p && schema.Root(x.crime) != schema.Root(y.crime) && !crossesClauseBreak(toks, p, y.start) {
							pending = append(pending, pendingLink{a: x, b: y, mech: schema.MechInvolvement})
						}
					}
				}
			}
			break
		}
	}
	if prev.actor && !anyActor(cm) {
		// "That is where it launders the money": a pronoun doing a crime stands for the actor before;
		// "Without corrupt officials it could not win contracts": what it depends on
		for p := 1; p+1 < len(toks); p++ {
			w := toks[p].lower
			if (w != "it" && w != "they") || prev.plural != (w == "they") || crimeAt(cm, p) >= 0 {
				continue
			}
			d.subjectActor = prev // the pronoun carries the actor on
			a := prev
			a.start, a.end = p, p+1
			if crimeStartingAt(cm, p+1) >= 0 && d.verbLike(toks[p+1]) {
				cm = append(cm, a)
			} else if k := byMeans(toks, cm, p+1); k >= 0 {
				// "public contracts, which they win by corrupting local administrators": the means is their deed
				pending = append(pending, pendingLink{a: a, b: cm[k], mech: schema.MechInvolvement})
			} else if k := crimeAfterVerb(toks, cm, p+1); k >= 0 && toks[p-1].text == "," {
				// "When the pandemic closed the casinos, they turned the buildings into scam centres"
				cm = append(cm, a)
				sortMentions(cm)
			} else if o := openingWord(toks); o >= 0 && toks[o].lower == "without" {
				for _, m := range cm {
					if m.start > o && m.end <= p {
						pending = append(pending, pendingLink{a: a, b: m, mech: schema.MechFacilitates})
					}
				}
			}
			break
		}
	}
	if prev.actor && schema.Root(prev.crime) != "money-laundering" {
		// "they need to bring their dollar proceeds home, and increasingly they do that through
		// Chinese money brokers": the actor before launders through the brokers
		for k := range cm {
			b := cm[k]
			if !b.actor || schema.Root(b.crime) != "money-laundering" || b.start < 3 {
				continue
			}
			q := b.start - 1
			for q > 0 && b.start-q <= 3 && !throughWords.has(toks[q].lid) && (toks[q].cls&cDet != 0 || toks[q].cap && !toks[q].punct || nounModifierWord(toks[q])) {
				q-- // "through Chinese money brokers", "via the professional launderers"
			}
			if !throughWords.has(toks[q].lid) {
				continue
			}
			for p := 0; p < b.start; p++ {
				if w := toks[p].lower; (w == "they" || w == "it") && prev.plural == (w == "they") && crimeAt(cm, p) < 0 {
					a := prev
					a.start, a.end = p, p+1
					pending = append(pending, pendingLink{a: a, b: b, mech: schema.MechFacilitates})
					break
				}
			}
			break
		}
	}
	for p := 2; p+1 < len(toks); p++ {
		// "They remain involved in drug trafficking, and we are seeing them move into illicit
		// tobacco": "them" after a verb of seeing or letting does what follows
		if toks[p].lower != "them" || !smallClauseVerbs.has(toks[p-1].lid) || crimeAt(cm, p) >= 0 || !d.verbLike(toks[p+1]) {
			continue
		}
		for k := len(cm) - 1; k >= 0; k-- {
			if cm[k].actor && cm[k].end <= p && cm[k].plural {
				a := cm[k]
				a.start, a.end = p, p+1
				cm = append(cm, a)
				sortMentions(cm)
				break
			}
		}
		break
	}
	var two []string // what "both" or "the two" stand for, read at the first such word
	for i := 0; i+1 < len(toks); i++ {
		if w := toks[i].lower; w != "both" && w != "two" {
			continue
		}
		if two == nil {
			if two = d.bothTrades(); len(two) < 2 {
				break
			}
		}
		if toks[i].lower == "both" && i > 0 && toks[i-1].cls&cPrep != 0 && toks[i+1].punct && len(d.prevTrades) == 2 && crimeAt(cm, i) < 0 {
			// "Al-Shabaab collects a levy at checkpoints on both": the two trades the sentence before named
			cm = append(cm, mention{kind: mCrime, start: i, end: i + 1, crime: two[0], twin: two[1]})
		} else if (toks[i].lower == "both" || toks[i].lower == "two" && i > 0 && toks[i-1].lower == "the") && bothNouns.has(toks[i+1].nid) && crimeAt(cm, i) < 0 && crimeAt(cm, i+1) < 0 {
			// "the main enabler of both trades": the two trades the sentence before named
			cm = append(cm, mention{kind: mCrime, start: i, end: i + 2, crime: two[0], twin: two[1]})
		}
	}
	if len(d.lastTrades) >= 2 {
		d.pairTrades, d.pairSent = [2]string{d.lastTrades[0], d.lastTrades[1]}, d.sentIndex
	}
	for _, r := range d.lastTrades {
		d.namedTrades = slices.DeleteFunc(d.namedTrades, func(t recentTrade) bool { return t.root == r })
		d.namedTrades = append(d.namedTrades, recentTrade{root: r, sent: d.sentIndex})
	}
	for p := 0; p+2 < len(toks); p++ {
		// "Illicit tobacco is not a victimless crime. The profits are funding firearms", "police
		// estimate that the proceeds are laundered": the gains of the crime the text was about
		g := p + 1
		if p == 0 && (gainWords.has(toks[0].nid) || toks[0].norm == "payment") && pluralTok(toks[0]) {
			g = 0 // "Payments were made in cryptocurrency and routed through a mixing service"
		} else if !(toks[p].cls&cDet != 0 || toks[p].lower == "its" || toks[p].lower == "their") {
			continue
		}
		if g+1 < len(toks) && (toks[g].lower == "stolen" || toks[g].lower == "illicit" || toks[g].lower == "dirty" || toks[g].lower == "criminal" || toks[g].lower == "real" || toks[g].lower == "biggest" || toks[g].lower == "huge") && (gainWords.has(toks[g+1].nid) || toks[g+1].lower == "funds" || toks[g+1].lower == "money") {
			g++ // "the stolen funds help finance ..."
		}
		laundered := p > 0 && launders(toks[p-1]) && !crimeIn(cm, 0, p-1) // "the sellers laundered their profits"
		moved := p > 1 && !laundered && moveMoneyVerbs.has(toks[p-1].lid) && toks[p-2].lower == "to" && len(cm) > 0 && !otherThanLaundering(cm) && toks[g].norm == "money"
		if moved {
			laundered = true // "used a network of shell companies to move the money": the gains of the trade, laundered
		} else if g == p+1 && p == 0 && (toks[g].norm == "money" || toks[g].norm == "cash" || toks[g].norm == "fund") && len(cm) > 0 && !otherThanLaundering(cm) {
			// "Smugglers earn thousands per passenger. The cash is sent home through hawala brokers":
			// the money of the trade before, laundered
		} else if !gainWords.has(toks[g].nid) && g == p+1 || g > p+1 && crimeAt(cm, p+1) >= 0 || g == 0 && otherThanLaundering(cm) ||
			proceedsOf(cm, toks, g) >= 0 || crimeIn(cm, 0, p+2) && !laundered || p > 0 && !gainsSlot(d, toks, p) {
			continue
		}
		start := p
		if laundered {
			start = g // the gains laundered
		}
		gainsOf := d.mainTrade() // ("... now run the scam operations. Follow the money. The profits are laundered")
		if len(d.crimeTypes) > 0 {
			gainsOf = d.crimeTypes[0]
		}
		switch {
		case gainsOf != "" && laundered:
			// (the laundering mention spans the gains: the link is made here)
			pending = append(pending, pendingLink{a: mention{kind: mCrime, start: p - 1, end: p, crime: "money-laundering"}, b: mention{kind: mCrime, start: g, end: g + 1, crime: gainsOf}, mech: schema.MechFinances})
		case gainsOf != "":
			gm := mention{kind: mCrime, start: start, end: g + 1, crime: gainsOf}
			if k := crimeStartingAt(cm, g+2); g+2 < len(toks) && beForms.has(toks[g+1].lid) && k >= 0 && schema.Root(cm[k].crime) == "money-laundering" {
				// "The cash is sent home through hawala brokers": the gains, layered
				pending = append(pending, pendingLink{a: cm[k], b: gm, mech: schema.MechFinances})
			} else if g+3 < len(toks) && (toks[g+1].lower == "go" || toks[g+1].lower == "goes" || toks[g+1].lower == "went" || toks[g+1].lower == "flow" || toks[g+1].lower == "flows") && toks[g+2].lower == "to" {
				// "The real profits go to transnational networks": who gains from the trade
				if k := rightOf(cm, toks, g+3); k >= 0 && cm[k].actor && cm[k].start <= g+5 {
					pending = append(pending, pendingLink{a: gm, b: cm[k], mech: schema.MechFinances})
				}
			} else if v := layeredAt(toks, g); v > 0 {
				// "The proceeds were passed through the accounts of more than 60 money mules", "The
				// funds are often moved through money mules": layered through the launderers the clause
				// goes on to name
				for k := range cm {
					if schema.Root(cm[k].crime) == "money-laundering" && cm[k].start > v && cm[k].start <= g+14 && !punctBetween(toks, v, cm[k].start) {
						pending = append(pending, pendingLink{a: cm[k], b: gm, mech: schema.MechFinances})
						break
					}
				}
			}
			cm = append(cm, gm)
			sortMentions(cm)
		}
		break
	}
	if len(cm) > 1 {
		// ", smugglers and farmers told Dawn.": the speakers of a closing report take part in no link
		kept := cm[:0]
		for _, m := range cm {
			if !tailSpeakerPhrase(d, toks, m) {
				kept = append(kept, m)
			}
		}
		cm = kept
	}
	d.noteLaunderers(toks)
	theirIncome(toks, cm, &pending)
	// "crime-terror", "terror-crime": a bare "crime" or "criminal" hyphenated to a crime type
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].norm == "crime" || toks[i].norm == "criminal") && toks[i+1].hyphen && crimeAt(cm, i) < 0 {
			if k := crimeStartingAt(cm, i+1); k >= 0 {
				cm = append(cm, mention{kind: mCrime, start: i, end: i + 1, crime: "organized-crime"})
			}
		}
		if (toks[i+1].norm == "crime" || toks[i+1].norm == "criminal") && toks[i+1].hyphen && crimeAt(cm, i+1) < 0 {
			if k := crimeAt(cm, i); k >= 0 && cm[k].end == i+1 {
				cm = append(cm, mention{kind: mCrime, start: i + 1, end: i + 2, crime: "organized-crime"})
			}
		}
	}
	sortMentions(cm)
	if len(cm) == 0 {
		return
	}
	// "Drug trafficking remains ..., and networks involved in it also engage in":
	// "it" after a preposition is the crime just named
	for p := 1; p < len(toks); p++ {
		behind := toks[p-1].lower == "behind" || toks[p].lower == "them" && (toks[p-1].lower == "in" || toks[p-1].lower == "inside")
		if toks[p].lower != "it" && !(toks[p].lower == "them" && behind) || toks[p-1].cls&cPrep == 0 && !behind || crimeAt(cm, p) >= 0 {
			continue
		}
		k := -1
		for x := range cm {
			if cm[x].end <= p && p-cm[x].end <= 12 && !cm[x].actor {
				k = x
			}
		}
		if k >= 0 {
			it := cm[k]
			it.start, it.end = p, p+1
			cm = append(cm, it)
			sortMentions(cm)
		} else if len(d.prevTrades) > 0 && behind {
			// "Most of these scams were run from compounds ... The syndicates behind them": the
			// first trade the sentence before named
			cm = append(cm, mention{kind: mCrime, start: p, end: p + 1, crime: d.prevTrades[0]})
			sortMentions(cm)
		} else if p >= 2 && toks[p-1].lower == "of" && shareOfWords.has(toks[p-2].lid) && len(d.crimeTypes) > 0 {
			// "local clans ... run much of it": the trade of the sentence before
			cm = append(cm, mention{kind: mCrime, start: p, end: p + 1, crime: d.crimeTypes[0]})
			sortMentions(cm)
		}
	}
	if len(d.prevTrades) == 1 {
		// "A patient who takes these pills may die, and the profits finance the next cocaine
		// shipment": the gains of the one trade the sentence before named
		for p := 1; p+1 < len(toks); p++ {
			if !gainWords.has(toks[p].nid) || toks[p-1].lower != "the" && toks[p-1].lower != "these" && toks[p-1].lower != "those" || crimeAt(cm, p) >= 0 {
				continue
			}
			if w := toks[p+1].lower; (financeWord(w) || w == "pay" || w == "pays" || w == "buy" || w == "buys") && lastBefore(cm, p, func(m mention) bool { return !m.actor }) < 0 {
				cm = append(cm, mention{kind: mCrime, start: p, end: p + 1, crime: d.prevTrades[0]})
				sortMentions(cm)
			}
			break
		}
	}
	if len(d.prevTrades) == 1 {
		// "Cultural property trafficking rarely makes headlines. But investigators say the trade has
		// helped finance armed groups": "the trade" is the one the sentence before named
		for p := 1; p+1 < len(toks); p++ {
			if (toks[p].norm == "trade" || toks[p].norm == "business") && (toks[p-1].lower == "the" || toks[p-1].lower == "this") && crimeAt(cm, p) < 0 &&
				(beForms.has(toks[p+1].lid) || toks[p+1].lower == "has" || toks[p+1].lower == "have" || d.verbLike(toks[p+1])) {
				cm = append(cm, mention{kind: mCrime, start: p - 1, end: p + 1, crime: d.prevTrades[0]})
				sortMentions(cm)
				break
			}
		}
	}
	// "the “county lines” drug trade": one crime named twice in a row is one mention
	for k := 0; k+1 < len(cm); k++ {
		a, b := cm[k], cm[k+1]
		gap := a.end
		for gap < b.start && toks[gap].quote != 0 {
			gap++
		}
		if gap == b.start && schema.Root(a.crime) == schema.Root(b.crime) && !toks[b.start].hyphen {
			cm[k].end, cm[k].actor = b.end, a.actor || b.actor
			cm = append(cm[:k+1], cm[k+2:]...)
			k--
		}
	}
	var asides []asidePair // the actor before its aside, and again after it
	for k, n := 0, len(cm); k < n; k++ {
		// "The Los Lobos and Los Choneros gangs, which move cocaine through the port, were behind most
		// of the abductions": the actor again after its aside, for the verb phrase that goes on
		if c := asideEnd(toks, cm[k]); c > 0 && cm[k].actor {
			a := cm[k]
			a.start, a.end = c, c+1
			cm = append(cm, a)
			asides = append(asides, asidePair{cm[k], a})
		}
	}
	if len(asides) > 0 {
		sortMentions(cm)
	}
	for k := range cm {
		// "Wildlife crime is often treated as a low priority, but the criminals involved are the
		// same people who traffic drugs": the actors of the trade just named
		if e := cm[k].end; cm[k].actor && schema.Root(cm[k].crime) == "organized-crime" && e < len(toks) && toks[e].lower == "involved" && (e+1 == len(toks) || toks[e+1].lower != "in") {
			if t := lastTradeBefore(cm, toks, cm[k].start); t >= 0 {
				cm[k].crime = cm[t].crime
			}
		}
	}
	done := map[pair]bool{}
	examples := examplesOfCrime(cm, toks)
	var deeds []pendingLink   // an actor's trades, for alsoDoing
	var incomes []pendingLink // the trades an actor lives off, for alsoDoing too
	var held []pendingLink    // every actor-trade link, for the actor chain
	var emit func(a, b mention, cue, mech string)
	emit = func(a, b mention, cue, mech string) {
		if (mech == schema.MechInvolvement || mech == schema.MechTactics) && a.actor != b.actor {
			deeds = append(deeds, pendingLink{a: a, b: b}) // ("used kidnappings to intimidate": a means is a deed too)
		} else if mech == schema.MechFinances && a.actor != b.actor {
			// ("the networks, which earn most of their money from the drug trade, also run fraud
			// schemes": what an actor lives off is its trade too, for a second trade added with "also")
			incomes = append(incomes, pendingLink{a: a, b: b})
		}
		if a.actor != b.actor {
			held = append(held, pendingLink{a: a, b: b, cue: cue, mech: mech})
		}
		for _, ex := range examples {
			// "They borrow criminal methods when they need money, such as kidnapping and
			// extortion": what is linked to the methods is linked to each example
			if ex.of.start == a.start && ex.of.end == a.end && ex.of.crime == a.crime {
				emit(ex.ex, b, cue, mech)
			} else if ex.of.start == b.start && ex.of.end == b.end && ex.of.crime == b.crime {
				emit(a, ex.ex, cue, mech)
			}
		}
		if a.twin != "" || b.twin != "" {
			// "both trades": each of the two
			a2, b2 := a, b
			if a.twin != "" {
				a2.crime, a2.twin, a.twin = a.twin, "", ""
			} else {
				b2.crime, b2.twin, b.twin = b.twin, "", ""
			}
			emit(a2, b2, cue, mech)
		}
		ra, rb := schema.Root(a.crime), schema.Root(b.crime)
		if ra == rb || doubted(toks, min(a.start, b.start)) || dismissed(toks, max(a.end, b.end)) {
			return // ("should stop assuming a single crime-terror nexus")
		}
		if ra > rb {
			ra, rb = rb, ra
		}
		p := pair{ra, rb}
		if done[p] {
			return
		}
		done[p] = true
		k := 1
		for l := len(d.res.links) - 1; l >= 0 && d.res.links[l].sent == base.Sentence; l-- {
			k++ // links are appended in sentence order
		}
		id := d.x.Vocab.ID("link", d.doc.Slug+"/s"+itoa(base.Sentence)+"-"+itoa(k))
		d.res.links = append(d.res.links, linkRec{id: id, a: ra, b: rb, cue: cue, mech: mech, sent: base.Sentence})
		f := base
		f.Kind = "converges"
		f.A = d.crimeRef(ra)
		f.B = d.crimeRef(rb)
		f.Cue = cue
		f.Mechanism = mech
		d.res.Facts = append(d.res.Facts, f)
	}
	text := base.SentenceText
	defer func() {
		// after every pass, the cooccurrence fallback too
		asideDeeds(asides, held, emit)
		armsTheActorOf(text, toks, held, emit)
		d.carryChain(text, toks, cm, held, emit)
		cannotWithout(text, toks, cm, emit)
		d.bothAnd(text, toks, cm, emit)
		notOnlyButAlso(text, toks, cm, emit)
		if n := len(d.res.links); n == 0 || d.res.links[n-1].sent != base.Sentence {
			d.sentenceCooccur(text, toks, cm, emit)
		}
	}()
	for _, w := range pending {
		lo, hi := w.a, w.b
		if hi.start < lo.start {
			lo, hi = hi, lo
		}
		emit(w.a, w.b, span(text, toks, lo.start, hi.end), w.mech)
	}
	if k := crimeStartingAt(cm, andIt); andIt >= 0 && k >= 0 {
		d.subjectDoes(text, toks, cm, k, andIt, emit) // "and it has taken over the cigarette routes"
	}
	if c := openingPhraseEnd(toks); c > 0 && (besidesWords.has(toks[0].lid) || len(toks) > 2 && (toks[0].lower == "apart" || toks[0].lower == "aside") && toks[1].lower == "from") {
		// "Beyond fentanyl and methamphetamine, they are deeply involved in ...": the subject's trades too
		for k := range cm {
			if cm[k].start != c || !cm[k].actor {
				continue // the subject right after the comma
			}
			for y := range cm {
				if cm[y].end < c && !cm[y].actor {
					emit(cm[k], cm[y], span(text, toks, 0, cm[y].end), schema.MechInvolvement)
				}
			}
		}
	}
	if n := unconfirmedFrom(toks); n >= 0 {
		// "The Panel was unable to confirm reports that ISIL cells levy taxes on ...": nothing after is asserted
		kept := cm[:0]
		for _, m := range cm {
			if m.start < n {
				kept = append(kept, m)
			}
		}
		cm = kept
		if len(cm) == 0 {
			return
		}
	}
	d.answerTo(text, toks, cm, emit)
	if toks[len(toks)-1].text == "?" && !d.turnClaims(toks, openingPhraseEnd(toks)) {
		return // "What is the crime-terror nexus?": a question asserts no link (but a member's long question in a debate puts one)
	}
	// these may find their second crime outside cm: "a way to launder money", "from crime to terrorism"
	d.exploitedIn(text, toks, cm, emit)
	d.laundering(text, toks, cm, emit)
	d.investedInAssets(text, toks, cm, emit)
	d.meansTo(text, toks, cm, emit)
	d.fromTo(text, toks, cm, emit)
	if len(cm) == 1 {
		d.paysForGoods(text, toks, cm, emit) // with two crimes or more, the cue loop below reads these
	}
	d.whereThere(text, toks, cm, emit)
	d.theirBusiness(text, toks, cm, emit)
	d.sameMeansAsBefore(text, toks, cm, emit)
	d.samePlaybook(text, toks, cm, emit)
	d.notJustThen(text, toks, cm, emit)
	d.andDoes(text, toks, cm, emit)
	inExchange(text, toks, cm, emit)
	rescuedFrom(text, toks, cm, emit)
	chargedAfterFound(text, toks, cm, emit)
	launderersServe(text, toks, cm, emit)
	hiddenMoney(text, toks, cm, emit)
	cutOfTrade(text, toks, cm, emit)
	gainsMoved(text, toks, cm, emit)
	tradeAfterColon(text, toks, cm, emit)
	staffedByTrafficked(text, toks, cm, emit)
	childrenFor(text, toks, cm, emit)
	paidToDo(text, toks, cm, emit)
	launderedFrom(text, toks, cm, emit)
	proceedsOfAll(text, toks, cm, emit)
	forcedCrime(text, toks, cm, emit)
	channelFor(text, toks, cm, emit)
	usedForBoth(text, toks, cm, emit)
	withForged(text, toks, cm, emit)
	// one lookup a token says which of the passes below have a trigger word here
	var has uint64
	for _, t := range toks {
		has |= d.lx.passWords[t.lower] | d.lx.passWords[t.norm]
		if financeWord(t.lower) {
			has |= passFinanced
		}
	}
	for _, p := range singlePasses {
		if has&p.bit != 0 {
			p.run(d, text, toks, cm, emit)
		}
	}
	d.levyOnGoods(text, toks, cm, emit)
	for k := range cm {
		// "cyber-enabled fraud": one mention of the lexicon's, but the modifier is the
		// prefix cue that makes the fraud cybercrime's
		if m := cm[k]; m.end-m.start >= 3 && toks[m.start].lower == "cyber" && toks[m.start+1].hyphen && toks[m.start+1].lower == "enabled" && schema.Root(m.crime) != "cybercrime" {
			emit(mention{crime: "cybercrime"}, m, span(text, toks, m.start, m.end), schema.MechTactics)
		}
	}
	if len(cm) > 1 {
		asMuchAs(text, toks, cm, emit)
		servicesTo(text, toks, cm, emit)
	}
	if len(cm) < 2 && (len(cm) == 0 || cm[0].twin == "" && (len(d.prevTrades) != 1 || !hasTradeAnaphor(toks))) {
		return // (one mention that stands for two trades may link them: "The two flows are connected";
		// one with an anaphor for the trade before: "Illegal logging is rampant. It is tied to money laundering")
	}
	for _, p := range convergePasses {
		if p.bit == 0 || has&p.bit != 0 {
			p.run(d, text, toks, cm, emit)
		}
	}
	pronounDeeds(text, toks, deeds, emit)
	if prev.actor && len(d.prevTrades) > 0 {
		d.alsoBefore(text, toks, cm, prev, deeds, emit)
	}
	// "girls sexually exploited by gang members", "migrants smuggled by cartels"
	for k := range cm {
		e := cm[k].end
		if e+1 < len(toks) && strings.HasSuffix(toks[e-1].lower, "ed") && toks[e].lower == "by" {
			if r := rightOf(cm, toks, e+1); r >= 0 {
				for _, b := range listRight(cm, toks, r) {
					emit(cm[k], cm[b], span(text, toks, cm[k].start, cm[b].start), schema.MechInvolvement)
				}
			}
		}
	}
	// "networks run from Austria and Germany, whose members are also involved in moving heroin":
	// what the actor's members do, it does
	for w := 1; w+4 < len(toks); w++ {
		if toks[w].lower != "whose" || !memberNouns.has(toks[w+1].nid) {
			continue
		}
		a := -1
		for k := range cm {
			if cm[k].end <= w && cm[k].end >= w-8 {
				a = k
			}
		}
		if a < 0 || !cm[a].actor {
			continue
		}
		q := w + 2
		for q < len(toks) && (beForms.has(toks[q].lid) || toks[q].cls&cAdv != 0) {
			q++
		}
		if q+1 < len(toks) && (toks[q].lower == "involved" || toks[q].lower == "engaged") && toks[q+1].lower == "in" {
			if r := rightOf(cm, toks, q+2); r >= 0 {
				for _, b := range listRight(cm, toks, r) {
					emit(cm[a], cm[b], span(text, toks, w, cm[b].end), schema.MechInvolvement)
				}
			}
		}
	}
	// "charge coca growers and illegal gold miners a levy": the levy's payers
	for k := range cm {
		if cm[k].crime != "extortion" || cm[k].end-cm[k].start != 2 || !levyNouns.has(toks[cm[k].end-1].nid) {
			continue
		}
		for v := cm[k].start - 1; v >= 0 && v >= cm[k].start-12 && !toks[v].punct; v-- {
			if chargeVerbs.has(toks[v].lid) {
				for y := range cm {
					if cm[y].start > v && cm[y].end <= cm[k].start {
						emit(cm[k], cm[y], span(text, toks, v, cm[k].end), schema.MechInvolvement)
					}
				}
				break
			}
		}
	}
	// "officials have taken a cut from the traffickers": the bribe's payers
	for k := range cm {
		e := cm[k].end
		if e+1 < len(toks) && (takenShares.has(toks[e-1].nid) || levyNouns.has(toks[e-1].nid) || paidNouns.has(toks[e-1].nid)) && toks[e].lower == "from" {
			// ("collecting levies from illegal gold miners": whom the levy is taken from)
			if r := rightOf(cm, toks, e+1); r >= 0 && cm[r].start-e <= 4 {
				for _, b := range listRight(cm, toks, r) {
					emit(cm[k], cm[b], span(text, toks, cm[k].start, cm[b].start), schema.MechInvolvement)
				}
			}
		}
	}
	// "the Kinahan cartel's drug and firearms supply network": the actor's own trades
	for k := range cm {
		if e := cm[k].end; cm[k].actor && e+1 < len(toks) && (toks[e].norm == "'s" || (toks[e].text == "'" || toks[e].text == "’") && pluralTok(toks[e-1])) {
			// ("on the gangs' payroll": a plural's possessive)
			if r := crimeStartingAt(cm, e+1); r >= 0 {
				for _, b := range listRight(cm, toks, r) {
					emit(cm[k], cm[b], span(text, toks, cm[k].start, cm[b].end), schema.MechInvolvement)
				}
			}
		}
	}
	// "guns-for-drugs swaps": two trades bartered for each other
	for k := 0; k+1 < len(cm); k++ {
		a, b := cm[k], cm[k+1]
		if b.start == a.end+1 && toks[a.end].lower == "for" && toks[a.end].hyphen && toks[b.start].hyphen {
			emit(a, b, span(text, toks, a.start, b.end), schema.MechFinances)
		}
	}
	modifierOf := map[int]int{} // right side of a cue -> its left side
	// hyphenated compounds
	for k := 0; k+1 < len(cm); k++ {
		a, b := cm[k], cm[k+1]
		if b.start == a.end && toks[b.start].hyphen && !(toks[a.start].lower == "narco" && b.actor && schema.Root(b.crime) == "organized-crime") {
			// ("narco-criminals", "narco-gangs" are drug gangs, not a hybrid of two crimes)
			mech := schema.MechHybrid
			cue := span(text, toks, a.start, b.end)
			if b.end < len(toks) {
				if e, v := d.lx.cues.longest(toks, b.end); v >= 0 && d.lx.cueVals[v].Shape == "postfix" {
					mech = d.lx.cueVals[v].Mechanism
					cue = span(text, toks, a.start, e)
				}
			}
			emit(a, b, cue, mech)
		}
	}
	defer unpaidExploited(text, toks, cm, emit) // (after the fallback below, which it must not silence)
	defer sharedCarrier(text, toks, cm, emit)   // (likewise)
	defer d.cooccur(text, toks, cm, done, emit)
	defer func() {
		// after the cues, whose actor links are deeds too: "Criminal groups involved in arms
		// trafficking also smuggle drugs"
		alsoDoing(text, toks, append(deeds, incomes...), emit)
		pronounRestated(text, toks, deeds, emit)
	}()
	for i := 0; i < len(toks); i++ {
		if toks[i].punct || crimeAt(cm, i) >= 0 {
			continue
		}
		end, v := d.lx.cues.longest(toks, i)
		if v < 0 {
			continue
		}
		// a cue must not run into a crime mention ("financing of terrorism")
		if crimeIn(cm, i, end) {
			continue
		}
		cue := d.lx.cueVals[v]
		surface := span(text, toks, i, end)
		if negatedCue(toks, i) {
			continue // "rarely merge", "are not linked to"
		}
		switch cue.Shape {
		case "infix":
			l := leftOf(cm, toks, i)
			r := rightOf(cm, toks, end)
			if r < 0 && l >= 0 && cue.Mechanism == schema.MechFinances && !cue.Reverse {
				// "Smuggling captagon pays for salaries, weapons and loyalty": goods bought are their trade
				if g, ok := goodsInList(toks, end); ok {
					emit(cm[l], g, span(text, toks, i, g.end), cue.Mechanism)
					goodsForGoods(text, toks, cm, g, i, cue.Mechanism, emit)
				}
			}
			if r >= 0 && l >= 0 && cue.Mechanism == schema.MechFinances && !cue.Reverse {
				// "The profits are funding firearms, drugs and violence": goods listed before the crime word
				if g, ok := goodsInList(toks, end); ok && g.start < cm[r].start {
					emit(cm[l], g, span(text, toks, i, g.end), cue.Mechanism)
					goodsForGoods(text, toks, cm, g, i, cue.Mechanism, emit)
				}
			}

			if w := toks[i].lower; (w == "before" || w == "after") && l > 0 && cm[0].actor && cm[0].subject(toks) && !cm[l].actor && !crimeIn(cm, cm[0].end, cm[l].start) {
				// "The cartel built its empire on fuel theft before moving into extortion": the
				// participle's subject is the clause's, not the object before it
				l = 0
			}
			if h := relativeHead(cm, toks, l, i); h >= 0 {
				// "the same networks that launder the proceeds ... for Latin American cartels also move money
				// for human traffickers": the subject is the head of the relative clause, not its last actor
				l = h
			}
			if l < 0 && r >= 0 && precededByAnd(toks, i) && len(cm) > 0 && clauseInitial(toks, cm[0].start) {
				// "Environmental crimes ... deprive communities and fuel corruption"
				l = 0
			}
			if l < 0 && r >= 0 && cue.Mechanism == schema.MechFinances {
				// "the coalition finances its arms purchases through kidnappings"
				rights := listRight(cm, toks, r)
				last := rights[len(rights)-1]
				if q := cm[last].end; q+1 < len(toks) && (toks[q].lower == "through" || toks[q].lower == "via" || toks[q].lower == "by") {
					if m := rightOf(cm, toks, q+1); m >= 0 {
						for _, b := range rights {
							for _, c := range listRight(cm, toks, m) {
								emit(cm[c], cm[b], surface+" "+toks[q].lower, cue.Mechanism)
							}
						}
					}
				}
			}
			if k := theyBefore(toks, i); k >= 0 && r >= 0 && (l < 0 || cm[l].end <= k) {
				// "TCOs use ... and they increasingly rely on money laundering organizations"
				a := -1
				for x := range cm {
					if cm[x].end <= k && cm[x].actor && (pluralTok(toks[cm[x].end-1]) || toks[cm[x].start].lower == "they") && cm[x].subject(toks) {
						// ("They run farms, and they rely on corrupt officials": the opening pronoun's actor)
						a = x
					}
				}
				if a < 0 && toks[k].lower == "they" && cue.Mechanism == schema.MechFinances {
					for x := range cm {
						if cm[x].end <= k && !cm[x].actor && clauseInitial(toks, cm[x].start) && pluralTok(toks[cm[x].end-1]) {
							a = x // "Charcoal exports ... have been banned because they finance the insurgency"
						}
					}
				}
				if a >= 0 {
					l = a
				}
			}
			if k := membersBefore(toks, i); k >= 0 && r >= 0 && (l < 0 || cm[l].end <= k) {
				// "the same networks smuggle cigarettes, and some of their members have links to
				// dissident republican groups": the members' group, before them or the sentence before
				a := -1
				for x := range cm {
					if cm[x].end <= k && cm[x].actor {
						a = x
					}
				}
				if a < 0 {
					for x := range cm {
						if cm[x].end <= k {
							a = x // "the same networks also smuggle cigarettes, and some of their members": their trade
						}
					}
				}
				if a < 0 && prev.actor {
					p := prev
					p.start, p.end = k, k+1
					cm = append(cm, p)
					a = len(cm) - 1
				}
				if a >= 0 {
					l = a
				}
			}
			if l < 0 && r >= 0 {
				// "Wildlife trafficking is booming. The trade is closely linked to corruption": an
				// anaphor for the one trade the sentence before named
				if s, e := anaphorBefore(toks, i); s >= 0 {
					if a, ok := d.tradeAnaphor(cm, s, e, cm[r]); ok {
						cm = append(cm, a)
						l = len(cm) - 1
					}
				} else if g := d.unitAnaphor(toks, cm, i); g != "" && schema.Root(g) != schema.Root(cm[r].crime) {
					f := anaphorStart(toks)
					cm = append(cm, mention{kind: mCrime, start: f, end: f + 2, crime: g})
					l = len(cm) - 1
				}
			} else if r < 0 && l >= 0 {
				if s, e := anaphorAfter(toks, end); s >= 0 {
					if b, ok := d.tradeAnaphor(cm, s, e, cm[l]); ok {
						cm = append(cm, b)
						r = len(cm) - 1
					}
				}
			}
			if l < 0 || r < 0 {
				break
			}
			lefts := listLeft(cm, toks, l)
			if owner, ok := modifierOf[l]; ok && auxBetween(toks, cm[l].end, i) {
				// "groups behind the drug trade are diversifying into fraud": the
				// subject is the groups, not the trade that modifies them
				lefts = listLeft(cm, toks, owner)
			} else if h := participleOwner(cm, toks, l); h >= 0 && (auxBetween(toks, cm[l].end, i) || cm[l].end < i && !toks[cm[l].end].punct && toks[cm[l].end].cls == 0 && auxBetween(toks, cm[l].end+1, i)) {
				// ("cocaine routes have expanded": the crime phrase's head noun, then the auxiliary)
				// "Ecuadorean gangs fighting over cocaine routes have expanded into illegal gold mining":
				// the gangs, and the trade their participle names
				lefts = append(lefts, h)
			}
			rights := listRight(cm, toks, r)
			if prep := toks[end-1].lower; prepositions.m[prep] {
				// "relies on corruption to win public contracts and on professional launderers"
				last := cm[rights[len(rights)-1]].end
				for q := last; q+2 < len(toks) && q < last+10; q++ {
					if toks[q].text == ";" || toks[q].quote != 0 || (toks[q].cls&cClause != 0) {
						break
					}
					if toks[q].lower == "and" && toks[q+1].lower == prep {
						if r2 := rightOf(cm, toks, q+2); r2 >= 0 {
							rights = append(rights, listRight(cm, toks, r2)...)
						}
						break
					}
				}
			}
			for _, a := range lefts {
				for _, b := range rights {
					emit(cm[a], cm[b], surface, cue.Mechanism)
				}
			}
			if strings.HasPrefix(toks[i].lower, "us") {
				// "crime groups are using young men smuggled across the Channel ... to tend cannabis farms":
				// what the used are used for
				q := cm[rights[len(rights)-1]].end
				if q < len(toks) && (moneyWords.has(toks[q].nid) || gainWords.has(toks[q].nid)) {
					q++ // "use drug proceeds to acquire firearms": the trade's money
				}
				for n := 0; n < 3; n++ {
					q = skipPlace(toks, q, len(toks))
				}
				if k := crimeAt(cm, q+1); q+2 < len(toks) && toks[q].lower == "to" && launders(toks[q+1]) && (k < 0 || schema.Root(cm[k].crime) == "money-laundering") {
					// "uses the gold to clean its drug money": the means launder; whose money it is the
					// laundering reading links, not the means
					ml := mention{kind: mCrime, crime: "money-laundering", start: q + 1, end: q + 2}
					for _, b := range rights {
						emit(cm[b], ml, span(text, toks, cm[b].start, q+2), schema.MechFacilitates)
					}
				} else if q+2 < len(toks) && toks[q].lower == "to" {
					for y := range cm {
						if cm[y].start >= q+1 && cm[y].start <= q+4 && !crimeIn(cm, q+1, cm[y].start) {
							for _, a := range lefts {
								emit(cm[a], cm[y], span(text, toks, i, cm[y].end), cue.Mechanism)
							}
							for _, b := range rights {
								emit(cm[b], cm[y], span(text, toks, cm[b].start, cm[y].end), schema.MechFacilitates)
							}
							break
						}
					}
				}
			}
			if cue.Mechanism == schema.MechFacilitates && cm[rights[len(rights)-1]].actor {
				// "allows the clans to launder their money": what the actor is enabled to do
				if q := cm[rights[len(rights)-1]].end; q+1 < len(toks) && toks[q].lower == "to" {
					var did mention
					if strings.HasPrefix(toks[q+1].lower, "launder") {
						did = mention{crime: "money-laundering", start: q + 1, end: q + 2}
					} else if y := crimeStartingAt(cm, q+1); y >= 0 && d.verbLike(toks[q+1]) {
						did = cm[y]
					}
					if did.crime != "" {
						for _, a := range lefts {
							emit(cm[a], did, span(text, toks, i, did.end), cue.Mechanism)
						}
					}
				}
			}
			if cue.Mechanism == schema.MechFinances {
				// "finances its arms purchases through kidnappings, extortion and ...": the means fund the end
				last := rights[len(rights)-1]
				if q := cm[last].end; q+1 < len(toks) && (toks[q].lower == "through" || toks[q].lower == "with" || toks[q].lower == "via" || toks[q].lower == "by") {
					if m := rightOf(cm, toks, q+1); m >= 0 {
						for _, b := range rights {
							for _, c := range listRight(cm, toks, m) {
								emit(cm[c], cm[b], surface+" "+toks[q].lower, cue.Mechanism)
							}
						}
						for _, a := range lefts {
							if cm[a].actor {
								// "The gangs finance their purchases through kidnapping and extortion": the
								// means are the actor's own deeds
								for _, c := range listRight(cm, toks, m) {
									emit(cm[a], cm[c], span(text, toks, cm[a].start, cm[c].end), schema.MechInvolvement)
								}
							}
						}
					}
				}
			}
			for _, b := range rights {
				if _, ok := modifierOf[b]; !ok {
					modifierOf[b] = l
				}
			}
		case "between":
			r := rightOf(cm, toks, end)
			if r < 0 {
				break
			}
			list := listRight(cm, toks, r)
			if k := otherSuchAs(toks, cm, list); k > 0 {
				// "links between drug trafficking and other serious crimes, such as firearms trafficking,
				// money laundering and migrant smuggling": the first side, then examples of the other
				for _, x := range list[:k] {
					for _, y := range list[k:] {
						emit(cm[x], cm[y], surface, cue.Mechanism)
					}
				}
			} else {
				eachPair(list, func(x, y int) { emit(cm[x], cm[y], surface, cue.Mechanism) })
			}
			if m := cm[list[0]]; len(list) == 1 && m.twin != "" {
				// "the links between the two economies": the two trades with each other
				x, y := m, m
				x.twin, y.crime, y.twin = "", m.twin, ""
				emit(x, y, surface, cue.Mechanism)
			}
			if l := copulaSubject(cm, toks, i); l >= 0 {
				// "corruption is the glue that binds criminal and terrorist networks": the glue joins both
				for _, b := range list {
					emit(cm[l], cm[b], span(text, toks, cm[l].start, end), schema.MechFacilitates)
				}
			}
		case "postfix":
			l := leftOf(cm, toks, i)
			if l < 0 {
				// "X and Y rarely merge, but they frequently cooperate": "they" is the earlier pair
				if k := theyBefore(toks, i); k >= 0 {
					if first := firstPair(cm, toks, k); first >= 0 {
						l = first
					}
				}
			}
			if l < 0 {
				break
			}
			list := listLeft(cm, toks, l)
			eachPair(list, func(x, y int) { emit(cm[x], cm[y], surface, cue.Mechanism) })
			if m := cm[list[0]]; len(list) == 1 && m.twin != "" {
				// "The two flows are connected": the two trades with each other
				x, y := m, m
				x.twin, y.crime, y.twin = "", m.twin, ""
				emit(x, y, surface, cue.Mechanism)
			}
		case "prefix":
			if r := crimeStartingAt(cm, end); r >= 0 {
				emit(mention{crime: "cybercrime"}, cm[r], surface+" "+span(text, toks, cm[r].start, cm[r].end), cue.Mechanism)
			}
		}
	}
}

// otherSuchAs returns the index in list of the first example after "and
// other crimes, such as" (or "including", "like") between two items of the
// list, 0 if none: the examples stand for the other side.
func otherSuchAs(toks []token, cm []mention, list []int) int {
	for k := 1; k < len(list); k++ {
		other := false
		for q := cm[list[k-1]].end; q < cm[list[k]].start; q++ {
			switch w := toks[q].lower; {
			case w == "other":
				other = true
			case other && (w == "including" || w == "like" || w == "notably" || w == "such" && q+1 < len(toks) && toks[q+1].lower == "as"):
				return k
			}
		}
	}
	return 0
}

// commitVerbs carry out a crime named after them: "forced to run ... scams".
var commitVerbs = set([]string{"run", "commit", "operate", "carry", "work", "staff", "conduct", "perform", "take", "join"})

// unconfirmed are phrases after which the sentence asserts nothing: "was
// unable to confirm reports that", "found no evidence that", "denied that".
// unconfirmedFrom switches on their first words: keep the two in step.
var unconfirmed = [][]string{{"unable", "to", "confirm"}, {"could", "not", "confirm"}, {"cannot", "confirm"},
	{"did", "not", "confirm"}, {"not", "able", "to", "confirm"}, {"no", "evidence", "that"}, {"no", "evidence", "of"},
	{"no", "proof", "that"}, {"denied", "that"}, {"denies", "that"}, {"deny", "that"}, {"rejected", "claims"},
	{"dismissed", "claims"}, {"rejected", "reports"}, {"dismissed", "reports"}, {"unclear", "whether"},
	{"not", "clear", "whether"}, {"not", "support", "the", "claim"}, {"not", "support", "claims"}, {"no", "support", "for"}, {"could", "not", "verify"}, {"unable", "to", "verify"}, {"has", "not", "been", "established"},
	{"cleared", "of"}, {"acquitted", "of"}, {"not", "guilty", "of"}, {"rejected", "the"}}

// weakEvidence says evidence falls short: "little evidence", "remains thin".
var weakEvidence = set([]string{"thin", "limited", "scant", "scarce", "weak", "lacking", "little", "inconclusive", "sparse", "anecdotal", "patchy"})

// unconfirmedFrom returns where the unasserted part of the sentence starts, or -1.
func unconfirmedFrom(toks []token) int {
	for i := range toks {
		if w := toks[i].lower; w == "asked" || w == "ask" || w == "asks" || w == "asking" {
			// "We asked her about the links between jihadist violence and trafficking": a question's topic
			for q := i + 1; q < len(toks) && q <= i+3; q++ {
				if toks[q].lower == "about" && !slices.ContainsFunc(toks[q:], func(t token) bool { return t.text == "," || t.text == ";" }) {
					return q + 1 // (not "Asked about the attacks, he said ...": the answer asserts)
				}
			}
		}
		if toks[i].lower == "evidence" && i+2 < len(toks) {
			// "evidence of a direct role ... remains thin": the link is doubted
			for q := i + 1; q+1 < len(toks) && q <= i+16 && toks[q].text != ";"; q++ {
				if w := toks[q].lower; (w == "remains" || w == "is" || w == "was" || w == "remain" || w == "are") && weakEvidence.has(toks[q+1].lid) {
					return i + 1
				}
			}
			for k := i - 1; k >= 0 && k >= i-3 && !toks[k].punct; k-- {
				if weakEvidence.has(toks[k].lid) || toks[k].lower == "no" {
					return i + 1 // "little evidence of", "scant evidence that", "no hard evidence that"
				}
			}
		}
		switch toks[i].lower {
		case "unable", "could", "cannot", "did", "not", "no", "denied", "denies", "deny", "rejected", "dismissed", "unclear", "has", "cleared", "acquitted":
		default:
			continue
		}
		for _, ph := range unconfirmed {
			if toks[i].lower != ph[0] || i+len(ph) > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < len(ph); k++ {
				ok = ok && toks[i+k].lower == ph[k]
			}
			if ok {
				return i + len(ph)
			}
		}
	}
	return -1
}

// exploitedIn links the exploitation of people to the crime they are put to
// work in: "migrants ... are frequently exploited in cannabis farms",
// "forced to work in scam compounds".
func (d *docState) exploitedIn(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for x := range cm {
		// "They were treated as free labour and as disposable gardeners for a drugs operation":
		// the exploited work for the crime after "for"
		if cm[x].actor || schema.Root(cm[x].crime) != "human-trafficking" || !labourNouns.has(toks[cm[x].end-1].nid) {
			continue
		}
		for y := range cm {
			f := cm[y].start - 1
			if f >= 0 && toks[f].cls&cDet != 0 {
				f--
			}
			if cm[y].start <= cm[x].end || cm[y].start > cm[x].end+10 || f < cm[x].end || toks[f].lower != "for" || schema.Root(cm[y].crime) == "human-trafficking" ||
				crimeStartsIn(cm, cm[x].end, cm[y].start) || clauseBreak(toks, cm[x].end, f) {
				continue
			}
			emit(cm[x], cm[y], span(text, toks, cm[x].start, cm[y].end), schema.MechInvolvement)
		}
	}
	for x := range cm {
		// "The boys had been smuggled into the UK and told they owed £20,000 for the journey": the
		// people smuggled, then held by a debt, one passive subject
		if cm[x].actor || schema.Root(cm[x].crime) != "migrant-smuggling" || cm[x].start < 2 || !(beForms.has(toks[cm[x].start-1].lid) || toks[cm[x].start-1].lower == "been") {
			continue
		}
		for y := x + 1; y < len(cm); y++ {
			if cm[y].start > cm[x].end+16 || punctBetween(toks, cm[x].end, cm[y].start) {
				break
			}
			if !cm[y].actor && schema.Root(cm[y].crime) == "human-trafficking" && slices.ContainsFunc(toks[cm[x].end:cm[y].start], func(t token) bool { return t.lower == "and" }) {
				emit(cm[x], cm[y], span(text, toks, cm[x].start, cm[y].end), schema.MechInvolvement)
				break
			}
		}
	}
	for x := range cm {
		// "found 400 cannabis plants and two teenagers who had been locked in for months to tend
		// them": the confined work the goods named before
		if cm[x].actor || schema.Root(cm[x].crime) != "human-trafficking" {
			continue
		}
		for q := cm[x].end; q+2 < len(toks) && q <= cm[x].end+4 && !toks[q].punct; q++ {
			if toks[q].lower != "to" || !labourVerbs.has(toks[q+1].lid) || toks[q+2].lower != "them" && toks[q+2].lower != "it" {
				continue
			}
			for y := x - 1; y >= 0; y-- {
				if !cm[y].actor && schema.Root(cm[y].crime) != "human-trafficking" {
					emit(cm[y], cm[x], span(text, toks, cm[y].start, q+3), schema.MechInvolvement)
					break
				}
			}
			break
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		if forceVerbs.has(toks[i].lid) && toks[i+1].lower != "to" {
			// "forced vulnerable teenagers to sell crack cocaine": past the people forced
			q := i + 1
			for q < len(toks) && q <= i+3 && (toks[q].cls&cDet != 0 || goodsAdjectives.has(toks[q].lid) || schema.Goods[toks[q].norm] == schema.People || q == i+1 && objectPronouns.has(toks[q].lid) && peopleBefore(toks, i)) {
				q++
			}
			if q > i+1 && q+1 < len(toks) && toks[q].lower == "to" && (schema.Goods[toks[q-1].norm] == schema.People || objectPronouns.has(toks[q-1].lid)) {
				for y := range cm {
					if cm[y].start > q && cm[y].start <= q+3 && !crimeIn(cm, q+1, cm[y].start) && schema.Root(cm[y].crime) != "human-trafficking" {
						emit(mention{crime: "human-trafficking", start: i, end: i + 1}, cm[y], span(text, toks, i, cm[y].end), schema.MechInvolvement)
						break
					}
				}
			}
		}
		a := i - 1 // "and then made to grow cannabis": past an adverb
		if a > 1 && (toks[a].lower == "then" || toks[a].lower == "later" || toks[a].lower == "often" || toks[a].lower == "also") && toks[a-1].lower == "and" {
			a--
		}
		if (forceVerbs.has(toks[i].lid) || (toks[i].lower == "made" || toks[i].lower == "compelled") && (beForms.has(toks[a].lid) || toks[a].lower == "and" && passiveAny(toks, 0, a))) && toks[i+1].lower == "to" && i+2 < len(toks) {
			// ("The women were held in a compound and made to run romance scams": one passive subject)
			// ("Teenagers were made to tend cannabis plants")
			// "forced to defraud strangers", "forced to run cryptocurrency investment scams": forced criminality
			for y := range cm {
				if cm[y].start < i+2 || cm[y].start > i+6 || crimeStartsIn(cm, i+2, cm[y].start) {
					continue
				}
				between := true
				for q := i + 2; q < cm[y].start; q++ {
					// ("forced to take part in smuggling operations", "to work for the networks")
					joined := toks[q].cls&cPrep != 0 && q > i+2 && forcedActs.has(toks[q-1].lid)
					between = between && !toks[q].punct && (toks[q].cls&(cClause|cPrep) == 0 || joined)
				}
				if between && (d.verbLike(toks[cm[y].start]) || cm[y].start > i+2 && (d.verbLike(toks[i+2]) || commitVerbs.has(toks[i+2].lid) || labourVerbs.has(toks[i+2].lid))) && schema.Root(cm[y].crime) != "human-trafficking" {
					emit(mention{crime: "human-trafficking", start: i, end: i + 1}, cm[y], span(text, toks, i, cm[y].end), schema.MechInvolvement)
				}
				break
			}
			for q := i + 3; q+2 < len(toks) && q <= i+14 && toks[q].text != ";" && toks[q].quote == 0; q++ {
				if toks[q].lower != "and" || toks[q+1].lower != "to" || !labourVerbs.has(toks[q+2].lid) && !commitVerbs.has(toks[q+2].lid) {
					continue
				}
				// "forced to work in the salon during the day and to tend the plants at night": the second task
				for y := range cm {
					if cm[y].start > q+2 && cm[y].start <= q+5 && !crimeStartsIn(cm, q+2, cm[y].start) && schema.Root(cm[y].crime) != "human-trafficking" {
						emit(mention{crime: "human-trafficking", start: i, end: i + 1}, cm[y], span(text, toks, i, cm[y].end), schema.MechInvolvement)
						break
					}
				}
				break
			}
			continue
		}
		if toks[i].lower == "trafficked" {
			// "workers, many of them trafficked from Vietnam to run romance scams": trafficked for the crime
			for q := i + 1; q+2 < len(toks) && q <= i+8; q++ {
				if toks[q].punct || toks[q].cls&cClause != 0 {
					break
				}
				if toks[q].lower != "to" {
					continue
				}
				if g := schema.Goods[toks[i+1].norm]; toks[q+1].cap || g != "" && g != schema.People {
					break // "trafficked ivory and rhino horn from Mozambique to Asia": goods, a place
				}
				for y := range cm { // the first crime of the purpose: "to run romance and investment scams"
					if cm[y].start > q+1 && cm[y].start <= q+6 && !crimeIn(cm, q+1, cm[y].start) && toks[q+1].cls&cDet == 0 && schema.Root(cm[y].crime) != "human-trafficking" {
						emit(mention{crime: "human-trafficking", start: i, end: i + 1}, cm[y], span(text, toks, i, cm[y].end), schema.MechInvolvement)
						break
					}
				}
				break
			}
			continue
		}
		if w := toks[i].lower; w != "exploited" && w != "enslaved" && !(w == "work" && toks[i-1].lower == "to" && i > 1 && forceVerbs.has(toks[i-2].lid)) {
			continue
		}
		if crimeAt(cm, i) >= 0 && cm[crimeAt(cm, i)].end > i+1 {
			continue // "exploited women": a mention of its own
		}
		q := i + 1
		if toks[q].lower != "in" && toks[q].lower != "on" && toks[q].lower != "at" {
			continue
		}
		if y := rightOf(cm, toks, q+1); y >= 0 && schema.Root(cm[y].crime) != "human-trafficking" {
			ht := mention{crime: "human-trafficking", start: i, end: i + 1}
			for _, b := range listRight(cm, toks, y) {
				emit(ht, cm[b], span(text, toks, i, cm[b].end), schema.MechInvolvement)
			}
		}
	}
}

// labourNouns end a mention of forced work: "free labour", "debt bondage".
var labourNouns = set([]string{"labour", "labor", "slavery", "servitude", "bondage", "work"})

// forcedActs take a preposition before the crime a victim is forced into:
// "forced to take part in", "forced to work for".
var forcedActs = set([]string{"part", "participate", "work", "engage", "assist", "help", "serve"})

// copulaSubject reads "X is the NOUN that" before the cue at i ("corruption
// is the glue that binds") and returns the crime mention X, or -1.
func copulaSubject(cm []mention, toks []token, i int) int {
	p := i - 1
	if p < 3 || toks[p].lower != "that" && toks[p].lower != "which" {
		return -1
	}
	q := p - 1 // the noun: "glue", "thread", "link"
	for q > 0 && q > p-4 && (toks[q].cls&cFinite == 0) && toks[q].lower != "becomes" && toks[q].lower != "became" && !toks[q].punct {
		q--
	}
	if q <= 0 || (toks[q].cls&cFinite == 0) && toks[q].lower != "becomes" && toks[q].lower != "became" {
		return -1
	}
	if k := crimeAt(cm, q-1); k >= 0 && cm[k].end == q {
		return k
	}
	return -1
}

// partOfThemOpens says whether the sentence opens on a part of "them":
// "Seventy percent of them are active ...", "Most of them".
func partOfThemOpens(toks []token) bool {
	for q := 1; q+1 < len(toks) && q <= 4; q++ {
		if toks[q].lower == "of" && toks[q+1].lower == "them" {
			return true
		}
		if toks[q].punct {
			return false
		}
	}
	return false
}

// openingPronoun returns the position of "they" or "it" as the first word of
// the sentence, after an opening connective ("First, they ..."), or -1.
func openingPronoun(toks []token) int {
	p := 0
	if len(toks) > 2 && toks[0].quote != 0 {
		p = 1 // "“They tax it, ...": a quotation opening on the pronoun
	} else if len(toks) > 2 && (toks[1].text == "," || toks[1].text == ":" && toks[0].cap) {
		p = 2 // "First,", "Meanwhile,", "Today,", a transcript's "SERGI:"
	} else if len(toks) > 2 && (openingAdverbs.has(toks[0].lid) || toks[0].lower == "but" || toks[0].lower == "yet" || toks[0].lower == "and") {
		p = 1 // "Today they control ...", "Now it runs ...", "But they have also branched out"
	} else if c := openingPhraseEnd(toks); c > 0 {
		p = c // "Beyond fentanyl and methamphetamine, they are ..."
	}
	if p > 0 && p+2 < len(toks) && openingAdverbs.has(toks[p].lid) {
		p++ // "GRATTERI: Today it makes ..."
	}
	if p == 0 {
		p = reportFrameEnd(toks) // "Officials say it profits from ..."
	}
	if p == 0 && len(toks) > 4 && (toks[0].lower == "in" || toks[0].lower == "over" || toks[0].lower == "since" || toks[0].lower == "during" || toks[0].lower == "last" || toks[0].lower == "this") {
		// "In recent years it has turned to ...": a time phrase, no comma, then the pronoun
		q := 1
		for q < len(toks) && q <= 5 && (openingTime.has(toks[q].lid) || isDigits(toks[q].text) || toks[q].cls&cDet != 0) {
			q++
		}
		if q > 1 && q < len(toks) && (toks[q].lower == "it" || toks[q].lower == "they") {
			p = q
		}
	}
	if p+3 < len(toks) && toks[p].lower == "the" && moneyWords.has(toks[p+1].nid) && (toks[p+2].lower == "they" || toks[p+2].lower == "it") && !toks[p+3].punct {
		return p + 2 // "The money they steal pays for ...": whose money
	}
	if p < len(toks) && (toks[p].lower == "they" || toks[p].lower == "it") && p+1 < len(toks) && !toks[p+1].punct {
		return p
	}
	if p+3 < len(toks) && (quantifiers.has(toks[p].lid) || toks[p].lower == "several" || toks[p].lower == "both") && toks[p+1].lower == "of" && toks[p+2].lower == "them" {
		return p + 2 // "Many of them are also involved in ..."
	}
	if p+3 < len(toks) && (quantifiers.has(toks[p].lid) || toks[p].lower == "much") && toks[p+1].lower == "of" && toks[p+2].lower == "it" {
		return p + 2 // "Much of it is carried out by networks that ..."
	}
	if p+3 < len(toks) && (quantifiers.has(toks[p].lid) || memberWords.has(toks[p].lid)) && toks[p+1].lower == "of" {
		p += 2 // "Some of its members have links to ..."
	}
	if p+2 < len(toks) && (toks[p].lower == "its" || toks[p].lower == "their") && memberNouns.has(toks[p+1].nid) && pluralTok(toks[p+1]) {
		return p // "Its leaders have links to ...": the group's people
	}
	return -1
}

// ownedMeans are what a crime actor owns to carry on its trade: "Customs
// officers are paid to ignore its containers".
var ownedMeans = set([]string{"container", "shipment", "cargo", "consignment", "company", "business", "firm", "account",
	"warehouse", "boat", "vessel", "truck", "lorry", "route", "laboratory", "lab", "operation", "payment", "front"})

// othersOf are people an actor has but who are not it: "its rivals", "their victims".
var othersOf = set([]string{"rival", "enemy", "victim", "opponent", "critic", "neighbor", "family", "relative", "client", "customer", "target"})

// leaderNouns are the people who run a crime actor: what "its leaders" do, it does.
var leaderNouns = set([]string{"leader", "boss", "chief", "head", "member", "commander", "lieutenant", "operative", "associate"})

// reportFrameEnd returns where the reported clause begins after a short
// opening frame of speakers and a verb of saying or believing ("Officials say
// it ...", "Police believe that they ..."), else 0.
func reportFrameEnd(toks []token) int {
	for k := 1; k <= 3 && k+1 < len(toks); k++ {
		if toks[k-1].punct || toks[k-1].quote != 0 || toks[k-1].cls&(cPron|cConj|cPrep) != 0 {
			return 0
		}
		if frameVerbs.has(toks[k].lid) {
			if toks[k+1].lower == "that" {
				k++
			}
			return k + 1
		}
	}
	return 0
}

var frameVerbs = set([]string{"say", "says", "said", "believe", "believes", "believed", "suspect", "suspects", "suspected",
	"allege", "alleges", "alleged", "think", "thinks", "estimate", "estimates"})

// tailSpeakerPhrase says whether the crime mention m stands in the speaker
// phrase of a report that closes the sentence: "..., smugglers and farmers
// told Dawn."
func tailSpeakerPhrase(d *docState, toks []token, m mention) bool {
	if m.start < 2 || toks[m.start-1].text != "," || !m.actor {
		return false
	}
	for q := m.end; q < len(toks) && q <= m.end+3; q++ {
		if reportingWord(d, toks, q) {
			after := q + 1
			for after < len(toks) && toks[after].cap && !toks[after].punct {
				after++ // "told Dawn"
			}
			return onlyPunctAfter(toks, skipTail(toks, after))
		}
		if toks[q].punct {
			return false
		}
	}
	return false
}

// pendingLink is a link between two mentions: found before the cues run and
// emitted with them (with its mechanism), or held with its cue for the rules
// that read an actor's trades after every pass.
type pendingLink struct {
	a, b      mention
	mech, cue string
}

// theirIncome reads "their (traditional) income from X" after a crime actor
// that is the sentence's subject: the actor lives off X ("yakuza syndicates
// ... as tougher laws squeeze their traditional income from extortion").
func theirIncome(toks []token, cm []mention, out *[]pendingLink) {
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].lower != "their" && toks[i].lower != "its" {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+3 && (adjective(toks[j]) || toks[j].lower == "traditional" || toks[j].lower == "main") {
			j++
		}
		if j+1 >= len(toks) || !gainWords.has(toks[j].nid) && toks[j].norm != "income" || toks[j+1].lower != "from" {
			continue
		}
		x := crimeStartingAt(cm, j+2)
		if x < 0 {
			continue
		}
		for k := range cm {
			if cm[k].actor && cm[k].end <= i && cm[k].subject(toks) {
				for _, b := range listRight(cm, toks, x) {
					*out = append(*out, pendingLink{a: cm[k], b: cm[b], mech: schema.MechFinances})
				}
				break
			}
		}
	}
}

// openingWord returns where the sentence's first word stands, past a
// transcript's speaker tag ("GRATTERI: Without ..."), or -1.
func openingWord(toks []token) int {
	p := 0
	if len(toks) > 2 && toks[1].text == ":" && toks[0].cap {
		p = 2
	}
	if p < len(toks) && !toks[p].punct {
		return p
	}
	return -1
}

// counterfactual says whether the clause at i follows an opening "Without
// X,": its "could not" says X is needed, not that the deed is not done.
func counterfactual(toks []token, i int) bool {
	o := openingWord(toks)
	if o < 0 || toks[o].lower != "without" {
		return false
	}
	for q := o + 1; q < i && q <= o+8; q++ {
		if toks[q].text == "," {
			return true
		}
	}
	return false
}

// tradeAnaphorNouns head a definite description of a trade: "the trade", "this business".
var tradeAnaphorNouns = set([]string{"trade", "business", "industry", "racket", "traffic", "market", "crime", "scheme"})

// anaphorStart is where a sentence's words start, past an opening quote mark.
func anaphorStart(toks []token) int {
	if len(toks) > 0 && toks[0].quote != 0 {
		return 1
	}
	return 0
}

// unitNouns count goods: "every kilo", "each shipment".
var unitNouns = set([]string{"kilo", "kilogram", "gram", "tonne", "ton", "shipment", "consignment", "load", "container", "dose", "pill", "gun", "rifle"})

// unitAnaphor reads a subject that counts the goods of the one goods trade
// the sentence before named, before the cue at i: "Cocaine is the oxygen of
// organised crime. Every kilo that arrives pays for more corruption". It
// returns that trade, or "".
func (d *docState) unitAnaphor(toks []token, cm []mention, i int) string {
	f := anaphorStart(toks) // ("“Every kilo that arrives ...")
	if i < f+3 || toks[f].lower != "every" && toks[f].lower != "each" || !unitNouns.has(toks[f+1].nid) || crimeIn(cm, 0, i) {
		return ""
	}
	for q := f + 2; q < i; q++ {
		if toks[q].punct {
			return ""
		}
	}
	g := ""
	for _, t := range d.prevTrades {
		if r := schema.Root(t); goodsTrades.m[r] || r == "drug-trafficking" {
			if g != "" && schema.Root(g) != r {
				return ""
			}
			g = t
		}
	}
	return g
}

// hasTradeAnaphor says whether a word in the sentence may stand for a trade
// named before: "it", "this", "the trade".
func hasTradeAnaphor(toks []token) bool {
	for k, t := range toks {
		if t.lower == "it" || t.lower == "this" || k+1 < len(toks) && tradeAnaphorNouns.has(toks[k+1].lid) && t.cls&cDet != 0 ||
			(t.lower == "every" || t.lower == "each") && k+1 < len(toks) && unitNouns.has(toks[k+1].nid) {
			return true
		}
	}
	return false
}

// anaphorBefore returns the span of a subject anaphor that ends, past gap
// words, right before the cue at i and opens the sentence ("It is linked
// to", "The trade is closely tied to"), or -1, -1.
func anaphorBefore(toks []token, i int) (int, int) {
	p := i - 1
	for p > 0 && (toks[p].cls&cGapL != 0 || gapLeft.has(toks[p].nid)) && toks[p].cls&cDet == 0 {
		p--
	}
	if p < 0 {
		return -1, -1
	}
	switch {
	case p == 0 && (toks[0].lower == "it" || toks[0].lower == "this"):
		return 0, 1
	case p == 1 && (toks[0].lower == "the" || toks[0].lower == "this" || toks[0].lower == "that") && tradeAnaphorNouns.has(toks[1].lid):
		return 0, 2
	}
	return -1, -1
}

// anaphorAfter returns the span of an object anaphor right after the cue
// ending at end ("profit from it", "linked to this trade"), or -1, -1.
func anaphorAfter(toks []token, end int) (int, int) {
	if end >= len(toks) {
		return -1, -1
	}
	switch w := toks[end].lower; {
	case (w == "it" || w == "this") && (end+1 == len(toks) || toks[end+1].punct || toks[end+1].cls&(cPrep|cConj|cClause) != 0):
		return end, end + 1 // ("built its empire on it before moving into extortion")
	case (w == "the" || w == "this" || w == "that") && end+1 < len(toks) && tradeAnaphorNouns.has(toks[end+1].lid) && (end+2 == len(toks) || toks[end+2].punct):
		return end, end + 2
	}
	return -1, -1
}

// tradeAnaphor makes a mention for the anaphor at [s, e) standing for the
// one trade the sentence before named, when it is not the other side's (nor
// organized crime, which names no trade): else false.
func (d *docState) tradeAnaphor(cm []mention, s, e int, other mention) (mention, bool) {
	if len(d.prevTrades) != 1 || crimeAt(cm, s) >= 0 || schema.Root(d.prevTrades[0]) == schema.Root(other.crime) || d.prevTrades[0] == "organized-crime" {
		return mention{}, false
	}
	return mention{kind: mCrime, start: s, end: e, crime: d.prevTrades[0]}, true
}

// bothNouns, after "both" or "the two", name the two trades just mentioned.
var bothNouns = set([]string{"product", "trade", "business", "activity", "good", "commodity", "market", "crime", "cargo", "flow", "economy"})

// recentTrade is a trade named in sentence sent.
type recentTrade struct {
	root string
	sent int
}

// bothTrades returns the two trades "both trades" or "the two flows" stand
// for: the sentence before's, those of a sentence that named two together
// in the four before ("Wildlife trafficking and arms trafficking ...
// corruption at ports helps both trades"), else the two named latest in the
// four before ("... cocaine moving north. ... Firearms ... are shipped south.
// The two flows are connected."); nil when none.
func (d *docState) bothTrades() []string {
	if len(d.prevTrades) >= 2 {
		return d.prevTrades
	}
	if d.sentIndex-d.pairSent <= 4 && d.pairTrades[0] != "" {
		return d.pairTrades[:]
	}
	return d.lastTwoTrades()
}

// lastTwoTrades returns the two trades named latest in the four sentences
// before, when no other was named there: what "the two flows" stand for.
func (d *docState) lastTwoTrades() []string {
	var two []string
	for k := len(d.namedTrades) - 1; k >= 0; k-- {
		if t := d.namedTrades[k]; t.sent < d.sentIndex && d.sentIndex-t.sent <= 4 {
			two = append(two, t.root)
		}
	}
	if len(two) != 2 {
		return nil
	}
	return two
}

// holdVerbs, with a crime actor as subject and a trade as object, say the
// actor is in the trade: "They tax it", "they control it".
var holdVerbs = set([]string{"tax", "taxes", "taxed", "control", "controls", "controlled", "run", "runs", "ran",
	"dominate", "dominates", "dominated", "protect", "protects", "protected", "manage", "manages", "managed",
	"organise", "organises", "organised", "organize", "organizes", "organized", "finance", "finances", "financed"})

// gainWords are what a crime earns: "the profits", "its proceeds".
var gainWords = set([]string{"proceed", "proceeds", "profit", "profits", "revenue", "revenues", "earning", "earnings",
	"takings", "gain", "gains", "income"})

// anyActor says whether a crime actor is among the mentions.
func anyActor(cm []mention) bool {
	for _, m := range cm {
		if m.actor {
			return true
		}
	}
	return false
}

// openingPhraseEnd returns where the clause starts after an opening phrase
// that a comma closes ("Beyond fentanyl and methamphetamine, they ..."), or 0.
func openingPhraseEnd(toks []token) int {
	if len(toks) < 4 || toks[0].cls&(cPrep|cAdv) == 0 {
		return 0
	}
	for k := 1; k < len(toks)-1 && k <= 10; k++ {
		if toks[k].cls&cFinite != 0 || toks[k].quote != 0 {
			return 0
		}
		if toks[k].text == "," {
			return k + 1
		}
	}
	return 0
}

// besidesWords open a phrase of what the subject does besides: "Beyond
// fentanyl, they ...", "Besides extortion, the gangs ...".
var besidesWords = set([]string{"beyond", "besides"})

// openingAdverbs may open a sentence before its subject with no comma.
var openingAdverbs = set([]string{"today", "now", "increasingly", "meanwhile", "nowadays", "later", "soon",
	"often", "also", "still", "recently", "lately", "currently", "sometimes", "then"})

// theyBefore returns the position of "they" as the subject of the cue at i
// ("they frequently cooperate"), or -1.
func theyBefore(toks []token, i int) int {
	k := i - 1
	for k >= 0 && ((toks[k].cls&cGapL != 0) || (toks[k].cls&cAdv != 0)) && toks[k].lower != "they" {
		k--
	}
	if k >= 0 && toks[k].lower == "they" {
		return k
	}
	return -1
}

// openingTime are the words of a time phrase that opens a sentence: "In recent years", "Over the past decade".
var openingTime = set([]string{"recent", "past", "last", "next", "few", "year", "years", "month", "months", "decade", "decades", "week", "weeks", "time", "meantime", "then", "since", "early", "late", "mid"})

// membersBefore returns where "its" or "their" stands before the members that
// are the subject of the cue at i ("some of their members have links to"), or -1.
func membersBefore(toks []token, i int) int {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if memberNouns.has(toks[k].nid) && pluralTok(toks[k]) && (toks[k-1].lower == "its" || toks[k-1].lower == "their") {
			return k - 1
		}
		if toks[k].punct || toks[k].cls&cClause != 0 {
			break
		}
	}
	return -1
}

// firstPair returns the last crime mention, before position k, that ends a
// coordinated list of two or more crime types, or -1.
func firstPair(cm []mention, toks []token, k int) int {
	best := -1
	for x := range cm {
		if cm[x].end <= k && len(listLeft(cm, toks, x)) >= 2 {
			best = x
		}
	}
	return best
}

// negatedCue says whether the cue at i is negated: "not linked", "never
// cooperate", "rarely merge" (but "not only linked").
func negatedCue(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "not", "n't", "never", "rarely", "seldom", "hardly", "no":
			return !(k+1 < len(toks) && emphasisAfterNot.has(toks[k+1].lid))
		case "denied", "denies", "deny", "denying", "rejected", "rejects", "disputed", "disputes":
			return true // "Hezbollah has denied any involvement in"
		case "any", "all":
			continue
		case "are", "is", "was", "were", "be", "been", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "may", "might", "longer":
			continue
		}
		return false
	}
	return false
}

// doubted says whether the words before i doubt what follows: "stop
// assuming a single crime-terror nexus", "the myth of", "little evidence that".
func doubted(toks []token, i int) bool {
	for k := max(0, i-6); k < i && k+1 < len(toks); k++ {
		w, n := toks[k].lower, toks[k+1].lower
		if (w == "stop" || w == "not" || w == "without") && (n == "assuming" || n == "assume") || w == "myth" && n == "of" ||
			(w == "no" || w == "little" || w == "scant") && n == "evidence" {
			return true
		}
	}
	return false
}

// dismissed says whether the clause after j calls what it says a myth: "The
// crime-terror nexus is mostly a myth in Europe", "the link is overstated".
func dismissed(toks []token, j int) bool {
	be := false
	for k := j; k < len(toks) && k <= j+7; k++ {
		w := toks[k].lower
		switch {
		case beForms.has(toks[k].lid):
			be = true
		case be && mythWords.has(toks[k].lid):
			return true
		case toks[k].punct && !toks[k].hyphen || toks[k].cls&cClause != 0:
			return false
		case w == "not" || w == "never":
			return false
		}
	}
	return false
}

// mythWords dismiss what a sentence's subject claims.
var mythWords = set([]string{"myth", "illusion", "fiction", "fantasy", "overstated", "exaggerated", "overblown", "overhyped", "unproven"})

// emphasisAfterNot make "not" emphatic, not negative: "not only", "not merely".
var emphasisAfterNot = set([]string{"only", "just", "merely", "simply", "solely"})

type pair struct{ a, b string }

// clauseBreaks end the clause a crime phrase stands in.
var clauseBreaks = set([]string{";", ":", "—", "–", "but", "while", "whereas", "although", "though", "however", "unlike",
	"rather", "instead", "except", "yet", "meanwhile", "separately", "than", "not", "nor", "neither", "whether", "if",
	"unless", "before", "after", "when", "because", "since", "no", "avoid", "avoids", "avoided", "avoiding", "shun",
	"shuns", "shunned", "reject", "rejects", "rejected", "deny", "denies", "denied", "denying", "oppose", "opposes", "opposed", "compete", "competes", "rival",
	"rivals", "versus", "vs", "against", "without", "beyond", "apart", "distinct", "separate", "different",
	"overtaken", "overtook", "overtake", "surpassed", "surpass", "outpaced", "outpace", "exceeded", "exceed", "eclipsed",
	"replaced", "replace", "displaced", "compared", "outnumber", "outnumbered", "followed"})

// responseWords govern crime phrases that name what is fought, charged or
// studied, not what converges: "combat fraud and terrorism", "charged with".
var responseWords = set([]string{"combat", "combating", "combatting", "fight", "fighting", "tackle", "tackling",
	"counter", "countering", "prevent", "preventing", "prevention", "address", "addressing", "investigate",
	"investigating", "investigation", "investigations", "prosecute", "prosecuting", "prosecution", "prosecutions",
	"penalties", "penalty", "laws", "law", "legislation", "unit", "units", "against",
	"target", "targeting", "disrupt", "disrupting", "dismantle", "crackdown", "suppress", "suppressing", "eradicate",
	"reduce", "reducing", "detect", "detecting", "report", "reporting", "statistics", "cases", "offences", "offenses",
	"crimes", "victims", "survey", "training", "guidance", "strategy", "plan", "efforts", "cooperation", "response",
	"responses", "measures", "policy", "policies", "programme", "program", "pledged", "focus",
	"focused", "discussed", "discuss", "debate", "debated", "priorities", "priority", "threats", "threat", "risks",
	"forms", "types", "areas", "issues", "listed", "list", "spans", "covers",
	"expertise", "experts", "specialists", "divisions", "department", "task", "force", "squad", "examined", "examine", "examines", "reviewed", "review", "studied", "study", "considered",
	"consider", "assessed", "assess", "tackled", "combated", "countered", "prevented", "outlawed", "criminalize",
	"criminalise", "criminalizing", "sanctioned", "sanctions", "raids", "raid",
	"seizures", "seized", "busted", "foiled", "thwarted", "responsible", "awareness", "education", "hotline"})

// cooccur links two crime types that one clause relates without a listed
// cue: the cues cannot list every verb ("Environmental crime is a business
// for the mafias", "gangs control cannabis cultivation and launder the
// proceeds"). It keeps to one clause, skips members of one list and crime
// types that a response governs ("combat fraud and terrorism"), and needs a
// relation word between them.
func (d *docState) cooccur(text string, toks []token, cm []mention, done map[pair]bool, emit func(a, b mention, cue, mech string)) {
	if len(cm) < 2 {
		return
	}
	read := len(done) > 0 // what the cues linked before this fallback
	var linked map[string]bool
	if read {
		linked = make(map[string]bool, 2*len(done))
		for p := range done {
			linked[p.a], linked[p.b] = true, true
		}
	}
	governed := d.governedMentions(toks, cm)
	for x := range cm {
		if governed[x] {
			continue
		}
		inList := map[int]bool{}
		for _, q := range listMembers(cm, toks, x) {
			inList[q] = true
		}
		for y := x + 1; y < len(cm); y++ {
			a, b := cm[x], cm[y]
			examples := b.start-a.end >= 2 && b.start-a.end <= 3 && toks[a.end].text == "," && (toks[a.end+1].lower == "including" || toks[a.end+1].lower == "such" || toks[a.end+1].lower == "like" || toks[a.end+1].lower == "notably")
			if governed[y] || inList[y] && !examples || b.start < a.end || b.start-a.end > 18 {
				continue // "forced criminality, including online scams": examples of a, not its list
			}
			ra, rb := schema.Root(a.crime), schema.Root(b.crime)
			if ra == rb || launderedBetween(toks, cm, x, y) {
				continue // ("uses the gold to launder money from cocaine sales": each is linked to the laundering)
			}
			if ra > rb {
				ra, rb = rb, ra
			}
			near := b.start-a.end <= 8 || a.actor && a.subject(toks) && b.start-a.end <= 12
			if done[pair{ra, rb}] || linked[ra] && linked[rb] || read && (!linked[ra] && !linked[rb] || !near || a.actor && a.prep || b.actor && b.prep) {
				continue // (the cues have read these: only a mention they left alone joins one they linked, and closely)
			}
			relation, broken, same := false, false, false
			for p := a.end; p < b.start; p++ {
				w := toks[p].lower
				if w == "same" {
					same = true
				}
				if w == "since" && p+1 < len(toks) && (isDigits(toks[p+1].text) || toks[p+1].cap || timeWords.has(toks[p+1].lid)) {
					continue // "recruited since 2014": a time, not a reason
				}
				if w == "," && p+2 < b.start && toks[p+1].lower == "to" && toks[p+2].cls&cDet == 0 && !toks[p+2].cap {
					broken = true // "used to pay migrant smugglers, to move the proceeds of drug trafficking": two purposes
					break
				}
				if clauseBreaks.m[w] || toks[p].quote != 0 && !scareQuote(toks, p) && !quotedPredicate(toks, p) || reportingWord(d, toks, p) || w == "as" && !same && !(p+1 < len(toks) && toks[p+1].lower == "well") {
					broken = true
					break
				}
				if w == "," && p+1 < b.start && !toks[p+1].cap && (toks[p+1].cls&cDet == 0) && (toks[p+1].cls&cConj == 0) && (toks[p+1].cls&cPron == 0) && (toks[p+1].cls&cClause == 0) && d.lx.verbsOf(toks[p+1].lid) == nil && toks[p+1].lower != "which" && toks[p+1].lower != "who" && toks[p+1].lower != "where" {
					continue // "a low-risk, high-profit business": a comma between adjectives
				}
				if w == "," && p == a.end && p+1 < b.start && (toks[p+1].lower == "including" || toks[p+1].lower == "such" || toks[p+1].lower == "like" || toks[p+1].lower == "notably") {
					p++ // "forced criminality, including online scams": the examples of a
					if toks[p].lower == "such" && p+1 < b.start {
						p++
					}
					relation = true
					continue
				}
				if (w == "," || w == "and" || w == "or") && p+1 == b.start && p-a.end >= 2 {
					// "convictions for theft, drug dealing or violence": b continues a list
					// whose first item names no crime type, after a preposition
					q := p - 1
					for q > a.end && (toks[q].cls&cPrep == 0) && p-q <= 3 && !toks[q].punct {
						q--
					}
					if (toks[q].cls&cPrep != 0) && p-q <= 3 && p-q >= 2 {
						continue
					}
				}
				if (w == "and" || w == "or" || w == ",") && p > a.end && p+1 < b.start && toks[p-1].cap && !toks[p-1].punct && toks[p+1].cap && !toks[p+1].punct {
					continue // "compounds in Myanmar and Cambodia": two names, one phrase
				}
				if w == "," && p == a.end && a.actor {
					if c := namesAside(toks, p+1, b.start); c > 0 {
						p = c // "criminal factions, the Comando Vermelho and the PCC, are investing": an aside of names
						continue
					}
				}
				if w == "and" && p+1 < b.start && strings.HasSuffix(toks[p+1].lower, "ed") && (toks[p+1].cls&cTrade != 0 || d.verbLike(toks[p+1])) && !a.actor && a.subject(toks) && passiveBetween(toks, a.end, p) {
					continue // "Timber ... is laundered through sawmills and exported with forged certificates": one subject
				}
				if w == "and" && p+1 < b.start && b.start-p <= 5 && !a.actor && !b.actor && (toks[p+1].lower == "told" || toks[p+1].lower == "made" || strings.HasSuffix(toks[p+1].lower, "ed")) &&
					toks[a.start].cls&cPrep != 0 && passiveMoved(toks, max(0, a.start-8), a.start) {
					// "the boys had been brought to the UK in the back of a lorry and told they owed
					// £20,000 for the journey": one passive subject, two things done to it
					relation = true
					p++ // ("told" reports nothing here)
					continue
				}
				if w == "and" || w == "or" || w == "," || w == "&" {
					// coordination: two objects or two clauses, unless the crime
					// actor before is the subject of the verb phrase that is b
					// ("gangs control cannabis cultivation and launder the proceeds")
					vp := p+1 < b.start && (finiteAux.has(toks[p+1].lid) || toks[p+1].lower == "then" || toks[p+1].lower == "also")
					if !((a.actor || d.verbLike(toks[a.start])) && w != "," && (p+1 == b.start && d.verbLike(toks[b.start]) || a.actor && vp)) {
						broken = true // "networks have infiltrated services and are using them to commit fraud" goes on
						break
					}
				}
				if !toks[p].punct && !conjunctions.m[w] && !determiners.m[w] {
					relation = true
				}
			}
			if !broken && !relation && b.actor && (leakVerbs.has(toks[a.end-1].lid) || d.verbLike(toks[a.end-1])) {
				relation = true // "providing the gang": a verb and its object
			}
			if !broken && !relation && a.actor && !b.actor && b.start == a.end+1 && relativePronoun(toks[a.end].lower) && (d.verbLike(toks[b.start]) || takeNatureVerbs.has(toks[b.start].lid) || dumpVerbs.has(toks[b.start].lid)) {
				// "a syndicate that felled protected trees": the crime is the actor's deed
				emit(a, b, span(text, toks, a.end, b.end), schema.MechInvolvement)
				continue
			}
			if broken || !relation || classifies(toks, a.end, b.start) {
				continue // ("Human trafficking remains the most widespread criminal market": a kind, not a link)
			}
			cue := strings.TrimSpace(span(text, toks, a.end, b.start))
			for _, q := range listRight(cm, toks, y) {
				// "moved by the same networks that smuggle cigarettes and migrants"
				if !governed[q] {
					emit(a, cm[q], cue, schema.MechLink)
				}
			}
		}
	}
}

// governedMentions marks the crime mentions that a response governs, with
// the list they end: "combat fraud and terrorism", "drug charges".
func (d *docState) governedMentions(toks []token, cm []mention) []bool {
	governed := make([]bool, len(cm))
	for k := range cm {
		// the response may govern the whole list the mention ends
		list := listLeft(cm, toks, k)
		head := cm[list[len(list)-1]].start
		for q := head - 1; q >= 0 && q >= head-4; q-- {
			if w := toks[q].lower; w == "that" || w == "which" || w == "who" || w == "how" || w == "why" || d.lx.verbs[w] != nil || crimeAt(cm, q) >= 0 || beForms.m[w] {
				break // "The report found that gangs ...": a claim follows, not a response ("areas is laundered": a verb)
			}
			if responseWords.has(toks[q].lid) || responseWords.has(toks[q].nid) {
				if kindNouns.has(toks[q].nid) && detBetween(toks, q+1, head) {
					break // "In some areas the bandits pay ...": a place, not the kinds a list names
				}
				if toks[q].norm == "victim" && q > 0 && toks[q-1].lower == "from" {
					break // "received money from victims of romance fraud": the crime's takings
				}
				if verbItem(toks, cm[k]) {
					break // "... and passed it on": a second verb, governed by nothing before the list
				}
				governed[k] = true
				break
			}
			if toks[q].punct && toks[q].text != "," {
				break
			}
		}
		if cm[k].end < len(toks) && (responseWords.has(toks[cm[k].end].nid) && (toks[cm[k].end].norm == "unit" || toks[cm[k].end].norm == "case" || toks[cm[k].end].norm == "charge" || toks[cm[k].end].norm == "law" || toks[cm[k].end].norm == "investigation" || toks[cm[k].end].norm == "prosecution" || toks[cm[k].end].norm == "offence" || toks[cm[k].end].norm == "conviction" || toks[cm[k].end].norm == "victim")) {
			governed[k] = true // "fraud cases", "drug charges"
		}
	}
	return governed
}

func relativePronoun(w string) bool { return w == "that" || w == "which" || w == "who" }

// namesAside returns where the comma closing an aside of names starting at i
// stands ("the Comando Vermelho and the PCC,"), before j, or 0.
func namesAside(toks []token, i, j int) int {
	for q := i; q < j && q < i+10; q++ {
		switch {
		case toks[q].text == ",":
			if q > i {
				return q
			}
			return 0
		case toks[q].cap && !toks[q].punct, toks[q].cls&cDet != 0, toks[q].lower == "and", toks[q].quote != 0:
		default:
			return 0
		}
	}
	return 0
}

// passiveBetween says whether a be-form and a past participle stand in
// toks[i:j]: the subject's passive verb phrase.
func passiveBetween(toks []token, i, j int) bool {
	for q := i; q+1 < j; q++ {
		if beForms.has(toks[q].lid) && strings.HasSuffix(toks[q+1].lower, "ed") {
			return true
		}
	}
	return false
}

// passiveAny says whether toks[i:j] holds a passive: a form of "be" and a
// past participle, regular or not ("were held", "had been sold").
func passiveAny(toks []token, i, j int) bool {
	for q := i; q+1 < j; q++ {
		if beForms.has(toks[q].lid) && (strings.HasSuffix(toks[q+1].lower, "ed") || irregularParticiples.has(toks[q+1].lid)) {
			return true
		}
	}
	return false
}

var irregularParticiples = set([]string{"held", "kept", "taken", "sold", "brought", "made", "told", "sent", "given", "bought", "caught",
	"found", "hidden", "driven", "beaten", "stolen", "seized", "put", "run", "cut", "left", "paid", "lent", "led", "fed", "bound"})

// passiveMoved says whether people are said to be moved, passively, in
// toks[i:j]: "had been brought", "were smuggled".
func passiveMoved(toks []token, i, j int) bool {
	for q := i; q+1 < j; q++ {
		if beForms.has(toks[q].lid) && broughtVerbs.has(toks[q+1].lid) {
			return true
		}
	}
	return false
}

// classifies says whether toks[i:j] is only a copula and the describing
// words of a noun phrase: "remains the most widespread", "is a".
func classifies(toks []token, i, j int) bool {
	if i >= j || j < len(toks) && strings.HasSuffix(toks[j].lower, "ed") {
		return false // ("Timber is laundered": a passive, not a kind)
	}
	switch toks[i].lower {
	case "is", "are", "was", "were", "remains", "remain", "remained", "becomes", "became", "become":
	default:
		return false
	}
	if i+3 < j && raisingWords.has(toks[i+1].lid) && toks[i+2].lower == "to" && toks[i+3].lower == "be" {
		i += 3 // "is estimated to be the fourth largest criminal activity": still a kind
	}
	for q := i + 1; q < j; q++ {
		if w := toks[q].lower; (toks[q].cls&cDet == 0) && !kindWords.m[w] && !adjective(toks[q]) && !strings.HasSuffix(w, "est") {
			return false
		}
	}
	return true
}

// raisingWords hedge a copula: "is estimated to be", "is thought to be".
var raisingWords = set([]string{"estimated", "thought", "believed", "considered", "reported", "said", "known", "likely", "set"})

// kindWords describe which kind a thing is: "the most widespread", "a major".
var kindWords = set([]string{"most", "main", "single", "widespread", "common", "big", "large", "major", "key", "prominent",
	"leading", "top", "new", "old", "growing", "second", "third", "another", "one", "only", "primary", "chief",
	"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "now", "still", "already", "arguably", "probably",
	"perhaps", "also"})

var crimeActionVerbs = set([]string{"intimidate", "intimidating", "intimidated", "harass", "harassing", "harassed",
	"target", "targeting", "targeted", "threaten", "threatening", "threatened", "extort", "extorting", "extorted",
	"kidnap", "kidnapping", "kidnapped", "bribe", "bribing", "defraud", "defrauding", "defrauded", "scam", "scamming",
	"hack", "hacking", "hacked", "poach", "poaching", "poached", "extorts", "kidnaps", "bribes", "defrauds", "scams",
	"hacks", "poaches", "intimidates", "harasses", "targets", "threatens", "trap", "traps", "trapped", "trapping"})

// verbLike says whether the token starts a verb phrase: a verb of moving or
// trading, a crime verb, or "launder".
func (d *docState) verbLike(t token) bool {
	return tradeVerbs.has(t.lid) || schema.MovingVerbs[t.lower] != "" || crimeVerbs.has(t.lid) || forceVerbs.has(t.lid) || crimeActionVerbs.has(t.lid) || demandVerbs.has(t.lid) || taxVerbs.has(t.lid) || chargeVerbs.has(t.lid) || t.lower == "cashing" || t.lower == "cashed" || launders(t)
}

// reportingWord says whether toks[p] is a verb of reporting: crime phrases on
// both sides of it belong to different clauses ("fraud rose, officials said,
// and terrorism ...").
func reportingWord(d *docState, toks []token, p int) bool {
	vs := d.lx.verbsOf(toks[p].lid)
	if len(vs) == 0 {
		return false
	}
	switch toks[p].lower {
	case "said", "says", "say", "told", "added", "argued", "warned", "noted", "stressed", "according", "claimed", "wrote", "reported":
		return true
	}
	return false
}

// clauseInitial says whether position i starts the sentence's first clause
// (after an opening connective or determiner).
func clauseInitial(toks []token, i int) bool {
	start := datelineEnd(toks) // ("QUITO, Feb 20 (Reuters) - Ecuadorean gangs ...")
	if i > 2 && toks[0].cls&(cPrep|cAdv) != 0 {
		// "After the wars in the former Yugoslavia, weapons ...": past an opening phrase
		for k := 1; k < i && k <= 10; k++ {
			if toks[k].cls&cFinite != 0 {
				break
			}
			if toks[k].text == "," {
				start = k + 1
				break
			}
		}
	}
	for k := start; k < i; k++ {
		if (toks[k].cls&cDet == 0) && !toks[k].punct && !(toks[k].cap && demonymLike(toks[k].lower) && k == i-1) {
			return false // ("Ecuadorean gangs": a people's adjective before the subject)
		}
	}
	return true
}

// auxBetween says whether toks[i:j] is an auxiliary verb phrase ("are",
// "have been increasingly"): the cue after it has the earlier subject.
func auxBetween(toks []token, i, j int) bool {
	aux := false
	for k := i; k < j; k++ {
		switch toks[k].lower {
		case "are", "is", "were", "was", "have", "has", "had", "been", "be", "will", "would", "can", "could", "may", "might":
			aux = true
		default:
			if toks[k].cls&cGapL == 0 {
				return false
			}
		}
	}
	return aux
}

func sortMentions(cm []mention) {
	for i := 1; i < len(cm); i++ {
		for j := i; j > 0 && cm[j].start < cm[j-1].start; j-- {
			cm[j], cm[j-1] = cm[j-1], cm[j]
		}
	}
}

func crimeAt(cm []mention, i int) int {
	for k := range cm {
		if cm[k].start <= i && i < cm[k].end {
			return k
		}
	}
	return -1
}

// crimeStartingAt is the crime mention that starts at i, or -1.
func crimeStartingAt(cm []mention, i int) int {
	if k := crimeAt(cm, i); k >= 0 && cm[k].start == i {
		return k
	}
	return -1
}

// proceedsOf reads "MONEY of|from [the] CRIME" at i ("the proceeds of drug
// trafficking", "profits from fraud") and returns the crime mention, or -1.
func proceedsOf(cm []mention, toks []token, i int) int {
	if i+2 >= len(toks) || !moneyWords.has(toks[i].nid) || toks[i+1].lower != "of" && toks[i+1].lower != "from" {
		return -1
	}
	q := i + 2
	for q < len(toks) && (toks[q].cls&cDet != 0) {
		q++
	}
	for r := q; r < len(toks) && r <= q+6; r++ {
		if k := crimeStartingAt(cm, r); k >= 0 {
			return k // "proceeds from lottery scamming", "proceeds from illegal online gambling and telephone scams"
		}
		if toks[r].punct && toks[r].text != "," || toks[r].cls != 0 && toks[r].lower != "and" && toks[r].lower != "illegal" && toks[r].lower != "online" {
			break
		}
	}
	return -1
}

// crimeStartsIn says whether a mention starts in [i, j): not one that began
// before i ("made to tend", a mention of its own, before "cannabis plants").
func crimeStartsIn(cm []mention, i, j int) bool {
	for _, m := range cm {
		if m.start >= i && m.start < j {
			return true
		}
	}
	return false
}

func crimeIn(cm []mention, i, j int) bool {
	for _, m := range cm {
		if m.start < j && i < m.end {
			return true
		}
	}
	return false
}

// leftOf is the crime mention that ends before the cue at i, with only
// auxiliaries and adverbs between; -1 if none.
func leftOf(cm []mention, toks []token, i int) int {
	if p := i - 1; p >= 1 {
		for p > 1 && toks[p].cls&cGapL != 0 && toks[p].cls&cDet == 0 {
			p--
		}
		if moneyWords.has(toks[p].nid) && (toks[p-1].lower == "the" || toks[p-1].lower == "its" || toks[p-1].lower == "their" || toks[p-1].lower == "these") {
			// "drug trafficking ... and that the proceeds fuel further crimes": the trade's proceeds
			if k := lastTradeBefore(cm, toks, p-1); k >= 0 {
				return k
			}
		}
	}
	best := -1
	for k := range cm {
		if cm[k].end <= i && (best < 0 || cm[k].end > cm[best].end) {
			best = k
		}
	}
	if best < 0 {
		return -1
	}
	if i-cm[best].end > 10 {
		if i-cm[best].end <= 20 && i > 0 && beForms.has(toks[i-1].lid) && cm[best].subject(toks) && !crossesClause(toks, cm[best].end, i) && !relativeBetween(toks, cm[best].end, i) {
			// a subject with long modifiers: "Assault rifles bought at gun shops in Florida and
			// smuggled to Haiti in shipping containers are arming the gangs"
			return best
		}
		return -1
	}
	p := cm[best].end
	if p+1 < i && (toks[p].lower == "and" || toks[p].lower == "or") {
		// "illegal logging and gold mining in the Amazon thrive on": a list item that names no crime type
		q := p + 1
		for q < i && q-p <= 3 && !toks[q].punct && !toks[q].cap && (toks[q].cls&cGapL == 0) && (toks[q].cls&cNotMod == 0) && (toks[q].cls&cPrep == 0) {
			q++
		}
		if q > p+1 && q < i && ((toks[q].cls&cPrep != 0) || (toks[q].cls&cGapL != 0)) {
			p = q
		}
	}
	if p < i && crimeHeads.has(toks[p].nid) {
		p++ // "online scam operations in the region, which are": the head, then the place
	}
	if p+2 == i && !cm[best].actor && inquiryNouns.has(toks[p].nid) && revealVerbs.has(toks[p+1].lid) {
		return best // "Wildlife trade investigation exposes links to drug networks": the crime inquired into
	}
	p = skipPlace(toks, p, i)
	if p+2 < i && cm[best].actor && (toks[p].cls&cPrep != 0 && toks[p].lower != "of" || toks[p].lower == "behind") && cm[best].subject(toks) {
		// "The gangs behind the violence are mostly fighting over": a phrase that describes the
		// subject, then its verb
		q := p + 1
		for q < i && q-p <= 5 && !toks[q].punct && toks[q].cls&cFinite == 0 && !beForms.has(toks[q].lid) && !relativePronoun(toks[q].lower) && crimeAt(cm, q) < 0 {
			q++
		}
		if q > p+1 && q < i && (beForms.has(toks[q].lid) || toks[q].lower == "have" || toks[q].lower == "has") {
			p = q
		}
	}
	if p+1 < i && toks[p].lower == "of" && !cm[best].actor {
		// "corruption of local officials is what allows": the crime's object
		q := p + 1
		for q < i && q <= p+4 && !toks[q].punct && !toks[q].cap && (toks[q].cls&cGapL == 0) && (toks[q].cls&cPrep == 0) {
			q++
		}
		if q > p+1 && q < i && (toks[q].cls&cGapL != 0) {
			p = q
		}
	}
	if p < i && toks[p].text == "," {
		// "The gangs, among them Los Choneros and Los Lobos, have grown rich on": the mention
		// closing an aside is not the subject; the one before the aside is
		for c := cm[best].start - 1; c > 0 && c >= cm[best].start-8; c-- {
			if toks[c].text != "," {
				continue
			}
			if asideWords.has(toks[c+1].lid) || partitives.has(toks[c+1].lid) && c+2 < len(toks) && toks[c+2].lower == "of" {
				// (", among them ...,", ", most of them linked to ...,")
				if k := crimeAt(cm, c-1); k >= 0 && cm[k].end == c {
					best = k
					p++ // past the comma that closes the aside
				}
			}
			break
		}
	}
	if q := p; q < i && beForms.has(toks[q].lid) && q+1 < i && toks[q+1].text == "," {
		// "the laundering of criminal proceeds were, in her view, parts of": past the verb, an aside
		for r := q + 2; r < i && r-q <= 6; r++ {
			if toks[r].text == "," {
				if reportingAside(toks, q+2, r) {
					p = r + 1
				}
				break
			}
		}
	}
	if p < i && toks[p].text == "," {
		// "Illegal gold mining, they wrote, has become a source of funding for",
		// "the illicit charcoal trade, despite the Council's ban, continues to"
		for q := p + 1; q < i && q-p <= 10; q++ {
			if toks[q].text == "," {
				if reportingAside(toks, p+1, q) || asideWords.has(toks[p+1].lid) || partitives.has(toks[p+1].lid) && toks[p+2].lower == "of" {
					p = q + 1
				}
				break
			}
		}
	}
	if p < i && crimeHeads.has(toks[p].nid) {
		p++ // "cocaine shipments travel together"
	}
	if p+1 < i && toks[p].text == "," && (toks[p+1].lower == "which" || toks[p+1].lower == "who") {
		p++ // "a drug trafficking network, which is also suspected of": a clause about it
	}
	if p+1 < i && toks[p].lower == "as" && toks[p+1].cls&cDet != 0 {
		// "identified the exploitation of young people as a growing feature of": what it is seen as
		q := p + 2
		for q < i && (adjective(toks[q]) || kindWords.has(toks[q].lid) || strings.HasSuffix(toks[q].lower, "ing") || strings.HasSuffix(toks[q].lower, "est")) {
			q++
		}
		if q == i {
			p = i
		}
	}
	if secondVerbOf(cm, toks, best, p, i) {
		return best // "Cultural property trafficking has helped finance armed groups and is used to launder money"
	}
	for ; p < i; p++ {
		if (toks[p].cls&cGapL == 0) && !gapLeft.has(toks[p].nid) && !(toks[p].cap && p > 0) && toks[p].quote == 0 {
			return relativeAntecedent(cm, toks, i)
		}
	}
	if owner := relativeOwner(cm, toks, best); owner >= 0 {
		return owner
	}
	if h := tiedOwner(cm, toks, best); h >= 0 {
		return h
	}
	return best
}

// inquiryNouns, after a crime, inquire into it; revealVerbs then say what
// they found: "Wildlife trade investigation exposes links to drug networks".
var (
	inquiryNouns = set([]string{"investigation", "probe", "inquiry", "study", "research", "audit"})
	revealVerbs  = set([]string{"exposes", "exposed", "reveals", "revealed", "uncovers", "uncovered", "finds", "found", "shows", "showed"})
)

// inExchange links a crime to the one paid for it when the payment's mention
// opens with the exchange: "Officials approved fake invoices in exchange for
// kickbacks".
func inExchange(text string, toks []token, cm []mention, emit emitFn) {
	for k := 1; k < len(cm); k++ {
		b := cm[k]
		at := b.start // "in exchange for kickbacks" as one mention, or "in return for" before "bribes"
		if exchangePhrase(toks, b.start-3) {
			at = b.start - 3
		} else if b.end-b.start < 4 || !exchangePhrase(toks, b.start) {
			continue
		}
		a := cm[k-1]
		if a.end <= at && at-a.end <= 2 && !crossesClauseBreak(toks, a.end, at) && schema.Root(a.crime) != schema.Root(b.crime) {
			emit(a, b, span(text, toks, a.start, b.end), schema.MechFacilitates)
		}
	}
}

// launderersServe links laundering to the crime its launderers work for:
// "The same operators that launder methamphetamine money now service the scam
// compounds".
func launderersServe(text string, toks []token, cm []mention, emit emitFn) {
	r := -1
	for q := 1; q < len(toks); q++ {
		if toks[q].lower != "" && toks[q].lower[0] == 'l' && launders(toks[q]) && relativePronoun(toks[q-1].lower) {
			r = q // ("operators that launder ...": the launderers, the subject)
			break
		}
	}
	if r < 0 {
		return
	}
	for i := r + 1; i < len(toks); i++ {
		if !serveVerbs.has(toks[i].lid) {
			continue
		}
		ml := mention{kind: mCrime, start: r, end: r + 1, crime: "money-laundering"}
		for _, m := range cm {
			if m.start > i && m.start <= i+3 && schema.Root(m.crime) != "money-laundering" && !crimeStartsIn(cm, i, m.start) {
				emit(ml, m, span(text, toks, r, m.end), schema.MechFacilitates)
				return
			}
		}
		return
	}
}

// firstOf returns s, or else the first of list, or "".
func firstOf(s string, list []string) string {
	if s == "" && len(list) > 0 {
		return list[0]
	}
	return s
}

// paidToDo links officials paid to do something to the crime they are paid
// to serve: "Dock workers are paid up to 100,000 euros per container to
// retrieve the drugs".
func paidToDo(text string, toks []token, cm []mention, emit emitFn) {
	for _, c := range cm {
		if schema.Root(c.crime) != "corruption" || c.end != c.start+1 || toks[c.start].lower != "paid" {
			continue
		}
		q := paidToAt(toks, c.start)
		if q == 0 {
			continue
		}
		for y, m := range cm {
			if m.start > q && m.start <= q+5 && schema.Root(m.crime) != "corruption" && !crossesClauseBreak(toks, q, m.start) {
				for _, b := range listRight(cm, toks, y) { // ("paid to bring in phones, drugs and weapons": each)
					emit(c, cm[b], span(text, toks, c.start, cm[b].end), schema.MechFacilitates)
				}
				break
			}
		}
	}
}

// childrenFor links children exploited for crime to the crime they are made
// to carry out: "You used children as young as fourteen to carry heroin and
// crack cocaine".
func childrenFor(text string, toks []token, cm []mention, emit emitFn) {
	for _, ht := range cm {
		if schema.Root(ht.crime) != "human-trafficking" || ht.end < 1 || !childNouns.has(toks[ht.end-1].lid) {
			continue
		}
		j := childJobAt(toks, ht.end) // ("children as young as fourteen to carry")
		if j == 0 || toks[j-1].lower != "to" {
			continue
		}
		q := j - 1
		for _, m := range cm {
			if m.start >= q+1 && m.start <= q+2 && schema.Root(m.crime) != "human-trafficking" && !m.actor && !crimeStartsIn(cm, q, m.start) {
				emit(ht, m, span(text, toks, ht.start, m.end), schema.MechInvolvement)
				break
			}
		}
	}
}

// hiddenMoney links the crime whose money a hiding verb hides to the
// laundering, and its subject actor: "The gang hid its drug money in offshore
// accounts", "helped the dealers hide their drug money".
func hiddenMoney(text string, toks []token, cm []mention, emit emitFn) {
	for k, ml := range cm {
		if schema.Root(ml.crime) != "money-laundering" || ml.end != ml.start+1 || !hideVerbs.has(toks[ml.start].lid) || k+1 >= len(cm) {
			continue
		}
		b := cm[k+1]
		if b.start > ml.end+2 || b.actor {
			continue
		}
		emit(b, ml, span(text, toks, ml.start, b.end+1), schema.MechFinances)
		for _, a := range cm[:k] {
			if a.actor && a.subject(toks) && schema.Root(a.crime) != "money-laundering" {
				emit(a, ml, span(text, toks, a.start, ml.end), schema.MechInvolvement)
				break
			}
		}
	}
}

// channelBefore says whether a channel for moving money is named before i:
// "a key channel for criminal syndicates to move ...".
func channelBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch toks[k].norm {
		case "channel", "conduit", "vehicle", "pipeline", "avenue":
			return true
		}
	}
	return false
}

// rescuedFrom links the trafficking of people freed to the crime they were
// freed from: "More than 200 victims of human trafficking have been rescued in
// an operation targeting scam centres", "police freed 30 trafficked workers from
// cannabis farms".
func rescuedFrom(text string, toks []token, cm []mention, emit emitFn) {
	ht := -1
	for k, m := range cm {
		if schema.Root(m.crime) == "human-trafficking" {
			ht = k
			break
		}
	}
	if ht < 0 {
		return
	}
	for i := range toks {
		if w := toks[i].lower; w != "rescued" && w != "freed" && w != "liberated" {
			continue
		}
		for q := i + 1; q < len(toks) && q <= i+8 && !toks[q].punct; q++ {
			if w := toks[q].lower; w != "from" && w != "in" && w != "at" {
				continue
			}
			for k := range cm {
				if m := cm[k]; m.start > q && m.start <= q+6 && schema.Root(m.crime) != "human-trafficking" && !crimeStartsIn(cm, q, m.start) && !crossesClauseBreak(toks, q, m.start) {
					emit(cm[ht], m, span(text, toks, i, m.end), schema.MechInvolvement)
					return
				}
			}
			return
		}
	}
}

// chargedAfterFound links the crime someone is charged with to the crime
// whose evidence the police found: "A nail bar owner has been charged with
// modern slavery offences after police found two teenagers working at the salon
// and a cannabis farm in the flat above it".
func chargedAfterFound(text string, toks []token, cm []mention, emit emitFn) {
	if len(cm) < 2 {
		return
	}
	for i := 1; i+3 < len(toks); i++ {
		if w := toks[i].lower; w != "after" && w != "when" || !courtVerbs.has(toks[i-1].lid) && crimeAt(cm, i-1) < 0 && !(i >= 2 && (strings.HasPrefix(toks[i-1].lower, "offen") || toks[i-1].norm == "charge") && crimeAt(cm, i-2) >= 0) {
			continue
		}
		a := -1 // the crime charged: right after the charge verb, before "after"
		for k := range cm {
			if c := cm[k].start - 1; cm[k].end <= i && cm[k].end >= i-2 && c >= 1 && (toks[c].lower == "with" || toks[c].lower == "for") && courtVerbs.has(toks[c-1].lid) {
				a = k
			}
		}
		if a < 0 {
			continue
		}
		f := i + 1
		for f < len(toks) && f <= i+4 && !findVerbs.has(toks[f].lid) {
			f++
		}
		if f >= len(toks) || !findVerbs.has(toks[f].lid) {
			return
		}
		for k := range cm {
			if m := cm[k]; m.start > f && m.start <= f+16 && schema.Root(m.crime) != schema.Root(cm[a].crime) && !crossesClauseBreak(toks, f, m.start) {
				emit(cm[a], m, span(text, toks, cm[a].start, m.end), schema.MechLink)
			}
		}
		return
	}
}

// courtVerbs put a person before a court; findVerbs are what police do to evidence.
var courtVerbs = set([]string{"charged", "arrested", "convicted", "jailed", "detained", "sentenced", "indicted", "prosecuted"})
var findVerbs = set([]string{"found", "discovered", "uncovered", "seized", "raided", "recovered"})

// launderedFrom links laundering to the crime its money was taken by:
// "allowed their accounts to be used to launder more than £1.2 million stolen
// from elderly victims of romance fraud".
func launderedFrom(text string, toks []token, cm []mention, emit emitFn) {
	for _, ml := range cm {
		if schema.Root(ml.crime) != "money-laundering" {
			continue
		}
		for q := ml.end; q+1 < len(toks) && q <= ml.end+8 && (!toks[q].punct || toks[q].text == "." && isDigits(toks[q-1].text)); q++ {
			// ("£1.2 million stolen from": past the decimal point)
			if !takenVerbs.has(toks[q].lid) || toks[q+1].lower != "from" {
				continue
			}
			for k := range cm {
				if m := cm[k]; m.start > q+1 && m.start <= q+7 && schema.Root(m.crime) != "money-laundering" && !crossesClauseBreak(toks, q, m.start) {
					emit(m, ml, span(text, toks, ml.start, m.end), schema.MechFinances)
					return
				}
			}
			return
		}
	}
}

// takenVerbs take money from its owners: "stolen from victims of fraud".
var takenVerbs = set([]string{"stolen", "taken", "swindled", "extorted", "obtained", "defrauded", "scammed", "conned", "embezzled"})

// andDoes links the actor that is the subject to a crime done in its second
// verb phrase when the first named none: "The gang snatched businessmen off
// the street and held them for ransom".
func (d *docState) andDoes(text string, toks []token, cm []mention, emit emitFn) {
	if len(cm) < 2 || !cm[0].actor || !cm[0].subject(toks) {
		return
	}
	for _, m := range cm[1:] {
		if m.actor || m.start <= cm[0].end+1 {
			continue
		}
		// "and held them for ransom", "and have stepped up kidnappings": the second verb phrase
		a, verb := m.start-1, false
		if v := toks[m.start]; d.verbLike(v) || ransomHolds.has(v.lid) || strings.HasSuffix(v.lower, "ed") && !v.cap && m.start+1 < len(toks) && toks[m.start+1].cls&(cDet|cPron) != 0 {
			verb = true // (a past tense with its object, "and held them": not "and falsified documents")
		}
		for a > cm[0].end && m.start-a <= 4 && toks[a].lower != "and" {
			w := toks[a]
			switch {
			case w.lower == "up" || w.lower == "into" || w.lower == "to" || w.lower == "on":
			case strings.HasSuffix(w.lower, "ed") && !w.cap || d.verbLike(w) || growVerbs.has(w.lid):
				verb = true
			case w.cls&(cAdv|cFinite) != 0 && w.cls&cDet == 0 || w.lower == "have" || w.lower == "has" || w.lower == "had":
			default:
				a = -1
			}
			if a < 0 {
				break
			}
			a--
		}
		if a <= cm[0].end || toks[a].lower != "and" || !verb {
			continue
		}
		if w := toks[a+1].lower; a+1 < m.start && w != "have" && w != "has" && w != "had" && w != "also" && w != "then" {
			continue // (between "and" and the crime only an auxiliary opens: "and have stepped up kidnappings")
		}
		if crimeStartsIn(cm, cm[0].end, a) || crossesClauseBreak(toks, cm[0].end, a) || relativeBetween(toks, cm[0].end, a) {
			return // (the first verb phrase named a crime: the cue rules read the pair)
		}
		emit(cm[0], m, span(text, toks, cm[0].start, m.end), schema.MechInvolvement)
		return
	}
}

// secondVerbOf says whether the cue at i opens the second verb phrase of the
// subject cm[k], after "and": "X has helped finance armed groups and is
// used to". Between p and the "and" stands the first verb phrase, with no
// crime mention, clause break or relative pronoun; after it, auxiliaries.
func secondVerbOf(cm []mention, toks []token, k, p, i int) bool {
	a := i - 1
	for a > p && (beForms.has(toks[a].lid) || toks[a].lower == "has" || toks[a].lower == "have" || toks[a].lower == "had" || toks[a].cls&cAdv != 0) {
		a--
	}
	if a <= p || toks[a].lower != "and" || crossesClauseBreak(toks, p, a) || relativeBetween(toks, p, a) || crimeIn(cm, p, a) {
		return false
	}
	s := cm[k].start - 1
	for s >= 0 && toks[s].cls&cDet != 0 {
		s--
	}
	return cm[k].subject(toks) || s >= 0 && (thatVerbs.has(toks[s].lid) || toks[s].lower == "that") // ("investigators say the trade has ...")
}

// thatVerbs report a clause without "that": "say the trade has".
var thatVerbs = set([]string{"say", "says", "said", "believe", "believes", "argue", "argues", "argued", "warn", "warns", "warned",
	"found", "find", "finds", "show", "shows", "showed", "note", "notes", "noted", "suggest", "suggests", "think", "thinks", "estimate", "estimates"})

// relativeBetween says whether a relative pronoun stands in toks[i:j].
func relativeBetween(toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if relativePronoun(toks[p].lower) {
			return true
		}
	}
	return false
}

// tieWords make the phrase between two actors a modifier of the first:
// "local clans with ties to Hezbollah", "a gang linked to the cartel".
var tieWords = set([]string{"with", "ties", "links", "connections", "close", "linked", "connected", "allied", "affiliated", "to", "tied"})

// tiedOwner returns the crime actor that the actor k modifies through a tie
// ("clans with ties to Hezbollah run much of it": the clans run it), or -1.
func tiedOwner(cm []mention, toks []token, k int) int {
	if !cm[k].actor || cm[k].start < 2 || toks[cm[k].start-1].lower != "to" && toks[cm[k].start-1].lower != "with" {
		return -1
	}
	q := cm[k].start - 1
	for q > 0 && cm[k].start-q <= 4 && tieWords.has(toks[q].lid) {
		q--
	}
	if q == cm[k].start-1 || tieWords.has(toks[q].lid) {
		return -1
	}
	for h := range cm {
		if cm[h].end == q+1 && cm[h].actor {
			return h
		}
	}
	return -1
}

// relativeOwner returns the crime actor whose relative clause holds the
// crime mention k, when the clause has a verb of its own before k: in
// "criminal gangs that grew rich shipping cocaine ... have branched out into",
// the subject is the gangs, not the cocaine. Else -1.
func relativeOwner(cm []mention, toks []token, k int) int {
	for q := cm[k].start - 1; q > 0 && cm[k].start-q <= 8; q-- {
		t := toks[q]
		if t.punct || t.quote != 0 || crimeAt(cm, q) >= 0 {
			return -1
		}
		if w := t.lower; w == "that" || w == "who" {
			a := crimeAt(cm, q-1)
			if a < 0 || cm[a].end != q || !cm[a].actor || q+1 >= cm[k].start || (toks[q+1].cls&cDet != 0) || toks[q+1].cap {
				return -1
			}
			return a
		}
	}
	return -1
}

// relativeAntecedent finds the subject of the cue at i across a relative
// clause: "Mexican cartels that once focused on moving drugs north have found
// a lucrative second business in". It returns the crime mention right before
// "that", "who" or "which", or -1.
func relativeAntecedent(cm []mention, toks []token, i int) int {
	p := i - 1
	for p >= 0 && ((toks[p].cls&cGapL != 0) || gapLeft.has(toks[p].nid)) && toks[p].lower != "that" && toks[p].lower != "which" && toks[p].lower != "who" {
		p--
	}
	if p < 0 || p == i-1 {
		return -1
	}
	// the gap before the cue must hold a finite verb: the relative clause ended there
	aux := false
	for q := p + 1; q < i; q++ {
		if toks[q].cls&cFinite != 0 {
			aux = true
		}
	}

	for q := p; q >= 0 && p-q <= 10; q-- {
		if toks[q].punct {
			return -1
		}
		if w := toks[q].lower; w == "that" || w == "who" || w == "which" {
			if !aux && p-q > 4 {
				return -1 // a long clause with no verb after it: not a relative clause of the subject
			}
			if k := crimeAt(cm, q-1); k >= 0 && cm[k].end == q {
				return k
			}
			return -1
		}
	}
	return -1
}

var finiteVerb = set([]string{"have", "has", "had", "are", "is", "were", "was", "remain", "remains", "continue", "continues"})

// rightOf is the crime mention that starts within a few function words after
// the cue ending at j.
func rightOf(cm []mention, toks []token, j int) int {
	for k := range cm {
		if cm[k].start < j {
			continue
		}
		if e := exemplified(toks, j, cm[k].start); e > j {
			// "fuelling other crimes in the Amazon basin, such as illegal mining"
			if k2 := crimeAt(cm, e); k2 >= 0 && cm[k2].start >= e {
				return k2
			}
			return k
		}
		if cm[k].actor && namedThenAppositive(toks, j, cm[k].start) {
			return k // "financed by the First Capital Command (PCC), Brazil's largest criminal organization"
		}
		if n := cm[k].start - j; n > 6 && (n > 10 || !quoteIn(toks, j, cm[k].start)) {
			return -1 // (a quoted term counts for little: "moved into so-called "fiscal huachicol": ...")
		}
		words, quoted := 0, false
		for p := j; p < cm[k].start; p++ {
			switch {
			case toks[p].quote != 0:
				quoted = !quoted
			case quoted:
				// a quoted modifier: the "county lines" drug trade
			case toks[p].lower == "so" && p+1 < cm[k].start && toks[p+1].lower == "called" && toks[p+1].hyphen:
				p++ // "moved into so-called ..."
			case (toks[p].text == ":" || toks[p].text == ",") && p > j && toks[p-1].quote != 0 && toks[p-1].quote != 'o':
				// "moved into so-called "fiscal huachicol": importing fuel falsely declared": a coinage, then what it is
			case (toks[p].cls&cGapR != 0):
				words++
			case toks[p].cap && !toks[p].punct && p > 0:
				// "for Mexican cartels", "to Colombian guerrillas"
				words++
			case toks[p].text == "(" && p > j && toks[p-1].cap && p+2 < cm[k].start && toks[p+2].text == ")" && upperWord(toks[p+1].text):
				p += 2 // "by the First Capital Command (PCC), Brazil's largest criminal organization": the name's acronym
			case nounModifier(toks, p, cm[k].start):
				// "document fraud", "online investment fraud"
				words++
			case (toks[p].norm == "victim" || toks[p].norm == "survivor") && p+1 < cm[k].start && toks[p+1].lower == "of":
				// "staffed by victims of human trafficking": the crime the people suffered
				words++
				p++
			case listItemBefore(toks, j, p, cm[k].start):
				// "involved in fuel theft and extortion": a list whose first item is no crime type
				words++ // the item counts as one word
				p = cm[k].start
			default:
				return -1
			}
		}
		if words > 5 {
			return -1
		}
		return k
	}
	return -1
}

// namedThenAppositive says whether toks[j:c] is a name, perhaps with its
// acronym in brackets, then a comma and the start of a description that ends
// at c: "the First Capital Command (PCC), Brazil's largest" before "criminal
// organization".
func namedThenAppositive(toks []token, j, c int) bool {
	q := j
	if q < c && toks[q].lower == "the" {
		q++
	}
	n := q
	for q < c && q-n < 6 && toks[q].cap && !toks[q].punct {
		q++
	}
	if q-n < 2 {
		return false // one capitalised word may be a place or a demonym, not a name
	}
	if q+2 < c && toks[q].text == "(" && toks[q+2].text == ")" && upperWord(toks[q+1].text) {
		q += 3
	}
	if q >= c || toks[q].text != "," || c-q > 6 {
		return false
	}
	for p := q + 1; p < c; p++ {
		if toks[p].punct && toks[p].norm != "'s" || toks[p].cls&(cFinite|cClause|cConj|cPrep) != 0 || relativePronoun(toks[p].lower) {
			return false
		}
	}
	return true
}

// quoteIn says whether a quotation mark stands in toks[i:j].
func quoteIn(toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if toks[p].quote != 0 {
			return true
		}
	}
	return false
}

var exampleMarkers = set([]string{"such", "including", "like", "notably", "especially", "particularly", "namely"})

// exemplified returns where the examples start when toks[j:c] is a general
// phrase ending in "such as", "including" or "like" ("other crimes in the
// Amazon basin, such as"), else j.
func exemplified(toks []token, j, c int) int {
	for q := j; q < c && q-j < 12; q++ {
		w := toks[q].lower
		if exampleMarkers.m[w] {
			e := q + 1
			if w == "such" {
				if e >= c || toks[e].lower != "as" {
					return j
				}
				e++
			}
			if e == c {
				return c
			}
			return j
		}
		if notModifiers.m[w] || toks[q].quote != 0 || toks[q].punct && w != "," {
			return j
		}
	}
	return j
}

var notModifiers = set([]string{"that", "which", "who", "and", "or", "but", "not", "is", "are", "was", "were", "be", "been",
	"has", "have", "had", "will", "would", "can", "could", "may", "might", "to", "than", "as", "if", "while", "because"})

// nounModifier says whether toks[p] is one of at most two plain lowercase
// words right before a crime mention starting at c: "document fraud".
func nounModifier(toks []token, p, c int) bool {
	if c-p > 2 {
		return false
	}
	for k := p; k < c; k++ {
		t := toks[k]
		if t.punct || t.cap || t.quote != 0 || notModifiers.has(t.lid) || prepositions.has(t.lid) || pronouns.has(t.lid) || determiners.has(t.lid) || strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	return true
}

// listItemBefore says whether toks[p:c] is a short list item that is not a
// crime type, then a conjunction, right before the crime mention at c:
// "fuel theft and", "bribery of officials, and".
func listItemBefore(toks []token, j, p, c int) bool {
	k := c - 1
	for k > p && ((toks[k].cls&cDet != 0) || toks[k].lower == "same" || toks[k].lower == "other" || toks[k].lower == "more" || (toks[k].cls&cPrep != 0) && k > p && (toks[k-1].lower == "and" || toks[k-1].lower == "or")) {
		k-- // "and on cybercriminals", "or to the", "and the same", "more violence, more corruption"
	}
	if k <= p || !(toks[k].lower == "and" || toks[k].lower == "or" || toks[k].text == ",") {
		return false
	}
	for k > p && (toks[k].lower == "and" || toks[k].lower == "or" || toks[k].text == ",") {
		k--
	}
	if k-p+1 > 3 {
		return false
	}
	for q := p; q <= k; q++ {
		t := toks[q]
		if t.punct || t.quote != 0 || notModifiers.has(t.lid) || prepositions.has(t.lid) || pronouns.has(t.lid) {
			return false
		}
	}
	return true
}

// asideWords open a phrase set between commas that does not break the clause.
var asideWords = set([]string{"which", "who", "despite", "in", "for", "like", "as", "however", "moreover", "meanwhile", "though", "among", "including", "notably", "especially",
	"although", "experts", "analysts", "officials", "notably", "particularly", "especially", "often", "too", "also",
	"increasingly", "critics", "according"})

// reportingAside says whether toks[i:j] is a reporting clause set between
// commas: "they wrote", "the report says", "officials said".
func reportingAside(toks []token, i, j int) bool {
	if toks[i].lower == "in" && j-i <= 4 && viewNouns.has(toks[j-1].lid) {
		return true // ", in her view,"
	}
	for k := i; k < j; k++ {
		switch toks[k].lower {
		case "said", "says", "say", "wrote", "writes", "write", "argued", "argue", "argues", "noted", "notes", "added",
			"adds", "warned", "warns", "believe", "believes", "found", "finds", "claimed", "claims", "according":
			return true
		}
	}
	return false
}

var placePreps = set([]string{"in", "across", "along", "at", "through", "within", "on", "from", "throughout", "around", "near", "inside", "operating", "based", "active"})

// skipPlace skips a place or setting after a crime phrase, up to limit:
// "across porous borders", "in West Africa and the Mediterranean", "based in
// Russia", "in several member states". It returns where the phrase ends, or
// p when there is none.
func skipPlace(toks []token, p, limit int) int {
	if p >= limit || !placePreps.has(toks[p].lid) {
		return p
	}
	q := p + 1
	if q < limit && (toks[q].lower == "in" || toks[q].lower == "out" || toks[q].lower == "of") {
		q++ // "based in", "operating out of"
	}
	start := q
	for q < limit && q-start < 7 && !toks[q].punct && (toks[q].cls&cNotMod == 0) && !((toks[q].cls&cGapL != 0) && (toks[q].cls&cDet == 0) && !toks[q].cap && !regionWords.has(toks[q].lid)) &&
		((toks[q].cls&cPrep == 0) || toks[q].lower == "of") {
		q++
	}
	for q < limit && q > start && toks[q].lower == "and" && q+1 < limit && (toks[q+1].cap || (toks[q+1].cls&cDet != 0) || toks[q+1].cls == 0 && !toks[q+1].punct) {
		// "in West Africa and the Mediterranean", "at ports and border checkpoints"
		q++
		for n := 0; q < limit && !toks[q].punct && (toks[q].cap || (toks[q].cls&cDet != 0) || toks[q].cls == 0 && n < 3); n++ {
			q++
		}
	}
	if q == start || q > limit {
		return p
	}
	return q
}

// listRight extends a crime mention over the coordinated list that follows it.
func listRight(cm []mention, toks []token, k int) []int {
	out := []int{k}
	for {
		next := -1
		for x := range cm {
			if cm[x].start >= cm[k].end && (next < 0 || cm[x].start < cm[next].start) {
				next = x
			}
		}
		if next < 0 || !coordinated(toks, cm[k].end, cm[next].start) {
			return out
		}
		if e := cm[next].end; cm[next].actor && e < len(toks) && toks[cm[k].end].text == "," && clauseVerbs.has(toks[e].lid) {
			return out // "moved into online fraud, and fraud networks are using ...": a new clause's subject
		}
		out = append(out, next)
		k = next
	}
}

// clauseVerbs follow a subject: after a list item they start a new clause.
var clauseVerbs = set([]string{"are", "is", "were", "was", "have", "has", "had", "will", "would", "can", "could", "may", "might", "also"})

// listMembers is the coordinated list cm[k] stands in: itself, the items
// after it and the items before it.
func listMembers(cm []mention, toks []token, k int) []int {
	return append(listRight(cm, toks, k), listLeft(cm, toks, k)...)
}

// listLeft extends a crime mention over the coordinated list before it.
func listLeft(cm []mention, toks []token, k int) []int {
	out := []int{k}
	if toks[cm[k].start].cls&cPron != 0 {
		return out // "Beyond fentanyl, they ...": a pronoun is no list item
	}
	for {
		prev := -1
		for x := range cm {
			if cm[x].end <= cm[k].start && (prev < 0 || cm[x].end > cm[prev].end) {
				prev = x
			}
		}
		if prev >= 0 && cm[prev].end+1 == cm[k].start && toks[cm[prev].end].lower == "of" && cm[prev].crime == cm[k].crime && !cm[prev].actor {
			// "corruption and the laundering of criminal proceeds are": one item
			out[len(out)-1] = prev
			k = prev
			continue
		}
		if prev < 0 || !coordinated(toks, cm[prev].end, cm[k].start) {
			return out
		}
		out = append(out, prev)
		k = prev
	}
}

// itemPlacePreps open a time or place between two list items.
var itemPlacePreps = set([]string{"on", "in", "at", "into", "from", "to", "across", "through", "via"})

// coordinated says whether toks[i:j] joins two list items: a comma or
// conjunction, then at most two determiners or adjectives.
func coordinated(toks []token, i, j int) bool {
	if j-i > 10 || j <= i {
		return j == i && j < len(toks) && toks[j].hyphen
	}
	conj := false
	k := i
	if k < j && crimeHeads.has(toks[k].nid) {
		k++ // "cocaine shipments and corruption"
	}
	for p := k; p+1 < j && itemPlacePreps.has(toks[p].lid); {
		// "a human trafficking ring on Monday and for a terrorist cell", "sugar smuggled from
		// Kismayo into Kenya and charcoal exported": a time or places, then the list goes on
		q := p + 1
		for q < j && q-p <= 3 && (toks[q].cap && !toks[q].punct || isDigits(toks[q].text) || (toks[q].cls&cDet != 0)) {
			q++
		}
		if q == p+1 {
			break
		}
		if q < j && (toks[q].lower == "and" || toks[q].lower == "or") {
			if q+1 < len(toks) && strings.HasSuffix(toks[q+1].lower, "ed") {
				break // "a network that smuggled migrants from Libya and forged permits": a second deed
			}
			k = q
			break
		}
		p = q
	}
	if k+2 < j && (toks[k].lower == "of" || toks[k].lower == "against") {
		// "extortion of businesses and the trafficking of weapons": the item's object, then the list goes on
		q := k + 1
		for q < j && q-k <= 3 && !toks[q].punct && !toks[q].cap && toks[q].cls&(cConj|cPrep|cPron) == 0 {
			q++
		}
		if q < j && q > k+1 && (toks[q].lower == "and" || toks[q].lower == "or" || toks[q].text == ",") {
			k = q
		}
	}
	for k < j && (toks[k].cls&cConj != 0) {
		conj = true
		k++
	}
	if k+2 <= j && (toks[k].lower == "not" && (toks[k+1].lower == "just" || toks[k+1].lower == "only" || toks[k+1].lower == "merely") ||
		toks[k].lower == "but" && toks[k+1].lower == "also") {
		// "the trafficking of people, not just drugs", "not only fraud but also extortion"
		conj = true
		k += 2
	}
	if !conj {
		return false
	}
	for q := k; q < j; q++ {
		// "illegal mining, fuel theft, extortion": a list item that names no crime type
		if (toks[q].cls&cConj != 0) && q > k && q-k <= 3 {
			ok := true
			for r := k; r < q; r++ {
				if toks[r].punct || toks[r].cap || (toks[r].cls&cNotMod != 0) || (toks[r].cls&cPrep != 0) || (toks[r].cls&cPron != 0) {
					ok = false
				}
			}
			if ok {
				for k = q; k < j && (toks[k].cls&cConj != 0); k++ {
				}
			}
			break
		}
	}
	if k < j && asideStart.has(toks[k].lid) && toks[k-1].text == "," {
		// "timber and, in some cases, heroin"
		for q := k; q < j && q < k+5; q++ {
			if toks[q].text == "," {
				k = q + 1
				break
			}
		}
	}
	extra := 0
	if k < j && (toks[k].lower == "for" || toks[k].lower == "to" || toks[k].lower == "with" || toks[k].lower == "on" || toks[k].lower == "into" || toks[k].lower == "by" || toks[k].lower == "from" || toks[k].lower == "through" || toks[k].lower == "via" || toks[k].lower == "in") && toks[k-1].lower != "," {
		k++ // "and for a terrorist cell": the preposition repeated
	}
	for ; k < j; k++ {
		if toks[k].punct || (toks[k].cls&cGapR == 0) && (toks[k].cls&cDet == 0) && !(toks[k].cap && !toks[k].punct) && !nounModifier(toks, k, j) {
			return false // "and to Asian money laundering networks", "and welfare fraud"
		}
		extra++
	}
	return extra <= 2
}

// gainsOfBefore finds, before a passive "laundered" at i, the crime whose
// gains are its subject: "the profits from waste and public works were
// laundered" (a few words may join the crime to the verb), and where the
// gains are named; or -1.
func gainsOfBefore(cm []mention, toks []token, i int) (int, int) {
	if i < 4 || !beForms.has(toks[i-1].lid) {
		return -1, 0
	}
	for g := i - 3; g >= 0 && g >= i-10; g-- {
		if toks[g].punct && toks[g].text != "," {
			return -1, 0
		}
		if !gainWords.has(toks[g].nid) && !moneyWords.has(toks[g].nid) || g+2 >= i || toks[g+1].lower != "from" && toks[g+1].lower != "of" {
			continue
		}
		q := g + 2
		for q < i && toks[q].cls&cDet != 0 {
			q++
		}
		if k := crimeStartingAt(cm, q); k >= 0 && !cm[k].actor && schema.Root(cm[k].crime) != "money-laundering" && i-1-cm[k].end <= 4 {
			return k, g
		}
		return -1, 0
	}
	return -1, 0
}

// laundering links money laundering to the crime whose gains are laundered:
// "launder drug proceeds", "laundering the profits of fraud", "cartel cash
// laundered through casinos".
func (d *docState) laundering(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	ml := mention{crime: "money-laundering"}
	for _, m := range cm {
		// "couriers who collected bulk cash from the cartel's drug sales": the cash's source
		if schema.Root(m.crime) != "money-laundering" || m.actor || m.end+2 >= len(toks) || !moneyWords.has(toks[m.end-1].nid) {
			continue
		}
		if w := toks[m.end].lower; w == "that" || w == "which" {
			// "launder the money that drugs bring in": the money the crime brings
			if c := crimeStartingAt(cm, m.end+1); c >= 0 && !cm[c].actor && cm[c].end < len(toks) && (earnVerbs.has(toks[cm[c].end].lid) || bringVerbs.has(toks[cm[c].end].lid)) && schema.Root(cm[c].crime) != "money-laundering" {
				emit(m, cm[c], span(text, toks, m.start, cm[c].end+1), schema.MechFinances)
			}
			continue
		}
		if toks[m.end].lower != "from" {
			continue
		}
		for k := range cm {
			if c := cm[k]; c.start > m.end && c.start <= m.end+5 && !c.actor && schema.Root(c.crime) != "money-laundering" && !crossesClause(toks, m.end, c.start) {
				for _, b := range listRight(cm, toks, k) {
					// "to hide their proceeds from drug trafficking and fraud": each item
					if !cm[b].actor && schema.Root(cm[b].crime) != "money-laundering" {
						emit(m, cm[b], span(text, toks, m.start, cm[b].end), schema.MechFinances)
					}
				}
				break
			}
		}
	}
	for i, t := range toks {
		if !launders(t) {
			continue
		}
		if l := leftOf(cm, toks, i); l >= 0 && cm[l].actor && schema.Root(cm[l].crime) != "money-laundering" &&
			!(cm[l].end-cm[l].start == 1 && (toks[cm[l].start].norm == "trafficker" || toks[cm[l].start].norm == "smuggler")) {
			// (a bare "traffickers" says too little of its trade)
			// "The Kinahan organised crime group laundered hundreds of millions": the launderer
			emit(cm[l], ml, span(text, toks, cm[l].start, i+1), schema.MechInvolvement)
			if e := cm[l].end; e < i && strings.HasSuffix(toks[e].lower, "ing") && !launders(toks[e]) {
				// "Criminal groups running scam centres in Southeast Asia are laundering billions": the
				// trade the actor's participle names is what the money comes from
				for k := range cm {
					if c := cm[k]; c.start > e && c.start <= e+3 && c.end <= i && !c.actor && schema.Root(c.crime) != "money-laundering" {
						emit(c, ml, span(text, toks, c.start, i+1), schema.MechFinances)
						break
					}
				}
			}
		} else if a := partOfActor(cm, toks, i); a >= 0 {
			// "Many of the cocaine networks also traded firearms, and several were laundering money": some of that actor
			emit(cm[a], ml, span(text, toks, cm[a].start, i+1), schema.MechInvolvement)
		} else if l >= 0 && !cm[l].actor && cm[l].end == i && toks[i].lower == "laundering" && !toks[i].hyphen && schema.Root(cm[l].crime) != "money-laundering" && (i+1 == len(toks) || toks[i+1].lower != "and" && toks[i+1].lower != "or") {
			// "a ransomware laundering service": the crime whose money the laundering serves
			emit(cm[l], ml, span(text, toks, cm[l].start, i+1), schema.MechFinances)
		} else if l >= 0 && !cm[l].actor && cm[l].end < i && i-cm[l].end <= 3 && beForms.has(toks[i-1].lid) && gainWords.has(toks[cm[l].end-1].nid) && schema.Root(cm[l].crime) != "money-laundering" {
			// "The profits are laundered through crypto exchanges": the gains of the crime before
			emit(cm[l], ml, span(text, toks, cm[l].start, i+1), schema.MechFinances)
		} else if k, g := gainsOfBefore(cm, toks, i); k >= 0 {
			// "the profits from waste and public works were laundered": the gains of a crime named in their subject
			emit(cm[k], ml, span(text, toks, g, i+1), schema.MechFinances)
		} else if i > 1 && toks[i-1].lower == "to" {
			// "the factions use mining companies to launder drug money": the users launder
			for k := range cm {
				if cm[k].actor && cm[k].end < i && i-cm[k].end <= 7 && useVerb(toks, cm[k].end, i-1) && !crossesClause(toks, cm[k].end, i) {
					emit(cm[k], ml, span(text, toks, cm[k].start, i+1), schema.MechInvolvement)
				}
			}
		}
		if i > 1 && toks[i-1].lower == "and" && (toks[i].lower == "laundered" || toks[i].lower == "launders") && (i+1 >= len(toks) || toks[i+1].cls&cConj == 0) {
			// "a Surrey man who ran a fentanyl production lab and laundered millions of dollars through
			// casinos": one subject's trade, then its laundering
			if k := lastBefore(cm, i-1, func(m mention) bool {
				return !m.actor && i-1-m.end <= 8 && schema.Root(m.crime) != "money-laundering" && !crossesClauseBreak(toks, m.end, i-1) && tradeVerbBefore(toks, m.start)
			}); k >= 0 {
				emit(cm[k], ml, span(text, toks, cm[k].start, i+1), schema.MechFinances)
			}
		}
		// right: launder [the] CRIME MONEY / launder [the] MONEY of|from [the] CRIME
		j := skipQuantity(toks, i+1)
		for k := j; j < len(toks) && j-k <= 3 && ((toks[j].cls&cDet != 0) || (toks[j].cls&cGapR != 0) && !moneyWords.has(toks[j].nid)); {
			j++
		}
		if j < len(toks) && crimeAt(cm, j) < 0 {
			if g := schema.Goods[toks[j].norm]; g == "environmental-crime" || g == "cultural-property-trafficking" || toks[j].norm == "gold" {
				if g == "" {
					g = "environmental-crime" // gold laundered comes from illegal mines
				}
				// "charged with laundering gold extracted illegally": goods made to look legal
				emit(ml, mention{kind: mCrime, start: j, end: j + 1, crime: g}, span(text, toks, i, j+1), schema.MechFinances)
			}
		}
		if k := crimeAt(cm, j); k >= 0 && cm[k].actor && cm[k].end+1 < len(toks) && toks[cm[k].end].norm == "'s" && moneyWords.has(toks[cm[k].end+1].nid) && schema.Root(cm[k].crime) != "money-laundering" {
			// "businesses used to launder the group's proceeds": the owner's gains
			emit(ml, cm[k], span(text, toks, i, cm[k].end+2), schema.MechFinances)
		}
		if e := launderedFor(cm, toks, i); e >= 0 {
			// "a service that laundered cryptocurrency for drug traffickers and fraudsters"
			for _, b := range listRight(cm, toks, e) {
				emit(ml, cm[b], span(text, toks, i, cm[b].end), schema.MechFacilitates)
				for x := range cm {
					if c := cm[x]; !c.actor && c.start > i+1 && toks[c.start-1].lower == "of" && c.end < cm[e].start && schema.Root(c.crime) != "money-laundering" {
						// "laundering the proceeds of fentanyl trafficking for the Sinaloa Cartel": the cartel's trade
						// (not "drug proceeds for the cartel", which the corpus reads as the laundering alone)
						emit(c, cm[b], span(text, toks, c.start, cm[b].end), schema.MechInvolvement)
					}
				}
			}
		}
		if k := crimeStartingAt(cm, j); k >= 0 && cm[k].end < len(toks) && (moneyWords.has(toks[cm[k].end].nid) || toks[cm[k].end].norm == "payment") {
			// ("laundering ransomware payments")
			emit(ml, cm[k], span(text, toks, i, cm[k].end+1), schema.MechFinances)
			continue
		}
		if k := crimeStartingAt(cm, j); k >= 0 && (moneyWords.has(toks[cm[k].end-1].nid) || toks[cm[k].end-1].norm == "payment") {
			emit(ml, cm[k], span(text, toks, i, cm[k].end), schema.MechFinances) // "launders ransom payments"
			continue
		}
		if k := proceedsOf(cm, toks, j); k >= 0 {
			// "launder the proceeds of drug trafficking, migrant smuggling and fraud": each item
			for _, b := range listRight(cm, toks, k) {
				emit(ml, cm[b], span(text, toks, i, cm[b].end), schema.MechFinances)
			}
			continue
		}
		if j < len(toks) && j > i+1 && moneyWords.has(toks[j].nid) && (toks[j-1].lower == "the" || toks[j-1].lower == "its" || toks[j-1].lower == "their") &&
			!(j+1 < len(toks) && (toks[j+1].lower == "of" || toks[j+1].lower == "from")) {
			// "imported 400kg of cocaine ... and laundered the profits": the profits of the trade just named
			k := lastTradeBefore(cm, toks, i)
			if k < 0 {
				// "they ran a drug supply network ... and used car washes to launder the proceeds": the network's trade
				k = lastBefore(cm, i, func(m mention) bool { r := schema.Root(m.crime); return m.actor && trafficked(r) })
			}
			if k >= 0 && !(cm[k].start > 0 && meansWords.has(toks[cm[k].start-1].lid)) {
				// (not a means: "relies on corruption to win contracts and on launderers to clean the proceeds")
				emit(ml, cm[k], span(text, toks, cm[k].start, j+1), schema.MechFinances)
			}
		}

		for q := i + 1; q+3 < len(toks) && q <= i+12 && toks[q].text != ";"; q++ {
			if toks[q].lower == "alongside" || (toks[q].lower == "along" || toks[q].lower == "together") && toks[q+1].lower == "with" {
				r := q + 1
				if toks[q].lower != "alongside" {
					r++
				}
				for r < len(toks) && toks[r].cls&cDet != 0 {
					r++
				}
				if k := proceedsOf(cm, toks, r); k >= 0 {
					// "laundered through the formal financial sector, often alongside the proceeds of drug trafficking"
					emit(ml, cm[k], span(text, toks, i, cm[k].end), schema.MechFinances)
				}
				break
			}
		}
		// left: the cash (generated|made) [was] laundered: the gains of the trade before
		if g := generatedGains(toks, i); g > 0 {
			if k := lastTradeBefore(cm, toks, g); k >= 0 {
				emit(ml, cm[k], span(text, toks, cm[k].start, i+1), schema.MechFinances)
			} else if o := gainsOpening(toks, g); o <= 1 || o >= 1 && thatVerbs.has(toks[o-1].lid) {
				// ("Investigators say the money is washed through casinos")
				trades := d.recentTrades(2)
				if len(trades) == 0 && d.mainTrade() != "" {
					trades = []string{d.mainTrade()} // the trade the text is about
				}
				for _, r := range trades {
					emit(ml, mention{kind: mCrime, start: g, end: g + 1, crime: r}, span(text, toks, g, i+1), schema.MechFinances)
				}
			}
		}
		// left: CRIME MONEY [is|are|being|was] laundered
		p := i - 1
		for p >= 0 && (toks[p].cls&cGapL != 0) && !moneyWords.has(toks[p].nid) {
			p--
		}
		if p >= 1 && toks[p].text == "," && toks[p+1].lower == "which" {
			p-- // "the proceeds of wildlife trafficking, which are often laundered"
		}
		if p >= 1 && moneyWords.has(toks[p].nid) {
			if k := crimeAt(cm, p-1); k >= 0 && cm[k].end == p {
				emit(ml, cm[k], span(text, toks, cm[k].start, i+1), schema.MechFinances)
			}
		}
		// left: MONEY of|from CRIME [were] laundered
		if k := crimeAt(cm, p); k >= 0 && cm[k].end == p+1 {
			q := cm[k].start - 1
			for q >= 0 && (toks[q].cls&cDet != 0) {
				q--
			}
			if q >= 1 && (toks[q].lower == "of" || toks[q].lower == "from") && moneyWords.has(toks[q-1].nid) {
				emit(ml, cm[k], span(text, toks, q-1, i+1), schema.MechFinances)
			}
		}
	}
}

// generatedGains returns where "the cash generated", "the money made" stands
// as the subject of the laundering verb at i ("the cash generated was
// laundered"), or 0.
func generatedGains(toks []token, i int) int {
	p := i - 1
	for p >= 0 && (beForms.has(toks[p].lid) || toks[p].lower == "been" || toks[p].lower == "being" || toks[p].cls&cAdv != 0 || toks[p].lower == "then" || toks[p].lower == "later" || strings.HasSuffix(toks[p].lower, "ly")) {
		p--
	}
	if p >= 1 && p < i-1 && moneyWords.has(toks[p].nid) && toks[p].norm != "million" && toks[p].norm != "billion" {
		if w := toks[p-1].lower; w == "the" || w == "this" || w == "that" {
			return p // "The money is then laundered through real estate"
		}
	}
	if p < 2 || p == i-1 || !gainVerbs.has(toks[p].lid) || !moneyWords.has(toks[p-1].nid) {
		return 0
	}
	if w := toks[p-2].lower; w != "the" && w != "its" && w != "their" {
		return 0
	}
	return p - 1
}

// gainsOpening returns where the phrase of the gains at g starts: at "the"
// of "the money", or at "Much" of "Much of the money".
func gainsOpening(toks []token, g int) int {
	o := g - 1
	if o >= 2 && toks[o-1].lower == "of" && (partitives.has(toks[o-2].lid) || toks[o-2].lower == "much" || toks[o-2].lower == "part") {
		o -= 2
	}
	return o
}

// gainVerbs make money: "the cash generated", "the profits made".
var gainVerbs = set([]string{"generated", "made", "earned", "raised", "obtained", "produced", "derived"})

// launderedFor returns the crime actor money is laundered for ("laundered
// cryptocurrency for drug traffickers", "launders money on behalf of
// cartels"), or -1.
func launderedFor(cm []mention, toks []token, i int) int {
	j := skipQuantity(toks, i+1)
	if j == i+1 {
		j = launderedAmount(toks, i+1) // "laundering $40 million for"
	}
	for j < len(toks) && j <= i+12 && (toks[j].cls&cDet != 0 || moneyWords.has(toks[j].nid) || adjective(toks[j]) ||
		(toks[j].lower == "in" || toks[j].lower == "of") && j+1 < len(toks) && (crimeAt(cm, j+1) >= 0 && !cm[crimeAt(cm, j+1)].actor || moneyWords.has(toks[j+1].nid)) || crimeAt(cm, j) >= 0 && !cm[crimeAt(cm, j)].actor) {
		j++ // "tens of millions of dollars in narcotics proceeds on behalf of", "the proceeds of fentanyl trafficking for"
	}
	switch {
	case j < len(toks) && toks[j].lower == "for":
		j++
	case j+2 < len(toks) && toks[j].lower == "on" && toks[j+1].lower == "behalf" && toks[j+2].lower == "of":
		j += 3
	default:
		return -1
	}
	if r := rightOf(cm, toks, j); r >= 0 && cm[r].actor {
		return r
	}
	return -1
}

// noteLaunderers remembers the agents money is laundered through ("Much of it
// was laundered through over-the-counter brokers"), so that "these brokers"
// later are launderers.
func (d *docState) noteLaunderers(toks []token) {
	for i, t := range toks {
		if !launders(t) || i+2 >= len(toks) {
			continue
		}
		j := i + 1
		if moneyWords.has(toks[j].nid) || toks[j].lower == "it" || toks[j].lower == "them" {
			j++
		}
		if j+1 >= len(toks) || toks[j].lower != "through" && toks[j].lower != "via" {
			continue
		}
		q := j + 1
		for q < len(toks) && q < j+6 && !toks[q].punct && !toks[q].cap && !pluralTok(toks[q]) {
			q++
		}
		if q < len(toks) && pluralTok(toks[q]) && !toks[q].cap && !moneyWords.has(toks[q].nid) {
			if d.crimeHeads == nil {
				d.crimeHeads = map[string]string{}
			}
			d.crimeHeads[toks[q].norm] = "money-laundering"
		}
	}
}

// usedTo returns where "to" stands after money at j, directly or past a
// passive "had been used" ("the proceeds had been used to buy"), or 0.
func usedTo(toks []token, j int) int {
	q := j
	for q < len(toks) && q < j+4 && (toks[q].cls&cFinite != 0 || toks[q].lower == "been" || toks[q].lower == "being" || toks[q].lower == "also" || toks[q].lower == "partly" || toks[q].lower == "then") {
		q++
	}
	if q > j {
		if q >= len(toks) || toks[q].lower != "used" {
			return 0
		}
		q++
	}
	if q < len(toks) && toks[q].lower == "to" {
		return q
	}
	return 0
}

// shareOfWords take a part of what "it" names: "much of it".
var shareOfWords = set([]string{"much", "most", "some", "all", "part", "half", "bulk", "share", "control"})

// usedBy reads "are (being) used by ACTOR [in PLACE] to" at j and returns
// where "to" stands and the crime actor's mention, or 0.
func usedBy(cm []mention, toks []token, j int) (int, int) {
	q := j
	for q < len(toks) && q < j+3 && (toks[q].cls&cFinite != 0 || toks[q].lower == "been" || toks[q].lower == "being") {
		q++
	}
	if q == j || q+2 >= len(toks) || toks[q].lower != "used" || toks[q+1].lower != "by" {
		return 0, 0
	}
	a := crimeStartingAt(cm, q+2)
	if a < 0 || !cm[a].actor {
		return 0, 0
	}
	e := skipPlace(toks, cm[a].end, len(toks))
	if e < len(toks) && toks[e].lower == "to" {
		return e, a
	}
	return 0, 0
}

// gainsSlot says whether the gains named at p stand where a text names
// the gains of the crime it was about: after "But", "that", a comma, "much
// of", a laundering verb, a reporting verb ("Police said the money was
// transferred") or an opening "use" ("The factions use the money to buy rifles").
func gainsSlot(d *docState, toks []token, p int) bool {
	return p == 1 && toks[0].lower == "but" || toks[p-1].lower == "that" || toks[p-1].text == "," ||
		p >= 2 && toks[p-1].lower == "of" && shareOfWords.has(toks[p-2].lid) || launders(toks[p-1]) ||
		reportingWord(d, toks, p-1) || p <= 4 && useVerb(toks, p-1, p)
}

// allBribes says whether every crime named is an official's bribe, named by
// what was paid or done ("paid to look away", "on their payroll", "take a cut"),
// not by the word "corruption".
func allBribes(cm []mention, toks []token) bool {
	for _, m := range cm {
		if schema.Root(m.crime) != "corruption" {
			return false
		}
		paid := false
		for q := m.start; q < m.end; q++ {
			paid = paid || bribeWords.has(toks[q].nid)
		}
		if !paid {
			return false
		}
	}
	return true
}

var bribeWords = set([]string{"paid", "payroll", "cut", "bribed", "bribe", "kickback", "backhander", "envelope", "look", "blind", "waved", "tipped", "pocketed"})

// otherThanLaundering says whether a crime other than laundering is named.
func otherThanLaundering(cm []mention) bool {
	for _, m := range cm {
		if schema.Root(m.crime) != "money-laundering" {
			return true
		}
	}
	return false
}

// launders says whether a token is a form of "launder" (not "launderer").
func launders(t token) bool {
	return strings.HasPrefix(t.lower, "launder") && !strings.HasPrefix(t.lower, "launderer")
}

// meansWords stand before a crime used as a means: "relies on corruption",
// "through bribery".
var meansWords = set([]string{"on", "through", "via", "using", "use", "uses", "used"})

// lastTradeBefore returns the last crime mention before i that is a trade a
// subject carries on (not a crime actor), or -1.
func lastTradeBefore(cm []mention, toks []token, i int) int {
	best := -1
	for k := range cm {
		if cm[k].end <= i && !cm[k].actor && schema.Root(cm[k].crime) != "money-laundering" {
			best = k
		}
	}
	return best
}

// pronounDoing links the crime actor a pronoun stands for to the crimes it
// is the subject of: "the gang ..., where it runs prostitution rings, extorts
// shop owners and smuggles migrants". A named actor that is a subject does the
// same: "JNIM does not traffic drugs itself but taxes cannabis".
func (d *docState) pronounDoing(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for p := range toks {
		if w := toks[p].lower; w != "it" && w != "they" && !(w == "them" && p > 0 && smallClauseVerbs.has(toks[p-1].lid)) {
			continue // ("financing the gangs and helping them import arms": "them" does the next verb)
		}
		actor := -1
		for k := range cm {
			if cm[k].actor && cm[k].end <= p {
				if h := toks[cm[k].end-1]; actor >= 0 && schema.Root(cm[actor].crime) == "organized-crime" && schema.Root(cm[k].crime) != "organized-crime" &&
					!agentNoun(h.norm) && !crimeAnaphorHeads.has(h.nid) && !officialNouns.has(h.nid) && !h.cap {
					continue // "the syndicates behind the compounds and ... the money they launder": who acts, not where
				}
				actor = k
			}
		}
		if actor >= 0 {
			d.subjectDoes(text, toks, cm, actor, p, emit)
		}
	}
	for k := range cm {
		if !cm[k].actor && cm[k].ent == nil || !cm[k].subject(toks) && !d.reportedSubject(toks, cm[k]) {
			// (a named group, "the DZ Mafia", is an actor)
			continue
		}
		p := cm[k].end - 1
		if p+2 < len(toks) && toks[p+1].text == "(" && toks[p+2].cap {
			for p+1 < len(toks) && toks[p+1].text != ")" && p < cm[k].end+4 {
				p++ // "(JNIM)"
			}
			p++
		}
		d.subjectDoes(text, toks, cm, k, p, emit)
	}
}

// reportedSubject says whether a crime actor opens the clause a reporting
// verb reports: "Investigators say the DZ Mafia ... also runs".
func (d *docState) reportedSubject(toks []token, m mention) bool {
	q := m.start - 1
	for q >= 0 && (toks[q].cls&cDet != 0 || toks[q].cap && !toks[q].punct || toks[q].lower == "same" && q > 0 && toks[q-1].lower == "the") {
		q-- // ("said the same groups ...")
	}
	if q >= 0 && toks[q].lower == "that" {
		q--
	}
	return q > 0 && !m.prep && d.lx.verbsOf(toks[q].lid) != nil && toks[q-1].cls&cDet == 0
}

// subject says whether a crime mention stands where a clause's subject does:
// first in the sentence or its clause ("that", "which", a colon) and not after
// a preposition.
func (m mention) subject(toks []token) bool {
	q := m.start - 1
	mods := 0 // lowercase modifiers: "Brazil's largest prison gang"
	for q >= 0 && toks[q].lower != "that" && !clauseOpeners.has(toks[q].lid) && ((toks[q].cls&cDet != 0) || toks[q].cap && !toks[q].punct || toks[q].norm == "'s" ||
		toks[q].lower == "and" && q > 0 && toks[q-1].cap || // "The Los Lobos and Los Choneros gangs"
		nameParticles.has(toks[q].lid) && !toks[q].cap && q > 0 && toks[q-1].cap && toks[q+1].cap || // "the Santa Rosa de Lima cartel"
		toks[q].quote != 0 && q == m.start-1 && q > 0 && toks[q-1].cls&cDet != 0 || // "The 'Ndrangheta"
		toks[q].hyphen && q > 0 && !toks[q].punct || // "state-sponsored hackers"
		kindWords.has(toks[q].lid) || strings.HasSuffix(toks[q].lower, "est") || nounModifierWord(toks[q]) && mods < 2) {
		if !toks[q].cap && toks[q].cls&cDet == 0 {
			mods++
		}
		q--
	}
	if q >= 2 && toks[q].lower == "as" && toks[q-1].lower == "such" && pluralTok(toks[q-2]) && !toks[q-2].punct {
		// "Groups such as the FARC taxed ...": an example of the subject
		q -= 3
		for q >= 0 && (toks[q].cls&cDet != 0 || adjective(toks[q])) {
			q--
		}
	}
	return !m.prep && (q < 0 || clauseOpeners.has(toks[q].lid) || answerHedges.has(toks[q].lid) && (q == 0 || toks[q-1].text == ":") || toks[q].text == ":" || toks[q].text == ";" || paragraphNumber(toks, q) || toks[q].text == "," && (q <= 3 || toks[0].lower == "according") ||
		toks[q].text == "-" || toks[q].text == "—" || toks[q].text == "–" || // ("SARAJEVO (Reuters) - Criminal networks ...")
		toks[q].quote != 0 && toks[q].quote != 'c' && (q == 0 || toks[q-1].punct)) // ("“Cartels are flooding ...")
}

// paragraphNumber says whether toks[:q+1] only number a paragraph: "3.3",
// "12.", "(b)".
func paragraphNumber(toks []token, q int) bool {
	if q < 0 || q > 4 {
		return false
	}
	digits := false
	for k := 0; k <= q; k++ {
		switch w := toks[k].text; {
		case isDigits(w):
			digits = true
		case w == "." || w == "(" || w == ")" || w == "/": // ("4/" numbers a thread's post)
		default:
			return false
		}
	}
	return digits
}

// progressive says whether the -ing verb at q has its auxiliary before it,
// past adverbs: "are increasingly trafficking".
func progressive(toks []token, q int) bool {
	if beforeIsBe(toks, q) {
		return true
	}
	k := q - 1
	for k >= 0 && skippedBeforeVerb(toks[k]) {
		k--
	}
	if k > 0 && toks[k].lower == "and" {
		// "are flooding our communities with fentanyl and then laundering the profits"
		// (one step back, not recursive: a long chain of "and ...ing" stays linear)
		for j := k - 1; j > 0 && j >= k-10 && !toks[j].punct; j-- {
			if strings.HasSuffix(toks[j].lower, "ing") && len(toks[j].lower) > 5 && beforeIsBe(toks, j) {
				return true
			}
		}
	}
	return false
}

// skippedBeforeVerb are adverbs and quote marks between an auxiliary and its verb.
func skippedBeforeVerb(t token) bool {
	return t.cls&cAdv != 0 || t.quote != 0 || t.cls&cGapL != 0 && strings.HasSuffix(t.lower, "ly")
}

// beforeIsBe says whether a form of "be" stands before position q, past adverbs.
func beforeIsBe(toks []token, q int) bool {
	k := q - 1
	for k >= 0 && skippedBeforeVerb(toks[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].lower {
	case "are", "is", "was", "were", "been", "be", "am":
		return true
	}
	return false
}

// colludeVerbs join their subject to the crime after "with": "collude with corrupt officials".
var colludeVerbs = set([]string{"coexist", "coexists", "coexisted", "coexisting", "collude", "colludes", "colluded", "colluding", "conspire", "conspires", "conspired",
	"conspiring", "partner", "partners", "partnered", "partnering", "cooperate", "cooperates", "cooperated",
	"cooperating", "collaborate", "collaborates", "collaborated", "collaborating", "ally", "allied", "allies"})

// groomVerbs prepare victims for a crime: "grooming vulnerable girls for sexual exploitation".
var groomVerbs = set([]string{"groom", "grooms", "groomed", "grooming", "recruit", "recruits", "recruited", "recruiting",
	"lure", "lures", "lured", "luring", "sell", "sells", "sold", "selling", "target", "targets", "targeted", "targeting"})

// groomedFor says whether "for" at v ends "VERB [object] for", a groom verb a few words before.
func groomedFor(toks []token, p, v int) bool {
	for j := v - 1; j > p && j >= v-4 && !toks[j].punct; j-- {
		if groomVerbs.has(toks[j].lid) {
			return true
		}
	}
	return false
}

// coverNouns hide a crime their owner commits: "as a cover for smuggling drugs".
var coverNouns = set([]string{"cover", "front", "smokescreen", "vehicle", "conduit", "platform", "base"})

// withVerbs supply their object with goods: "flooding our communities with fentanyl".
var withVerbs = set([]string{"flood", "floods", "flooded", "flooding", "supply", "supplies", "supplied", "supplying",
	"provide", "provides", "provided", "providing", "arm", "arms", "armed", "arming", "equip", "equips", "equipped",
	"equipping", "furnish", "furnished", "furnishing", "feed", "feeds", "fed", "feeding", "saturate", "saturated", "saturating"})

// suppliesWith says whether "with" at v follows a verb that supplies goods
// ("flooding our communities with"), a few words before.
func suppliesWith(toks []token, p, v int) bool {
	if toks[v].lower != "with" {
		return false
	}
	for j := v - 1; j > p && j >= v-4 && !toks[j].punct; j-- {
		if withVerbs.has(toks[j].lid) {
			return true
		}
	}
	return false
}

// clauseAdjectives are clause breaks that also modify a noun ("allied with
// rival Mexican cartels"): inside a subject's clause they break nothing.
var clauseAdjectives = set([]string{"rival", "rivals", "separate", "different", "distinct"})

// quantifiers take a share of a trade: "controls much of the cocaine".
var quantifiers = set([]string{"much", "most", "some", "part", "all", "half", "many", "a", "large", "share", "bulk"})

// nounModifierWord guesses a lowercase word that may modify a noun before it
// ("prison gang", "smuggling networks"), not a verb, preposition or function word.
func nounModifierWord(t token) bool {
	w := t.lower
	return !t.punct && !t.cap && t.cls&(cPrep|cConj|cClause|cFinite|cPron|cNotMod|cAdv) == 0 && !strings.HasSuffix(w, "ed") &&
		!strings.HasSuffix(w, "ly") && len(w) > 2
}

// clauseOpeners start a clause whose subject follows: "that criminal groups
// ...", "when criminal organisations are ...".
var clauseOpeners = set([]string{"that", "when", "where", "because", "while", "as", "since", "if", "whereas", "although", "but", "how",
	"with"}) // ("with gangs extorting miners and trafficking women")

// controlVerbs govern a trade without doing it: "taxes cannabis", "controls
// the cocaine routes".
var controlVerbs = set([]string{"tax", "taxes", "taxed", "taxing", "levy", "levies", "levied", "control", "controls",
	"controlled", "controlling", "oversee", "oversees", "oversaw", "manage", "manages", "managed", "dominate",
	"dominates", "dominated", "operate", "operates", "operated", "organise", "organises", "organised", "organize",
	"organizes", "organized", "protect", "protects", "protected", "runs", "run", "ran", "running", "use", "uses", "used", "employ", "employs"})

// subjectDoes links the crime actor cm[actor], the subject at toks[p], to the
// crimes the verbs of its clause do or govern, skipping negated ones.
func (d *docState) subjectDoes(text string, toks []token, cm []mention, actor, p int, emit func(a, b mention, cue, mech string)) {
	negated := -1 // the negation the next verb falls under
	for q := p + 1; q < len(toks) && q < p+24; q++ {
		t := toks[q]
		if t.lower == "but" && q+1 < len(toks) && (controlVerbs.has(toks[q+1].lid) || d.verbLike(toks[q+1]) || (toks[q+1].cls&cTrade != 0)) {
			continue // "does not traffic drugs itself but taxes cannabis": the same subject
		}
		if t.lower == "not" && q+1 < len(toks) && emphasisAfterNot.has(toks[q+1].lid) {
			continue // "do not merely coexist with": emphasis, not negation
		}
		if (t.lower == "not" || t.lower == "never") && q <= p+3 {
			negated = q
			continue
		}
		if t.quote != 0 && q <= p+4 && clauseVerbs.has(toks[q-1].lid) {
			continue // the same networks were "moving drugs, weapons and people": a quote opening on the verb
		}
		if t.text == ";" || t.text == "." || t.quote != 0 || clauseBreaks.has(t.lid) && !clauseAdjectives.has(t.lid) || subjectPronouns.has(t.lid) && q > p+1 && t.lower != toks[p].lower {
			break
		}
		// (a repeated "they" goes on with the same subject: "They corrupt officials, they launder ...")
		y := crimeStartingAt(cm, q)
		if y < 0 || schema.Root(cm[y].crime) == schema.Root(cm[actor].crime) {
			continue
		}
		v := q - 1
		for v > p && ((toks[v].cls&cDet != 0) || toks[v].lower == "of" && v > p+1 && quantifiers.has(toks[v-1].lid) || quantifiers.has(toks[v].lid)) {
			v-- // "control the smuggling corridors", "controls much of the cocaine"
		}
		finite := d.verbLike(toks[q]) && (!strings.HasSuffix(toks[q].lower, "ing") || progressive(toks, q) || toks[q-1].lower == "by") || q == p+1 && !toks[q].cap ||
			strings.HasSuffix(toks[q].lower, "ing") && !toks[q].cap && beforeIsBe(toks, q) // ("The vessels were also fishing illegally")
		// ("win contracts by bribing local officials": the means is the subject's deed)
		// (a crime word right after its subject is its verb: "They corrupt officials")
		serves := v > p && serveVerbs.has(toks[v].lid)
		cover := v > p+1 && toks[v].lower == "for" && (coverNouns.has(toks[v-1].nid) || groomedFor(toks, p, v)) || // "as a cover for smuggling drugs"
			v > p+1 && toks[v].lower == "with" && colludeVerbs.has(toks[v-1].lid) // "collude with corrupt officials"
		if !finite && !serves && !cover && !(v > p && (d.lx.goodsWords.has(toks[v].lid) || controlVerbs.has(toks[v].lid) || tookOverAt(toks, v) || suppliesWith(toks, p, v))) {
			continue // "earned money from extortion, oil smuggling": a noun, not the subject's verb
		}
		mech := schema.MechInvolvement
		if serves {
			mech = schema.MechFacilitates // "These brokers also serve scam compounds and drug traffickers"
		}
		list := listRight(cm, toks, y)
		if negated < 0 || q > negated+3 {
			for _, b := range list { // "drop heroin and pistols": each good of the list
				if schema.Root(cm[b].crime) != schema.Root(cm[actor].crime) {
					emit(cm[actor], cm[b], span(text, toks, p, cm[b].end), mech)
				}
			}
			// "obtain firearms mainly through criminal networks": the source is linked too
			e := cm[list[len(list)-1]].end
			for e < len(toks) && e < cm[list[len(list)-1]].end+2 && toks[e].cls&cGapL != 0 && toks[e].cls&cDet == 0 {
				e++
			}
			if e+1 < len(toks) && (toks[e].lower == "through" || toks[e].lower == "from" || toks[e].lower == "via") {
				if r := rightOf(cm, toks, e+1); r >= 0 && cm[r].actor && schema.Root(cm[r].crime) != schema.Root(cm[actor].crime) {
					emit(cm[actor], cm[r], span(text, toks, p, cm[r].end), schema.MechFacilitates)
				}
			}
		}
		q = cm[list[len(list)-1]].end - 1
	}
}

// throughWords bring in the means a deed is done by: "through Chinese money
// brokers", "via professional launderers".
var throughWords = set([]string{"through", "via", "using", "by"})

// tookOverAt says whether toks[v] ends "take over": "has taken over the
// cigarette routes".
func tookOverAt(toks []token, v int) bool {
	if v < 1 || toks[v].lower != "over" {
		return false
	}
	switch toks[v-1].lower {
	case "take", "takes", "took", "taken", "taking":
		return true
	}
	return false
}

// crimeVerbs are crime mentions that are verbs: their subject commits them.
var crimeVerbs = set([]string{"corrupted", "corrupting", "corrupts", "bribed", "bribing", "bribes"})

// actorDoing links a crime actor to the trade it is the subject of: "the
// gangs traffic drugs and weapons", "cartels that smuggle migrants".
func (d *docState) actorDoing(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for k := range cm {
		a := cm[k]
		limit := len(toks)
		for q := range cm {
			if cm[q].start >= a.end && cm[q].start < limit {
				limit = cm[q].start
			}
		}
		j := skipPlace(toks, a.end, limit)
		if !a.actor {
			// "drug money has corrupted courts": a crime's gains as the subject of a crime verb
			if j < len(toks) && crimeHeads.has(toks[j].nid) {
				j++
			}
			for j < len(toks) && (toks[j].lower == "has" || toks[j].lower == "have" || toks[j].lower == "had" || (toks[j].cls&cAdv != 0) && toks[j].lower != "not") {
				j++
			}
			if r := crimeStartingAt(cm, j); r >= 0 && crimeVerbs.has(toks[j].lid) {
				emit(a, cm[r], span(text, toks, a.start, cm[r].end), schema.MechFacilitates)
			} else if r := d.secondPredicate(toks, cm, a); r >= 0 {
				// "The record volume of cocaine entering Europe is driving a wave of violence ... and is
				// corrupting people": the subject's second verb is a crime
				emit(a, cm[r], span(text, toks, a.start, cm[r].end), schema.MechFacilitates)
			}
			continue
		}
		if j == a.end && j < len(toks) && (toks[j].lower == "that" || toks[j].lower == "who") {
			// "groups that exploit vulnerable migrants are moving drugs": past the relative clause
			for q := j + 1; q < len(toks) && q < j+7 && !toks[q].punct; q++ {
				if w := toks[q].lower; w == "are" || w == "is" || w == "were" || w == "was" || w == "have" || w == "has" {
					if crimeAt(cm, q+1) >= 0 || q+2 < len(toks) && crimeAt(cm, q+2) >= 0 {
						j = q
					}
					break
				}
			}
		}
		j = pastKnownAs(toks, j)
		if j+1 < len(toks) && toks[j].text == "," && (toks[j+1].lower == "which" || toks[j+1].lower == "who") {
			j++ // "a drug trafficking network, which is also suspected of laundering"
			for c := j + 1; c < len(toks) && c <= j+16 && toks[c].quote == 0; c++ {
				if toks[c].text == "," {
					if c+1 < len(toks) && crimeAt(cm, c+1) >= 0 && d.verbLike(toks[c+1]) {
						j = c + 1 // "the syndicate, which they say answered to the 14K triad, laundered"
					}
					break
				}
			}
		}
		start := j
		for j < len(toks) && j-start < 5 && (toks[j].lower == "that" || toks[j].lower == "who" || toks[j].lower == "which" || (toks[j].cls&cAdv != 0) || (toks[j].cls&cGapL != 0) && toks[j].lower != "the" && toks[j].lower != "a" && toks[j].lower != "an") {
			j++
		}
		cs := j
		if j > start && j+1 < len(toks) && chargedWith.m[toks[j-1].lower+" "+toks[j].lower] {
			cs = j - 1
			j++ // "which is also suspected of laundering money", "accused of smuggling"
		} else if j+2 < len(toks) && chargedWith.m[toks[j].lower+" "+toks[j+1].lower] {
			j += 2 // "a Balkan crime network accused of smuggling cocaine"
		}
		r := crimeStartingAt(cm, j)
		if r < 0 || !d.verbLike(toks[j]) {
			continue // "the same groups launder their profits"
		}
		if negatedBetween(toks, a.end, j) && !counterfactual(toks, a.start) {
			continue // "The jihadists do not run the cocaine trade" (but "Without them, the clans could not launder a euro")
		}
		list := listRight(cm, toks, r)
		cue := span(text, toks, cs, cm[list[len(list)-1]].end)
		for _, b := range list {
			emit(a, cm[b], cue, schema.MechInvolvement)
		}
	}
}

// secondPredicate returns the crime mention that is the verb of a second
// predicate of the sentence's subject a ("X is driving violence and is
// corrupting people"), or -1. The subject opens the sentence: no verb before
// it.
func (d *docState) secondPredicate(toks []token, cm []mention, a mention) int {
	for q := 0; q < a.start; q++ {
		if toks[q].punct || toks[q].cls&cFinite != 0 || d.lx.verbsOf(toks[q].lid) != nil {
			return -1
		}
	}
	finite := false
	for q := a.end; q+2 < len(toks) && q < a.end+25; q++ {
		if toks[q].punct && toks[q].text != "," || toks[q].quote != 0 || relativePronoun(toks[q].lower) && !finite {
			return -1
		}
		finite = finite || toks[q].cls&cFinite != 0
		if toks[q].lower != "and" || !finite {
			continue
		}
		r := q + 1
		for r < len(toks) && (beForms.has(toks[r].lid) || toks[r].lower == "has" || toks[r].lower == "have" || toks[r].cls&cAdv != 0) {
			r++
		}
		if k := crimeStartingAt(cm, r); k >= 0 && r > q+1 && strings.HasSuffix(toks[r].lower, "ing") && !cm[k].actor && !crimeIn(cm, a.end, q) {
			return k
		}
		return -1
	}
	return -1
}

// finiteBetween says whether toks[i:j] holds a finite verb form and no
// punctuation: the main verb after a participle phrase.
func finiteBetween(toks []token, i, j int) bool {
	finite := false
	for q := i; q < j; q++ {
		if toks[q].punct {
			return false
		}
		finite = finite || toks[q].cls&cFinite != 0
	}
	return finite
}

// armsTheActorOf links a trade that arms or funds a crime actor with the
// crime the actor is named by: "Assault rifles ... are arming the gangs
// behind a wave of kidnappings", "drug money funds the groups responsible
// for the attacks".
func armsTheActorOf(text string, toks []token, held []pendingLink, emit emitFn) {
	for _, h := range held {
		if h.mech != schema.MechFacilitates && h.mech != schema.MechFinances {
			continue
		}
		g, t := h.a, h.b
		if t.actor {
			g, t = t, g
		}
		if t.start > g.start {
			continue // the trade arms the actor after it
		}
		for _, h2 := range held {
			g2, y := h2.a, h2.b
			if y.actor {
				g2, y = y, g2
			}
			if g2.start != g.start || y.start <= g.end || y.start > g.end+6 || schema.Root(y.crime) == schema.Root(t.crime) {
				continue
			}
			if w := toks[g.end].lower; w == "behind" || w == "responsible" && g.end+1 < len(toks) && toks[g.end+1].lower == "for" {
				emit(t, y, span(text, toks, t.start, y.end), h.mech)
			}
		}
	}
}

// actorPlural says whether a crime actor is named in the plural: by its
// last word, or by its first in "groups affiliated with JNIM".
func actorPlural(toks []token, m mention) bool {
	if m.end-m.start > 2 && affiliatedWords.has(toks[m.start+1].lid) {
		return pluralTok(toks[m.start])
	}
	return pluralTok(toks[m.end-1])
}

// addedTrade says whether the clause of the pronoun at p adds to what its
// subject does: "it has also taken over", "it has taken over the cigarette
// routes as well", "they smuggle guns too".
func addedTrade(toks []token, p int) bool {
	for q := p + 1; q < len(toks) && toks[q].text != ";" && toks[q].text != "."; q++ {
		switch {
		case toks[q].lower == "also" || toks[q].lower == "too" && (q+1 == len(toks) || toks[q+1].punct):
			return true
		case toks[q].lower == "as" && q+1 < len(toks) && toks[q+1].lower == "well" && (q+2 == len(toks) || toks[q+2].punct):
			return true
		}
	}
	return false
}

// alsoDoing links two trades one actor carries on when the second is added
// with "also": "the gang that controls illegal gold mining also moves
// cocaine", "Los Lobos, which runs illegal mines, also smuggles cocaine". A
// list the actor does ("also traffic drugs and weapons") is no such pair.
func alsoDoing(text string, toks []token, deeds []pendingLink, emit emitFn) {
	for x := range deeds {
		ax, tx := deeds[x].sides()
		for y := range deeds {
			ay, ty := deeds[y].sides()
			if !(ax.start < ay.end && ay.start < ax.end) || ty.start <= tx.end || schema.Root(tx.crime) == schema.Root(ty.crime) {
				// (one actor, however much of its phrase each link took: "Criminal groups", "groups")
				continue
			}
			if e := min(ax.end, ay.end); tx.start == e+1 && strings.HasSuffix(toks[e].lower, "ing") && finiteBetween(toks, tx.end, ty.start) {
				// "Criminal groups running scam centres are laundering billions": the trade the actor's
				// participle names, and the one its verb does
				emit(tx, ty, span(text, toks, tx.start, ty.end), schema.MechInvolvement)
				continue
			}
			for q := tx.end; q < ty.start; q++ {
				if toks[q].lower == "also" {
					emit(tx, ty, span(text, toks, tx.start, ty.end), schema.MechInvolvement)
					break
				}
				if toks[q].text == ";" || toks[q].text == "." {
					break
				}
			}
		}
	}
}

// protectionPaid reads money paid to a crime actor to be spared as
// extortion: "Businesses routinely pay the group to avoid attacks", "shops
// pay the gang for protection".
func protectionPaid(text string, toks []token, cm []mention, emit emitFn) {
	for i := 1; i+3 < len(toks); i++ {
		if !payVerbs.has(toks[i].lid) {
			continue
		}
		for k := range cm {
			m := cm[k]
			if !m.actor || m.start > i+2 || m.start <= i || m.end+1 >= len(toks) {
				continue
			}
			e := m.end // "pay the gang a weekly fee to be left alone": past the sum
			if f := feeAfter(toks, e); f > e && f+1 < len(toks) {
				e = f
			}
			a, b := toks[e].lower, toks[e+1].lower
			if r := schema.Root(m.crime); a == "to" && (b == "avoid" || b == "prevent" || b == "escape" || b == "stop") || a == "for" && (b == "protection" || b == "safety") ||
				(r == "organized-crime" || r == "terrorism") && sparedAt(toks, e) {
				// ("Shopkeepers pay the gang to be left alone", "to keep working")
				emit(m, mention{kind: mCrime, start: i, end: i + 1, crime: "extortion"}, span(text, toks, i, m.end+2), schema.MechInvolvement)
			}
		}
	}
}

// feeAfter returns where a sum paid that starts at i ends ("a weekly fee",
// "$500 a month"), or i.
func feeAfter(toks []token, i int) int {
	q := i
	for q < len(toks) && q <= i+5 && (toks[q].cls&cDet != 0 || isDigits(toks[q].text) || toks[q].text == "$" || toks[q].text == "£" || toks[q].text == "€" || toks[q].text == "," ||
		toks[q].lower == "weekly" || toks[q].lower == "monthly" || toks[q].lower == "yearly" || toks[q].lower == "small" || toks[q].lower == "fixed" || toks[q].lower == "month" || toks[q].lower == "week") {
		q++
	}
	if q < len(toks) && (levyNouns.has(toks[q].nid) || toks[q].norm == "sum" || toks[q].norm == "cut" || toks[q].norm == "share" || toks[q].norm == "percentage") {
		return q + 1
	}
	if q > i && isDigits(toks[q-1].text) {
		return q // "$500 a month"
	}
	return i
}

// convertsCash reads the conversion of a crime's cash as laundering: "the
// use of cryptocurrency ATMs to convert cash from street-level drug dealing".
func convertsCash(text string, toks []token, cm []mention, emit emitFn) {
	for i := 0; i+3 < len(toks); i++ {
		switch toks[i].lower {
		case "convert", "converts", "converted", "converting":
		default:
			continue
		}
		q := i + 1
		for q < len(toks) && toks[q].cls&cDet != 0 {
			q++
		}
		if q+2 >= len(toks) || !moneyWords.has(toks[q].nid) || toks[q+1].lower != "from" && toks[q+1].lower != "of" {
			continue
		}
		for e := q + 2; e < len(toks) && e <= q+6 && (!toks[e].punct || toks[e].hyphen); e++ {
			// ("cash from street-level drug dealing": past the trade's modifiers)
			if k := crimeStartingAt(cm, e); k >= 0 {
				if !cm[k].actor && schema.Root(cm[k].crime) != "money-laundering" {
					emit(mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"}, cm[k], span(text, toks, i, cm[k].end), schema.MechFinances)
				}
				break
			}
		}
	}
}

// movesProceeds reads a crime actor moving its proceeds abroad or through a
// business as laundering: "The syndicate used a remittance business in Sydney
// to move the proceeds to Hong Kong" (the actor chain links it to the
// syndicate's trade); a trade named before in the sentence is the source.
func movesProceeds(text string, toks []token, cm []mention, emit emitFn) {
	for i := 1; i+3 < len(toks); i++ {
		own := crimeAt(cm, i)                                                                     // "move drug money": the verb may open the goods' mention
		cashOut := toks[i].lower == "cash" && toks[i+1].lower == "out" && toks[i-1].lower == "to" // "to cash out their payments"
		if !moveMoneyVerbs.has(toks[i].lid) && !cashOut || own >= 0 && !(cm[own].start == i && cm[own].end < len(toks) && moneyWords.has(toks[cm[own].end].nid)) {
			continue
		}
		q := i + 1
		if cashOut {
			q++
		}
		if w := toks[q].lower; w == "the" || w == "its" || w == "their" {
			q++
		}
		k := crimeStartingAt(cm, q)
		if own >= 0 {
			k = own
		}
		if k >= 0 && !cm[k].actor && cm[k].end+1 < len(toks) && moneyWords.has(toks[cm[k].end].nid) && schema.Root(cm[k].crime) != "money-laundering" {
			// "use the avocado trade to move drug money", "moved the cartel's drug money through":
			// a crime's money moved for a purpose or somewhere
			if w := toks[cm[k].end+1].lower; usedFor(toks, i) || w == "to" || w == "through" || w == "abroad" || w == "offshore" || w == "via" || w == "into" {
				ml := mention{kind: mCrime, start: i, end: cm[k].end + 1, crime: "money-laundering"}
				emit(cm[k], ml, span(text, toks, i, cm[k].end+1), schema.MechFinances)
				for _, a := range cm {
					if a.actor && a.end <= i && a.subject(toks) && schema.Root(a.crime) != "money-laundering" {
						emit(a, ml, span(text, toks, a.start, cm[k].end+1), schema.MechInvolvement)
						break
					}
				}
				return
			}
		}
		if p := toks[q-1].lower; (p == "their" || p == "its") && (gainWords.has(toks[q].nid) || cashOut && toks[q].norm == "payment") || q == i+1 && moneyWords.has(toks[q].nid) && !pluralTok(toks[q]) {
			// "The same machines are used by drug dealers to move their profits", "it is also used by
			// drug traffickers, people smugglers and terrorist groups to move money across borders":
			// a means its users move their money with launders it
			if k := actorEndingAt(cm, i-1); k >= 0 && toks[i-1].lower == "to" {
				list := listLeft(cm, toks, k)
				if by := cm[list[len(list)-1]].start - 1; by >= 1 && toks[by].lower == "by" && useForms.has(toks[by-1].lid) || usedFor(toks, i) {
					ml := mention{kind: mCrime, start: i, end: q + 1, crime: "money-laundering"}
					for _, x := range list {
						if schema.Root(cm[x].crime) != "money-laundering" {
							emit(cm[x], ml, span(text, toks, cm[x].start, q+1), schema.MechInvolvement)
						}
					}
					return
				}
			}
		}
		if q+1 >= len(toks) || !gainWords.has(toks[q].nid) || moneyWords.has(toks[q].nid) && toks[q].norm != "proceed" && toks[q].norm != "profit" {
			continue
		}
		if w := toks[q+1].lower; w == "of" && (channelBefore(toks, i) || usedFor(toks, i)) {
			// ("hawala has been used to move the proceeds of drug trafficking")
			// "a key channel for criminal syndicates to move the profits of drug trafficking and
			// online fraud": the crimes whose money the channel moves
			if y := crimeStartingAt(cm, q+2); y >= 0 || q+3 < len(toks) && crimeStartingAt(cm, q+3) >= 0 {
				if y < 0 {
					y = crimeStartingAt(cm, q+3)
				}
				ml := mention{kind: mCrime, start: i, end: q + 1, crime: "money-laundering"}
				for _, b := range listRight(cm, toks, y) {
					emit(cm[b], ml, span(text, toks, i, cm[b].end), schema.MechFinances)
					for _, a := range cm {
						if a.actor && a.end == i-1 && toks[a.end].lower == "to" && schema.Root(a.crime) != schema.Root(cm[b].crime) {
							// ("for criminal syndicates to move the profits of ...": their profits)
							emit(a, cm[b], span(text, toks, a.start, cm[b].end), schema.MechInvolvement)
						}
					}
				}
				return
			}
		}
		if w := toks[q+1].lower; w != "to" && w != "through" && w != "abroad" && w != "offshore" && w != "overseas" && w != "out" && w != "into" && w != "via" {
			continue
		}
		ml := mention{kind: mCrime, start: i, end: q + 1, crime: "money-laundering"}
		if k := crimeAt(cm, q+1); k >= 0 && schema.Root(cm[k].crime) == "money-laundering" {
			ml = cm[k] // "moved the proceeds through shell companies": the layering read already
		} else if k >= 0 || q+2 < len(toks) && crimeAt(cm, q+2) >= 0 && toks[q+1].lower == "of" {
			continue
		}
		if k := lastTradeBefore(cm, toks, i); k >= 0 {
			emit(cm[k], ml, span(text, toks, cm[k].start, q+1), schema.MechFinances)
		}
		for k := range cm {
			if cm[k].actor && cm[k].end <= i && cm[k].subject(toks) {
				emit(cm[k], ml, span(text, toks, cm[k].start, q+1), schema.MechInvolvement)
				break
			}
		}
		return
	}
}

// proceedsMoved reads gains sent somewhere in the passive as laundering of
// the trade they came from: "I am satisfied that part of the proceeds was
// sent to associates in Lagos" in a text about a fraud; the trade named in
// the sentence, else in the last sentence that named one (three at most),
// else the trade the text is about.
func (d *docState) proceedsMoved(text string, toks []token, cm []mention, emit emitFn) {
	for i := 2; i+1 < len(toks); i++ {
		b := i - 1
		if b > 1 && strings.HasSuffix(toks[b].lower, "ly") && !beForms.has(toks[b].lid) {
			b-- // "the money is quickly moved offshore"
		}
		if !moveMoneyVerbs.has(toks[i].lid) || !strings.HasSuffix(toks[i].lower, "ed") && toks[i].lower != "sent" || !beForms.has(toks[b].lid) {
			continue
		}
		if w := toks[i+1].lower; w != "to" && w != "through" && w != "abroad" && w != "offshore" && w != "overseas" && w != "via" && w != "out" && w != "back" && w != "home" {
			continue
		}
		g := b - 1
		if g < 1 || toks[g].norm != "proceed" && toks[g].norm != "profit" && !(toks[g].norm == "money" && toks[i+1].lower != "to") || toks[g-1].lower != "the" && toks[g-1].lower != "its" && toks[g-1].lower != "their" {
			continue // ("the money is moved offshore", not "the money was sent to the school")
		}
		ml := mention{kind: mCrime, start: g, end: i + 1, crime: "money-laundering"}
		if k := lastTradeBefore(cm, toks, g); k >= 0 {
			emit(cm[k], ml, span(text, toks, cm[k].start, i+1), schema.MechFinances)
			return
		}
		trades := d.recentTrades(3)
		if len(trades) == 0 && d.mainTrade() != "" {
			trades = []string{d.mainTrade()}
		}
		for _, r := range trades {
			if r != "money-laundering" {
				emit(mention{kind: mCrime, start: g, end: g + 1, crime: r}, ml, span(text, toks, g-1, i+1), schema.MechFinances)
			}
		}
		return
	}
}

// moveTriggers start movesProceeds: the verbs that move money, and "cash"
// of "to cash out their payments".
func moveTriggers() wordSet {
	s := setOf(moveMoneyVerbs.m)
	s.add("cash")
	return s
}

// moveMoneyVerbs move gains somewhere: "move the proceeds to Hong Kong".
var moveMoneyVerbs = set([]string{"move", "moves", "moved", "moving", "transfer", "transfers", "transferred", "transferring",
	"send", "sends", "sent", "sending", "wire", "wired", "wiring", "funnel", "funnelled", "funneled", "channel", "channelled",
	"channeled", "route", "routed", "routing", "siphon", "siphoned", "smuggle", "smuggled", "repatriate", "repatriated"})

// victimsMoney links laundering to the trade of the sentence before whose
// victims' money it moves: "Romance fraud remained the most frequently
// reported predicate offence. ... the accounts used to receive victims'
// payments were opened by ... money mules".
func (d *docState) victimsMoney(text string, toks []token, cm []mention, emit emitFn) {
	ml := -1
	for k := range cm {
		switch r := schema.Root(cm[k].crime); {
		case r == "money-laundering":
			ml = k
		case !cm[k].actor:
			return // a trade of its own
		}
	}
	if ml < 0 {
		return
	}
	trades := d.recentTrades(2)
	if t := d.mainTrade(); !slices.ContainsFunc(trades, victimsTrade) && victimsTrade(t) {
		trades = []string{t} // the trade the text is about: "pig-butchering scams ... Victims' deposits pass through dozens of wallets"
	}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower != "victims" || (toks[i+1].text != "'" && toks[i+1].text != "’") || !(moneyWords.has(toks[i+2].nid) || toks[i+2].norm == "payment" || toks[i+2].norm == "saving" || toks[i+2].norm == "deposit") {
			continue
		}
		for _, r := range trades {
			if victimsTrade(r) {
				emit(mention{kind: mCrime, start: i, end: i + 3, crime: r}, cm[ml], span(text, toks, min(i, cm[ml].start), max(i+3, cm[ml].end)), schema.MechFinances)
			}
		}
		return
	}
}

// victimsTrade says whether trade r takes its victims' money.
func victimsTrade(r string) bool {
	return r == "fraud" || r == "cybercrime" || r == "extortion" || r == "kidnapping"
}

// levyOnGoods links a levy to the trade in the goods it is charged on: "a
// fee ... on every gram of gold sold in the towns" in a text about illegal
// mining, "a tax on every kilo of cocaine".
func (d *docState) levyOnGoods(text string, toks []token, cm []mention, emit emitFn) {
	for _, m := range cm {
		if schema.Root(m.crime) != "extortion" || m.actor {
			continue
		}
		for q := m.end; q+2 < len(toks) && q <= m.end+14 && toks[q].text != ";" && toks[q].text != "."; q++ {
			if toks[q].lower != "on" {
				continue
			}
			g := q + 1
			for g < len(toks) && g <= q+5 && (toks[g].cls&cDet != 0 || toks[g].lower == "every" || toks[g].lower == "each" || isDigits(toks[g].text) || unitWords.has(toks[g].nid) || toks[g].lower == "of") {
				g++ // "on every gram of", "on each kilo of"
			}
			if g >= len(toks) {
				continue
			}
			if k := crimeAt(cm, g); k >= 0 {
				if !cm[k].actor && trafficked(schema.Root(cm[k].crime)) {
					emit(m, cm[k], span(text, toks, m.start, cm[k].end), schema.MechInvolvement) // the goods named as a crime ("gold" of illegal mines)
				}
				continue
			}
			slug := schema.Goods[toks[g].norm]
			if toks[g].norm == "gold" && d.mining {
				slug = "environmental-crime" // gold in a text about illegal mining
			}
			if slug != "" && slug != schema.People && trafficked(schema.Root(slug)) {
				// (not "a tax on the fuel and mercury brought into the jungle": goods any trade uses)
				emit(m, mention{kind: mCrime, start: g, end: g + 1, crime: slug}, span(text, toks, m.start, g+1), schema.MechInvolvement)
			}
		}
	}
}

// unitWords measure goods: "a gram of gold", "a kilo of cocaine".
var unitWords = set([]string{"gram", "kilo", "kilogram", "tonne", "ton", "ounce", "load", "shipment", "barrel", "litre", "liter", "truckload", "container", "box", "bag"})

// levyIncome reads a crime actor's income from taxes it levies as
// extortion: "The group collects an estimated $100 million a year, most of
// it through a sophisticated system of taxation at checkpoints".
func (d *docState) levyIncome(text string, toks []token, cm []mention, emit emitFn) {
	var subj *mention
	for k := range cm {
		if cm[k].actor && cm[k].subject(toks) {
			subj = &cm[k]
			break
		}
	}
	if subj == nil || schema.Root(subj.crime) == "extortion" {
		return
	}
	income := false
	for i := subj.end; i < len(toks) && i <= subj.end+25; i++ {
		w := toks[i].lower
		if toks[i].text == ";" || toks[i].text == "." {
			return
		}
		if w == "collects" || w == "collected" || w == "raises" || w == "raised" || w == "earns" || w == "earned" || w == "makes" || w == "made" || moneyWords.has(toks[i].nid) {
			income = true
		}
		if lostRevenue.has(toks[i].lid) {
			return // "causing an estimated loss of €15 million in taxes": the state's taxes, unpaid
		}
		if income && (w == "taxation" || w == "taxes" || w == "levies" || w == "tolls") && crimeAt(cm, i) < 0 {
			emit(*subj, mention{kind: mCrime, start: i, end: i + 1, crime: "extortion"}, span(text, toks, subj.start, i+1), schema.MechFinances)
			return
		}
	}
}

// lostRevenue says taxes are the state's, lost or dodged: "a loss of €15
// million in taxes", "evaded taxes".
var lostRevenue = set([]string{"loss", "losses", "lost", "evade", "evaded", "evading", "evasion", "unpaid", "dodged", "dodging", "avoided", "avoiding", "owed", "deprived", "depriving", "cost", "costing"})

// sourceOfIncome links a trade said to be "a source of income" to the crime
// actor the text is about: "Charcoal exports, banned by the Security Council
// since 2012, remain an important source of income" after "Al-Shabaab's
// revenue model".
func (d *docState) sourceOfIncome(text string, toks []token, cm []mention, emit emitFn) {
	if d.crimeActor == "" || d.crimeSent < d.sentIndex-3 || len(cm) == 0 || cm[0].actor || !cm[0].subject(toks) || anyActor(cm) {
		return
	}
	for i := cm[0].end; i+3 < len(toks) && i <= cm[0].end+14; i++ {
		if toks[i].lower != "source" || toks[i+1].lower != "of" || !(moneyWords.has(toks[i+2].nid) || toks[i+2].lower == "funding" || toks[i+2].lower == "finance" || toks[i+2].lower == "financing") {
			continue
		}
		for q := i - 1; q > cm[0].end; q-- {
			if w := toks[q].lower; w == "remain" || w == "remains" || w == "remained" || beForms.m[w] || w == "become" || w == "became" {
				emit(mention{kind: mCrime, start: i, end: i + 3, crime: d.crimeActor, actor: true}, cm[0], span(text, toks, cm[0].start, i+3), schema.MechFinances)
				return
			}
		}
		return
	}
}

// answerTo reads an answer that names only what a question asked for:
// "Who is running these compounds?" "Mostly Chinese crime groups that used to
// run casinos." links the groups to the compounds' fraud; "How does the group
// make money?" "Largely through kidnapping." links the group to kidnapping.
func (d *docState) answerTo(text string, toks []token, cm []mention, emit emitFn) {
	q := d.question
	d.question = question{}
	if toks[len(toks)-1].text == "?" {
		who, how, money, where := false, false, false, false
		for _, t := range toks {
			who = who || t.lower == "who"
			where = where || t.lower == "where" || t.lower == "how"
			how = how || t.lower == "how" || t.lower == "what"
			money = money || moneyWords.has(t.nid) || strings.HasPrefix(t.lower, "fund") || strings.HasPrefix(t.lower, "financ")
		}
		for _, m := range cm {
			r := schema.Root(m.crime)
			switch {
			case who && (!m.actor || r != "organized-crime" && r != "terrorism"):
				d.question = question{sent: d.sentIndex, trade: m.crime} // ("these compounds": the scam compounds' fraud)
			case !who && how && money && m.actor && d.question.actor == "":
				d.question.sent, d.question.actor = d.sentIndex, m.crime // "how does the group make money?"
			case !who && how && money && !m.actor && d.question.trade == "":
				d.question.sent, d.question.trade, d.question.how = d.sentIndex, m.crime, true // "the money they make from fentanyl"
			case !who && !money && where && !m.actor && d.question.trade == "":
				d.question.sent, d.question.trade, d.question.where = d.sentIndex, m.crime, true
			}
		}
		if !who && !money && where && d.question.trade == "" {
			for _, t := range toks {
				if g := schema.Goods[t.norm]; g != "" && g != schema.People && trafficked(g) {
					d.question = question{sent: d.sentIndex, trade: g, where: true} // "Where do these gangs get their guns?"
				}
			}
		}
		return
	}
	if q.sent != d.sentIndex-1 || len(cm) == 0 {
		return
	}
	first := 0
	for k := 0; k < len(toks) && k < 4; k++ {
		if toks[k].text == ":" {
			first = k + 1 // "HOFMANN: Mostly ...": past the speaker's tag
		}
	}
	for first < len(toks) && (toks[first].cls&cAdv != 0 || answerHedges.has(toks[first].lid) || strings.HasSuffix(toks[first].lower, "ly")) {
		first++ // "Mostly", "Largely through", "Increasingly through"
	}
	if q.where {
		// "Where do these gangs get their guns?" "Most of them come in with drug shipments": the
		// answer's pronoun is the goods asked about, and what they come with shares their route
		if p := first; p < len(toks) && (toks[p].lower == "they" || p+2 < len(toks) && toks[p+2].lower == "them" && toks[p+1].lower == "of" && (quantifiers.has(toks[p].lid) || memberWords.has(toks[p].lid))) {
			for _, m := range cm {
				if !m.actor && m.start > p && !crossesClauseBreak(toks, p, m.start) {
					emit(mention{kind: mCrime, start: p, end: p + 1, crime: q.trade}, m, span(text, toks, p, m.end), schema.MechLink)
					break
				}
			}
		}
		return
	}
	m := cm[0]
	linked := false // "Mostly young men linked to the drug networks": people of the actor
	for k := first; k < m.start; k++ {
		if w := toks[k]; k <= first+6 && !w.punct && (personNouns.has(w.nid) || adjective(w) || goodsAdjectives.has(w.lid) || affiliatedWords.has(w.lid) || w.lower == "to" || w.lower == "with" || w.cls&cDet != 0) {
			linked = linked || affiliatedWords.has(w.lid)
			continue
		}
		if k > first+2 || toks[k].punct || !toks[k].cap && toks[k].cls&cDet == 0 {
			return // the answer is more than a phrase naming it ("Chinese money laundering organizations")
		}
	}
	if linked && !m.actor && m.end <= len(toks) && groupHeads.has(toks[m.end-1].nid) {
		m.actor = true // ("the drug networks": a trade's actor)
	}
	cue := span(text, toks, first, m.end)
	switch {
	case q.how:
		// "how do the cartels move the money they make from fentanyl?" "Through Chinese money
		// laundering organizations": the means of the money, the trade's and the actor's
		emit(mention{kind: mCrime, start: m.start, end: m.end, crime: q.trade}, m, cue, schema.MechFinances)
		if q.actor != "" {
			emit(mention{kind: mCrime, start: m.start, end: m.end, crime: q.actor, actor: true}, m, cue, schema.MechFinances)
		}
	case q.trade != "" && m.actor:
		emit(m, mention{kind: mCrime, start: m.start, end: m.end, crime: q.trade}, cue, schema.MechInvolvement)
	case q.actor != "" && !m.actor:
		emit(mention{kind: mCrime, start: m.start, end: m.end, crime: q.actor, actor: true}, m, cue, schema.MechFinances)
	}
}

// groupHeads end a phrase that names a crime actor by its trade: "the drug
// networks", "cocaine gangs".
var groupHeads = set([]string{"network", "gang", "group", "cartel", "ring", "organization", "syndicate", "clan", "crew", "mafia"})

// question is what the question before asked about: the trade whose actor
// it asked for, or the actor whose income it asked about.
type question struct {
	sent         int
	trade, actor string
	how          bool // the question asked how a trade's money moves
	where        bool // the question asked where or how goods of a trade come from
}

// answerHedges open a short answer: "Mostly Chinese crime groups", "Largely through kidnapping".
var answerHedges = set([]string{"mostly", "mainly", "largely", "chiefly", "primarily", "through", "by", "from", "via", "probably", "often"})

// frontsFor links the trades one front serves: "offshore gaming operators
// had been used as fronts for human trafficking, online fraud and money
// laundering".
func frontsFor(text string, toks []token, cm []mention, emit emitFn) {
	for i := 1; i+2 < len(toks); i++ {
		if w := toks[i].norm; w != "front" && w != "cover" || toks[i+1].lower != "for" {
			continue
		}
		if k := crimeStartingAt(cm, i+2); k >= 0 && !cm[k].actor {
			list := listRight(cm, toks, k)
			eachPair(list, func(x, y int) { emit(cm[x], cm[y], span(text, toks, i, cm[y].end), schema.MechAlliance) })
		}
	}
}

// tookOver links the actor who built something to the actor a relative
// clause says took it over: "The tobacco smugglers of the 1990s built the
// boats, the contacts and the money-laundering schemes that the cocaine
// networks later took over".
func tookOver(text string, toks []token, cm []mention, emit emitFn) {
	for i := 2; i < len(toks); i++ {
		over := i+1 < len(toks) && tookOverAt(toks, i+1)
		if !over && toks[i].lower != "inherited" {
			continue
		}
		q := i - 1
		for q > 0 && toks[q].cls&cAdv != 0 || q > 0 && (toks[q].lower == "later" || toks[q].lower == "then" || toks[q].lower == "have" || toks[q].lower == "had") {
			q--
		}
		b := -1
		for k := range cm {
			if cm[k].actor && cm[k].end == q+1 {
				b = k
			}
		}
		if b < 0 || cm[b].start < 2 || !relativePronoun(toks[cm[b].start-1].lower) && !(toks[cm[b].start-1].lower == "the" && relativePronoun(toks[cm[b].start-2].lower)) {
			continue
		}
		for k := range cm {
			// ("The tobacco smugglers": goods and their smugglers, an actor too)
			if k != b && (cm[k].actor || agentNoun(toks[cm[k].end-1].norm)) && cm[k].end <= cm[b].start && cm[k].subject(toks) && schema.Root(cm[k].crime) != schema.Root(cm[b].crime) {
				emit(cm[k], cm[b], span(text, toks, cm[k].start, i+1), schema.MechAlliance)
				break
			}
		}
	}
}

// cooperateVerbs join two actors in one enterprise: "bandit groups had begun
// to cooperate with Boko Haram".
var cooperateVerbs = set([]string{"cooperate", "cooperates", "cooperated", "cooperating", "collaborate", "collaborates", "collaborated",
	"collaborating", "collude", "colludes", "colluded", "colluding", "work", "works", "worked", "working", "partner", "partners",
	"partnered", "partnering", "ally", "allied", "team", "teamed", "teaming"})

// jointDeeds links the trades of a participle clause after "A cooperates with
// B," to both actors: "bandit groups had begun to cooperate with Boko Haram,
// trading weapons for a share of ransom payments" is both groups' trade.
func jointDeeds(text string, toks []token, cm []mention, emit emitFn) {
	for v := 1; v+2 < len(toks); v++ {
		if !cooperateVerbs.has(toks[v].lid) {
			continue
		}
		w := v + 1
		if toks[w].lower == "up" {
			w++ // "teamed up with"
		}
		if w >= len(toks) || toks[w].lower != "with" {
			continue
		}
		b := -1
		for k := range cm {
			if cm[k].actor && (cm[k].start == w+1 || cm[k].start == w+2 && toks[w+1].cls&cDet != 0) {
				b = k
			}
		}
		a := -1
		for k := range cm {
			if cm[k].actor && cm[k].end <= v && cm[k].subject(toks) {
				a = k
				break
			}
		}
		if a < 0 || b < 0 || cm[b].end+1 >= len(toks) || toks[cm[b].end].text != "," || !strings.HasSuffix(toks[cm[b].end+1].lower, "ing") {
			continue
		}
		for k := range cm {
			if cm[k].actor || cm[k].start <= cm[b].end {
				continue
			}
			if clauseEnds(toks, cm[b].end+1, cm[k].start) {
				break
			}
			emit(cm[a], cm[k], span(text, toks, cm[a].start, cm[k].end), schema.MechInvolvement)
			emit(cm[b], cm[k], span(text, toks, cm[b].start, cm[k].end), schema.MechInvolvement)
		}
		return
	}
}

// clauseEnds says whether a semicolon or stop stands in toks[i:j].
func clauseEnds(toks []token, i, j int) bool {
	for q := i; q < j; q++ {
		if toks[q].text == ";" || toks[q].text == "." {
			return true
		}
	}
	return false
}

// notJustThen links what a sentence said a thing is "not just" to what the
// next says it is: "Pig-butchering is not just a scam. It is a slave trade."
func (d *docState) notJustThen(text string, toks []token, cm []mention, emit emitFn) {
	prev, sent := d.notJust, d.notJustSent
	d.notJust = ""
	for q := 0; q+1 < len(toks); q++ {
		if w := toks[q+1].lower; toks[q].lower == "not" && (w == "just" || w == "only" || w == "merely" || w == "simply" || w == "solely") {
			for _, m := range cm {
				if m.start > q+1 && m.start <= q+4 && !m.actor {
					d.notJust, d.notJustSent = m.crime, d.sentIndex // ("is not just a scam")
				}
			}
			if d.notJust == "" && len(cm) > 0 && cm[0].end <= q && !cm[0].actor && cm[0].subject(toks) {
				d.notJust, d.notJustSent = cm[0].crime, d.sentIndex // "Wildlife crime is not only an environmental problem"
			}
		}
	}
	if prev == "" && len(toks) > 3 && len(d.prevTrades) == 1 && toks[2].lower == "also" && (toks[0].lower == "they" && toks[1].lower == "are" || toks[0].lower == "it" && toks[1].lower == "is") &&
		d.sentIndex >= 2 && problemFrame(d.res.Sentences[d.sentIndex-2].Text) {
		// "We treat cannabis farms as a drugs problem. They are also a modern slavery problem.": what
		// the sentence before framed as one problem is also another (not "Fraud rose. It is also ...")
		prev, sent = d.prevTrades[0], d.sentIndex-1
	}
	if prev == "" || sent != d.sentIndex-1 || len(toks) < 3 {
		return
	}
	q := 0
	switch {
	case (toks[0].lower == "it" || toks[0].lower == "this") && (toks[1].lower == "is" || toks[1].lower == "'s"),
		toks[0].lower == "they" && toks[1].lower == "are":
		q = 2
	default:
		return
	}
	for q < len(toks) && (toks[q].cls&(cDet|cAdv) != 0 || toks[q].lower == "also") {
		q++ // "It is also a", "It is really"
	}
	if q+1 < len(toks) && (toks[q].lower == "form" || toks[q].lower == "kind" || toks[q].lower == "type") && toks[q+1].lower == "of" {
		q += 2 // "It is a form of modern slavery"
	}
	for k := crimeStartingAt(cm, q); k >= 0 && !cm[k].actor; {
		if schema.Root(cm[k].crime) != schema.Root(prev) {
			emit(mention{kind: mCrime, start: 0, end: 1, crime: prev}, cm[k], span(text, toks, 0, cm[k].end), schema.MechHybrid)
		}
		// "They are a human trafficking problem and an organised crime problem": each of a list
		e := cm[k].end
		for e < len(toks) && (problemNouns.has(toks[e].nid) || toks[e].cls&cDet != 0 || toks[e].text == "," || toks[e].lower == "and" || toks[e].lower == "also") {
			e++
		}
		if e == cm[k].end || toks[e-1].lower != "and" && toks[e-1].cls&cDet == 0 {
			break
		}
		k = crimeStartingAt(cm, e)
	}
}

// problemFrame says whether a sentence frames something as a problem: "We
// treat cannabis farms as a drugs problem."
func problemFrame(s string) bool {
	for _, t := range tokenize(s, nil) {
		if t.lower == "problem" || t.lower == "issue" {
			return true
		}
	}
	return false
}

// problemNouns head what a crime is said to be: "a fraud problem", "a
// security threat".
var problemNouns = set([]string{"problem", "issue", "threat", "challenge", "crime", "business", "industry", "question"})

// byMeans returns the crime (a gerund, no actor) that the verb at v is done
// by: "which they win by corrupting local administrators", or -1.
func byMeans(toks []token, cm []mention, v int) int {
	if v+2 >= len(toks) || toks[v].punct || toks[v].cls&(cDet|cPrep|cConj|cPron) != 0 {
		return -1
	}
	q := v + 1
	if toks[q].cls&cDet != 0 || toks[q].cls&cPron != 0 {
		q++ // "win them by", "win the contracts by"
	}
	if q+1 >= len(toks) || toks[q].lower != "by" && toks[q].lower != "through" {
		return -1
	}
	if k := crimeStartingAt(cm, q+1); k >= 0 && !cm[k].actor && strings.HasSuffix(toks[q+1].lower, "ing") {
		return k
	}
	return -1
}

// crimeAfterVerb returns the trade (no actor) in the clause whose past-tense
// verb stands at v ("turned the buildings into scam centres"), or -1.
func crimeAfterVerb(toks []token, cm []mention, v int) int {
	if v >= len(toks) || !strings.HasSuffix(toks[v].lower, "ed") || toks[v].cls&(cDet|cPrep|cConj|cPron) != 0 {
		return -1
	}
	for k := range cm {
		if cm[k].actor || cm[k].start <= v || cm[k].start > v+8 || crossesClause(toks, v, cm[k].start) {
			continue
		}
		return k
	}
	return -1
}

// asidePair is an actor mention named before a clause set off by commas and
// again after it.
type asidePair struct{ before, after mention }

// asideDeeds links the trade an aside gives an actor to the trades its verb
// phrase goes on to: "the gangs, which move cocaine through the port, were
// behind most of the abductions".
func asideDeeds(asides []asidePair, held []pendingLink, emit emitFn) {
	for _, p := range asides {
		for _, x := range tradesHeld(held, p.before, nil) {
			if x.b.start >= p.after.start {
				continue // (the aside's own trades only)
			}
			for _, y := range tradesHeld(held, p.after, nil) {
				emit(x.b, y.b, y.cue, schema.MechInvolvement)
			}
		}
	}
}

// tradesHeld returns the trades the links held give the actor mention m,
// each with the actor first; given the tokens, goods bought are left out.
func tradesHeld(held []pendingLink, m mention, toks []token) []pendingLink {
	var out []pendingLink
	for _, h := range held {
		a, t := h.a, h.b
		if t.actor {
			a, t = t, a
		}
		if a.start == m.start && a.end == m.end && !t.actor && (toks == nil || !boughtAt(toks, t.start)) {
			out = append(out, pendingLink{a: a, b: t, cue: h.cue})
		}
	}
	return out
}

// asideEnd returns the comma that closes a relative clause set off by commas
// after the mention m ("gangs, which move cocaine through the port, were"),
// when a finite verb follows it, or 0.
func asideEnd(toks []token, m mention) int {
	e := m.end
	if e+2 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "which" && toks[e+1].lower != "who" {
		return 0
	}
	for c := e + 2; c+1 < len(toks) && c <= e+16; c++ {
		if toks[c].punct && toks[c].text != "," || toks[c].quote != 0 {
			return 0
		}
		if toks[c].text == "," {
			if v := toks[c+1]; beForms.has(v.lid) || v.cls&cFinite != 0 || v.lower == "have" || v.lower == "has" || v.lower == "had" {
				return c
			}
			return 0
		}
	}
	return 0
}

// actorChain remembers the crime actor a text goes on about and the trades
// it has been said to carry on.
type actorChain struct {
	actor  string   // the actor's crime type (root)
	trades []string // root crime types
	sent   int      // the last sentence that spoke of it
}

// carryChain links the trades an actor was said to carry on to a trade a
// later sentence gives it when that sentence's subject refers back to it:
// "A syndicate that felled protected trees was dismantled. ... The group
// paid forestry officials" links the logging to the bribery; "They also sell
// them cannabis" after smugglers who charge migrants. A new actor as subject
// starts a new chain; the chain lapses three sentences after its last word.
func (d *docState) carryChain(text string, toks []token, cm []mention, held []pendingLink, emit emitFn) {
	c := &d.chain
	var subj *mention
	for k := range cm {
		if cm[k].actor && (cm[k].subject(toks) || partOfThem(toks, cm[k])) {
			subj = &cm[k]
			break
		}
	}
	tradesOf := func(m mention) []pendingLink {
		return tradesHeld(held, m, toks) // (not "using ransoms to buy weapons": goods for its own use, no trade)
	}
	if subj != nil && len(c.trades) > 0 && d.sentIndex-c.sent <= 3 && schema.Root(subj.crime) == c.actor && refersBack(toks, *subj) {
		now := tradesOf(*subj)
		if tradeRoots(cm) > 1 {
			now = nil // a sentence naming trades of its own links them itself
		}
		for _, h := range now {
			for _, r := range c.trades {
				if r != schema.Root(h.b.crime) {
					emit(mention{kind: mCrime, start: subj.start, end: subj.end, crime: r}, h.b, h.cue, schema.MechInvolvement)
				}
			}
		}
		for _, h := range now {
			if r := schema.Root(h.b.crime); carried(r) && r != c.actor && !slices.Contains(c.trades, r) {
				c.trades = append(c.trades, r)
			}
		}
		c.sent = d.sentIndex
		return
	}
	// a new chain: the one actor this sentence gives trades to
	var who *mention
	for k := range cm {
		if cm[k].actor && len(tradesOf(cm[k])) > 0 {
			if who != nil && schema.Root(who.crime) != schema.Root(cm[k].crime) {
				who = nil // two actors: whose trades later sentences mean is unclear
				break
			}
			if who == nil {
				who = &cm[k]
			}
		}
	}
	switch {
	case who != nil:
		*c = actorChain{actor: schema.Root(who.crime), sent: d.sentIndex, trades: c.trades[:0]}
		for _, h := range tradesOf(*who) {
			if r := schema.Root(h.b.crime); carried(r) && r != c.actor && !slices.Contains(c.trades, r) {
				c.trades = append(c.trades, r)
			}
		}
	case subj != nil:
		c.trades = c.trades[:0] // another actor is the subject now
	}
}

// carried says whether a trade an actor was said to carry on links to its
// later trades: not laundering or bribery, the means of any trade ("The group
// launders its profits. It also smuggles tobacco" does not launder tobacco
// money), nor the actor kinds.
func carried(r string) bool {
	return r != "money-laundering" && r != "corruption" && r != "organized-crime" && r != "terrorism"
}

// boughtAt says whether a buying verb governs (or opens) the goods at i: "to buy weapons".
func boughtAt(toks []token, i int) bool {
	for q := i; q >= 0 && q >= i-2; q-- {
		switch toks[q].lower {
		case "buy", "buys", "bought", "buying", "purchase", "purchased", "purchasing", "acquire", "acquired", "acquiring":
			return true
		}
	}
	return false
}

// tradeRoots counts the crime types the sentence names outside its actors.
func tradeRoots(cm []mention) int {
	var seen []string
	for _, m := range cm {
		if r := schema.Root(m.crime); !m.actor && !slices.Contains(seen, r) {
			seen = append(seen, r)
		}
	}
	return len(seen)
}

// refersBack says whether the actor mention m refers to an actor named
// before rather than naming a new one: a pronoun, "the group", "these
// networks", "the same criminal networks".
func refersBack(toks []token, m mention) bool {
	first := m.start
	if w := toks[m.start].lower; m.end == m.start+1 && (w == "it" || w == "they" || partOfThem(toks, m)) {
		return true
	}
	if m.start > 0 && !anaphorDet(toks[m.start].lower) {
		first = m.start - 1 // ("the group" without its article)
	}
	if !anaphorDet(toks[first].lower) || toks[m.end-1].cap || !crimeAnaphorHeads.has(toks[m.end-1].nid) {
		return false
	}
	for q := first + 1; q < m.end-1; q++ {
		if w := toks[q].lower; w != "same" && w != "criminal" {
			return false // "the drug gang", "the Sinaloa cartel", "rival groups": another actor
		}
	}
	return true
}

// partOfThem says whether m is the "them" of "Many of them", "Some of them"
// opening a sentence: part of the group named before, as the subject.
func partOfThem(toks []token, m mention) bool {
	return m.end == m.start+1 && m.start == 2 && toks[m.start].lower == "them" && toks[1].lower == "of" && (quantifiers.has(toks[0].lid) || memberWords.has(toks[0].lid))
}

// anaphorDet are the articles of a description that refers back.
func anaphorDet(w string) bool { return w == "the" || w == "this" || w == "these" || w == "those" }

// pronounDeeds links the trades of clauses that repeat one pronoun subject:
// "They kidnap, they extort, and the money goes into the same accounts".
func pronounDeeds(text string, toks []token, deeds []pendingLink, emit emitFn) {
	for x := range deeds {
		ax, tx := deeds[x].sides()
		w := toks[ax.start].lower
		if ax.end != ax.start+1 || w != "they" && w != "it" && w != "we" {
			continue
		}
		for y := range deeds {
			ay, ty := deeds[y].sides()
			if ty.start <= tx.end || schema.Root(tx.crime) == schema.Root(ty.crime) || ay.start != ax.start && toks[ay.start].lower != w {
				continue
			}
			again := false // the pronoun said again between the two deeds
			for q := tx.end; q < ty.start; q++ {
				switch {
				case toks[q].lower == w:
					again = true
				case toks[q].text == "," || toks[q].lower == "and" || toks[q].lower == "then" || toks[q].lower == "also":
				default:
					again = false
					q = ty.start
				}
			}
			if again {
				emit(tx, ty, span(text, toks, ax.start, ty.end), schema.MechInvolvement)
			}
		}
	}
}

// sides returns a deed's actor and its trade, whichever way the link was made.
func (p pendingLink) sides() (actor, trade mention) {
	if p.b.actor {
		return p.b, p.a
	}
	return p.a, p.b
}

// crimeActorBetween says whether a deed's actor other than a pronoun stands in toks[i:j].
func crimeActorBetween(deeds []pendingLink, i, j int) bool {
	for _, dl := range deeds {
		for _, m := range []mention{dl.a, dl.b} {
			if m.actor && m.start >= i && m.end <= j && m.end-m.start > 0 {
				return true
			}
		}
	}
	return false
}

// pronounRestated links the trades of a subject's clause and of a second
// clause that takes the subject up again with a pronoun after ", and":
// "These groups have used car bombs, kidnappings and assassinations ..., and
// they traffic cocaine".
func pronounRestated(text string, toks []token, deeds []pendingLink, emit emitFn) {
	for x := range deeds {
		ax, tx := deeds[x].sides()
		if ax.start > 1 || ax.start == 1 && toks[0].cls&cDet == 0 {
			continue // the sentence's own subject
		}
		for y := range deeds {
			ay, ty := deeds[y].sides()
			p := ty.start - 1 // the pronoun, right before the second deed
			if ay.start != ax.start || p < 3 || p <= tx.end || toks[p].lower != "they" && toks[p].lower != "it" || toks[p-1].lower != "and" || toks[p-2].text != "," ||
				schema.Root(tx.crime) == schema.Root(ty.crime) || crimeActorBetween(deeds, ax.end, p) {
				continue
			}
			emit(tx, ty, span(text, toks, tx.start, ty.end), schema.MechInvolvement)
		}
	}
}

// alsoBefore links the trades the sentence before named to a trade the same
// actor "also" carries on in this one: "The cartel earns most of its money
// from cocaine. It also runs extortion rackets", "Al-Shabaab taxes the
// charcoal trade. The group also extorts businesses".
func (d *docState) alsoBefore(text string, toks []token, cm []mention, prev mention, deeds []pendingLink, emit emitFn) {
	for _, m := range cm {
		same := false // "The report notes that some of the same networks smuggle gold"
		for q := m.start - 2; q < m.end; q++ {
			same = same || q >= 0 && toks[q].lower == "same"
		}
		if !m.actor || m.start > 2 && !same || schema.Root(m.crime) != schema.Root(prev.crime) || !m.subject(toks) && m.start != 0 && !same {
			continue
		}
		also := same
		for q := m.end; q < len(toks) && q <= m.end+3; q++ {
			also = also || toks[q].lower == "also"
		}
		if !also {
			return
		}
		for _, dl := range deeds {
			a, t := dl.a, dl.b
			if t.actor {
				a, t = t, a
			}
			if a.start != m.start || schema.Root(t.crime) == "money-laundering" {
				continue // (laundering "the proceeds": of the trades this sentence names)
			}
			for _, r := range d.prevTrades {
				if r != schema.Root(t.crime) && r != schema.Root(m.crime) && carried(r) {
					// (not the corruption or laundering the sentence before named: means, not trades)
					emit(mention{kind: mCrime, start: m.start, end: m.end, crime: r}, t, span(text, toks, m.start, t.end), schema.MechInvolvement)
				}
			}
		}
		return
	}
}

// negatedBetween says whether a negation stands in toks[i:j].
func negatedBetween(toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if w := toks[p].lower; w == "not" || w == "never" || w == "n't" || strings.HasSuffix(w, "n't") {
			return true
		}
	}
	return false
}

// chargedWith end the phrases that accuse an actor of a crime it does.
var chargedWith = set([]string{"suspected of", "accused of", "convicted of", "guilty of", "charged with", "known for",
	"notorious for", "responsible for", "involved in", "engaged in"})

// serveVerbs work for another group: with a crime actor as object they
// name facilitation ("networks that serve drug cartels").
var serveVerbs = set([]string{"serve", "serves", "served", "serving", "assist", "assists", "assisted", "assisting",
	"equip", "equips", "equipped", "equipping", "arm", "arms", "armed", "arming", "service", "services", "serviced",
	"servicing", "supply", "supplies", "supplied", "supplying"})

// relativeDoing links a crime actor to the crime its relative clause says it
// does: "criminal gangs that grew rich shipping cocaine", "laundering
// networks that serve drug cartels".
func (d *docState) relativeDoing(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for k := range cm {
		a := cm[k]
		rel := skipPlace(toks, a.end, len(toks)) // "a criminal organisation based in Campo de Gibraltar that"
		if !a.actor || rel+1 >= len(toks) {
			continue
		}
		rel = asideRelative(toks, rel)
		if toks[rel].lower != "that" && toks[rel].lower != "who" {
			continue
		}
		for q := rel + 1; q < len(toks) && q <= rel+20; q++ {
			t := toks[q]
			verb := d.verbLike(t) || strings.HasSuffix(t.lower, "ly") && q+1 < len(toks) && d.verbLike(toks[q+1]) // "sexually exploited"
			if t.text == "," && toks[q-1].cap && !toks[q-1].punct && q+1 < len(toks) && toks[q+1].cap && !toks[q+1].punct {
				continue // "trafficked workers from Vietnam, China and Indonesia and laundered the proceeds": a list of names
			}
			if t.punct || t.quote != 0 || clauseBreaks.has(t.lid) || q > rel+1 && finiteVerb.has(t.lid) || d.lx.negations.has(t.lid) {
				break
			}
			y := crimeStartingAt(cm, q)
			if y < 0 {
				continue
			}
			if schema.Root(cm[y].crime) == schema.Root(a.crime) {
				break
			}
			prev := toks[q-1].lower
			switch {
			case serveVerbs.m[prev] && cm[y].actor:
				emit(a, cm[y], span(text, toks, q-1, cm[y].end), schema.MechFacilitates)
			case verb || tradeVerbs.m[prev] || turnedInto(toks, rel+1, q) || prev == "with" && floodVerbs.has(toks[rel+1].lid) ||
				q <= rel+4 && toks[rel+1].cls&(cDet|cPrep|cConj|cPron|cFinite|cAdv) == 0 && !toks[rel+1].cap && !opposeVerbs.has(toks[rel+1].lid) && modifiersOnly(toks, rel+2, q):
				// ("criminal gangs that organise small boat crossings": the relative's own verb, whatever it is)
				// ("a gang that turned a disused bank into a cannabis factory")
				for _, b := range listRight(cm, toks, y) {
					emit(a, cm[b], span(text, toks, rel, cm[b].end), schema.MechInvolvement)
				}
			default:
				q = cm[y].end - 1
				continue
			}
			// "that smuggled migrants from Türkiye ... and trafficked firearms": a second verb of the clause
			q = cm[y].end - 1
		}
	}
}

// floodVerbs fill a place with goods: "a group that flooded the North West
// with cocaine".
var floodVerbs = set([]string{"flood", "floods", "flooded", "flooding", "supply", "supplies", "supplied", "supplying", "provide",
	"provides", "provided", "providing", "stock", "stocks", "stocked", "saturate", "saturated", "saturates"})

// asideRelative returns where a relative pronoun "who" stands after an
// actor's possessive noun or a comma ("fighters linked to al-Qaeda's Sahel
// branch, who take ...", "the gangs, who tax ..."), p being where the actor's
// mention ends; p otherwise.
func asideRelative(toks []token, p int) int {
	q := p
	if toks[q].norm == "'s" {
		for q++; q < len(toks) && q <= p+4 && !toks[q].punct && toks[q].cls&(cFinite|cClause|cPrep|cDet) == 0; q++ {
		}
	}
	if q+1 < len(toks) && toks[q].text == "," && toks[q+1].lower == "who" {
		return q + 1
	}
	return p
}

// turnedInto says whether a crime mention at q is what a verb of making
// turned something into, the verb standing in toks[from:q]: "turned a
// disused bank into a cannabis factory", "converted farms into drug labs".
func turnedInto(toks []token, from, q int) bool {
	p := q - 1
	if p > from && toks[p].cls&cDet != 0 {
		p--
	}
	if p <= from || toks[p].lower != "into" {
		return false
	}
	for v := from; v < p; v++ {
		switch toks[v].lower {
		case "turned", "turn", "turns", "turning", "converted", "convert", "converts", "converting", "transformed", "transform", "transforms", "transforming":
			return true
		}
	}
	return false
}

// pushVerbs move a group towards a crime: "push the gangs further into
// illegal mining", "drove cartels into fuel theft".
var pushVerbs = set([]string{"push", "pushes", "pushed", "pushing", "drive", "drives", "drove", "driven", "driving",
	"force", "forces", "forced", "forcing", "lure", "lures", "lured", "luring", "draw", "draws", "drew", "drawn",
	"drawing", "pull", "pulls", "pulled", "pulling", "lead", "leads", "led", "leading", "steer", "steers", "steered",
	"tempt", "tempts", "tempted", "nudge", "nudged", "send", "sent"})

// drivenInto links a crime actor that something pushes into a crime:
// "the crackdown may push the gangs further into illegal gold mining".
func (d *docState) drivenInto(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for k := range cm {
		a := cm[k]
		if !a.actor {
			continue
		}
		v := a.start - 1
		for v >= 0 && (toks[v].cls&cDet != 0) {
			v--
		}
		if v < 0 || !pushVerbs.has(toks[v].lid) {
			continue
		}
		q := a.end
		for q < len(toks) && q < a.end+3 && ((toks[q].cls&cAdv != 0) || toks[q].lower == "deeper" || toks[q].lower == "more" || toks[q].lower == "increasingly") {
			q++
		}
		if q+1 >= len(toks) || toks[q].lower != "into" && toks[q].lower != "towards" && toks[q].lower != "toward" {
			continue
		}
		if r := rightOf(cm, toks, q+1); r >= 0 {
			for _, b := range listRight(cm, toks, r) {
				emit(a, cm[b], span(text, toks, v, q+1), schema.MechInvolvement)
			}
		}
	}
}

// relativeHead returns the crime actor whose relative clause ("that",
// "which", "who") holds the mention l and runs, with no comma, up to an
// "also" before the verb at i; or -1.
func relativeHead(cm []mention, toks []token, l, i int) int {
	if l < 0 || i < 1 || toks[i-1].lower != "also" && !(i >= 2 && toks[i-2].lower == "also") {
		return -1
	}
	for h := range cm {
		e := cm[h].end
		if !cm[h].actor || h == l || e >= cm[l].start || e >= len(toks) || toks[e].lower != "that" && toks[e].lower != "which" && toks[e].lower != "who" {
			continue
		}
		for q := e; q < i; q++ {
			if toks[q].punct {
				return -1
			}
		}
		return h
	}
	return -1
}

// partOfActor returns the crime actor a quantifier subject of the verb at i
// takes part of, in a clause after the actor's own: "Many of the cocaine
// networks also traded firearms, and several were laundering money"; or -1.
func partOfActor(cm []mention, toks []token, i int) int {
	q := i - 1
	if q >= 0 && beForms.has(toks[q].lid) {
		q--
	}
	if q < 2 || !(toks[q].lower == "several" || toks[q].lower == "some" || toks[q].lower == "many" || toks[q].lower == "most" || toks[q].lower == "others") ||
		toks[q-1].lower != "and" || toks[q-2].text != "," {
		return -1
	}
	for k := range cm {
		if cm[k].actor && cm[k].end <= q-2 && schema.Root(cm[k].crime) != "money-laundering" {
			return k
		}
	}
	return -1
}

// unpaidExploited links smuggling to the exploitation of those who could
// not pay for it: "Its members charged migrants to cross the border ..., and
// women who could not pay were forced into sex work".
func unpaidExploited(text string, toks []token, cm []mention, emit emitFn) {
	for i := 2; i+2 < len(toks); i++ {
		if w := toks[i].lower; w != "pay" && w != "afford" || !(toks[i-1].lower == "not" && (toks[i-2].lower == "could" || toks[i-2].lower == "did" || toks[i-2].lower == "can") ||
			toks[i-1].lower == "cannot" || toks[i-1].lower == "can't" || toks[i-1].lower == "couldn't" || toks[i-1].lower == "to" && toks[i-2].lower == "unable") {
			continue
		}
		ms := lastBefore(cm, i-1, func(m mention) bool { return schema.Root(m.crime) == "migrant-smuggling" })
		if ms < 0 {
			continue
		}
		for k := range cm {
			if cm[k].start > i && cm[k].start <= i+6 && schema.Root(cm[k].crime) == "human-trafficking" && !crossesClause(toks, i, cm[k].start) {
				emit(cm[ms], cm[k], span(text, toks, i-2, cm[k].end), schema.MechFacilitates)
				break
			}
		}
	}
}

// staffedByTrafficked links a crime to the trafficking of the people who
// work it: "vast scam operations staffed by people who were themselves
// trafficked".
func staffedByTrafficked(text string, toks []token, cm []mention, emit emitFn) {
	for _, h := range cm {
		if h.actor || schema.Root(h.crime) != "human-trafficking" {
			continue
		}
		for p := h.start - 1; p > 0 && p >= h.start-7 && !toks[p].punct; p-- {
			if toks[p].lower != "by" || !(toks[p-1].lower == "staffed" || toks[p-1].lower == "manned" || toks[p-1].lower == "worked") {
				continue
			}
			if k := lastBefore(cm, p, func(x mention) bool { return p-1-x.end <= 3 && !x.actor && schema.Root(x.crime) != "human-trafficking" }); k >= 0 {
				emit(cm[k], h, span(text, toks, cm[k].start, h.end), schema.MechFacilitates)
			}
			break
		}
	}
}

// tradeAfterColon links a crime group to the trade a colon names after "a
// second trade", "a new business", or after a trade verb: "Along the route,
// the gang learned a second trade: extortion", "These organisations move
// whatever pays: drugs, people, tobacco".
func tradeAfterColon(text string, toks []token, cm []mention, emit emitFn) {
	for c := 2; c+1 < len(toks); c++ {
		if toks[c].text != ":" {
			continue
		}
		moved := false // "These organisations move whatever pays: drugs, people, tobacco"
		for v := c - 1; v >= 0 && v >= c-3 && !toks[v].punct; v-- {
			moved = moved || toks[v].cls&cTrade != 0 && crimeAt(cm, v) < 0
		}
		if !moved && !(toks[c-1].norm == "trade" || toks[c-1].norm == "business" || toks[c-1].norm == "racket" || toks[c-1].norm == "sideline") {
			continue
		}
		x := crimeStartingAt(cm, c+1)
		if x < 0 || cm[x].actor {
			continue
		}
		for _, a := range cm {
			if a.actor && a.end <= c-1 && a.subject(toks) {
				for _, b := range listRight(cm, toks, x) {
					if schema.Root(a.crime) != schema.Root(cm[b].crime) {
						emit(a, cm[b], span(text, toks, a.start, cm[b].end), schema.MechInvolvement)
					}
				}
				break
			}
		}
	}
}

// gainsMoved links money laundering named only by its means ("through a
// network of shell companies") to the trade whose gains "the proceeds" are,
// when the sentence names that trade before them: "the defendants imported
// the goods ... and wired the proceeds back to China through a network of
// shell companies".
func gainsMoved(text string, toks []token, cm []mention, emit emitFn) {
	for _, ml := range cm {
		if schema.Root(ml.crime) != "money-laundering" || ml.actor || ml.start == 0 || toks[ml.start].cls&cPrep == 0 {
			continue // a means: "through ...", "via ..."
		}
		for g := ml.start - 1; g > 0 && g >= ml.start-8; g-- {
			if !gainWords.has(toks[g].nid) || !(toks[g-1].lower == "the" || toks[g-1].lower == "their" || toks[g-1].lower == "its") || crimeAt(cm, g) >= 0 {
				continue
			}
			if g+1 < len(toks) && (toks[g+1].lower == "of" || toks[g+1].lower == "from") {
				break // the gains of a crime the sentence names: another rule reads them
			}
			if k := lastBefore(cm, g, func(t mention) bool {
				r := schema.Root(t.crime)
				return r != "money-laundering" && r != "organized-crime" && (!t.actor || trafficked(r) || r == "counterfeiting")
			}); k >= 0 {
				emit(cm[k], ml, span(text, toks, cm[k].start, ml.end), schema.MechFinances)
			}
			break
		}
	}
}

// cutOfTrade links a crime group that takes a cut, with no "of" to say of
// what, to the trade the sentence named before it: "documenting this trade,
// and I can say plainly that al-Shabaab takes a cut at every step".
func cutOfTrade(text string, toks []token, cm []mention, emit emitFn) {
	for _, a := range cm {
		p := a.end
		if !a.actor || p+2 >= len(toks) || !takeVerbs.has(toks[p].lid) {
			continue
		}
		q := p + 1
		if toks[q].lower == "a" || toks[q].cls&cDet != 0 {
			q++
		}
		if q >= len(toks) || !takenShares.has(toks[q].lid) && toks[q].lower != "percentage" || q+1 < len(toks) && (toks[q+1].lower == "of" || toks[q+1].lower == "on") {
			continue
		}
		if k := lastBefore(cm, a.start+1, func(t mention) bool {
			return !t.actor && trafficked(t.crime) && schema.Root(t.crime) != schema.Root(a.crime)
		}); k >= 0 {
			emit(a, cm[k], span(text, toks, a.start, q+1), schema.MechFinances)
		}
	}
}

// paysForGoods links a crime to the goods its money buys when no crime
// phrase names them: "Smuggling captagon pays for salaries, weapons and
// loyalty" (the goods' trade is the crime type).
func (d *docState) paysForGoods(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 1; i < len(toks); i++ {
		end, v := d.lx.cues.longest(toks, i)
		if v < 0 {
			continue
		}
		cue := d.lx.cueVals[v]
		if cue.Shape != "infix" || cue.Mechanism != schema.MechFinances || cue.Reverse || crimeIn(cm, i, end) || rightOf(cm, toks, end) >= 0 {
			continue
		}
		l := leftOf(cm, toks, i)
		if l < 0 {
			continue
		}
		if g, ok := goodsInList(toks, end); ok {
			emit(cm[l], g, span(text, toks, i, g.end), cue.Mechanism)
		}
	}
}

// whereThere reads "where there is X, there is Y": "Where there is illegal
// gold, there is human trafficking".
func (d *docState) whereThere(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].lower != "where" || toks[i+1].lower != "there" || toks[i+2].lower != "is" && toks[i+2].lower != "are" {
			continue
		}
		x := crimeStartingAt(cm, i+3)
		if x < 0 {
			continue
		}
		q := cm[x].end
		if q+3 < len(toks) && toks[q].text == "," && toks[q+1].lower == "there" && (toks[q+2].lower == "is" || toks[q+2].lower == "are") {
			if y := rightOf(cm, toks, q+3); y >= 0 {
				emit(cm[x], cm[y], span(text, toks, i, cm[y].end), schema.MechLink)
			}
		}
	}
}

// goodsInList finds, in the short list of nouns that starts at j, goods whose
// trade is a crime type: "salaries, weapons and loyalty" holds weapons.
func goodsInList(toks []token, j int) (mention, bool) {
	for q := j; q < len(toks) && q < j+10; q++ {
		t := toks[q]
		if g := schema.Goods[t.norm]; g != "" && g != schema.People && g != "counterfeiting" {
			if q+1 < len(toks) && programNouns.has(toks[q+1].nid) {
				break // "fund weapons programme": a state's programme, not goods bought
			}
			return mention{crime: g, start: q, end: q + 1}, true
		}
		if t.cap && !t.punct && (demonymLike(t.lower) || q+1 < len(toks) && toks[q+1].hyphen) {
			continue // "Russian rifles", "American-made rifles"
		}
		if t.punct && t.text != "," || t.cap || prepositions.has(t.lid) || t.quote != 0 {
			break
		}
	}
	return mention{}, false
}

// goodsForGoods links goods paid for (g, the cue at i) with what pays for
// them: "gangs are paying for rifles with cocaine, stolen cars and ransom
// money".
func goodsForGoods(text string, toks []token, cm []mention, g mention, i int, mech string, emit emitFn) {
	if g.end+1 >= len(toks) || toks[g.end].lower != "with" {
		return
	}
	if x := crimeStartingAt(cm, g.end+1); x >= 0 && !cm[x].actor {
		for _, b := range listRight(cm, toks, x) {
			emit(cm[b], g, span(text, toks, i, cm[b].end), mech)
		}
	}
}

// programNouns, after a goods noun, make it the modifier of a state's or a
// policy's affair: "weapons programme", "arms control", "drug policy".
var programNouns = set([]string{"programme", "program", "development", "test", "testing", "treaty", "control", "inspector",
	"policy", "embargo", "industry", "arsenal", "stockpile"})

// sharedGoods reads the list of trades at j, "drugs, guns and people": crime
// mentions and goods nouns (people moved are migrant smuggling).
func sharedGoods(toks []token, cm []mention, j int) []mention {
	var out []mention
	for q := j; q < len(toks) && q < j+12; q++ {
		t := toks[q]
		if k := crimeAt(cm, q); k >= 0 {
			out = append(out, cm[k])
			q = cm[k].end - 1
			continue
		}
		if g := schema.Goods[t.norm]; g != "" {
			if g == schema.People {
				g = "migrant-smuggling"
			}
			out = append(out, mention{kind: mCrime, start: q, end: q + 1, crime: g})
			continue
		}
		if t.text == "," || t.lower == "and" || t.lower == "or" || t.cls&cDet != 0 {
			continue
		}
		break
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sameAs links a crime to the crime actor whose means it shares: "networks
// that traffic ivory ... move their products through the same ports and
// courier companies used by drug traffickers", "the same routes as migrant
// smugglers".
func (d *docState) sameAs(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].lower != "same" || toks[i-1].lower != "the" {
			continue
		}
		if h := crimeAt(cm, i+1); (sameOpens(toks, i) || i >= 2 && (seeVerbs.has(toks[i-2].lid) || reportingWord(d, toks, i-2)) && sameActor(cm, toks, i+1)) && i+2 < len(toks) && !toks[i+1].punct && (h < 0 || cm[h].actor) {
			// ("we see the same criminal groups involved in ...", "said the same groups run ...")
			// "The same organizations charge migrants to cross and then use the distraction to
			// move fentanyl": the trades of one subject named as the same
			var deeds []int
			for k := range cm {
				if cm[k].start > i+1 && !cm[k].actor && !crossesClauseBreak(toks, i+1, cm[k].start) {
					deeds = append(deeds, k)
				}
			}
			if t := lastTradeBefore(cm, toks, i-1); t >= 0 && len(deeds) > 0 && toks[i-2].lower == "that" {
				// "heroin ..., and that the same smuggling networks now also move weapons": the trade named before
				deeds = append([]int{t}, deeds...)
			}
			eachPair(deeds, func(x, y int) { emit(cm[x], cm[y], span(text, toks, i-1, cm[y].end), schema.MechAlliance) })
		}
		if b := i - 2; b >= 2 && (beForms.has(toks[b].lid) || (strings.HasSuffix(toks[b].lower, "ly") || toks[b].cls&cAdv != 0) && beForms.has(toks[b-1].lid)) {
			// "The gangs organising small boat crossings are increasingly the same groups that traffic
			// drugs": the subject's trades and the trades of the same actors
			if !beForms.has(toks[b].lid) {
				b--
			}
			r := i + 2
			for r < len(toks) && r <= i+4 && !relativePronoun(toks[r].lower) && !toks[r].punct {
				r++
			}
			if r < len(toks) && relativePronoun(toks[r].lower) {
				var left, right []int
				for k, m := range cm {
					switch {
					case m.actor:
					case m.end <= b && !crossesClauseBreak(toks, m.end, b):
						left = append(left, k)
					case m.start > r && !crossesClauseBreak(toks, r, m.start):
						right = append(right, k)
					}
				}
				for _, x := range left {
					for _, y := range right {
						emit(cm[x], cm[y], span(text, toks, cm[x].start, cm[y].end), schema.MechAlliance)
					}
				}
			}
		}
		if i >= 3 && (toks[i-2].lower == "in" || toks[i-2].lower == "on" || toks[i-2].lower == "through" || toks[i-2].lower == "via" || toks[i-2].lower == "along" || toks[i-2].lower == "aboard") && !sameIdioms.has(toks[i+1].nid) {
			// (not "mentioned in the same breath")
			// "smuggled cigarettes and cocaine often travel in the same trucks": the list shares them
			if k := lastBefore(cm, i-2, func(m mention) bool { return i-2-m.end <= 4 && !crossesClauseBreak(toks, m.end, i-2) }); k >= 0 {
				list := listLeft(cm, toks, k)
				eachPair(list, func(x, y int) {
					emit(cm[x], cm[y], span(text, toks, cm[list[len(list)-1]].start, i+1), schema.MechAlliance)
				})
				if a := i + 2; a+1 < len(toks) && toks[a].lower == "as" {
					// "weapons hidden in the same shipment as the cocaine": what else it held
					if r := rightOf(cm, toks, a+1); r >= 0 && cm[r].start-a <= 3 && !cm[r].actor {
						for _, x := range list {
							emit(cm[x], cm[r], span(text, toks, cm[x].start, cm[r].end), schema.MechAlliance)
						}
					}
				}
			}
		}
		if i >= 4 && toks[i-2].lower == "of" && toks[i-3].lower == "part" {
			// "Illegal fishing, human trafficking and drug smuggling are now part of the same business model"
			q := i - 4
			for q > 0 && (toks[q].cls&cAdv != 0 || strings.HasSuffix(toks[q].lower, "ly") || toks[q].lower == "all" || toks[q].lower == "both" || toks[q].lower == "now" || toks[q].lower == "still" || toks[q].lower == "often") {
				q--
			}
			if w := toks[q].lower; q > 0 && (w == "are" || w == "were" || w == "is" || w == "was" || w == "become" || w == "became") {
				if k := crimeAt(cm, q-1); k >= 0 && cm[k].end == q {
					list := listLeft(cm, toks, k)
					eachPair(list, func(x, y int) { emit(cm[x], cm[y], span(text, toks, cm[y].start, i+1), schema.MechAlliance) })
				}
			}
		}
		if i >= 4 && toks[i-2].lower == "by" {
			// "drug trafficking, migrant smuggling and firearms trafficking often carried out by the same groups"
			q := i - 3
			for q > 0 && i-q <= 6 && (strings.HasSuffix(toks[q].lower, "ed") || toks[q].lower == "out" || toks[q].lower == "run" || toks[q].lower == "together" || beForms.has(toks[q].lid) || toks[q].cls&cAdv != 0 || strings.HasSuffix(toks[q].lower, "ly")) {
				q--
			}
			if q > 0 && crimeAt(cm, q) < 0 && !toks[q].punct && toks[q].cls == 0 {
				q-- // "illegal wildlife products are shipped together by": the goods' noun
			}
			if k := crimeAt(cm, q); k >= 0 && cm[k].end == q+1 && q < i-3 {
				list := listLeft(cm, toks, k)
				eachPair(list, func(x, y int) { emit(cm[x], cm[y], span(text, toks, cm[y].start, i+1), schema.MechAlliance) })
			}
		}
		for q := i + 1; q+1 < len(toks) && q <= i+8; q++ {
			t := toks[q]
			if k := crimeAt(cm, q); k >= 0 && q == i+1 && cm[k].actor {
				q = cm[k].end - 1 // "The same networks also carry ...": the sharer itself
				continue
			}
			if k := crimeStartingAt(cm, q); k >= 0 && (toks[q-1].lower == "to" && q-1 > i+1 || q-2 > i+1 && toks[q-2].lower == "to" && !toks[q-1].punct) {
				// "the same airstrips to fly out gold and fly in cocaine": one means, two trades
				list := listRight(cm, toks, k)
				if t := lastTradeBefore(cm, toks, i-1); len(list) == 1 && t >= 0 {
					// "move them south along the same routes they use to send fentanyl north"
					list = append([]int{t}, list...)
				}
				eachPair(list, func(x, y int) { emit(cm[x], cm[y], span(text, toks, i-1, cm[y].end), schema.MechAlliance) })
				break
			}
			if t.punct && t.text != "," || t.quote != 0 || crimeAt(cm, q) >= 0 {
				break
			}
			if t.lower == "for" && q+1 < len(toks) {
				// "the same routes and the same money launderers for drugs, guns and people": what shares them
				items := sharedGoods(toks, cm, q+1)
				if q+2 < len(toks) && toks[q+1].lower == "both" && bothNouns.has(toks[q+2].nid) && len(d.prevTrades) == 2 {
					// "the same vans ... for both products": the two trades the sentence before named
					items = []mention{{kind: mCrime, start: q + 1, end: q + 3, crime: d.prevTrades[0]}, {kind: mCrime, start: q + 1, end: q + 3, crime: d.prevTrades[1]}}
				}
				for x := 0; x < len(items); x++ {
					for y := x + 1; y < len(items); y++ {
						emit(items[x], items[y], span(text, toks, i-1, items[y].end), schema.MechAlliance)
					}
				}
				// "cartels use the same routes for guns and drugs": the users are in both trades
				for k := range cm {
					if len(items) > 0 && cm[k].actor && cm[k].end <= i-1 && i-1-cm[k].end <= 4 {
						for _, it := range items {
							emit(cm[k], it, span(text, toks, cm[k].start, it.end), schema.MechInvolvement)
						}
					}
				}
			}
			j := -1
			switch {
			case t.lower == "as":
				j = q + 1
			case (t.lower == "used" || t.lower == "exploited" || t.lower == "run") && toks[q+1].lower == "by":
				j = q + 2
			case tradeVerbs.has(t.lid) || t.lower == "handled" || t.lower == "handle" || t.lower == "handles":
				// "the same shipping agents handled consignments of ivory and of cannabis resin"
				if r := rightOf(cm, toks, q+1); r >= 0 {
					list := listRight(cm, toks, r)
					eachPair(list, func(x, y int) { emit(cm[x], cm[y], span(text, toks, i-1, cm[y].end), schema.MechAlliance) })
					if i >= 3 && (toks[i-2].lower == "are" || toks[i-2].lower == "is" || toks[i-2].lower == "were" || toks[i-2].lower == "was") {
						// "The networks that move people ... are the same networks that sell false passports"
						last := -1
						for x := range cm {
							if cm[x].end <= i-2 {
								last = x
							}
						}
						if last >= 0 {
							for _, y := range list {
								emit(cm[last], cm[y], span(text, toks, i-2, cm[y].end), schema.MechAlliance)
							}
						}
					}
				}
			}
			if j < 0 {
				continue
			}
			r := rightOf(cm, toks, j)
			if r < 0 && t.lower == "as" && j+2 < len(toks) && toks[j].lower == "those" && strings.HasSuffix(toks[j+1].lower, "ing") && (toks[j+1].cls&cTrade != 0 || schema.MovingVerbs[toks[j+1].lower] != "") {
				// "the same ports ... as those moving heroin": what they move ("moving heroin" may be the mention)
				if r = crimeStartingAt(cm, j+1); r < 0 {
					r = crimeStartingAt(cm, j+2)
				}
			}
			if r < 0 || !cm[r].actor && t.lower != "as" {
				break // ("the same channels as drug money": any crime after "as")
			}
			// the sharers: the last crime actor before (the subject) and the last
			// trade before ("networks that traffic ivory ... the same ports")
			actor, trade := -1, -1
			for x := range cm {
				if cm[x].end <= i-1 && schema.Root(cm[x].crime) != schema.Root(cm[r].crime) {
					if cm[x].actor {
						actor = x
					} else {
						trade = x
					}
				}
			}
			for _, l := range []int{actor, trade} {
				if l >= 0 {
					emit(cm[l], cm[r], span(text, toks, i-1, cm[r].end), schema.MechAlliance)
				}
			}
			break
		}
	}
}

// peopleBefore says whether people are named in the clause before i, for a
// pronoun that stands for them: "smuggled Vietnamese nationals into the UK and
// forced them to work".
func peopleBefore(toks []token, i int) bool {
	for q := i - 1; q >= 0 && q >= i-10 && toks[q].text != ";" && toks[q].text != "."; q-- {
		if schema.Goods[toks[q].norm] == schema.People && pluralTok(toks[q]) {
			return true
		}
	}
	return false
}

// useForms put a means to use: "used to move the proceeds of".
var useForms = set([]string{"use", "uses", "used", "using"})

// actorEndingAt returns the crime actor whose mention ends at p, or -1.
func actorEndingAt(cm []mention, p int) int {
	for k := range cm {
		if cm[k].actor && cm[k].end == p {
			return k
		}
	}
	return -1
}

// usedFor says whether the verb at i is a purpose of a means used: "used to
// move the proceeds of", "used to pay migrant smugglers, to move the proceeds
// of", "use the avocado trade to move drug money".
func usedFor(toks []token, i int) bool {
	if i < 2 || toks[i-1].lower != "to" {
		return false
	}
	for q := i - 2; q >= 0 && q >= i-10; q-- {
		if useForms.has(toks[q].lid) {
			return true // ("use the avocado trade to move drug money": the means between)
		}
		if toks[q].punct && toks[q].text != "," || toks[q].cls&cClause != 0 {
			return false
		}
	}
	return false
}

// modifiersOnly says whether toks[i:j] are lowercase words a bare noun
// phrase may open with: "small boat" before "crossings" (no determiner).
func modifiersOnly(toks []token, i, j int) bool {
	for q := i; q < j; q++ {
		if toks[q].punct || toks[q].cap || toks[q].cls&(cDet|cPrep|cConj|cPron|cFinite|cClause) != 0 {
			return false
		}
	}
	return true
}

// opposeVerbs act against a crime: "groups that fight trafficking" do not carry it on.
var opposeVerbs = set([]string{"fight", "fights", "combat", "combats", "oppose", "opposes", "investigate", "investigates",
	"target", "targets", "tackle", "tackles", "prevent", "prevents", "counter", "counters", "condemn", "condemns", "deny", "denies"})

// seeVerbs report what is seen: "we see the same criminal groups involved in".
var seeVerbs = set([]string{"see", "saw", "seeing", "seen", "find", "found", "observe", "observed", "notice", "noticed"})

// sameIdioms follow "in the same" without naming shared means: "in the same breath".
var sameIdioms = set([]string{"breath", "way", "time", "period", "year", "month", "week", "day", "manner", "sense", "category", "list", "report", "sentence", "article", "study", "context"})

// sameOpens says whether "the same" at i-1 opens a clause.
func sameOpens(toks []token, i int) bool {
	if i >= 3 && toks[i-2].lower == "of" && (quantifiers.has(toks[i-3].lid) || memberWords.has(toks[i-3].lid)) {
		return i == 3 || sameOpens(toks, i-2) // "Some of the same ships"
	}
	return i == 1 || toks[i-2].punct || toks[i-2].quote != 0 || toks[i-2].cls&(cConj|cPron) != 0 || toks[i-2].lower == "that"
}

// sameMeansAsBefore links the trades a sentence says "the same" means carry
// to the trades the sentence before named: "Most of the guns are bought in
// Florida ... Investigators told me the same shipping networks have moved
// cocaine in the other direction".
func (d *docState) sameMeansAsBefore(text string, toks []token, cm []mention, emit emitFn) {
	trades := d.recentTrades(3) // ("The same vessels ..." after sentences that named no trade)
	if len(trades) == 0 {
		return
	}
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].lower != "same" || toks[i-1].lower != "the" {
			continue
		}
		if k := crimeStartingAt(cm, i+1); i >= 3 && k >= 0 && (toks[i-2].lower == "through" || toks[i-2].lower == "via") && lastTradeBefore(cm, toks, i-1) < 0 && moneyIn(toks, 0, i-2) {
			// "And the money goes through the same mule accounts": the money of the trades before
			for _, r := range trades {
				emit(mention{kind: mCrime, start: i - 1, end: i + 1, crime: r}, cm[k], span(text, toks, i-1, cm[k].end), schema.MechAlliance)
			}
			return
		}
		if !(sameOpens(toks, i) || toldWhom(d, toks, i-2) || i >= 5 && toks[i-2].lower == "of" && quantifiers.has(toks[i-3].lid) && toldWhom(d, toks, i-4)) {
			continue // ("officials say some of the same vessels have been used")
		}
		if !sharerAfter(toks, i+1) && !peopleSharers.has(toks[i+1].nid) && !(!d.actorBefore && (i == 1 || i == 2 && toks[0].quote != 0 || i >= 3 && toldWhom(d, toks, i-2)) && sameActor(cm, toks, i+1)) {
			// ("Indonesia's delegate said the same criminal groups also run ...": a reported clause opens there)
			// ("Wildlife trafficking is not an isolated crime. The same criminal networks are
			// involved in drug trafficking": no actor before, so the networks behind that trade)
			continue
		}
		if lastTradeBefore(cm, toks, i-1) >= 0 {
			return // the trade before is in this sentence: sameAs reads it
		}
		for k := range cm {
			if cm[k].start <= i+1 || cm[k].actor && schema.Root(cm[k].crime) == "organized-crime" || crossesClauseBreak(toks, i+1, cm[k].start) {
				continue // (a trade's actor names its trade: "persuaded by romance fraudsters")
			}
			for _, r := range trades {
				if r == "corruption" {
					continue // (officials bribed by a network are not what "the same network" shares)
				}
				emit(mention{kind: mCrime, start: i - 1, end: i + 1, crime: r}, cm[k], span(text, toks, i-1, cm[k].end), schema.MechAlliance)
			}
		}
		return
	}
}

// playbookNouns are the ways a crime is done: "the same playbook as".
var playbookNouns = set([]string{"playbook", "model", "method", "technique", "tactic", "script", "approach", "template", "modus", "blueprint", "toolkit", "recipe", "pattern"})

// samePlaybook links a crime done "the same way as" another: "It is the
// same playbook as the romance fraud, just aimed at children" after a
// sentence about sextortion, "Sextortion follows the same script as romance
// scams".
func (d *docState) samePlaybook(text string, toks []token, cm []mention, emit emitFn) {
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].lower != "same" || toks[i-1].lower != "the" || !playbookNouns.has(toks[i+1].nid) {
			continue
		}
		q := i + 2
		if q < len(toks) && toks[q].lower == "of" {
			q++ // "the same modus operandi" reads on
		}
		if q >= len(toks) || toks[q].lower != "as" && toks[q].lower != "used" {
			return
		}
		r := -1
		for k := q + 1; k < len(toks) && k <= q+4 && r < 0; k++ {
			r = crimeStartingAt(cm, k)
		}
		if r < 0 {
			return
		}
		var lefts []mention
		for _, m := range cm {
			if m.end <= i-1 && !m.actor {
				lefts = append(lefts, m)
			}
		}
		if len(lefts) == 0 {
			for _, t := range d.recentTrades(2) {
				lefts = append(lefts, mention{kind: mCrime, start: i - 1, end: i + 2, crime: t})
			}
		}
		for _, l := range lefts {
			emit(l, cm[r], span(text, toks, i-1, cm[r].end), schema.MechAlliance)
		}
		return
	}
}

// recentTrades returns the trades the sentence before named or, when it named
// none, those of the last sentence that did, if it stands at most within
// sentences back.
func (d *docState) recentTrades(within int) []string {
	if len(d.prevTrades) > 0 {
		return d.prevTrades
	}
	if d.sentIndex-d.earlierSent <= within {
		return d.earlierTrades
	}
	return nil
}

// sameActor says whether "the same" at i-1 names a crime actor that no
// relative clause defines: "the same criminal networks are", not "the same
// groups that exploit migrants".
func sameActor(cm []mention, toks []token, i int) bool {
	k := crimeStartingAt(cm, i)
	if k < 0 {
		for q := i; q < i+3 && q < len(toks) && k < 0; q++ {
			k = crimeAt(cm, q)
		}
	}
	if k < 0 || !cm[k].actor {
		return false
	}
	e := cm[k].end
	return e >= len(toks) || toks[e].lower != "that" && toks[e].lower != "who" && toks[e].lower != "which"
}

// toldWhom says whether toks[p] ends a reporting verb's hearer or is the
// verb itself, so that a clause starts after it: "told me the same ...".
func toldWhom(d *docState, toks []token, p int) bool {
	w := toks[p].lower
	return d.lx.verbs[w] != nil || (w == "me" || w == "us" || w == "him" || w == "them" || w == "reporters") && p > 0 && d.lx.verbsOf(toks[p-1].lid) != nil
}

// sharerNouns are the means two trades share: "the same routes", "the same
// boats", "the same shipping networks" (a group named "the same" is read as
// the group before, and what it does as its own).
var sharerNouns = set([]string{"route", "boat", "vessel", "ship", "shipping", "truck", "lorry", "vehicle", "van", "plane",
	"aircraft", "company", "firm", "port", "corridor", "channel", "infrastructure", "container", "airstrip", "path",
	"trail", "crossing", "road", "courier", "pilot", "driver", "logistic", "wallet", "account", "address", "warehouse", "front",
	"boatman", "boatmen", "fixer", "tanker", "trawler", "dhow", "freighter", "carrier", "fleet", "crew"})

// peopleSharers are the people of a trade named again as "the same": "The
// same people finance drug shipments" after the cigarette trade.
var peopleSharers = set([]string{"people", "men", "individuals", "families", "clans", "players", "operators"})

// sharerAfter says whether "the same" at i-1 names shared means within
// three words: "the same shipping networks", not "the same week".
func sharerAfter(toks []token, i int) bool {
	for q := i; q < len(toks) && q < i+3 && !toks[q].punct; q++ {
		if sharerNouns.has(toks[q].nid) {
			return true
		}
	}
	return false
}

// suppliedTo links goods moved to a crime actor with the actor: "move
// handguns and assault rifles from the Western Balkans to criminal groups in
// Sweden", "sold drugs to gangs".
func (d *docState) suppliedTo(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for x := range cm {
		v := toks[cm[x].start].lower
		if cm[x].actor || !tradeVerbs.m[v] && schema.MovingVerbs[v] == "" {
			continue
		}
		list := listRight(cm, toks, x)
		e := cm[list[len(list)-1]].end
		if e < len(toks) && (toks[e].lower == "and" || toks[e].lower == "or") {
			// "handguns and assault rifles": more goods no mention holds
			q, goods := e+1, false
			for q < len(toks) && q < e+5 && !toks[q].punct && (toks[q].cls&cPrep == 0) {
				goods = goods || schema.Goods[toks[q].norm] != ""
				q++
			}
			if goods {
				e = q
			}
		}
		for n := 0; n < 2; n++ {
			if e < len(toks) && toks[e].lower != "to" {
				e = skipPlace(toks, e, len(toks)) // "from the Western Balkans", "across the border"
			}
		}
		if e+3 < len(toks) && toks[e].text == "," && toks[e+1].lower == "which" {
			// "firearms, which were then sold to street gangs"
			q := e + 2
			for q < len(toks) && q < e+6 && (toks[q].cls&(cAdv|cFinite) != 0 || toks[q].lower == "being" || toks[q].lower == "been") {
				q++
			}
			if q < len(toks) && (tradeVerbs.has(toks[q].lid) || schema.MovingVerbs[toks[q].lower] != "") {
				e = q + 1
			}
		}
		if e+1 >= len(toks) || toks[e].lower != "to" {
			continue
		}
		y := rightOf(cm, toks, e+1)
		if y < 0 || !cm[y].actor {
			continue
		}
		for _, g := range list {
			emit(cm[g], cm[y], span(text, toks, cm[x].start, cm[y].end), schema.MechFacilitates)
		}
		if s := supplierOf(cm, toks, x); s >= 0 {
			// "a suspected drug dealer who also supplied explosives to a pro-Islamic State group": the supplier's trade too
			emit(cm[s], cm[y], span(text, toks, cm[s].start, cm[y].end), schema.MechFacilitates)
		}
	}
}

// supplierOf returns the crime actor whose relative clause or verb phrase
// supplies the goods at x ("a drug dealer who also supplied explosives"), or -1.
func supplierOf(cm []mention, toks []token, x int) int {
	q := cm[x].start - 1
	for q >= 0 && cm[x].start-q <= 3 && (toks[q].cls&(cAdv|cFinite) != 0 || toks[q].lower == "who" || toks[q].lower == "that") {
		if toks[q].lower == "who" || toks[q].lower == "that" {
			if k := crimeAt(cm, q-1); q > 0 && k >= 0 && cm[k].end == q && cm[k].actor {
				return k
			}
			return -1
		}
		q--
	}
	return -1
}

// changeVerbs move from one crime to another: "a group can move from crime
// to terrorism", "gangs that shifted from drug dealing to fraud".
var changeVerbs = set([]string{"move", "moves", "moved", "moving", "shift", "shifts", "shifted", "shifting",
	"transition", "transitions", "transitioned", "transitioning", "evolve", "evolves", "evolved", "evolving",
	"graduate", "graduates", "graduated", "graduating", "progress", "progresses", "progressed", "progressing",
	"switch", "switches", "switched", "switching", "migrate", "migrates", "migrated", "migrating", "drift",
	"drifts", "drifted", "drifting", "pivot", "pivots", "pivoted", "turn", "turns", "turned", "slide", "slid"})

// fromTo links the crimes a change runs between: "move from crime to
// terrorism and back", "shifted from drug trafficking to extortion". A bare
// "crime" is organized crime there, as in "crime-terror".
func (d *docState) fromTo(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	side := func(j int) (mention, int) {
		for j < len(toks) && (toks[j].cls&cDet != 0) {
			j++
		}
		if k := crimeStartingAt(cm, j); k >= 0 {
			return cm[k], cm[k].end
		}
		if j < len(toks) && (toks[j].lower == "crime" || toks[j].lower == "criminality") {
			return mention{crime: "organized-crime", start: j, end: j + 1}, j + 1
		}
		return mention{}, -1
	}
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].lower != "from" {
			continue
		}
		v := i - 1
		for v > 0 && v > i-3 && (toks[v].cls&cAdv != 0) {
			v--
		}
		if !changeVerbs.has(toks[v].lid) {
			continue
		}
		a, e := side(i + 1)
		if e < 0 || e >= len(toks) || toks[e].lower != "to" && toks[e].lower != "into" {
			continue
		}
		if b, e2 := side(e + 1); e2 > 0 {
			emit(a, b, span(text, toks, v, e2), schema.MechHybrid)
		}
	}
}

// meansNouns name what one crime is for another: "a way to launder", "a
// vehicle for fraud".
var meansNouns = set([]string{"way", "ways", "means", "vehicle", "vehicles", "channel", "channels", "conduit", "conduits",
	"avenue", "avenues", "tool", "tools", "instrument", "instruments", "mechanism", "mechanisms", "method", "methods",
	"outlet", "outlets", "opportunity", "opportunities"})

// meansVerbs say that their subject is a means: "offers a way to", "serves as a vehicle for".
var meansVerbs = set([]string{"offer", "offers", "offered", "offering", "provide", "provides", "provided", "providing",
	"give", "gives", "gave", "giving", "is", "are", "was", "were", "become", "becomes", "became", "remain", "remains",
	"serve", "serves", "served", "serving", "as", "create", "creates", "created", "open", "opens", "opened"})

// meansTo links a crime to the crime it is a means for: "illegal gold mining
// in the Amazon, which offers a way to launder drug money", "online gambling
// is a vehicle for fraud".
func (d *docState) meansTo(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for n := 1; n+2 < len(toks); n++ {
		if w := toks[n+1].lower; w != "to" && w != "for" && w != "of" || !meansNouns.has(toks[n].lid) {
			continue
		}
		var b mention
		switch r := n + 2; {
		case launders(toks[r]):
			b = mention{crime: "money-laundering", start: r, end: r + 1}
		default:
			y := rightOf(cm, toks, r)
			if y < 0 {
				continue
			}
			b = cm[y]
		}
		v := n - 1
		for v > 0 && ((toks[v].cls&cDet != 0) || adjective(toks[v]) || (toks[v].cls&cGapR != 0) && !meansVerbs.has(toks[v].lid)) && v > n-4 {
			v--
		}
		if !meansVerbs.has(toks[v].lid) {
			continue
		}
		for v > 0 && meansVerbs.has(toks[v-1].lid) {
			v-- // "has become", "serves as"
		}
		if v > 0 && (toks[v-1].lower == "has" || toks[v-1].lower == "have") {
			v--
		}
		at := v
		if v > 1 && toks[v-1].lower == "which" && toks[v-2].text == "," {
			at = v - 2
		}
		l := leftOf(cm, toks, at)
		if l < 0 || cm[l].start >= b.start {
			continue
		}
		emit(cm[l], b, span(text, toks, v, n+2), schema.MechFacilitates)
	}
}

// adjective guesses an adjective by its ending: "significant", "lucrative", "additional".
func adjective(t token) bool {
	if t.punct || t.cap || prepositions.has(t.lid) || notModifiers.has(t.lid) || strings.HasSuffix(t.lower, "ment") {
		return false // ("environment", "enforcement": nouns, whatever their ending)
	}
	for _, suf := range []string{"ant", "ent", "ive", "al", "ous", "ful", "ble", "ic", "ary"} {
		if strings.HasSuffix(t.lower, suf) && len(t.lower) > len(suf)+2 {
			return true
		}
	}
	return false
}

// profitVerbs gain from a trade: "the gangs who profit from them".
var profitVerbs = set([]string{"profit", "profits", "profited", "profiting", "benefit", "benefits", "benefited", "benefiting", "benefitted", "benefitting"})

var earnVerbs = set([]string{"generate", "generates", "generated", "generating", "raise", "raises", "raised", "raising",
	"earn", "earns", "earned", "earning", "make", "makes", "made", "making", "collect", "collects", "collected",
	"collecting", "derive", "derives", "derived", "deriving", "draw", "draws", "drew", "drawing", "obtain", "obtains",
	"obtained", "extract", "extracts", "extracted", "extracting", "reap", "reaps", "reaped"})

var earnedWords = set([]string{"revenue", "revenues", "money", "income", "funds", "fund", "profits", "profit", "cash",
	"millions", "billions", "finance", "financing", "funding", "proceeds", "euros", "dollars", "pounds"})

var investVerbs = set([]string{"invest", "invests", "invested", "investing", "reinvest", "reinvests", "reinvested",
	"plough", "ploughs", "ploughed", "plow", "plowed", "pour", "pours", "poured", "spend", "spends", "spent", "channel",
	"channels", "channelled", "channeled", "funnel", "funnels", "funnelled", "funneled", "park", "parks", "parked", "parking",
	"stash", "stashes", "stashed", "sink", "sinks", "sunk", "pouring", "ploughing", "plowing", "channelling", "channeling",
	"funnelling", "funneling", "sinking", "spending", "reinvesting"})

// investing links the crime whose gains are put into another: "pirate
// financiers invest ransom proceeds in weapons smuggling".
func (d *docState) investing(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := range toks {
		if !investVerbs.has(toks[i].lid) {
			continue
		}
		x, e, j := investObject(cm, toks, i)
		var src mention
		switch {
		case x >= 0:
			src = cm[x]
		case j+1 < len(toks) && gainWords.has(toks[j].nid) && toks[j-1].lower != "a" && toks[j-1].lower != "an":
			// "the armed groups that control it are pouring the profits into illegal gold mining":
			// the gains of the trade named before, in this sentence or the one before
			if t := lastTradeBefore(cm, toks, i); t >= 0 {
				src = cm[t]
			} else if tr := d.recentTrades(1); len(tr) == 1 {
				src = mention{kind: mCrime, start: j, end: j + 1, crime: tr[0]}
			} else {
				continue
			}
			e = j + 1
		default:
			continue
		}
		if e >= len(toks) || toks[e].lower != "in" && toks[e].lower != "into" && toks[e].lower != "on" {
			continue
		}
		y := rightOf(cm, toks, e+1)
		if y < 0 {
			continue
		}
		for _, b := range listRight(cm, toks, y) {
			emit(src, cm[b], span(text, toks, i, cm[y].start), schema.MechFinances)
		}
	}
}

// investedInAssets links a crime to money laundering when its money is put
// into legal assets: "money from the cocaine trade was being invested in real
// estate", "invested the proceeds of fraud in property", "invest drug money in hotels".
func (d *docState) investedInAssets(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := range toks {
		if w := toks[i].lower; len(w) < 4 || !strings.ContainsRune("iprscf", rune(w[0])) || !investVerbs.m[w] {
			// (a byte test first: "invest", "reinvest", "plough", "pour", "spend", "channel", "funnel")
			continue
		}
		x, e, j := investObject(cm, toks, i)
		switch {
		case x >= 0:
			if e == cm[x].end {
				e = -1 // ("invest in drug trafficking": no money of a crime)
			}
		case proceedsOf(cm, toks, j) >= 0:
			x = proceedsOf(cm, toks, j)
			e = cm[x].end
		default:
			if x = investedMoney(cm, toks, i); x >= 0 {
				e = i + 1
			} else if r := d.gainsBefore(toks, i); r != "" && i+1 < len(toks) && (toks[i+1].lower == "in" || toks[i+1].lower == "into") && assetAfter(toks, i+2) {
				// "The proceeds are reinvested in the legal economy": the gains of the trade before
				emit(mention{kind: mCrime, start: 0, end: 1, crime: r}, mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"}, span(text, toks, 0, i+1), schema.MechFinances)
				continue
			}
		}
		if x < 0 || e < 0 || e >= len(toks) || toks[e].lower != "in" && toks[e].lower != "into" || cm[x].actor || schema.Root(cm[x].crime) == "money-laundering" {
			continue
		}
		if y := rightOf(cm, toks, e+1); y >= 0 && cm[y].start-e <= 4 || !assetAfter(toks, e+1) {
			continue // (crime money invested in another crime: investing reads that)
		}
		ml := mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"}
		emit(cm[x], ml, span(text, toks, cm[x].start, e+1), schema.MechFinances)
		if k := lastBefore(cm, i+1, func(m mention) bool { return m.actor && m.end >= i-2 && !crossesClause(toks, m.end, i) }); k >= 0 && k != x && schema.Root(cm[k].crime) != "money-laundering" {
			// "the 'Ndrangheta reinvests its drug profits in hotels": the investor launders, and the
			// profits are of its own trade
			emit(cm[k], ml, span(text, toks, cm[k].start, e+1), schema.MechInvolvement)
			emit(cm[k], cm[x], span(text, toks, cm[k].start, cm[x].end), schema.MechInvolvement)
		}
	}
}

// gainsBefore returns the trade whose gains open the sentence as the subject
// of the verb at i ("The proceeds are reinvested"): the trade of the sentence
// before, or of the last that named one (three at most), or "".
func (d *docState) gainsBefore(toks []token, i int) string {
	if i < 3 || toks[0].lower != "the" && toks[0].lower != "its" && toks[0].lower != "their" || toks[1].norm != "proceed" && toks[1].norm != "profit" || !beForms.has(toks[2].lid) {
		return "" // ("The proceeds are reinvested", "Its profits are reinvested in hotels")
	}
	for q := 3; q < i; q++ {
		if toks[q].cls&cAdv == 0 && toks[q].lower != "then" && toks[q].lower != "often" {
			return ""
		}
	}
	for _, r := range d.recentTrades(3) {
		if carried(r) {
			return r
		}
	}
	return ""
}

// investObject reads the crime named right after the invest verb at i
// ("invest ransom proceeds", "invested drug money") and returns it, where
// its money words end, and where the object starts.
func investObject(cm []mention, toks []token, i int) (x, e, j int) {
	j = i + 1
	for j < len(toks) && (toks[j].cls&cDet != 0) {
		j++
	}
	if x = crimeStartingAt(cm, j); x < 0 {
		return -1, -1, j
	}
	e = cm[x].end
	if e < len(toks) && moneyWords.has(toks[e].nid) {
		e++ // "drug money", "cartel cash"
	}
	return x, e, j
}

// investedMoney finds the crime whose money is the subject of a passive
// "invested" at i: "money from the cocaine trade was being invested".
func investedMoney(cm []mention, toks []token, i int) int {
	k := i - 1
	for k >= 0 && (toks[k].lower == "was" || toks[k].lower == "were" || toks[k].lower == "is" || toks[k].lower == "are" || toks[k].lower == "being" || toks[k].lower == "been" || toks[k].lower == "be" || toks[k].cls&cAdv != 0) {
		k--
	}
	if k == i-1 || k < 0 {
		return -1
	}
	if moneyWords.has(toks[k].nid) {
		// "Ransomware proceeds are funnelled into real estate": the crime's money
		if x := lastBefore(cm, k+1, func(m mention) bool { return m.end == k && !m.actor }); x >= 0 {
			return x
		}
	}
	if k > 0 && tradeNouns.has(toks[k].nid) && crimeAt(cm, k) < 0 && crimeAt(cm, k-1) >= 0 {
		k-- // "Proceeds from heroin sales were invested": the trade in the crime's goods
	}
	x := lastBefore(cm, k+2, func(m mention) bool { return m.end == k+1 && !m.actor })
	if x < 0 {
		return -1
	}
	for p := cm[x].start - 1; p >= 0 && p >= cm[x].start-4; p-- {
		if moneyWords.has(toks[p].nid) {
			if proceedsOf(cm, toks, p) == x {
				return x
			}
			return -1
		}
	}
	return -1
}

// assetNouns are where crime money is put to look clean.
var assetNouns = set([]string{"estate", "property", "land", "business", "restaurant", "hotel", "company", "firm", "construction",
	"bar", "shop", "apartment", "house", "building", "cattle", "farm", "bank", "casino", "share", "stock", "bond", "art", "car", "football", "club", "economy", "tourism"})

// assetAfter says whether legal assets follow at i: "in real estate", "into
// restaurants and hotels".
func assetAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4 && !toks[k].punct; k++ {
		if assetNouns.has(toks[k].nid) {
			return true
		}
	}
	return false
}

var transferVerbs = set([]string{"transfer", "transfers", "transferred", "transferring", "send", "sends", "sent",
	"sending", "pass", "passes", "passed", "passing", "wire", "wires", "wired", "wiring", "divert", "diverts", "diverted",
	"diverting", "remit", "remits", "remitted", "remitting", "funnel", "funnels", "funnelled", "funneled", "funnelling",
	"funneling", "channel", "channels", "channelled", "channeled", "channelling", "channeling", "route", "routes",
	"routed", "routing", "give", "gives", "gave", "given", "giving"})

// The passes of converge that read a sentence only when one of their
// trigger words stands in it (lexicon.passWords).
const (
	passSame uint64 = 1 << iota
	passEarn
	passMoney
	passFinanced
	passInvest
	passTransfer
	passPaid
	passWhich
	passWhere
	passUsing
	passLink
	passExchange
	passCooperate
	passTookOver
	passFront
	passPay
	passLevy
	passConvert
	passMove
	passVictims
	passSource
	passHandle
	passReach
	passRelative
	passFinancedBy
	passPart
	passClean
	passUse
	passConnected
	passEnabler
	passBought
	passLet
)

// singlePasses may find both crimes of a link with one crime mention or
// none; each reads a sentence only when one of its trigger words stands in it.
var singlePasses = []convergePass{
	{passPart, (*docState).partOfScheme}, {passBought, (*docState).boughtWithProceeds}, {passBought, (*docState).depositedProceeds}, {passConnected, (*docState).theseConnected}, {passEnabler, (*docState).keyEnabler},
	{passCooperate, func(d *docState, text string, toks []token, cm []mention, emit emitFn) {
		jointDeeds(text, toks, cm, emit)
	}},
	{passTookOver, func(d *docState, text string, toks []token, cm []mention, emit emitFn) {
		tookOver(text, toks, cm, emit)
	}},
	{passFront, func(d *docState, text string, toks []token, cm []mention, emit emitFn) {
		frontsFor(text, toks, cm, emit)
	}},
	{passPay, func(d *docState, text string, toks []token, cm []mention, emit emitFn) {
		protectionPaid(text, toks, cm, emit)
	}},
	{passLevy, (*docState).levyIncome},
	{passConvert, func(d *docState, text string, toks []token, cm []mention, emit emitFn) {
		convertsCash(text, toks, cm, emit)
	}},
	{passMove, func(d *docState, text string, toks []token, cm []mention, emit emitFn) {
		movesProceeds(text, toks, cm, emit)
		d.proceedsMoved(text, toks, cm, emit)
	}},
	{passVictims, (*docState).victimsMoney},
	{passSource, (*docState).sourceOfIncome},
	{passHandle, func(d *docState, text string, toks []token, cm []mention, emit emitFn) {
		handlesMoneyFor(text, toks, cm, emit)
	}},
	{passReach, func(d *docState, text string, toks []token, cm []mention, emit emitFn) {
		goodsReach(text, toks, cm, emit)
	}},
}

// operationHeads name a crime's enterprise: funds handled "for six ransomware
// operations", "for a darknet drug market" serve their owners.
var operationHeads = set([]string{"operation", "market", "marketplace", "ring", "enterprise", "scheme"})

// handleVerbs handle other people's money: handlesMoneyFor reads them.
var handleVerbs = set([]string{"handle", "handles", "handled", "handling", "process", "processes", "processed", "processing",
	"manage", "manages", "managed", "managing", "hold", "holds", "held", "holding", "clean", "cleans", "cleaned", "cleaning",
	"move", "moves", "moved", "moving", "transfer", "transfers", "transferred", "transferring", "wire", "wired", "wiring",
	"receive", "receives", "received", "receiving"})

// handlesMoneyFor reads a money service working for a crime's actors as
// laundering for that crime: "over-the-counter desks that also handle
// payments for online gambling operators and for methamphetamine
// suppliers", "a bank that processed funds for the cartel".
func handlesMoneyFor(text string, toks []token, cm []mention, emit emitFn) {
	for i := 0; i+3 < len(toks); i++ {
		if !handleVerbs.has(toks[i].lid) {
			continue
		}
		m := i + 1
		for m < len(toks) && m <= i+3 && (toks[m].cls&cDet != 0 || toks[m].lower == "the" || toks[m].lower == "large" || toks[m].lower == "cash") {
			m++
		}
		if e := launderedAmount(toks, i+1); e > i+2 {
			m = e - 1 // "had moved more than 200 million euros for criminal groups": an amount
		}
		if m+1 >= len(toks) || !(moneyWords.has(toks[m].nid) || toks[m].norm == "payment" || toks[m].norm == "transfer" || toks[m].norm == "transaction" || toks[m].norm == "deposit") {
			continue
		}
		if toks[m].norm == "fund" && m+1 < len(toks) && toks[m+1].lower != "for" {
			continue
		}
		ml := mention{kind: mCrime, start: i, end: m + 1, crime: "money-laundering"}
		if crimeAt(cm, i) >= 0 || crimeAt(cm, m) >= 0 {
			continue // "laundering money for": the lexicon's own
		}
		for q := m + 1; q < len(toks) && q <= m+14 && toks[q].text != ";" && toks[q].text != "." && toks[q].cls&cClause == 0; q++ {
			if toks[q].lower != "for" && !(toks[q].lower == "of" && toks[q-1].lower == "behalf") {
				continue // ("receive payments on behalf of the cartel")
			}
			k := crimeStartingAt(cm, q+1)
			if k < 0 && q+2 < len(toks) {
				k = crimeStartingAt(cm, q+2) // "for the cartel", "for online gambling operators"
			}
			if k < 0 && q+3 < len(toks) && toks[q+1].cls&cDet != 0 {
				k = crimeStartingAt(cm, q+3)
			}
			n := q + 1
			for n < len(toks) && n <= q+4 && (quantityHedges.has(toks[n].lid) || numberWords.has(toks[n].lid) || isDigits(toks[n].text)) {
				n++ // "for at least six"
			}
			if k < 0 && n > q+1 && n < len(toks) {
				k = crimeStartingAt(cm, n) // "for at least six ransomware operations"
			}
			if k < 0 || schema.Root(cm[k].crime) == "money-laundering" {
				continue
			}
			if e := cm[k].end; !cm[k].actor && (e >= len(toks) || !agentNoun(toks[e].norm) && !operationHeads.has(toks[e].nid)) && !operationHeads.has(toks[e-1].nid) && !(cm[k].start >= 1 && groupHeads.has(toks[cm[k].start-1].nid)) {
				continue // for a crime's actors ("networks smuggling cocaine"), not "payments for drugs" (a purchase)
			}
			emit(ml, cm[k], span(text, toks, i, cm[k].end), schema.MechFacilitates)
			if e := cm[k].end; cm[k].actor && e+2 < len(toks) && (toks[e].lower == "involved" || toks[e].lower == "engaged") && toks[e+1].lower == "in" {
				// "moved 200 million euros for criminal groups involved in cocaine trafficking": the money is that trade's
				if t := crimeStartingAt(cm, e+2); t >= 0 && !cm[t].actor {
					for _, b := range listRight(cm, toks, t) {
						emit(ml, cm[b], span(text, toks, i, cm[b].end), schema.MechFacilitates)
					}
				}
			}
		}
		return
	}
}

// emitFn records a link between two crime mentions.
type emitFn = func(a, b mention, cue, mech string)

// convergePasses are the structural rules converge runs, in order; a pass
// with a bit runs only when one of its trigger words stands in the sentence.
// convergePass is a pass of converge and the trigger bit that gates it (0: always).
type convergePass struct {
	bit uint64
	run func(*docState, string, []token, []mention, emitFn)
}

var convergePasses = []convergePass{
	{0, (*docState).actorDoing}, {0, (*docState).relativeDoing}, {0, (*docState).drivenInto},
	{passSame, (*docState).sameAs}, {0, (*docState).suppliedTo}, {0, (*docState).pronounDoing},
	{passEarn, (*docState).earning}, {passMoney, (*docState).spending}, {passFinanced, (*docState).financedThrough},
	{0, (*docState).inBreach}, {passInvest, (*docState).investing}, {passTransfer, (*docState).transferring},
	{passPaid, (*docState).paidWith}, {passPaid, (*docState).paidInGoods}, {passWhich, (*docState).throughWhich}, {passWhere, (*docState).whereActor},
	{passUsing, (*docState).usingMeans}, {0, (*docState).coordinatedDeeds}, {passLink, (*docState).linkVerb},
	{0, (*docState).purpose}, {passExchange, (*docState).exchanged}, {0, (*docState).actorIs}, {0, (*docState).forActor},
	{0, (*docState).dealtTogether}, {0, (*docState).twoDeeds}, {0, (*docState).relativeSubject},
	{passMoney, (*docState).proceedsBuy}, {0, (*docState).officialsSupply}, {0, (*docState).recordsOf},
	{0, (*docState).relativeAlso}, {passMoney, (*docState).moneyFromInto}, {0, (*docState).moneyBuys},
	{0, (*docState).blindEyeWhile}, {0, (*docState).inseparable}, {passRelative, (*docState).crimeByActor}, {passFinancedBy, (*docState).financedSubject}, {passClean, (*docState).cleanOutput}, {passUse, (*docState).usedToLaunder}, {passPay, (*docState).payForWith}, {passLet, (*docState).letsItThrough},
}

// cleanOutput links the gains a sentence names to what they come out as,
// clean: "Cocaine profits go in, clean gold comes out" launders the cocaine
// money through the gold of the crime the gold was named in.
func (d *docState) cleanOutput(text string, toks []token, cm []mention, emit emitFn) {
	for _, ml := range cm {
		if ml.crime != "money-laundering" || toks[ml.start].lower != "clean" || ml.end-ml.start != 2 {
			continue
		}
		var goods mention
		if g, ok := d.goodsNouns[toks[ml.start+1].lower]; ok && d.sentIndex-g.sent <= 6 {
			goods = mention{kind: mCrime, start: ml.start + 1, end: ml.end, crime: g.crime}
			emit(goods, ml, span(text, toks, ml.start, ml.end), schema.MechFinances)
		}
		for _, x := range cm {
			if x.actor || x.end >= len(toks) || !moneyWords.has(toks[x.end].nid) || schema.Root(x.crime) == "money-laundering" {
				continue
			}
			emit(x, ml, span(text, toks, x.start, ml.end), schema.MechFinances) // "Cocaine profits go in"
			if goods.crime != "" {
				emit(x, goods, span(text, toks, x.start, ml.end), schema.MechFinances)
			}
		}
	}
}

// usedToLaunder links goods a crime yields to the laundering they are used
// for: "uses the gold to launder money from cocaine sales".
func (d *docState) usedToLaunder(text string, toks []token, cm []mention, emit emitFn) {
	for i := 0; i+3 < len(toks); i++ {
		if !useForms.has(toks[i].lid) {
			continue
		}
		x := crimeStartingAt(cm, i+1)
		if x < 0 && toks[i+1].cls&cDet != 0 {
			x = crimeStartingAt(cm, i+2)
		}
		if x < 0 || cm[x].actor || schema.Root(cm[x].crime) == "money-laundering" || cm[x].end+1 >= len(toks) || toks[cm[x].end].lower != "to" {
			continue
		}
		if y := crimeStartingAt(cm, cm[x].end+1); y >= 0 && schema.Root(cm[y].crime) == "money-laundering" {
			emit(cm[x], cm[y], span(text, toks, i, cm[y].end), schema.MechFinances)
		}
	}
}

// payForWith links what a crime actor buys to the crimes whose money pays
// for it: "The gangs pay for the weapons with money from kidnappings and
// extortion".
func (d *docState) payForWith(text string, toks []token, cm []mention, emit emitFn) {
	for i := 0; i+5 < len(toks); i++ {
		if !payVerbs.has(toks[i].lid) || toks[i+1].lower != "for" {
			continue
		}
		var x mention
		for q := i + 2; q < len(toks) && q <= i+4 && x.crime == ""; q++ {
			if c := crimeAt(cm, q); c >= 0 && !cm[c].actor {
				x = cm[c]
			} else if c := schema.Goods[toks[q].norm]; c != "" && c != schema.People && c != "counterfeiting" {
				x = mention{kind: mCrime, start: q, end: q + 1, crime: c} // "the weapons"
			} else if q == i+2 && (toks[q].lower == "them" || toks[q].lower == "it") && d.prevTrade != "" {
				x = mention{kind: mCrime, start: q, end: q + 1, crime: d.prevTrade} // "They pay for them" after "buy thousands of guns"
			}
		}
		w := x.end
		if x.crime == "" || w+2 >= len(toks) || toks[w].lower != "with" {
			continue
		}
		if y := crimeStartingAt(cm, w+1); y >= 0 && cm[y].end < len(toks) && moneyWords.has(toks[cm[y].end].nid) && schema.Root(cm[y].crime) != schema.Root(x.crime) {
			emit(cm[y], x, span(text, toks, i, cm[y].end+1), schema.MechFinances) // "with drug money"
			return
		}
		if w+3 >= len(toks) || !moneyWords.has(toks[w+1].nid) || toks[w+2].lower != "from" {
			continue
		}
		if y := rightOf(cm, toks, w+3); y >= 0 {
			for _, b := range listRight(cm, toks, y) {
				if schema.Root(cm[b].crime) != schema.Root(x.crime) {
					emit(cm[b], x, span(text, toks, i, cm[b].end), schema.MechFinances)
				}
			}
		}
		return
	}
}

// theseConnected links the trades a sentence (or the one before) named when
// it goes on to say they are connected: "militias are involved in the
// smuggling of weapons, fuel and migrants, and these activities are closely
// connected".
func (d *docState) theseConnected(text string, toks []token, cm []mention, emit emitFn) {
	for i := 2; i < len(toks); i++ {
		if !connectedWords.has(toks[i].lid) {
			continue
		}
		q := i - 1
		for q > 0 && (toks[q].cls&cAdv != 0 && toks[q].cls&cDet == 0 || strings.HasSuffix(toks[q].lower, "ly")) {
			q-- // "are closely connected"
		}
		if q < 2 || !beForms.has(toks[q].lid) || !activityNouns.has(toks[q-1].nid) || toks[q-2].lower != "these" && toks[q-2].lower != "those" && toks[q-2].lower != "both" && toks[q-2].lower != "all" {
			continue
		}
		var trades []mention
		for _, m := range cm {
			if !m.actor && m.end <= q-2 && !slices.ContainsFunc(trades, func(t mention) bool { return schema.Root(t.crime) == schema.Root(m.crime) }) {
				trades = append(trades, m)
			}
		}
		if len(trades) == 0 && len(d.prevTrades) >= 2 {
			for _, r := range d.prevTrades {
				trades = append(trades, mention{kind: mCrime, start: q - 2, end: q, crime: r})
			}
		}
		for x := range trades {
			for y := x + 1; y < len(trades); y++ {
				emit(trades[x], trades[y], span(text, toks, q-2, i+1), schema.MechLink)
			}
		}
		return
	}
}

// connectedWords say two things go together; activityNouns name crimes in general.
var connectedWords = set([]string{"connected", "linked", "intertwined", "interlinked", "interconnected", "entwined", "related", "tied"})
var activityNouns = set([]string{"activity", "crime", "trade", "business", "market", "flow", "phenomenon", "threat", "problem", "trafficking"})

// keyEnabler links a crime said to be an enabler, with no object, to the
// trade the text is about: "Corruption in border police and customs remains a
// key enabler."
func (d *docState) keyEnabler(text string, toks []token, cm []mention, emit emitFn) {
	if len(cm) != 1 || cm[0].actor || !cm[0].subject(toks) {
		return
	}
	for i := cm[0].end; i+1 < len(toks); i++ {
		if toks[i].norm != "enabler" && toks[i].norm != "facilitator" {
			continue
		}
		if !toks[i+1].punct || toks[i+1].text == "," {
			return // "an enabler of arms trafficking": the cues read it
		}
		if main := d.dominantTrade(); main != "" && schema.Root(main) != schema.Root(cm[0].crime) {
			// (a threat assessment that names many trades leaves the enabler's object open)
			emit(cm[0], mention{kind: mCrime, start: i, end: i + 1, crime: main}, span(text, toks, cm[0].start, i+1), schema.MechFacilitates)
		}
		return
	}
}

// boughtWithProceeds reads assets bought with a crime's money as laundering:
// "40 apartments and villas that they say were bought with the proceeds of
// hashish smuggling", "houses bought with drug money".
func (d *docState) boughtWithProceeds(text string, toks []token, cm []mention, emit emitFn) {
	for i := 1; i+3 < len(toks); i++ {
		if !buyVerbs.has(toks[i].lid) && toks[i].lower != "acquired" || toks[i+1].lower != "with" {
			continue
		}
		asset := false
		for q := i - 1; q >= 0 && q >= i-12; q-- {
			asset = asset || assetNouns.has(toks[q].nid) || homeNouns.has(toks[q].nid)
		}
		if !asset {
			continue
		}
		q := i + 2
		if toks[q].cls&cDet != 0 {
			q++
		}
		var src mention
		if k := crimeStartingAt(cm, q); k >= 0 && cm[k].end < len(toks) && moneyWords.has(toks[cm[k].end].nid) {
			src = cm[k] // "bought with drug money"
		} else if q+2 < len(toks) && moneyWords.has(toks[q].nid) && (toks[q+1].lower == "of" || toks[q+1].lower == "from") {
			if k := rightOf(cm, toks, q+2); k >= 0 && !cm[k].actor {
				src = cm[k] // "bought with the proceeds of hashish smuggling"
			}
		}
		if src.crime != "" && schema.Root(src.crime) != "money-laundering" {
			emit(src, mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"}, span(text, toks, i, src.end), schema.MechFinances)
		}
	}
}

// depositedProceeds reads a crime's money deposited as laundering's first
// step: "A criminal can deposit a million in drug money".
func (d *docState) depositedProceeds(text string, toks []token, cm []mention, emit emitFn) {
	for i := 0; i+2 < len(toks); i++ {
		if w := toks[i].lower; w != "deposit" && w != "deposits" && w != "deposited" && w != "depositing" {
			continue
		}
		for k := range cm {
			if m := cm[k]; !m.actor && m.start > i && m.start <= i+6 && m.end < len(toks) && moneyWords.has(toks[m.end].nid) && schema.Root(m.crime) != "money-laundering" && !punctBetween(toks, i, m.start) {
				emit(m, mention{kind: mCrime, start: i, end: i + 1, crime: "money-laundering"}, span(text, toks, i, m.end+1), schema.MechFinances)
				break
			}
		}
	}
}

// homeNouns are assets a crime's money buys: "apartments and villas".
var homeNouns = set([]string{"villa", "apartment", "flat", "home", "mansion", "yacht", "jewellery", "jewelry", "watch", "penthouse", "ranch", "plot"})

// letsItThrough links a crime that lets "it" pass to the trade "it" stands
// for: "we have to stop the corruption that lets it through" after "stop the
// cocaine".
func (d *docState) letsItThrough(text string, toks []token, cm []mention, emit emitFn) {
	for k, m := range cm {
		r := m.end
		if m.actor || r+3 >= len(toks) || toks[r].lower != "that" && toks[r].lower != "which" || !letVerbs.has(toks[r+1].lid) ||
			toks[r+2].lower != "it" && toks[r+2].lower != "them" {
			continue
		}
		var goods mention
		for y := k - 1; y >= 0; y-- {
			if !cm[y].actor && schema.Root(cm[y].crime) != schema.Root(m.crime) {
				goods = cm[y] // the trade named before in the sentence
				break
			}
		}
		if goods.crime == "" && len(d.prevTrades) == 1 && schema.Root(d.prevTrades[0]) != schema.Root(m.crime) {
			goods = mention{kind: mCrime, start: r + 2, end: r + 3, crime: d.prevTrades[0]}
		}
		if goods.crime != "" {
			emit(m, goods, span(text, toks, m.start, r+3), schema.MechFacilitates)
		}
	}
}

// letVerbs let something pass: "the corruption that lets it through".
var letVerbs = set([]string{"let", "lets", "allow", "allows", "allowed", "help", "helps", "helped", "enable", "enables", "enabled"})

// withForged links a trade to the forged papers it is done with: "the timber
// was cut in protected forests and smuggled across borders with forged export
// permits", "sell the land with forged titles".
func withForged(text string, toks []token, cm []mention, emit emitFn) {
	for k, f := range cm {
		if f.actor || schema.Root(f.crime) != "fraud" && schema.Root(f.crime) != "counterfeiting" || f.start < 2 ||
			toks[f.start-1].lower != "with" && toks[f.start-1].lower != "using" || !fakeWords.has(toks[f.start].lid) && !forgedWords.has(toks[f.start].lid) {
			continue
		}
		for y := 0; y < k; y++ {
			// (the clause's first trade: "Timber ... is laundered through sawmills and exported with
			// forged certificates" is the timber's)
			if x := cm[y]; !x.actor && schema.Root(x.crime) != schema.Root(f.crime) && f.start-x.end <= 14 && !punctBetween(toks, x.end, f.start) {
				emit(x, f, span(text, toks, x.start, f.end), schema.MechTactics)
				break
			}
		}
	}
}

// partOfScheme links officials who are "part of the scheme" to the trade the
// text is about: "Local officials are part of the scheme."
func (d *docState) partOfScheme(text string, toks []token, cm []mention, emit emitFn) {
	for _, m := range cm {
		if m.actor || m.crime != "corruption" || toks[m.start].lower != "part" || m.start+3 >= len(toks) || crimeAt(cm, m.start+3) >= 0 {
			continue
		}
		if main := d.mainTrade(); main != "" && main != "corruption" {
			emit(m, mention{kind: mCrime, start: m.start + 2, end: m.start + 4, crime: main}, span(text, toks, m.start, m.start+4), schema.MechFacilitates)
		}
	}
}

// financedSubject links the crime a subject is financed by to the crimes
// its verb goes on to do: "Armed groups financed by cocaine continued to
// recruit children and to destroy the Amazon rainforest through illegal
// mining" (whoever the groups are, cocaine pays for the mining).
func (d *docState) financedSubject(text string, toks []token, cm []mention, emit emitFn) {
	for p := 1; p+2 < len(toks); p++ {
		if !financedWords.has(toks[p].lid) || toks[p+1].lower != "by" || toks[p-1].punct || toks[p-1].cls&(cDet|cPrep|cPron) != 0 {
			continue
		}
		for q := 0; q < p; q++ {
			if toks[q].punct || toks[q].cls&cFinite != 0 || d.lx.verbsOf(toks[q].lid) != nil {
				return // the subject alone before: "Armed groups financed by"
			}
		}
		a := crimeStartingAt(cm, p+2)
		if a < 0 && p+3 < len(toks) && toks[p+2].cls&cDet != 0 {
			a = crimeStartingAt(cm, p+3)
		}
		if a < 0 || cm[a].actor {
			return
		}
		for k := a + 1; k < len(cm); k++ {
			b := cm[k]
			if crossesClauseBreak(toks, cm[a].end, b.start) || reportingBetween(d, toks, cm[a].end, b.start) {
				break
			}
			if !b.actor && schema.Root(b.crime) != schema.Root(cm[a].crime) {
				emit(cm[a], b, span(text, toks, p, b.end), schema.MechFinances)
			}
		}
		return
	}
}

// financedWords say what pays for a group: "financed by cocaine".
var financedWords = set([]string{"financed", "funded", "fuelled", "fueled", "bankrolled", "sustained", "enriched"})

// reportingBetween says whether a reporting verb stands in toks[i:j].
func reportingBetween(d *docState, toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if reportingWord(d, toks, p) {
			return true
		}
	}
	return false
}

// crimeByActor links a crime to the crime actor of the relative clause that
// follows it: "the extortion payments that gangs demand", "the cocaine that
// the cartel had hidden in bananas".
func (d *docState) crimeByActor(text string, toks []token, cm []mention, emit emitFn) {
	for r := 1; r+2 < len(toks); r++ {
		if w := toks[r].lower; w != "that" && w != "which" {
			continue
		}
		x := -1
		for k := range cm {
			if !cm[k].actor && (cm[k].end == r || cm[k].end == r-1 && nounLike(toks[r-1]) && !toks[r-1].punct && !toks[r-1].cap && d.lx.verbsOf(toks[r-1].lid) == nil) {
				x = k
			}
		}
		if x < 0 {
			continue
		}
		q := r + 1
		for q < len(toks) && q <= r+2 && (toks[q].cls&cDet != 0 || adjective(toks[q])) && crimeStartingAt(cm, q) < 0 {
			q++
		}
		a := crimeStartingAt(cm, q)
		if a < 0 || !cm[a].actor || schema.Root(cm[a].crime) == schema.Root(cm[x].crime) {
			continue
		}
		v := cm[a].end
		for v < len(toks) && v <= cm[a].end+2 && auxWords.has(toks[v].lid) {
			v++
		}
		if v >= len(toks) || toks[v].punct || toks[v].cap || !d.verbLike(toks[v]) && toks[v].cls&cFinite == 0 && d.lx.verbsOf(toks[v].lid) == nil ||
			reportingWord(d, toks, v) || negatedBetween(toks, cm[a].end, v+1) || crimeAt(cm, v) >= 0 {
			continue
		}
		emit(cm[x], cm[a], span(text, toks, cm[x].start, v+1), schema.MechInvolvement)
	}
}

// auxWords stand between a subject and its verb: "the cartel had hidden".
var auxWords = set([]string{"had", "has", "have", "is", "are", "was", "were", "would", "will", "can", "could", "may", "might", "also", "still", "often", "allegedly", "reportedly", "then", "now"})

// separateVerbs part two things: "cannot separate the drugs trade from the exploitation".
var separateVerbs = set([]string{"separate", "separated", "disentangle", "disentangled", "divorce", "divorced", "untangle", "untangled"})

// inseparable links two crimes said not to be separable: "we cannot separate
// the drugs trade from the exploitation of young people", "trafficking cannot
// be separated from corruption".
func (d *docState) inseparable(text string, toks []token, cm []mention, emit emitFn) {
	for i := 2; i+2 < len(toks); i++ {
		if !separateVerbs.has(toks[i].lid) {
			continue
		}
		neg := -1
		for q := i - 1; q >= 0 && q >= i-3; q-- {
			if w := toks[q].lower; w == "cannot" || w == "not" || w == "n't" || w == "impossible" || w == "never" {
				neg = q
			}
		}
		if neg < 0 {
			continue
		}
		var x, y, from int
		if beForms.has(toks[i-1].lid) || toks[i-1].lower == "been" {
			// "trafficking cannot be separated from corruption"
			x = lastBefore(cm, i, func(m mention) bool { return !crossesClauseBreak(toks, m.end, neg) }) // (up to its "not")
			if i+1 >= len(toks) || toks[i+1].lower != "from" {
				continue
			}
			from = i + 1
			y = rightOf(cm, toks, i+2)
		} else {
			x = rightOf(cm, toks, i+1)
			if x < 0 {
				continue
			}
			f := cm[x].end
			for f < len(toks) && f <= cm[x].end+2 && toks[f].lower != "from" {
				f++
			}
			if f >= len(toks) || toks[f].lower != "from" {
				continue
			}
			from = f
			y = rightOf(cm, toks, f+1)
		}
		if x < 0 || y < 0 {
			continue
		}
		// (the cue starts at "from": its "not" is what the link says, not a denial of it)
		for _, k := range listRight(cm, toks, y) {
			if schema.Root(cm[x].crime) != schema.Root(cm[k].crime) {
				emit(cm[x], cm[k], span(text, toks, from, cm[k].end), schema.MechLink)
			}
		}
	}
}

// blindEyeWhile links officials who look away with the crime they look away
// from: "Customs officials looked the other way while the cartel shipped
// cocaine", "guards turned a blind eye as drugs came in".
func (d *docState) blindEyeWhile(text string, toks []token, cm []mention, emit emitFn) {
	for _, m := range cm {
		if m.crime != "corruption" || !blindEyeAt(toks, m.start) {
			continue
		}
		q := m.start + 4
		if q < len(toks) && (toks[q].lower == "while" || toks[q].lower == "as" || toks[q].lower == "when") {
			for _, y := range cm {
				if y.start > q && schema.Root(y.crime) != "corruption" && !crossesClause(toks, q+1, y.start) {
					emit(m, y, span(text, toks, m.start, y.end), schema.MechFacilitates)
				}
			}
		}
	}
}

// moneyFromInto links a crime whose money a laundering mention moves: "used
// to move cash from sex trafficking into the formal economy".
func (d *docState) moneyFromInto(text string, toks []token, cm []mention, emit emitFn) {
	for _, m := range cm {
		if m.actor || m.crime != "money-laundering" {
			continue
		}
		for q := m.start - 1; q >= 2 && q >= m.start-10; q-- {
			if toks[q].punct {
				break
			}
			if k := crimeStartingAt(cm, q); k >= 0 && !cm[k].actor && cm[k].end <= m.start && toks[q-1].lower == "from" && (moneyWords.has(toks[q-2].nid) || toks[q-2].norm == "payment") {
				emit(cm[k], m, span(text, toks, q-2, m.end), schema.MechFinances)
				break
			}
		}
	}
}

// relativeAlso links the two deeds of one relative clause's antecedent when
// the second is added with "and which also": "a network that smuggled live
// birds and reptiles to Asia and which also trafficked methamphetamine
// precursors", whatever the antecedent is called.
func (d *docState) relativeAlso(text string, toks []token, cm []mention, emit emitFn) {
	for i := 2; i+2 < len(toks); i++ {
		if !relativePronoun(toks[i].lower) || toks[i-1].lower != "and" || toks[i+1].lower != "also" {
			continue
		}
		y := -1
		for q := i + 2; q < len(toks) && q <= i+4 && y < 0; q++ {
			y = crimeStartingAt(cm, q)
		}
		if y < 0 || cm[y].actor {
			continue
		}
		r := -1 // the clause's first relative pronoun
		for q := i - 2; q >= 0 && q >= i-16 && toks[q].text != ";" && toks[q].text != "."; q-- {
			if relativePronoun(toks[q].lower) && toks[q].lower == toks[i].lower || toks[q].lower == "that" && toks[i].lower == "which" {
				r = q
				break
			}
		}
		if r < 0 {
			continue
		}
		for x := range cm {
			if cm[x].start > r && cm[x].end < i && !cm[x].actor && schema.Root(cm[x].crime) != schema.Root(cm[y].crime) {
				emit(cm[x], cm[y], span(text, toks, cm[x].start, cm[y].end), schema.MechInvolvement)
			}
		}
	}
}

// recordsOf links a crime actor to the crimes on its record: "the men who
// carried out attacks in Paris and Brussels had long records of theft and
// drug dealing", "attackers with previous convictions for drug offences".
func (d *docState) recordsOf(text string, toks []token, cm []mention, emit emitFn) {
	for i := 2; i+2 < len(toks); i++ {
		if n := toks[i].norm; n != "record" && n != "conviction" && n != "history" || toks[i+1].lower != "of" && toks[i+1].lower != "for" {
			continue
		}
		h := i - 1
		for h > 0 && i-h <= 3 && !toks[h].punct && toks[h].lower != "had" && toks[h].lower != "have" && toks[h].lower != "has" && toks[h].lower != "with" {
			h--
		}
		if w := toks[h].lower; w != "had" && w != "have" && w != "has" && w != "with" {
			continue
		}
		a := -1
		for k := range cm {
			if cm[k].actor && cm[k].end <= h && h-cm[k].end <= 6 && !crossesClause(toks, cm[k].end, h) {
				a = k
			}
		}
		r := -1
		for q := i + 2; q < len(toks) && q <= i+5 && r < 0 && !toks[q].punct; q++ {
			r = crimeStartingAt(cm, q) // ("records of theft and drug dealing")
		}
		if a < 0 || r < 0 {
			continue
		}
		for _, b := range listRight(cm, toks, r) {
			emit(cm[a], cm[b], span(text, toks, cm[a].start, cm[b].end), schema.MechInvolvement)
		}
	}
}

// officialsSupply reads officials selling a trade's goods to a crime actor
// as corruption linked to both: "police officers had sold weapons from state
// stockpiles to the gangs", "soldiers supplied ammunition to the cartel".
func (d *docState) officialsSupply(text string, toks []token, cm []mention, emit emitFn) {
	for x := range cm {
		m := cm[x]
		if m.actor || toks[m.start].cls&cTrade == 0 || schema.Root(m.crime) == "corruption" {
			continue
		}
		o := -1
		for q := m.start - 1; q >= 0 && q >= m.start-5 && !toks[q].punct && crimeAt(cm, q) < 0; q-- {
			if officialNouns.has(toks[q].nid) || toks[q].lower == "police" || toks[q].norm == "soldier" {
				o = q
				break
			}
		}
		if o < 0 {
			continue
		}
		for q := m.end; q+1 < len(toks) && q <= m.end+8 && toks[q].text != ";" && toks[q].text != ","; q++ {
			if toks[q].lower != "to" {
				continue
			}
			if r := rightOf(cm, toks, q+1); r >= 0 && cm[r].actor && cm[r].start <= q+3 {
				c := mention{kind: mCrime, start: o, end: o + 1, crime: "corruption"}
				emit(c, m, span(text, toks, o, m.end), schema.MechFacilitates)
				emit(c, cm[r], span(text, toks, o, cm[r].end), schema.MechFacilitates)
			}
			break
		}
	}
}

// dealtTogether links goods of different trades that one person moved or
// sold with one verb: "the man sold pills and firearms to an undercover
// officer". A crime actor's list is read elsewhere (its trades, each with it).
func (d *docState) dealtTogether(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	if anyActor(cm) {
		return
	}
	for x := range cm {
		if toks[cm[x].start].cls&cTrade == 0 || cm[x].end-cm[x].start < 2 {
			continue // the mention starts at its verb: "sold pills"
		}
		if x > 0 {
			return // "Money from the frauds is used to buy weapons and drugs": what an earlier crime pays for
		}
		items := listRight(cm, toks, x)
		for a := 0; a < len(items); a++ {
			for b := a + 1; b < len(items); b++ {
				emit(cm[items[a]], cm[items[b]], span(text, toks, cm[x].start, cm[items[b]].end), schema.MechLink)
			}
		}
		return
	}
}

// twoDeeds links two trades one subject carries on with two verbs joined by
// "and": "used an EncroChat handset to arrange the delivery of 200 kilograms
// of cocaine and to buy firearms", "he imported heroin and sold pistols". A
// crime actor's deeds are read elsewhere (each with the actor).
func (d *docState) twoDeeds(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	if anyActor(cm) {
		return
	}
	for y := 1; y < len(cm); y++ {
		b := cm[y]
		v := b.start
		if v < 2 || toks[v].cls&cTrade == 0 && schema.MovingVerbs[toks[v].lower] == "" || b.end-b.start < 2 {
			continue // the mention starts at its verb: "buy firearms"
		}
		p := v - 1
		if toks[p].lower == "to" {
			p--
		}
		if p < 1 || toks[p].lower != "and" {
			continue
		}
		x := lastBefore(cm, p+1, func(m mention) bool { return schema.Root(m.crime) != schema.Root(b.crime) && deedHead(toks, m) })
		if x < 0 || crossesClauseBreak(toks, cm[x].end, p) || negatedBetween(toks, 0, v) {
			continue
		}
		reported := false
		for q := cm[x].end; q < p; q++ {
			reported = reported || reportingWord(d, toks, q)
		}
		if !reported {
			emit(cm[x], b, span(text, toks, cm[x].start, b.end), schema.MechLink)
		}
	}
}

// proceedsBuy links crimes whose proceeds buy the goods of another: "Gang
// leaders used the proceeds of kidnappings and extortion to purchase weapons",
// "the money from fraud went to buy drugs".
func (d *docState) proceedsBuy(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := range toks {
		k := proceedsOf(cm, toks, i)
		if k < 0 {
			continue
		}
		list := listRight(cm, toks, k)
		e := cm[list[len(list)-1]].end
		for q := e; q < len(toks) && q <= e+3; q++ {
			if toks[q].lower != "to" {
				continue
			}
			y := crimeStartingAt(cm, q+1)
			if y < 0 || cm[y].actor || toks[q+1].cls&cTrade == 0 && !financeWord(toks[q+1].lower) {
				break
			}
			for _, x := range list {
				emit(cm[x], cm[y], span(text, toks, i, cm[y].end), schema.MechFinances)
			}
			break
		}
	}
}

// moneyBuys links a crime whose money buys the goods of another: "the
// ransoms buy the guns that make more kidnappings possible", "drug money
// bought the rifles".
func (d *docState) moneyBuys(text string, toks []token, cm []mention, emit emitFn) {
	for k := range cm {
		m := cm[k]
		q := m.end
		if m.actor || q >= len(toks) {
			continue
		}
		if moneyWords.has(toks[q].nid) && q+1 < len(toks) {
			q++ // "drug money bought"
		} else if toks[q-1].norm != "ransom" {
			continue // the crime's own money: "the ransoms"
		}
		if !buyVerbs.has(toks[q].lid) {
			continue
		}
		y := crimeStartingAt(cm, q)
		if y < 0 && q+1 < len(toks) && toks[q+1].cls&cDet != 0 {
			y = crimeStartingAt(cm, q+2)
		}
		if y >= 0 && !cm[y].actor && schema.Root(cm[y].crime) != schema.Root(m.crime) {
			emit(m, cm[y], span(text, toks, m.start, cm[y].end), schema.MechFinances)
		}
	}
}

// goodsReach links goods that reach a crime actor to it: "military weapons
// had flowed into the hands of gangs", "weapons from the war are reaching
// criminal groups", "weapons leaking into criminal markets". The goods are
// a noun no mention holds: moved to criminals, they are trafficked.
func goodsReach(text string, toks []token, cm []mention, emit emitFn) {
	for k := range cm {
		a := cm[k]
		if !a.actor || a.start < 3 {
			continue
		}
		p := a.start - 1 // back over "the hands of", "into", "to"
		for p > 0 && toks[p].cls&cDet != 0 {
			p--
		}
		if p > 1 && toks[p].lower == "of" && toks[p-1].norm == "hand" {
			p -= 2 // "into the hands of"
			for p > 0 && toks[p].cls&cDet != 0 {
				p--
			}
		}
		v := -1 // the verb, past a place it comes from: "leaking from Ukraine war into"
		switch w := toks[p].lower; {
		case strings.HasPrefix(w, "reach"):
			v = p // "are reaching criminal groups": the actor is the object
		case w == "into" || w == "to" || w == "with" || w == "in" && toks[p+1].lower == "the" && toks[p+2].norm == "hand":
			// ("where they end up in the hands of gangs")
			for q := p - 1; q > 0 && q >= p-6 && !toks[q].punct && toks[q].cls&cClause == 0; q-- {
				if reachVerbs.has(toks[q].lid) {
					v = q
					break
				}
			}
		}
		if v < 1 {
			continue
		}
		reach := v - 8
		for g := v - 1; g >= 0 && g >= reach && (toks[g].cls&cClause == 0 || toks[g].lower == "then" && toks[g-1].text == ","); g-- {
			if toks[g].lower == "then" {
				continue
			}
			if toks[g].lower == "they" && g >= 2 && toks[g-1].lower == "where" {
				// "Hundreds of rifles ... bound for Port-au-Prince, where they end up in the hands of
				// gangs": the goods the sentence opened with
				for h := 0; h < g-1 && h < 8; h++ {
					if c := schema.Goods[toks[h].norm]; c != "" && c != schema.People && schema.Root(c) != schema.Root(a.crime) {
						m := mention{kind: mCrime, start: h, end: h + 1, crime: c}
						if x := crimeAt(cm, h); x >= 0 && !cm[x].actor {
							m = cm[x] // "rifles bought legally": the goods' own mention
						}
						emit(m, a, span(text, toks, h, a.end), schema.MechFacilitates)
						break
					}
				}
				break
			}
			if toks[g].punct {
				if toks[g].text != "," || toks[g+1].lower != "then" || reach < v-8 {
					break
				}
				reach = g - 16 // "Firearms bought in Florida are shipped south in barrels, then sold to gangs": the goods of the verbs before
				continue
			}
			if c := crimeAt(cm, g); c >= 0 {
				if m := cm[c]; reach < v-8 && !m.actor && m.end == g+1 && g == m.start && schema.Goods[toks[g].norm] == m.crime && schema.Root(m.crime) != schema.Root(a.crime) {
					emit(m, a, span(text, toks, g, a.end), schema.MechFacilitates)
				}
				break
			}
			if c := schema.Goods[toks[g].norm]; c != "" && c != schema.People && schema.Root(c) != schema.Root(a.crime) {
				emit(mention{kind: mCrime, start: g, end: g + 1, crime: c}, a, span(text, toks, g, a.end), schema.MechFacilitates)
				for h := g - 1; h > 0 && h >= g-2 && (toks[h].lower == "and" || toks[h].text == ","); h-- {
					// "sugar and charcoal linked to al-Shabaab": each of the goods
					if c2 := schema.Goods[toks[h-1].norm]; c2 != "" && c2 != schema.People && crimeAt(cm, h-1) < 0 && schema.Root(c2) != schema.Root(a.crime) {
						emit(mention{kind: mCrime, start: h - 1, end: h, crime: c2}, a, span(text, toks, h-1, a.end), schema.MechFacilitates)
						break
					}
				}
				break
			}
		}
	}
}

// reachVerbs bring goods to whoever ends up with them.
var reachVerbs = set([]string{"reach", "reaches", "reached", "reaching", "flow", "flows", "flowed", "flowing", "leak", "leaks", "leaked",
	"leaking", "fall", "falls", "fell", "fallen", "falling", "up", "divert", "diverted", "diverting", "sold", "smuggled", "sent", "supplied", "linked", "tied"})

// buyVerbs are what a crime's money does when it buys goods.
var buyVerbs = set([]string{"buy", "buys", "bought", "purchase", "purchases", "purchased"})

// relativeSubject links the crime a subject's relative clause names to the
// crime its main verb does: "Some of the aging tankers that help Russia evade
// Western oil sanctions have been used to smuggle cocaine", "the same opaque
// ownership structures that hide sanctioned oil also hide drug shipments". (A
// crime actor's deeds are read elsewhere; people who fight or study a crime
// are not its sharers.)
func (d *docState) relativeSubject(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for r := 1; r+2 < len(toks); r++ {
		w := toks[r].lower
		if w != "that" && w != "which" && w != "who" {
			continue
		}
		h := toks[r-1]
		actorHead := false
		if k := crimeAt(cm, r-1); k >= 0 && cm[k].actor && cm[k].end == r {
			actorHead = true
			// "the same organised crime groups that run fraud call centres abroad are involved in
			// drug supply": the actor named as one is what the relative and the verb share
		} else if h.punct || h.cap || h.cls&(cDet|cPrep|cPron|cConj|cAdv) != 0 || d.lx.verbsOf(h.lid) != nil || crimeAt(cm, r-1) >= 0 ||
			officialNouns.has(h.nid) || responseWords.has(h.lid) || d.lx.collective.has(h.nid) || !pluralTok(h) && !nounLike(h) {
			continue
		}
		a := -1
		for k := range cm {
			if cm[k].start > r && cm[k].start <= r+6 && !cm[k].actor {
				a = k
				break
			}
		}
		if a < 0 || crossesClause(toks, r, cm[a].start) || responseWords.has(toks[cm[a].start-1].lid) {
			continue
		}
		q := cm[a].end
		if actorHead {
			// "The groups that import cocaine through Rotterdam and Antwerp pay dock workers ...": the main verb
			for q < len(toks) && q < cm[a].end+8 && !toks[q].punct && toks[q].cls&cFinite == 0 && toks[q].lower != "also" && !(d.mainVerbLike(toks[q]) && !toks[q].cap && q > cm[a].end+1 && toks[q-1].cap) {
				q++
			}
		} else {
			for q < len(toks) && q < cm[a].end+4 && !toks[q].punct && toks[q].cls&cFinite == 0 && toks[q].lower != "also" {
				q++
			}
		}
		if q >= len(toks) || toks[q].punct || q == cm[a].end && toks[q].lower != "also" && toks[q].cls&cFinite == 0 ||
			actorHead && toks[q].lower != "also" && toks[q].cls&cFinite == 0 && !d.mainVerbLike(toks[q]) {
			continue // (an actor's relative runs on to its main verb: "a network that trafficked ivory from Mozambique to Asia and cocaine")
		}
		for k := a + 1; k < len(cm); k++ {
			b := cm[k]
			if b.start < q || b.start > q+8 || crossesClauseBreak(toks, q, b.start) {
				break
			}
			if b.actor || schema.Root(b.crime) == schema.Root(cm[a].crime) {
				continue
			}
			reported := false
			for p := q; p < b.start; p++ {
				reported = reported || reportingWord(d, toks, p) || responseWords.has(toks[p].lid)
			}
			if !reported && !negatedBetween(toks, q, b.start) {
				for _, y := range listRight(cm, toks, k) { // "the same ones that traffic drugs and weapons"
					emit(cm[a], cm[y], span(text, toks, r-1, cm[y].end), schema.MechAlliance)
				}
			}
			break
		}
	}
}

// mainVerbLike says whether t may be the main verb after a crime actor's
// relative clause: a verb of a crime, or paying or using.
func (d *docState) mainVerbLike(t token) bool {
	return d.verbLike(t) || payVerbs.has(t.lid) || useForms.has(t.lid)
}

// nounLike guesses a lowercase singular noun: no verb, adverb or adjective
// ending.
func nounLike(t token) bool {
	w := t.lower
	return !t.punct && len(w) > 3 && !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// deedHead says whether a trade mention is the object of a trade verb or
// noun: "buy firearms", "the delivery of 200 kilograms of cocaine".
func deedHead(toks []token, m mention) bool {
	if toks[m.start].cls&cTrade != 0 || schema.MovingVerbs[toks[m.start].lower] != "" {
		return m.end-m.start >= 2
	}
	for q := m.start; q >= 0 && q >= m.start-6 && !toks[q].punct; q-- {
		if q < m.start && toks[q].cls&cTrade != 0 || tradeNouns.has(toks[q].nid) && q+1 < len(toks) && toks[q+1].lower == "of" {
			return true
		}
	}
	return false
}

// participleOwner returns the crime actor that opens the sentence and whose
// participle phrase holds the crime mention l ("gangs fighting over cocaine
// routes"), or -1.
func participleOwner(cm []mention, toks []token, l int) int {
	if cm[l].actor {
		return -1
	}
	for h := range cm {
		e := cm[h].end
		if h == l || !cm[h].actor || e >= cm[l].start || !cm[h].subject(toks) || !strings.HasSuffix(toks[e].lower, "ing") || cm[l].start-e > 4 {
			continue
		}
		if !crossesClause(toks, e, cm[l].start) {
			return h
		}
	}
	return -1
}

// tradeVerbBefore says whether a verb of trade stands within four words
// before i in its clause, or opens the mention at i: "ran a fentanyl
// production lab", "smuggled cocaine".
func tradeVerbBefore(toks []token, i int) bool {
	for q := i; q >= 0 && q >= i-4; q-- {
		if toks[q].cls&cTrade != 0 {
			return true
		}
		if q < i && toks[q].punct {
			return false
		}
	}
	return false
}

// forActor links the actor of an opening "For X," to the trades the clause
// says pay: "For some cartel factions, migrant smuggling now brings in as
// much money as drug trafficking".
func (d *docState) forActor(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	if len(cm) < 2 || toks[0].lower != "for" || !cm[0].actor || cm[0].start > 3 {
		return
	}
	c := cm[0].end
	for c < len(toks) && c < cm[0].end+2 && !toks[c].punct && toks[c].cls == 0 {
		c++ // "cartel factions"
	}
	if c >= len(toks) || toks[c].text != "," {
		return
	}
	x := crimeStartingAt(cm, c+1)
	if x < 0 || cm[x].actor {
		return
	}
	pays := false
	for q := cm[x].end; q < len(toks) && q <= cm[x].end+3; q++ {
		switch toks[q].lower {
		case "brings", "bring", "brought", "generates", "generated", "earns", "yields", "provides", "is", "was", "remains", "pays":
			pays = true
		}
	}
	if !pays {
		return
	}
	emit(cm[0], cm[x], span(text, toks, 0, cm[x].end), schema.MechInvolvement)
	for z := x + 1; z < len(cm); z++ {
		if q := cm[z].start - 1; q > 0 && toks[q].lower == "as" && !cm[z].actor {
			emit(cm[0], cm[z], span(text, toks, 0, cm[z].end), schema.MechInvolvement) // "as much money as drug trafficking"
		}
	}
}

// actorIs links a subject crime actor to the trade its predicate names: "The
// gangs that run the small boat crossings are not only people smugglers".
// Labels of terrorism or organized crime ("cartels are terrorist
// organisations") are designations, not links.
func (d *docState) actorIs(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for k := range cm {
		a := cm[k]
		if !a.actor || !a.subject(toks) {
			continue
		}
		q := a.end
		for q < len(toks) && q < a.end+12 && !toks[q].punct && !beForms.has(toks[q].lid) {
			q++
		}
		if q >= len(toks) || !beForms.has(toks[q].lid) || crimeIn(cm, a.end, q) {
			return
		}
		p := q + 1
		if p+1 < len(toks) && toks[p].lower == "not" {
			if w := toks[p+1].lower; w != "only" && w != "just" && w != "merely" && w != "simply" {
				return
			}
			p += 2
		}
		for p < len(toks) && (toks[p].cls&(cAdv|cDet) != 0 || toks[p].lower == "mostly" || toks[p].lower == "primarily" || toks[p].lower == "essentially") && toks[p].lower != "not" {
			p++
		}
		if b := crimeStartingAt(cm, p); b >= 0 && cm[b].actor {
			if r := schema.Root(cm[b].crime); r != "organized-crime" && r != "terrorism" {
				emit(a, cm[b], span(text, toks, a.start, cm[b].end), schema.MechInvolvement)
			}
		}
		return
	}
}

// exchanged links goods traded for each other: "trade cocaine for weapons",
// "paying suppliers for cocaine partly with weapons", "gold in return for
// arms", "They send rifles one way and receive cocaine the other way".
func (d *docState) exchanged(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i].lower
		if strings.HasPrefix(w, "receiv") {
			r := -1
			for q := i; q < len(toks) && q <= i+3 && r < 0; q++ {
				r = crimeStartingAt(cm, q) // ("receive cocaine" may be one mention)
			}
			for k := i - 1; r >= 0 && k >= 0 && k >= i-12; k-- {
				if sendVerbs.has(toks[k].lid) {
					for x := range cm {
						if !cm[x].actor && cm[x].start >= k && cm[x].end <= i {
							emit(cm[x], cm[r], span(text, toks, k, cm[r].end), schema.MechFinances)
						}
					}
					break
				}
			}
			continue
		}
		if w != "for" && w != "with" {
			continue
		}
		q := exchangeAt(toks, i)
		if q < 0 {
			continue
		}
		r := -1
		for p := q; p < len(toks) && p <= q+3 && r < 0; p++ {
			r = crimeStartingAt(cm, p)
		}
		before := i
		if w == "for" && exchangePhrase(toks, i-2) {
			before = i - 2
		}
		x := lastBefore(cm, before+1, func(m mention) bool { return !m.actor && before-m.end <= 8 && !crossesClause(toks, m.end, before) })
		if r >= 0 && x >= 0 {
			emit(cm[x], cm[r], span(text, toks, cm[x].start, cm[r].end), schema.MechFinances)
		}
	}
}

// sendVerbs give one side of a swap: "send rifles one way and receive cocaine".
var sendVerbs = set([]string{"send", "sends", "sent", "sending", "give", "gives", "gave", "giving", "ship", "ships", "shipped", "supply", "supplies", "supplied"})

// paidVerbs open "paid for with", "bought with": paidWith reads them.
var paidVerbs = set([]string{"paid", "bought", "purchased", "financed", "funded", "bankrolled"})

// passTriggers maps each gated pass to the words it starts from.
func passTriggers() map[uint64]wordSet {
	return map[uint64]wordSet{passSame: set([]string{"same"}), passEarn: earnVerbs, passMoney: moneyWords,
		passInvest: investVerbs, passTransfer: transferVerbs, passPaid: paidVerbs, passWhich: set([]string{"which"}),
		passWhere: set([]string{"where"}), passUsing: set([]string{"using"}), passLink: linkVerbs,
		passExchange:  set([]string{"for", "with", "receive", "receives", "received", "receiving"}),
		passCooperate: cooperateVerbs, passTookOver: set([]string{"took", "take", "taken", "takes", "inherited"}),
		passFront: set([]string{"front", "fronts", "cover"}), passPay: payVerbs, passLevy: set([]string{"taxation", "taxes", "levies", "tolls"}),
		passConvert: set([]string{"convert", "converts", "converted", "converting"}), passMove: moveTriggers(),
		passVictims: set([]string{"victims"}), passSource: set([]string{"source"}), passHandle: handleVerbs, passReach: reachVerbs,
		passRelative: set([]string{"that", "which"}), passFinancedBy: financedWords, passPart: set([]string{"part"}), passClean: set([]string{"clean"}), passUse: useForms, passConnected: connectedWords, passEnabler: set([]string{"enabler", "enablers", "facilitator", "facilitators"}),
		passBought: set([]string{"bought", "purchased", "acquired", "deposit", "deposits", "deposited", "depositing"}), passLet: letVerbs}
}

// paidInGoods links a crime actor to the goods it is paid in or pays in:
// "drug traffickers are paid in cash and in weapons", "poachers are paid in
// rifles".
func (d *docState) paidInGoods(text string, toks []token, cm []mention, emit emitFn) {
	for _, g := range cm {
		v := paidIn(toks, g.start)
		if g.actor || v < 0 {
			continue
		}
		for _, m := range cm {
			if !m.actor || schema.Root(m.crime) == schema.Root(g.crime) {
				continue
			}
			if m.end <= v && v-m.end <= 3 && !crossesClauseBreak(toks, m.end, v) || m.start > v && m.end < g.start {
				emit(m, g, span(text, toks, m.start, g.end), schema.MechInvolvement)
			}
		}
	}
}

// paidWith links goods or a crime paid for with a crime's gains to that
// crime: "a shipment of armoured vehicles was paid for with proceeds from
// fuel smuggling", "weapons bought with drug money".
func (d *docState) paidWith(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 1; i+2 < len(toks); i++ {
		w := toks[i].lower
		if !paidVerbs.m[w] {
			continue
		}
		j := i + 1
		if w == "paid" && toks[j].lower == "for" {
			j++
		}
		a := -1
		if k := crimeStartingAt(cm, j); k >= 0 {
			a, j = k, cm[k].end // "paid for fentanyl precursors with money that ..."
			for n := 0; n < 2 && j < len(toks) && !toks[j].punct && toks[j].cls == 0; n++ {
				j++
			}
		}
		if j >= len(toks) || toks[j].lower != "with" && toks[j].lower != "by" && toks[j].lower != "using" {
			continue
		}
		j++
		for j < len(toks) && (toks[j].cls&cDet != 0 || toks[j].lower == "its" || toks[j].lower == "their") {
			j++
		}
		x := proceedsOf(cm, toks, j)
		if k := crimeStartingAt(cm, j); x < 0 && k >= 0 && cm[k].end < len(toks) && moneyWords.has(toks[cm[k].end].nid) {
			x = k // "drug money"
		}
		if x < 0 && j+1 < len(toks) && moneyWords.has(toks[j].nid) && (toks[j+1].lower == "that" || toks[j+1].lower == "which") {
			// "with money that Mexican cartels have laundered": the laundering in its clause
			for k := range cm {
				if cm[k].start > j+1 && cm[k].start-j <= 8 && schema.Root(cm[k].crime) == "money-laundering" && !crossesClause(toks, j+1, cm[k].start) {
					x = k
					break
				}
			}
		}
		if x < 0 {
			continue
		}
		for k := range cm {
			if a < 0 && cm[k].end <= i && i-cm[k].end <= 4 {
				a = k // the goods paid for, just before the verb
			}
		}
		if a >= 0 {
			emit(cm[x], cm[a], span(text, toks, cm[a].start, cm[x].end), schema.MechFinances)
		}
	}
}

// throughWhich links a crime named as a means to the crimes of the clause
// that uses it: "money laundering organizations have overtaken Colombian
// brokers as the main channel through which Mexican cartels move their drug
// profits".
func (d *docState) throughWhich(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	d.whichAlso(text, toks, cm, emit)
	for i := 1; i+2 < len(toks); i++ {
		if toks[i+1].lower != "which" || toks[i].lower != "through" && toks[i].lower != "via" && toks[i].lower != "by" {
			continue
		}
		a := -1
		for k := range cm {
			if cm[k].end <= i && i-cm[k].end <= 12 {
				a = k
			}
		}
		if a < 0 {
			continue
		}
		broken := false
		for p := cm[a].end; p < i; p++ {
			switch toks[p].lower {
			case ";", ":", "—", "–", "but", "while", "whereas", "although", "though", "not", "no", "never":
				broken = true // (a rivalry, "have overtaken X as the main channel", still names the means)
			}
			broken = broken || reportingWord(d, toks, p)
		}
		if broken {
			continue
		}
		for k := range cm {
			if cm[k].start > i+1 && cm[k].start-i <= 12 && !crossesClause(toks, i+2, cm[k].start) {
				emit(cm[a], cm[k], span(text, toks, cm[a].start, cm[k].end), schema.MechFacilitates)
			}
		}
	}
}

// whichAlso links a crime to what the means it uses also do: "gangs launder
// cash through nail bars and car washes, some of which also employ
// trafficked workers".
func (d *docState) whichAlso(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 2; i+2 < len(toks); i++ {
		if toks[i].lower != "which" {
			continue
		}
		c := i - 1
		if toks[c].lower == "of" && c >= 2 {
			c -= 2 // ", some of which"
		}
		if toks[c].text != "," {
			continue
		}
		also := false
		for q := i + 1; q < len(toks) && q <= i+3; q++ {
			also = also || toks[q].lower == "also"
		}
		if !also {
			continue
		}
		x := lastBefore(cm, c, func(m mention) bool { return !m.actor && c-m.end <= 12 && !crossesClause(toks, m.end, c) })
		if x < 0 {
			continue
		}
		means := false
		for p := cm[x].end; p < c; p++ {
			w := toks[p].lower
			means = means || w == "through" || w == "via" || w == "using" || w == "with"
		}
		if !means {
			continue
		}
		for k := range cm {
			if cm[k].start > i && cm[k].start-i <= 8 && !cm[k].actor && !crossesClause(toks, i+1, cm[k].start) {
				emit(cm[x], cm[k], span(text, toks, cm[x].start, cm[k].end), schema.MechLink)
			}
		}
	}
}

// whereActor links a crime to the crime actor of a "where" clause about
// its place: "migrant smuggling routes through Niger, where JNIM fighters
// collect fees at checkpoints".
func (d *docState) whereActor(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 2; i+1 < len(toks); i++ {
		if !commaThen(toks, i, "where") {
			continue
		}
		if site := siteBefore(toks, i-2); site >= 0 {
			// "Most scams were run from compounds across the region, where thousands of people
			// ... are forced to work": the place of one trade is where the other goes on
			if x := lastBefore(cm, site, func(m mention) bool { return !m.actor && site-m.end <= 6 && !crossesClause(toks, m.end, site) }); x >= 0 {
				for k := range cm {
					if cm[k].start > i && cm[k].start-i <= 15 && !cm[k].actor && !crossesClauseBreak(toks, i+1, cm[k].start) {
						emit(cm[x], cm[k], span(text, toks, cm[x].start, cm[k].end), schema.MechLink)
					}
				}
			}
		}
		x := lastBefore(cm, i, func(m mention) bool { return i-m.end <= 6 && !crossesClause(toks, m.end, i-1) })
		if x < 0 && len(cm) > 0 && cm[0].start <= 1 && cm[0].end < i && !cm[0].actor && !crossesClauseBreak(toks, cm[0].end, i-1) {
			x = 0 // "Cocaine shipments ... are passing through Pacific island nations, where crime groups ...": the subject
		}
		y := crimeStartingAt(cm, i+1)
		if y < 0 && i+2 < len(toks) && toks[i+1].cls&cDet != 0 {
			y = crimeStartingAt(cm, i+2)
		}
		if x < 0 || y < 0 || !cm[y].actor || cm[x].actor {
			continue
		}
		emit(cm[x], cm[y], span(text, toks, cm[x].start, cm[y].end), schema.MechLink)
	}
}

// scareQuote says whether the quotation mark at p encloses a word or two
// inside a sentence ('charges a "tax" on'), not a quotation.
func scareQuote(toks []token, p int) bool {
	for _, dir := range []int{1, -1} {
		for q := p + dir; q >= 0 && q < len(toks) && q != p+4*dir; q += dir {
			if toks[q].quote != 0 {
				return q != p+dir
			}
			if toks[q].punct {
				break
			}
		}
	}
	return false
}

// launderedBetween says whether a purpose of laundering ("to launder money")
// stands between the mentions x and y, neither of which is laundering: the
// means of laundering and the trade whose money is laundered meet only
// through it.
func launderedBetween(toks []token, cm []mention, x, y int) bool {
	if schema.Root(cm[x].crime) == "money-laundering" || schema.Root(cm[y].crime) == "money-laundering" || cm[x].actor || cm[y].actor {
		return false
	}
	for k := x + 1; k < y; k++ {
		if !cm[k].actor && schema.Root(cm[k].crime) == "money-laundering" && cm[k].start > cm[x].end && cm[k].end <= cm[y].start && toks[cm[k].start-1].lower == "to" {
			return true
		}
	}
	return false
}

// quotedPredicate says whether the quotation mark at p opens a quoted
// phrase after a copula that runs to the end of the sentence: corruption was
// "the lubricant of the drug trade".
func quotedPredicate(toks []token, p int) bool {
	if p == 0 || !beForms.has(toks[p-1].lid) {
		return false
	}
	for q := p + 1; q < len(toks) && q <= p+12; q++ {
		if toks[q].quote != 0 {
			return q+1 == len(toks) || toks[q+1].punct && toks[q+1].text != ","
		}
	}
	return false
}

// smallClauseVerbs take an object that does the next verb: "seeing them move into".
var smallClauseVerbs = set([]string{"seeing", "see", "saw", "seen", "watching", "watched", "let", "letting", "helped", "helping", "help", "allow", "allowing", "allowed"})

// passiveBy says whether a passive with its agent starts at i: "is brought
// in by", "was run by", "are controlled by".
func passiveBy(toks []token, i int) bool {
	if i+2 >= len(toks) || !beForms.has(toks[i].lid) {
		return false
	}
	q := i + 1
	for q < len(toks) && toks[q].cls&cAdv != 0 {
		q++
	}
	if q >= len(toks) || !(strings.HasSuffix(toks[q].lower, "ed") || strings.HasSuffix(toks[q].lower, "en") || toks[q].lower == "brought" || toks[q].lower == "run" || toks[q].lower == "sold" || toks[q].lower == "bought") {
		return false
	}
	q++
	if q < len(toks) && (toks[q].lower == "in" || toks[q].lower == "out") {
		q++
	}
	return q < len(toks) && toks[q].lower == "by"
}

// example is a crime named as an example of a generic crime mention.
type example struct{ of, ex mention }

// examplesOfCrime finds the examples given after a generic mention of crime:
// "criminal methods ..., such as kidnapping, extortion and the smuggling of
// cigarettes".
func examplesOfCrime(cm []mention, toks []token) []example {
	var out []example
	for k := range cm {
		g := cm[k]
		if schema.Root(g.crime) != "organized-crime" {
			continue
		}
		for p := g.end; p+1 < len(toks) && p < g.end+8; p++ {
			if toks[p].text == ";" || toks[p].text == "." || toks[p].quote != 0 || p > g.end && crimeAt(cm, p) >= 0 {
				break
			}
			if toks[p].text != "," || !exampleMarkers.has(toks[p+1].lid) {
				continue
			}
			q := p + 2
			if toks[p+1].lower == "such" && q < len(toks) && toks[q].lower == "as" {
				q++
			}
			if r := crimeStartingAt(cm, q); r >= 0 || q+1 < len(toks) && toks[q].cls&cDet != 0 && crimeStartingAt(cm, q+1) >= 0 {
				if r < 0 {
					r = crimeStartingAt(cm, q+1)
				}
				for _, x := range listRight(cm, toks, r) {
					if !cm[x].actor {
						out = append(out, example{g, cm[x]})
					}
				}
			}
			break
		}
	}
	return out
}

// siteNouns name places where a trade is run: what goes on "where" they are is
// done there too.
var siteNouns = set([]string{"compound", "camp", "farm", "plantation", "port", "harbour", "harbor", "mine", "site", "prison",
	"jail", "vessel", "ship", "boat", "factory", "warehouse", "casino", "lab", "laboratory", "centre", "center", "hub", "brothel",
	"den", "workshop", "airstrip", "dock", "market", "checkpoint"})

// siteBefore returns the site noun among the few words ending at i (before
// ", where"), or -1.
func siteBefore(toks []token, i int) int {
	for k := i; k >= 0 && k > i-5 && !toks[k].punct; k-- {
		if siteNouns.has(toks[k].nid) {
			return k
		}
	}
	return -1
}

// usingMeans links a crime to the crimes it is done with: "moving hazardous
// waste ..., using shell companies and forged transport documents".
func (d *docState) usingMeans(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 2; i+1 < len(toks); i++ {
		if !commaThen(toks, i, "using") && !(toks[i].lower == "using" && toks[i-1].cls&cAdv != 0 && commaThen(toks, i-1, toks[i-1].lower)) {
			continue // (", often using the same routes and the same corrupt officials")
		}
		x := lastBefore(cm, i, func(m mention) bool { return !m.actor && !crossesClauseBreak(toks, m.end, i-1) })
		if x < 0 {
			continue
		}
		from, reach := i+1, 8
		if i+3 < len(toks) && carrierNouns.has(toks[i+1].nid) && relativePronoun(toks[i+2].lower) {
			from, reach = i+3, 11 // ", using vessels that were also used to transport weapons": the carrier's other use
		}
		for k := range cm {
			if cm[k].start > i && !crossesClause(toks, from, cm[k].start) && cm[k].start-i <= reach {
				if l := launderBetween(toks, i+1, cm[k].start); l >= 0 {
					// ", using the metal to launder drug profits": the means launder, whose money it is
					// the laundering reading links
					emit(cm[x], mention{kind: mCrime, start: l, end: l + 1, crime: "money-laundering"}, span(text, toks, cm[x].start, l+1), schema.MechFacilitates)
					continue
				}
				emit(cm[x], cm[k], span(text, toks, cm[x].start, cm[k].end), schema.MechFacilitates)
			}
		}
	}
}

// launderBetween returns where a laundering verb stands in toks[i:j], or -1.
func launderBetween(toks []token, i, j int) int {
	for q := i; q < j; q++ {
		if launders(toks[q]) {
			return q
		}
	}
	return -1
}

// coordinatedDeeds links a subject crime actor to the crime of a verb phrase
// coordinated with its first: "the network used the same vans ... and
// laundered its profits through a chain of snack bars".
func (d *docState) coordinatedDeeds(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for k := range cm {
		a := cm[k]
		if !a.actor || !a.subject(toks) && !d.reportedSubject(toks, a) {
			continue
		}
		for y := k + 1; y < len(cm); y++ {
			b := cm[y]
			if b.actor {
				break // another actor: another subject
			}
			purpose := b.start >= 2 && toks[b.start-1].lower == "to" && (andVerb(toks, a.end, b.start-1) || useVerb(toks, a.end, b.start-1)) ||
				b.start >= 2 && useVerb(toks, b.start-1, b.start) && andVerbBefore(toks, a.end, b.start-1) // "... and are using trafficked men"
			if b.start < 2 || !purpose && (toks[b.start-1].lower != "and" || !d.verbLike(toks[b.start]) || !strings.HasSuffix(toks[b.start].lower, "ed") && !strings.HasSuffix(toks[b.start].lower, "s")) {
				continue // ("... and used the funds to evade U.S. and UN sanctions": the purpose of its second verb)
			}
			from := pastKnownAs(toks, a.end)
			if crossesClauseBreak(toks, from, b.start) || toks[b.start-2].text == "," {
				break
			}
			if !reportedBetween(d, toks, from, b.start) {
				emit(a, b, span(text, toks, a.start, b.end), schema.MechInvolvement)
			}
		}
	}
}

// forcedCrime links forced labour to the crime that is the work: "force
// them to carry drugs into rural towns", "forced to run online romance and
// investment scams".
func forcedCrime(text string, toks []token, cm []mention, emit emitFn) {
	for k := range cm {
		m := cm[k]
		if m.crime != "human-trafficking" || m.actor || m.end-m.start < 2 || toks[m.end-2].lower != "to" && toks[m.end-1].lower != "to" {
			continue
		}
		for y := k + 1; y < len(cm); y++ {
			if cm[y].start >= m.end && cm[y].start-m.end <= 4 && !cm[y].actor && !crossesClause(toks, m.end, cm[y].start) {
				for _, b := range listRight(cm, toks, y) {
					emit(m, cm[b], span(text, toks, m.start, cm[b].end), schema.MechInvolvement)
				}
				break
			}
		}
	}
}

// channelNouns name what serves another's trade: "the preferred channel for
// Mexican cartels".
var channelNouns = set([]string{"channel", "conduit", "vehicle", "pipeline", "bank", "banker", "bankers", "service", "facilitator", "facilitators", "partner", "partners"})

// channelFor links a crime the subject names to the crime actor it serves
// as a channel: "Chinese underground banking networks have become the
// preferred channel for Mexican cartels to repatriate the proceeds".
func channelFor(text string, toks []token, cm []mention, emit emitFn) {
	for i := 2; i+2 < len(toks); i++ {
		if !channelNouns.has(toks[i].lid) || toks[i+1].lower != "for" {
			continue
		}
		y := -1
		for k := range cm {
			if cm[k].actor && cm[k].start > i+1 && cm[k].start <= i+4 && !crimeStartsIn(cm, i+2, cm[k].start) {
				y = k
				break
			}
		}
		if y < 0 {
			continue
		}
		for q := i - 1; q >= 1 && q >= i-5; q-- {
			if !(beForms.has(toks[q].lid) || toks[q].lower == "become" || toks[q].lower == "became" || toks[q].lower == "becomes") {
				continue
			}
			// the subject right before the verb
			if x := lastBefore(cm, q+1, func(m mention) bool { return m.end >= q-2 && m.end <= q }); x >= 0 && schema.Root(cm[x].crime) != schema.Root(cm[y].crime) {
				emit(cm[x], cm[y], span(text, toks, cm[x].start, cm[y].end), schema.MechFacilitates)
			}
			break
		}
	}
}

// carrierNouns carry or hold the goods or money of more than one trade.
var carrierNouns = set([]string{"wallet", "account", "exchange", "broker", "boat", "speedboat", "vessel", "ship", "truck", "lorry", "container",
	"plane", "aircraft", "company", "firm", "courier", "route", "port", "airstrip", "warehouse"})

// sharedCarrier links the trades one carrier's relative clause names: "We
// see wallets that receive ransom payments on Monday and scam proceeds on
// Tuesday", "boats that carry migrants and cocaine".
func sharedCarrier(text string, toks []token, cm []mention, emit emitFn) {
	for r := 1; r+2 < len(toks); r++ {
		if !relativePronoun(toks[r].lower) || toks[r].lower == "who" || !carrierNouns.has(toks[r-1].nid) || !pluralTok(toks[r-1]) || crimeAt(cm, r-1) >= 0 {
			continue
		}
		var deeds []int
		var roots []string
		for k := range cm {
			if cm[k].start <= r || cm[k].actor || cm[k].start > r+16 || crossesClauseBreak(toks, r+1, cm[k].start) {
				continue
			}
			if root := schema.Root(cm[k].crime); !slices.Contains(roots, root) {
				deeds = append(deeds, k)
				roots = append(roots, root)
			}
		}
		eachPair(deeds, func(x, y int) { emit(cm[x], cm[y], span(text, toks, r-1, cm[y].end), schema.MechAlliance) })
	}
}

// usedForBoth links two trades one means is used for: "used high-speed
// boats to bring hashish from Morocco and, on the return journeys, to
// transport migrants".
func usedForBoth(text string, toks []token, cm []mention, emit emitFn) {
	for i := 1; i+4 < len(toks); i++ {
		if !useForms.has(toks[i].lid) {
			continue
		}
		carrier := false // (a shared carrier, not a shared means: "uses the profits to buy weapons and to bribe guards" links nothing)
		for q := i + 1; q < len(toks) && q <= i+5 && toks[q].lower != "to"; q++ {
			carrier = carrier || carrierNouns.has(toks[q].nid)
		}
		if i+1 < len(toks) && toks[i+1].lower == "them" {
			for q := 0; q < i && !carrier; q++ {
				carrier = carrierNouns.has(toks[q].nid) // "seized 17 boats ... a network that used them to bring hashish"
			}
		}
		if !carrier {
			continue
		}
		var purposes []int // the crime after each "to" of the phrase
		for q := i + 1; q+1 < len(toks) && q <= i+30; q++ {
			if toks[q].text == ";" || toks[q].text == "." || toks[q].quote != 0 || clauseBreaks.has(toks[q].lid) {
				break
			}
			if toks[q].lower != "to" || toks[q+1].cls&cDet != 0 || toks[q+1].cap {
				continue
			}
			for k := range cm {
				if cm[k].start > q && cm[k].start <= q+3 && !cm[k].actor {
					purposes = append(purposes, k)
					break
				}
			}
		}
		for x := 0; x < len(purposes); x++ {
			for y := x + 1; y < len(purposes); y++ {
				a, b := cm[purposes[x]], cm[purposes[y]]
				if schema.Root(a.crime) != schema.Root(b.crime) && schema.Root(a.crime) != "money-laundering" && schema.Root(b.crime) != "money-laundering" {
					emit(a, b, span(text, toks, i, b.end), schema.MechAlliance)
				}
			}
		}
	}
}

// countWords count the trades a phrase gathers: "the proceeds of all three".
var countWords = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}

// gatheredTrades name the trades a phrase gathers: "the proceeds of these crimes".
var gatheredTrades = set([]string{"crime", "activity", "trade", "business", "racket", "operation", "scheme", "offence"})

// proceedsOfAll links the laundering a sentence names to each trade its
// "proceeds of all three" (of both, of these crimes) gathers: "are involved
// in drug supply and people smuggling ..., and use the mule networks to move
// the proceeds of all three". A count must match the trades named before.
func proceedsOfAll(text string, toks []token, cm []mention, emit emitFn) {
	for i := 1; i+2 < len(toks); i++ {
		if !moneyWords.has(toks[i].nid) || toks[i+1].lower != "of" && toks[i+1].lower != "from" {
			continue
		}
		j, n := i+2, 0
		if toks[j].lower == "all" && j+1 < len(toks) {
			j++
		}
		if c, ok := countWords[toks[j].lower]; ok {
			n = c
		} else if w := toks[j].lower; !((w == "these" || w == "those" || w == "all") && j+1 < len(toks) && gatheredTrades.has(toks[j+1].nid)) {
			continue
		}
		ml := -1
		for k := range cm {
			if schema.Root(cm[k].crime) == "money-laundering" {
				ml = k
			}
		}
		if ml < 0 {
			continue
		}
		var trades []int
		var roots []string
		for k := range cm {
			r := schema.Root(cm[k].crime)
			if cm[k].end <= i && !cm[k].actor && r != "money-laundering" && r != "organized-crime" && !slices.Contains(roots, r) {
				trades = append(trades, k)
				roots = append(roots, r)
			}
		}
		if len(trades) < 2 || n > 0 && len(trades) != n {
			continue
		}
		for _, t := range trades {
			emit(cm[ml], cm[t], span(text, toks, i, j+1), schema.MechFinances)
		}
	}
}

// reportedBetween says whether a reporting word stands in toks[i:j].
func reportedBetween(d *docState, toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if reportingWord(d, toks, p) {
			return true
		}
	}
	return false
}

// pastKnownAs skips a name given after a comma at j ("the gang, known as
// “Los Injertos de la Pampa”, also supplied mercury") and returns where the
// clause goes on, or j.
func pastKnownAs(toks []token, j int) int {
	if j+2 < len(toks) && toks[j].text == "," && (toks[j+1].lower == "known" || toks[j+1].lower == "called" || toks[j+1].lower == "also" && toks[j+2].lower == "known") {
		for c := j + 2; c+1 < len(toks) && c <= j+12; c++ {
			if toks[c].text == "," {
				return c + 1
			}
		}
	}
	return j
}

// andVerb says whether "and" and a past-tense verb stand in toks[i:j]: a
// second verb of the subject ("stole ... and used the funds").
func andVerb(toks []token, i, j int) bool {
	for p := i; p+1 < j; p++ {
		if toks[p].lower == "and" && strings.HasSuffix(toks[p+1].lower, "ed") && toks[p+1].cls&cDet == 0 {
			return true
		}
	}
	return false
}

// andVerbBefore says whether "and" stands in toks[i:j] before an auxiliary or
// a verb: the subject's second verb phrase ("... and are using").
func andVerbBefore(toks []token, i, j int) bool {
	for p := i; p+1 < j; p++ {
		if toks[p].lower == "and" && (beForms.has(toks[p+1].lid) || toks[p+1].cls&cFinite != 0) {
			return true
		}
	}
	return false
}

// useVerb says whether a form of "use" stands in toks[i:j]: "the factions use
// mining companies to launder drug money".
func useVerb(toks []token, i, j int) bool {
	for p := i; p < j && p < i+3; p++ {
		if useForms.has(toks[p].lid) {
			return true
		}
	}
	return false
}

// eachPair calls f for every pair of the list's items, in order.
func eachPair(list []int, f func(x, y int)) {
	for a := 0; a < len(list); a++ {
		for b := a + 1; b < len(list); b++ {
			f(list[a], list[b])
		}
	}
}

// commaThen says whether toks[i] is the word w right after a comma.
func commaThen(toks []token, i int, w string) bool {
	return i > 0 && toks[i].lower == w && toks[i-1].text == ","
}

// lastBefore returns the last crime mention ending before i that ok
// accepts, or -1.
func lastBefore(cm []mention, i int, ok func(m mention) bool) int {
	x := -1
	for k := range cm {
		if cm[k].end < i && ok(cm[k]) {
			x = k
		}
	}
	return x
}

// crossesClauseBreak says whether toks[i:j] holds a clause break or a
// sentence-internal stop (commas allowed).
func crossesClauseBreak(toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if clauseBreaks.has(toks[p].lid) || toks[p].punct && toks[p].text != "," && toks[p].norm != "'s" || toks[p].quote != 0 && toks[p].norm != "'s" {
			return true
		}
	}
	return false
}

// layeredAt returns where a layering verb stands in a passive after the gains
// at g ("were passed", "are often moved"), or 0.
func layeredAt(toks []token, g int) int {
	if g+3 >= len(toks) || !beForms.has(toks[g+1].lid) {
		return 0
	}
	if g+4 < len(toks) && toks[g+2].cls&cAdv != 0 && layerVerbs.has(toks[g+3].lid) {
		return g + 3
	}
	if layerVerbs.has(toks[g+2].lid) {
		return g + 2
	}
	return 0
}

// punctBetween says whether toks[i:j] holds punctuation other than a comma
// ("through the accounts of more than 60 money mules": no clause ends).
func punctBetween(toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if toks[p].punct && toks[p].text != "," {
			return true
		}
	}
	return false
}

// crossesClause says whether toks[i:j] holds punctuation or a clause break.
func crossesClause(toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if toks[p].punct || clauseBreaks.has(toks[p].lid) {
			return true
		}
	}
	return false
}

// shareWords take a part of the gains: "part of the profits".
var shareWords = set([]string{"part", "some", "much", "most", "a", "portion", "share", "cut", "all", "half"})

// transferring links the crime whose gains are handed to an actor to that
// actor's crime: "transferred part of the profits to Hizballah", "sent drug
// money to the group".
func (d *docState) transferring(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := range toks {
		if !transferVerbs.has(toks[i].lid) {
			continue
		}
		j := i + 1
		for j+1 < len(toks) && j < i+4 && shareWords.has(toks[j].lid) {
			j++ // "part of", "a share of"
			if toks[j].lower == "of" {
				j++
				break
			}
		}
		for j < len(toks) && (toks[j].cls&cDet != 0 || toks[j].lower == "its" || toks[j].lower == "their") {
			j++
		}
		x, e := -1, j
		if k := crimeStartingAt(cm, j); k >= 0 && cm[k].end < len(toks) && moneyWords.has(toks[cm[k].end].nid) {
			x, e = k, cm[k].end+1 // "drug money"
		} else if j < len(toks) && moneyWords.has(toks[j].nid) {
			if k := proceedsOf(cm, toks, j); k >= 0 {
				x, e = k, cm[k].end
			} else {
				e = j + 1
				for k := range cm {
					if cm[k].end <= i && schema.Root(cm[k].crime) != "money-laundering" {
						x = k // "worked with a cocaine trafficking organization and transferred part of the profits"
					}
				}
			}
		}
		if x < 0 || e+1 >= len(toks) || toks[e].lower != "to" {
			continue
		}
		y := crimeStartingAt(cm, e+1)
		if y < 0 && e+2 < len(toks) && toks[e+1].cls&cDet != 0 {
			y = crimeStartingAt(cm, e+2)
		}
		if y < 0 || !cm[y].actor {
			continue
		}
		emit(cm[x], cm[y], span(text, toks, i, cm[y].end), schema.MechFinances)
	}
}

var spendVerbs = set([]string{"buy", "purchase", "fund", "finance", "pay", "bankroll", "acquire", "obtain", "procure", "arm"})

// spending links the crime whose gains pay for another: "used the proceeds of
// the sex trafficking scheme to buy firearms and cocaine", "profits from fraud
// to finance terrorism".
func (d *docState) spending(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 0; i+2 < len(toks); i++ {
		x := proceedsOf(cm, toks, i)
		e := 0
		switch {
		case x >= 0:
			e = cm[x].end
		case i+3 < len(toks) && (toks[i].lower == "the" || toks[i].lower == "its" || toks[i].lower == "their") && moneyWords.has(toks[i+1].nid) && usedTo(toks, i+2) > 0:
			// "used the proceeds to buy firearms", "the proceeds had been used to buy": the proceeds of the trade just named
			e = usedTo(toks, i+2)
			if x = lastTradeBefore(cm, toks, i); x < 0 {
				if len(d.crimeTypes) == 0 {
					continue
				}
				// "... call centres that defrauded elderly people. ... part of the proceeds had been used to buy weapons"
				prev := mention{crime: d.crimeTypes[0], start: i, end: i + 2}
				y := crimeStartingAt(cm, e+1)
				if y < 0 {
					y = crimeStartingAt(cm, e+2) // "used to finance drug trafficking"
				}
				if y >= 0 && e+1 < len(toks) && spendVerbs.has(toks[e+1].lid) {
					for _, b := range listRight(cm, toks, y) {
						emit(prev, cm[b], span(text, toks, i, cm[b].end), schema.MechFinances)
					}
				}
				continue
			}
		default:
			continue
		}
		if e < len(toks) && crimeHeads.has(toks[e].nid) {
			e++ // "the sex trafficking scheme"
		}
		if e < len(toks) && toks[e].norm == "scheme" {
			e++
		}
		e = skipPlace(toks, e, len(toks)) // "the proceeds of fentanyl sales in the United States to purchase"
		if q, user := usedBy(cm, toks, e); q > 0 && q+1 < len(toks) && spendVerbs.has(toks[q+1].lid) {
			// "proceeds from lottery scamming are being used by gangs in St James to buy firearms": the users too
			emit(cm[user], cm[x], span(text, toks, i, cm[user].end), schema.MechFinances)
			e = q
		}
		if e+1 >= len(toks) || toks[e].lower != "to" || !spendVerbs.has(toks[e+1].lid) {
			continue
		}
		r := e + 2
		if r < len(toks) && toks[r].lower == "for" {
			r++ // "to pay for"
		}
		y := rightOf(cm, toks, r)
		if v := crimeStartingAt(cm, e+1); v >= 0 {
			y = v // "to buy firearms": the goods' mention starts at the verb
		}
		if y < 0 {
			continue
		}
		for _, b := range listRight(cm, toks, y) {
			emit(cm[x], cm[b], span(text, toks, i, r), schema.MechFinances)
		}
	}
}

// inBreach links the subject of a clause to the sanctions its deed breaks:
// "North Korean hackers stole ..., funnelling the proceeds into weapons
// programmes in violation of United Nations sanctions".
func (d *docState) inBreach(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for y := range cm {
		if cm[y].crime != "sanctions-evasion" || cm[y].start == 0 || toks[cm[y].start-1].lower != "in" {
			continue
		}
		found := false
		for k := range cm {
			if k != y && cm[k].end <= cm[y].start && (cm[k].actor || k == 0 && (gainWords.has(toks[cm[k].end-1].nid) || toks[cm[k].end-1].lower == "funds")) && cm[k].subject(toks) {
				// ("the stolen funds help finance weapons programmes in violation of UN sanctions": the gains as subject)
				emit(cm[k], cm[y], span(text, toks, cm[y].start-1, cm[y].end), schema.MechInvolvement)
				found = true
				break
			}
		}
		if k := y - 1; !found && k >= 0 && cm[y].start-cm[k].end <= 4 && !cm[k].actor {
			// "weapons were delivered in violation of the arms embargo": the deed just named
			emit(cm[k], cm[y], span(text, toks, cm[k].start, cm[y].end), schema.MechInvolvement)
		}
	}
}

// businessNouns name a group's trade: "cocaine is still its core business".
var businessNouns = set([]string{"business", "trade", "activity", "revenue", "income", "earner", "moneymaker", "operation", "racket"})

// theirBusiness links a crime to the group it is the business of: "Cocaine
// is still its core business" after "the 'Ndrangheta".
func (d *docState) theirBusiness(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	if d.crimeActor == "" || d.crimeSent < d.sentIndex-3 {
		return
	}
	if len(toks) > 3 && (toks[0].lower == "its" || toks[0].lower == "their") {
		// "Its core business remains extortion": the actor named before, and its trade
		e := 1
		for e < len(toks) && e <= 3 && !businessNouns.has(toks[e].nid) && !toks[e].punct && toks[e].cls == 0 {
			e++
		}
		if e < len(toks) && businessNouns.has(toks[e].nid) {
			q := e + 1
			for q < len(toks) && q <= e+3 && (toks[q].cls&(cAdv|cFinite) != 0 || beForms.has(toks[q].lid) || toks[q].lower == "remains" || toks[q].lower == "remained") {
				q++
			}
			if q > e+1 {
				if k := crimeStartingAt(cm, q); k >= 0 && !cm[k].actor {
					emit(mention{kind: mCrime, crime: d.crimeActor, actor: true}, cm[k], span(text, toks, 0, cm[k].end), schema.MechInvolvement)
				}
			}
		}
	}
	for _, m := range cm {
		if m.actor || !m.subject(toks) {
			continue
		}
		q := m.end
		for q < len(toks) && q < m.end+3 && (toks[q].cls&(cAdv|cFinite|cGapL) != 0 && toks[q].cls&cDet == 0 || toks[q].lower == "is" || toks[q].lower == "remains" || toks[q].lower == "was") {
			q++
		}
		if q == m.end || q >= len(toks) || toks[q].lower != "its" && toks[q].lower != "their" {
			continue
		}
		for e := q + 1; e < len(toks) && e <= q+3 && !toks[e].punct; e++ {
			if businessNouns.has(toks[e].nid) {
				emit(mention{kind: mCrime, crime: d.crimeActor, actor: true}, m, span(text, toks, m.start, e+1), schema.MechInvolvement)
				break
			}
		}
		return
	}
}

// financeWord says whether w is a form of "finance", "fund" or "bankroll".
func financeWord(w string) bool {
	return strings.HasPrefix(w, "financ") || strings.HasPrefix(w, "fund") || strings.HasPrefix(w, "bankroll")
}

// financedThrough links an actor to the crimes it finances itself with:
// "the Clan del Golfo, which it accused of financing its operations through
// extortion and illegal mining", "the group funds its attacks with kidnapping".
func (d *docState) financedThrough(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 1; i+3 < len(toks); i++ {
		w := toks[i].lower
		if !financeWord(w) || crimeAt(cm, i) >= 0 {
			continue
		}
		j := i + 1
		if j < len(toks) && (toks[j].lower == "its" || toks[j].lower == "their" || toks[j].cls&cDet != 0) {
			j++
		}
		for k := j; j < len(toks) && j < k+3 && !toks[j].punct && toks[j].cls&cPrep == 0 && crimeAt(cm, j) < 0; j++ {
		}
		if j+1 >= len(toks) || j == i+1 || toks[j].lower != "through" && toks[j].lower != "with" && toks[j].lower != "by" && toks[j].lower != "via" && toks[j].lower != "from" {
			continue
		}
		r := rightOf(cm, toks, j+1)
		if r < 0 {
			continue
		}
		a := -1
		for k := range cm {
			if cm[k].end <= i && i-cm[k].end <= 12 && (cm[k].actor || cm[k].ent != nil) {
				a = k
			}
		}
		if a < 0 {
			continue
		}
		for _, b := range listRight(cm, toks, r) {
			emit(cm[a], cm[b], span(text, toks, i, cm[b].end), schema.MechFinances)
		}
	}
}

// earning links a group to the crimes its money comes from: "Al-Shabaab
// continued to generate significant revenue through a system of illegal
// taxation", "militias raise funds from kidnapping and extortion".
func (d *docState) earning(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := range toks {
		if !earnVerbs.has(toks[i].lid) {
			continue
		}
		l := leftOf(cm, toks, i)
		if l < 0 && !groupEarns(toks, i) {
			continue
		}
		j := i + 1
		amount := false
		if j+1 < len(toks) && toks[j].lower == "as" && (toks[j+1].lower == "much" || toks[j+1].lower == "many") {
			j, amount = j+2, true // "earns as much from gold ... as from drugs"
		}
		for j < len(toks) && j-i < 8 && !earnedWords.has(toks[j].lid) {
			w := toks[j].lower
			switch {
			case amount && (w == "from" || w == "through" || w == "via"):
				goto done // "as much from gold": where the money comes from
			case (w == "more" || w == "less") && j+1 < len(toks) && toks[j+1].lower == "from":
				amount = true // "earning more from illegal gold mining than from cocaine"
			case quantityWords.m[w] || w == "of" && amount || w == "$" || w == "€" || w == "£" || len(w) > 0 && (w[0] >= '0' && w[0] <= '9' || w[0] == '$'):
				// ("tens of millions of euros")
				if !quantityHedges.m[w] {
					amount = true // "made an estimated 9 billion euros"
				}
			case determiners.m[w] || gapRight.m[w] || adjective(toks[j]):
				// "significant", "substantial", "lucrative", "additional"
			default:
				goto done
			}
			j++
		}
	done:
		if j < len(toks) && earnedWords.has(toks[j].lid) {
			j++
			for j+1 < len(toks) && toks[j].lower == "of" && (earnedWords.has(toks[j+1].lid) || quantityWords.has(toks[j+1].lid)) {
				j += 2 // "millions of euros"
			}
		} else if !amount {
			continue
		}
		for k := j; j < len(toks) && j < k+4 && timeWords.has(toks[j].lid) && toks[j].lower != "in"; j++ {
			// "last year", "a year", "this month"
		}
		if j >= len(toks) {
			continue
		}
		p := toks[j].lower
		if p != "through" && p != "from" && p != "by" && p != "via" && p != "with" {
			continue
		}
		r := rightOf(cm, toks, j+1)
		if r < 0 {
			continue
		}
		cue := span(text, toks, i, j+1)
		rights := listRight(cm, toks, r)
		for n := 0; n < 3; n++ {
			q := cm[rights[len(rights)-1]].end
			q = skipPlace(toks, q, len(toks)) // "from moving migrants through the Darién Gap"
			if q+3 < len(toks) && toks[q].lower == "and" && strings.HasSuffix(toks[q+1].lower, "ing") && toks[q+2].lower == "than" {
				q += 2 // "from laundering and investing than from cocaine"
			}
			if q+2 >= len(toks) || toks[q+1].lower != "from" || toks[q].lower != "than" && toks[q].lower != "as" && toks[q].lower != "and" {
				break
			}
			// "earns more from illegal gold mining than from cocaine", "as much from gold and from
			// moving migrants as from drugs": each pays
			y := rightOf(cm, toks, q+2)
			if y < 0 {
				break
			}
			rights = append(rights, listRight(cm, toks, y)...)
		}
		if l < 0 {
			// "Armed groups are earning more from illegal gold mining than from cocaine": a group no
			// crime names earns from each, and so the two go together
			if len(rights) > 1 && toks[cm[rights[0]].end].lower == "than" {
				emit(cm[rights[0]], cm[rights[1]], cue, schema.MechAlliance)
			}
			continue
		}
		for _, a := range listLeft(cm, toks, l) {
			for _, b := range rights {
				emit(cm[a], cm[b], cue, schema.MechFinances)
			}
		}
	}
}

// asMuchAs links two trades whose gains a sentence compares: "the stolen
// fuel now brings cartels nearly as much money as cocaine", "fuel theft
// earns more money than cocaine". The first is the subject of a verb that
// yields money.
func asMuchAs(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 1; i+3 < len(toks); i++ {
		j, than := i, "than"
		switch {
		case toks[i].lower == "as" && toks[i+1].lower == "much":
			j, than = i+2, "as"
		case toks[i].lower == "more" || toks[i].lower == "less":
			j = i + 1
		default:
			continue
		}
		if j < len(toks) && moneyWords.has(toks[j].nid) {
			j++
		}
		if j+1 >= len(toks) || toks[j].lower != than {
			continue
		}
		y := crimeStartingAt(cm, j+1)
		if y < 0 && toks[j+1].lower == "from" {
			y = crimeStartingAt(cm, j+2)
		}
		if y < 0 || cm[y].actor {
			continue
		}
		for x := range cm {
			if cm[x].actor || cm[x].end > i || schema.Root(cm[x].crime) == schema.Root(cm[y].crime) {
				continue
			}
			for v := cm[x].end; v < i && v <= cm[x].end+3; v++ {
				if bringVerbs.has(toks[v].lid) || earnVerbs.has(toks[v].lid) {
					emit(cm[x], cm[y], span(text, toks, cm[x].start, cm[y].end), schema.MechAlliance)
					break
				}
			}
		}
	}
}

// offerVerbs sell a service: "offer money laundering ... to other criminal groups".
var offerVerbs = set([]string{"offer", "offers", "offered", "offering", "provide", "provides", "provided", "providing", "sell", "sells", "sold", "selling"})

// servicesTo links crimes offered as a service to the crime actor they are
// offered to: "The same operators offer money laundering, stolen data and
// even deepfake software to other criminal groups".
func servicesTo(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := 0; i+3 < len(toks); i++ {
		if !offerVerbs.has(toks[i].lid) {
			continue
		}
		r := rightOf(cm, toks, i+1)
		if r < 0 || cm[r].actor {
			continue
		}
		last := cm[r].end
		for q := last; q < len(toks) && q <= last+8 && !toks[q].punct || q < len(toks) && toks[q].text == ","; q++ {
			if toks[q].lower != "to" {
				continue
			}
			a := crimeStartingAt(cm, q+1)
			for p := q + 1; a < 0 && p < len(toks) && p <= q+3 && (toks[p].cls&cDet != 0 || toks[p].lower == "other"); p++ {
				a = crimeStartingAt(cm, p+1)
			}
			if a >= 0 && cm[a].actor {
				for _, b := range listRight(cm, toks, r) {
					if !cm[b].actor && cm[b].end <= q {
						emit(cm[b], cm[a], span(text, toks, i, cm[a].end), schema.MechFacilitates)
					}
				}
			}
			break
		}
	}
}

// groupEarns says whether the earning verb at i has a group of people as its
// subject, past auxiliaries and adverbs: "Armed groups ... are earning".
func groupEarns(toks []token, i int) bool {
	k := i - 1
	for k > 0 && (toks[k].cls&(cAdv|cFinite) != 0 || finiteAux.has(toks[k].lid)) {
		k--
	}
	for q := k; q >= 0 && q >= k-7; q-- {
		if t := toks[q]; t.punct && t.norm != "'s" || t.cls&(cClause|cFinite) != 0 {
			return false
		}
		if bareGroups.has(toks[q].lid) && (q == k || toks[q+1].cls&cPrep != 0) {
			return q == 0 || toks[q-1].cls&cDet != 0 || adjective(toks[q-1]) || toks[q-1].cap || toks[q-1].punct // ("Armed groups in Colombia's Pacific region")
		}
	}
	return false
}

// bringVerbs are what a trade does when it yields money: "the money that drugs bring in".
var bringVerbs = set([]string{"bring", "brings", "brought", "yield", "yields", "yielded", "produce", "produces", "produced", "pay", "pays"})

var linkVerbs = set([]string{"link", "links", "linked", "linking", "tie", "ties", "tied", "tying", "connect", "connects",
	"connected", "connecting", "associate", "associates", "associated", "associating", "relate", "relates", "related"})

// linkVerb reads "VERB X to|with Y": "report links illegal fishing to
// trafficking", "investigators tie the fraud to money laundering".
func (d *docState) linkVerb(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for i := range toks {
		if !linkVerbs.has(toks[i].lid) {
			continue
		}
		x := rightOf(cm, toks, i+1)
		if x < 0 {
			continue
		}
		xs := listRight(cm, toks, x)
		e := skipPlace(toks, cm[xs[len(xs)-1]].end, len(toks)) // ("links cobalt smuggling in eastern Congo to ...")
		if e >= len(toks) || toks[e].lower != "to" && toks[e].lower != "with" {
			continue
		}
		y := rightOf(cm, toks, e+1)
		if y < 0 {
			continue
		}
		for _, a := range xs {
			for _, b := range listRight(cm, toks, y) {
				emit(cm[a], cm[b], span(text, toks, i, cm[y].start), schema.MechLink)
			}
		}
	}
}

// purpose links a crime done for another: "bribe port workers to retrieve
// cocaine", "smuggle migrants to pay for weapons".
func (d *docState) purpose(text string, toks []token, cm []mention, emit func(a, b mention, cue, mech string)) {
	for x := range cm {
		a := cm[x]
		if !d.verbLike(toks[a.start]) {
			continue
		}
		for p := a.end; p+1 < len(toks) && p < a.end+8; p++ {
			w := toks[p].lower
			if toks[p].punct || clauseBreaks.m[w] || toks[p].quote != 0 || (w == "and" || w == "or") && p+1 < len(toks) && toks[p+1].lower == "to" {
				break // "buy weapons and to bribe guards": two purposes, not one for the other
			}
			if w != "to" {
				continue
			}
			if y := crimeStartingAt(cm, p+1); y >= 0 && d.verbLike(toks[p+1]) {
				for _, b := range listRight(cm, toks, y) {
					emit(a, cm[b], span(text, toks, a.start, cm[y].end), schema.MechFacilitates)
				}
			}
			break
		}
	}
}

// sentenceCooccur is the last fallback, for a sentence that no pass linked:
// two crime types it names outside one list are related by the sentence that
// joins them ("Firearms bought legally in Florida are shipped south ..., then
// sold to gangs"), unless the sentence asks, a response governs one of them
// ("combat fraud and terrorism"), only list separators stand between them
// ("Keywords: IUU fishing; fraud; forced labour"), something between parts
// them (contrasted: "while", "rather than", a new clause, a comparison, a
// reporting verb, a quotation mark), or the first's list already names the
// second's type.
func (d *docState) sentenceCooccur(text string, toks []token, cm []mention, emit emitFn) {
	if len(cm) < 2 || toks[len(toks)-1].text == "?" {
		return
	}
	governed := d.governedMentions(toks, cm)
	for x := range cm {
		if governed[x] {
			continue
		}
		inList, listRoots := map[int]bool{}, map[string]bool{}
		for _, q := range listMembers(cm, toks, x) {
			if q != x && verbItem(toks, cm[q]) {
				continue // "romance fraud and passed it on": a second verb, not an item
			}
			inList[q], listRoots[schema.Root(cm[q].crime)] = true, true
		}
		for y := range cm {
			a, b := cm[x], cm[y]
			if y == x || governed[y] || inList[y] || b.start < a.end || schema.Root(a.crime) == schema.Root(b.crime) {
				continue
			}
			if onlySeparators(toks, cm, a.end, b.start) || negatedCue(toks, b.start) || d.contrasted(toks, cm, a.end, b.start) || classifies(toks, a.end, b.start) || listRoots[schema.Root(b.crime)] {
				// (the last: "fraud and the laundering of criminal proceeds", a list that names b's type)
				continue
			}
			cue := strings.TrimSpace(span(text, toks, a.end, b.start))
			if cue == "" {
				cue = span(text, toks, a.start, b.end) // "laundered illegal bullion": the two side by side
			}
			emit(a, b, cue, schema.MechLink)
		}
	}
}

// onlySeparators says whether toks[i:j] holds nothing but list separators,
// determiners and other crime mentions, after one head noun of the crime
// before ("Drug importation and online fraud", "methamphetamine labs, ...").
func onlySeparators(toks []token, cm []mention, i, j int) bool {
	if i == j {
		// side by side: "laundered illegal bullion" is a verb and its object; "cocaine clans" one phrase
		return !(i > 0 && !toks[i-1].cap && (strings.HasSuffix(toks[i-1].lower, "ed") || launders(toks[i-1]) || layerVerbs.has(toks[i-1].lid)))
	}
	if k := crimeStartingAt(cm, j); k >= 0 && toks[j-1].lower == "and" && verbItem(toks, cm[k]) {
		return false // "romance fraud and passed it on to accounts abroad": a second verb, not a list item
	}
	if i+1 < j && !toks[i].punct && !toks[i].cap && toks[i].cls&(cPrep|cConj|cClause|cDet|cPron|cAdv|cFinite) == 0 && !beForms.has(toks[i].lid) &&
		(toks[i+1].lower == "and" || toks[i+1].lower == "or" || toks[i+1].text == "," && i+2 < j && toks[i+2].cls&cConj == 0) {
		// (not "Fake medicines kill, and corruption lets them in": a verb, then a clause)
		i++
	}
	for p := i; p < j; p++ {
		if k := crimeAt(cm, p); k >= 0 {
			p = cm[k].end - 1
			continue
		}
		if w := toks[p].lower; !(w == "," || w == ";" || w == "/" || w == "|" || w == "and" || w == "or" || w == "&" || toks[p].cls&cDet != 0) {
			return false
		}
	}
	return true
}

// contrasted says whether toks[i:j] sets what stands on its two sides apart:
// a clause break or contrast ("while", "rather than", "denied", ";"), a new
// clause with its own subject, a comparison, a reporting verb or a quotation
// mark.
func (d *docState) contrasted(toks []token, cm []mention, i, j int) bool {
	as := 0
	for p := i; p < j; p++ {
		w := toks[p].lower
		if w == "as" && !(p+1 < len(toks) && toks[p+1].lower == "well") {
			if as++; as == 2 {
				return true // "gets as much attention as cocaine": a comparison
			}
		}
		if d.newClause(toks, cm, p, j) {
			return true
		}
		if w == "not" && p+1 < len(toks) && emphasisAfterNot.has(toks[p+1].lid) {
			continue // "not only"
		}
		if w == "since" && p+1 < len(toks) && (isDigits(toks[p+1].text) || toks[p+1].cap || timeWords.has(toks[p+1].lid)) {
			continue // "since 2014": a time
		}
		if w == "than" && p > i && toks[p-1].lower != "rather" && toks[p-1].lower != "other" && (anyActor(cm) || p+1 < len(toks) && (isDigits(toks[p+1].text) || toks[p+1].text == "$" || toks[p+1].text == "£" || toks[p+1].text == "€" || numberWords.has(toks[p+1].lid) || toks[p+1].lower == "a")) {
			continue // "armed groups earn more from illegal gold mining than from cocaine", "more than 60": one actor's sums
		} // ("fraud pays better than drug dealing": a comparison)
		if clauseBreaks.m[w] && w != "before" && w != "when" || toks[p].quote != 0 && !scareQuote(toks, p) && !quotedPredicate(toks, p) || reportingWord(d, toks, p) {
			return true
		}
	}
	return false
}

// newClause says whether the conjunction at p opens a clause whose subject
// is the crime mention starting at j: ", and drug trafficking rose", "and
// sugar is smuggled in" (a clause of its own, not the first one's deed).
func (d *docState) newClause(toks []token, cm []mention, p, j int) bool {
	if w := toks[p].lower; w != "and" && w != "but" && w != "or" && w != "so" && w != "yet" || p+1 >= len(toks) {
		return false
	}
	if k := crimeStartingAt(cm, j); k >= 0 && j > p && j <= p+2 && cm[k].end < len(toks) && !cm[k].actor {
		// the crime right after the conjunction is the subject of a verb
		v := toks[cm[k].end]
		return beForms.has(v.lid) || finiteAux.has(v.lid) || trendVerbs.has(v.lid)
	}
	for q := p + 1; q < j && q <= p+3; q++ {
		if beForms.has(toks[q].lid) {
			return q > p+1 && q+1 == j // "and sugar is smuggled in": the crime is the new subject's predicate
		}
		if toks[q].punct || toks[q].cls&(cPrep|cConj|cClause|cPron) != 0 || d.verbLike(toks[q]) {
			return false
		}
	}
	return false
}

// trendVerbs say how a quantity moved: "and drug trafficking rose".
var trendVerbs = set([]string{"rose", "rises", "rise", "fell", "falls", "fall", "grew", "grows", "grow", "increased", "increases", "declined", "declines", "dropped", "drops", "surged", "soared", "doubled", "tripled", "halved", "remained", "stayed"})

// cannotWithout links a crime that "cannot" be done or undone "without" the
// other: "the timber trade could not be cleaned up without tackling
// corruption", "trafficking cannot flourish without corrupt officials".
func cannotWithout(text string, toks []token, cm []mention, emit emitFn) {
	for w := 2; w < len(toks); w++ {
		if toks[w].lower != "without" {
			continue
		}
		// the crime after "without", past a gerund and determiners ("without tackling the corruption")
		b := -1
		for q := w + 1; q < len(toks) && q <= w+4; q++ {
			if k := crimeStartingAt(cm, q); k >= 0 {
				b = k
				break
			}
			if toks[q].punct || !(strings.HasSuffix(toks[q].lower, "ing") || toks[q].cls&cDet != 0 || adjective(toks[q])) {
				break
			}
		}
		if b < 0 {
			continue
		}
		// "cannot", "could not", "will never" before "without", in the same clause, after the other crime
		neg := -1
		for q := w - 1; q >= 1 && q >= w-8 && !toks[q].punct; q-- {
			if l := toks[q].lower; l == "cannot" || l == "can't" || (l == "not" || l == "never" || l == "n't") && modalBefore(toks, q) {
				neg = q
				break
			}
		}
		if neg < 0 {
			continue
		}
		for k := range cm {
			if cm[k].end <= neg && cm[k].end >= neg-3 && schema.Root(cm[k].crime) != schema.Root(cm[b].crime) {
				emit(cm[k], cm[b], span(text, toks, cm[k].end, cm[b].start), schema.MechLink)
			}
		}
	}
}

// modalBefore says whether a modal stands right before the negation at q:
// "could not", "will never".
func modalBefore(toks []token, q int) bool {
	switch toks[q-1].lower {
	case "can", "could", "will", "would", "may", "might", "does", "do", "did":
		return true
	}
	return false
}

// bothAnd links the two crimes one actor is in "both" of: "Many groups are
// involved in both drug trafficking and human trafficking" (not "to combat
// both fraud and terrorism": a response).
func (d *docState) bothAnd(text string, toks []token, cm []mention, emit emitFn) {
	for p := 1; p+3 < len(toks); p++ {
		if toks[p].lower != "both" {
			continue
		}
		a := crimeStartingAt(cm, p+1)
		if a < 0 || cm[a].end+1 >= len(toks) || toks[cm[a].end].lower != "and" {
			continue
		}
		b := crimeStartingAt(cm, cm[a].end+1)
		if b < 0 {
			continue
		}
		w := toks[p-1]
		if !(w.lower == "in" || w.lower == "into" || w.lower == "from" || w.lower == "with" || d.verbLike(w) || w.cls&cTrade != 0) {
			continue
		}
		if governed := d.governedMentions(toks, cm); governed[a] || governed[b] {
			continue
		}
		emit(cm[a], cm[b], span(text, toks, p, cm[b].end), schema.MechLink)
	}
}

// kindNouns govern a list as its kinds ("priority areas: fraud, ..."), not
// across a determiner ("in some areas the bandits").
var kindNouns = set([]string{"area", "form", "type", "issue"})

// detBetween says whether a determiner stands in toks[i:j].
func detBetween(toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if toks[p].cls&cDet != 0 {
			return true
		}
	}
	return false
}

// notOnlyButAlso links the crimes of "not only A but also B" and the actor
// before them that does both: "The cartel is involved not only in drug
// trafficking but also in human trafficking".
func notOnlyButAlso(text string, toks []token, cm []mention, emit emitFn) {
	for p := 1; p+4 < len(toks); p++ {
		if toks[p].lower != "only" || toks[p-1].lower != "not" {
			continue
		}
		a := crimeFrom(cm, toks, p+1)
		if a < 0 {
			continue
		}
		q := cm[a].end
		if q < len(toks) && toks[q].text == "," {
			q++
		}
		if q+1 >= len(toks) || toks[q].lower != "but" {
			continue
		}
		q++
		if toks[q].lower == "also" {
			q++
		}
		b := crimeFrom(cm, toks, q)
		if b < 0 {
			continue
		}
		emit(cm[a], cm[b], span(text, toks, p-1, cm[b].end), schema.MechLink)
		for k := range cm {
			if cm[k].actor && cm[k].end <= p-1 && cm[k].subject(toks) {
				emit(cm[k], cm[a], span(text, toks, cm[k].start, cm[a].end), schema.MechInvolvement)
				emit(cm[k], cm[b], span(text, toks, cm[k].start, cm[b].end), schema.MechInvolvement)
			}
		}
	}
}

// crimeFrom returns the crime mention that starts at i, past a preposition
// and a determiner ("in the drug trade"), or -1.
func crimeFrom(cm []mention, toks []token, i int) int {
	for q := i; q < len(toks) && q <= i+2; q++ {
		if k := crimeStartingAt(cm, q); k >= 0 {
			return k
		}
		if toks[q].cls&(cPrep|cDet) == 0 {
			return -1
		}
	}
	return -1
}

// verbItem says whether a crime mention opens with a verb after "and": "and
// passed it on", "and laundered the proceeds" (a second verb phrase).
func verbItem(toks []token, m mention) bool {
	if m.start == 0 || toks[m.start-1].lower != "and" {
		return false
	}
	t := toks[m.start]
	if t.cap || !(strings.HasSuffix(t.lower, "ed") || layerVerbs.has(t.lid)) {
		return false
	}
	// a verb alone or before its object, not a participle naming the crime ("and forced labour", "and organised crime")
	return m.end-m.start == 1 || toks[m.start+1].cls&(cDet|cPron) != 0
}
