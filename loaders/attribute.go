package loaders

import (
	"strings"

	"github.com/crimegraph/crimegraph/schema"
)

func (d *docState) isVerbForm(w string) bool { return d.lx.verbs[w] != nil }

type verbHit struct {
	i, end int
	v      *schema.ReportingVerb
}

// verbAt returns the reporting verb at toks[i], with its particle.
// insideRelative says whether the verb at i opens a relative clause set off by
// commas (", who asked not to be named,") that a reporting verb follows.
func (d *docState) insideRelative(toks []token, i int) bool {
	k := i - 1
	for k > 0 && (toks[k].cls&cAdv != 0) {
		k--
	}
	if k < 1 || toks[k].lower != "who" && toks[k].lower != "which" || toks[k-1].text != "," {
		return false
	}
	for q := i + 1; q+1 < len(toks) && q < i+20; q++ {
		if toks[q].quote != 0 || toks[q].text == ";" {
			return false
		}
		if toks[q].text == "," {
			r := q + 1
			for r < len(toks) && (toks[r].cls&cAdv != 0) {
				r++
			}
			_, ok := d.verbAt(toks, r)
			return ok
		}
	}
	return false
}

var publishVerbs = set([]string{"published", "publishes", "released", "releases", "launched", "launches", "issued",
	"issues", "presented", "presents", "unveiled", "unveils"})

// notePublisher remembers who publishes a document: "The Global Initiative
// ... published the third edition of its Organized Crime Index".
func (d *docState) notePublisher(toks []token, ms []mention) {
	for i := range toks {
		if !publishVerbs.has(toks[i].lid) {
			continue
		}
		var pub *entity
		for k := range ms {
			if ms[k].kind == mActor && ms[k].end <= i && !ms[k].prep && ms[k].ent.kind != KindPerson {
				pub = ms[k].ent
			}
		}
		if pub == nil {
			return
		}
		for k := range ms {
			if ms[k].kind == mDocNoun && ms[k].start > i && ms[k].start <= i+10 && ms[k].head != "" {
				d.ownDocument(ms[k].head, pub)
			}
		}
		return
	}
}

// findingsLine notes a line that announces findings ("Key findings:", a
// title "...: key findings") and says whether findings are under way.
func (d *docState) findingsLine(s *Sentence, toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].lower == "key" || toks[i].lower == "main") && toks[i+1].norm == "finding" {
			if d.findings == "" {
				d.findings = d.doc.Title
				if k := strings.Index(d.findings, ":"); k > 0 {
					d.findings = strings.TrimSpace(d.findings[:k]) // "Serious and organised crime threat assessment 2026"
				}
				if d.findings == "" {
					d.findings = "report"
				}
			}
			return false // the announcing line itself finds nothing
		}
	}
	return d.findings != ""
}

// findingsSpeaker is who states the findings: the text's most salient
// organisation, else the titled report itself.
func (d *docState) findingsSpeaker() *entity {
	if d.findingsBy == nil {
		// fixed at the first finding: places named in the findings do not publish them
		words := strings.Fields(strings.ToLower(d.findings))
		for k := len(words) - 1; k >= 0 && d.findingsBy == nil; k-- {
			if h := fold(words[k]); d.lx.docNouns.m[h] {
				d.findingsBy = d.docOwners[h] // "The Global Initiative ... published ... its Organized Crime Index"
			}
		}
		if d.findingsBy == nil {
			d.findingsBy = d.masthead // "This brief, by the Global Initiative ..., examines": its publisher
		}
		if d.findingsBy == nil {
			d.findingsBy = d.salientOrg()
		}
		if d.findingsBy == nil {
			d.findingsBy = d.reg.get(KindOrg, d.findings)
		}
	}
	return d.findingsBy
}

// bulletItem says whether the sentence opens a line after a list marker
// ("• ", "- ", "* ", "1. ").
func bulletItem(text string, s *Sentence) bool {
	line := strings.LastIndexByte(text[:s.Start], '\n') + 1
	m := strings.TrimSpace(text[line:s.Start])
	switch {
	case m == "-" || m == "*" || m == "•" || m == "–" || m == "·" || m == "▪":
		return true
	case len(m) >= 2 && (m[len(m)-1] == '.' || m[len(m)-1] == ')') && isDigits(m[:len(m)-1]):
		return true
	}
	return false
}

// bylineLine says whether the sentence is about the author rather than by
// them: "Priya Raman is a senior analyst at the Crypto Crime Lab."
func bylineLine(toks []token, author *entity) bool {
	names := strings.Fields(author.label)
	if len(toks) < 2 || len(names) == 0 {
		return false
	}
	last := strings.EqualFold(toks[0].text, names[len(names)-1]) && !(author.title != "" && author.title == author.label && len(names) > 1)
	// (an office's last word is no surname: "Kenya has lost half of its elephants" by the Ambassador of Kenya)
	return strings.EqualFold(toks[0].text, names[0]) || last ||
		toks[0].lower == "the" && (toks[1].lower == "author" || toks[1].lower == "writer") // "The author is a former customs official"
}

// questionWords open a question, which reports no claim.
var questionWords = set([]string{"are", "is", "was", "were", "do", "does", "did", "have", "has", "can", "could", "will",
	"would", "should", "what", "why", "how", "who", "when", "where", "which", "isn't", "aren't", "don't", "doesn't"})

// claimingQuestion says whether the question from first is a long yes-no
// question, which in a debate carries the asker's claim: "Will she also look
// at how these gangs launder their money through cash businesses?".
func claimingQuestion(toks []token, first int) bool {
	if first >= len(toks) || len(toks)-first < 12 {
		return false
	}
	switch toks[first].lower {
	case "does", "do", "will", "would", "can", "could", "should", "is", "isn't", "doesn't", "won't":
		return true
	}
	return false
}

// turnClaims says whether the question from first, in a transcript's turn,
// carries its speaker's claim: a member's long question does, an
// interviewer's ("Q: Is Europe now a producer of synthetic drugs?") asks.
func (d *docState) turnClaims(toks []token, first int) bool {
	return d.turn != nil && !hostTags.m[strings.ToLower(d.turn.label)] && claimingQuestion(toks, first)
}

// demonymLike says whether a word reads as a demonym: "African", "Baltic", "Chinese".
func demonymLike(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// pluralSpeaker reads a short plural noun phrase right before the verb at i,
// after a comma or a closing quote: ", several packers said." It returns a
// group for it, or nil.
func (d *docState) pluralSpeaker(toks []token, i int) (*entity, int) {
	after := i + 1
	if after < len(toks) && toks[i].lower == "told" && toks[after].cap {
		after++ // "..., several of the former workers told CNN."
	}
	if i < 3 || !onlyPunctAfter(toks, after) {
		return nil, 0
	}
	n := toks[i-1]
	if n.cap || n.punct || !pluralTok(n) || n.cls != 0 || strings.HasSuffix(n.lower, "ss") {
		return nil, 0
	}
	k := i - 2
	for k > 0 && i-k <= 6 && !toks[k].punct && toks[k].quote == 0 && (quantifiers.has(toks[k].lid) || toks[k].cls&cDet != 0 || adjective(toks[k]) || numberWords.has(toks[k].lid) || toks[k].lower == "several" || toks[k].lower == "other" || toks[k].lower == "of" || toks[k].lower == "former" ||
		toks[k].lower == "and" && k > 1 && pluralTok(toks[k-1]) && !toks[k-1].cap) {
		if toks[k].lower == "and" {
			k-- // (", smugglers and farmers told Dawn.": two plural nouns)
		}
		k--
	}
	if toks[k].text != "," && toks[k].quote == 0 {
		return nil, 0
	}
	g := d.reg.get(KindGroup, d.doc.Slug+" "+n.lower)
	g.label, g.plural = span(d.res.Sentences[d.sentIndex-1].Text, toks, k+1, i), true
	return g, k + 1
}

// describedSpeaker reads a clause that opens with one person described by an
// agent noun, "A former junket operator told", "An employee said", and
// returns that person, or nil.
func (d *docState) describedSpeaker(toks []token, first, i int) *entity {
	if i-first > 5 && i-first <= 16 && (toks[first].lower == "a" || toks[first].lower == "an") {
		// "A businessman accused of laundering money for a Mexican cartel told a Texas court":
		// the person, then a participle phrase about them
		for p := first + 1; p+1 < i && p <= first+3; p++ {
			if t := toks[p]; t.cap || t.punct || t.cls != 0 && !sourceNouns.has(t.nid) {
				break // ("source" is a verb too)
			}
			n := toks[p]
			if !pluralTok(n) && (roleNouns.has(n.nid) || isTitleWord(d.lx, toks, p) || agentNoun(n.lower) || strings.HasSuffix(n.lower, "man") || sourceNouns.has(n.nid)) && aboutParticiples.has(toks[p+1].lid) {
				for q := p + 2; q < i; q++ {
					if toks[q].text == "," && q+1 < i && relativePronoun(toks[q+1].lower) {
						// "A federal police officer familiar with the investigation, who spoke on condition
						// of anonymity, said": an aside about the person before the verb
						r := q + 2
						for r < i && toks[r].text != "," {
							r++
						}
						if r == i-1 {
							break
						}
					}
					if toks[q].punct || toks[q].quote != 0 || d.lx.verbsOf(toks[q].lid) != nil {
						return nil
					}
				}
				return d.describedPerson(span(d.res.Sentences[d.sentIndex-1].Text, toks, first+1, p+1))
			}
		}
		return nil
	}
	if i-first < 2 || i-first > 5 || toks[first].lower != "a" && toks[first].lower != "an" {
		return nil
	}
	for k := first + 1; k < i; k++ {
		if t := toks[k]; t.punct || t.quote != 0 || t.cap || d.isVerbForm(t.lower) || t.cls&(cPrep|cConj|cDet|cPron|cFinite) != 0 {
			return nil
		}
	}
	n := toks[i-1]
	if pluralTok(n) || d.lx.docNouns.has(n.nid) || !(roleNouns.has(n.nid) || isTitleWord(d.lx, toks, i-1) || agentNoun(n.lower)) {
		return nil
	}
	return d.describedPerson(span(d.res.Sentences[d.sentIndex-1].Text, toks, first+1, i))
}

// aboutParticiples open a phrase about a person described: "a businessman
// accused of laundering money".
var aboutParticiples = set([]string{"accused", "charged", "suspected", "convicted", "alleged", "linked", "wanted", "jailed", "arrested", "named", "identified", "sentenced",
	"familiar", "briefed", "acting", "representing", "working", "close"})

// tailSpeaker reads a speaker described, not named, between a comma and the
// verb at i that ends the sentence: "..., a blockchain analytics firm said",
// "..., a spokesman said", "..., report says".
func (d *docState) tailSpeaker(toks []token, i, after int) (*entity, int) {
	if toks[i].lower == "told" {
		// "..., a senior official told POLITICO.": past the hearer
		for after < len(toks) && (toks[after].cap && !toks[after].punct || toldObjects.has(toks[after].lid)) {
			after++
		}
	}
	if !onlyPunctAfter(toks, skipTail(toks, after)) || i < 2 {
		return nil, 0
	}
	if i >= 3 && (toks[i-1].lower == "has" || toks[i-1].lower == "have" || toks[i-1].lower == "had") {
		i-- // "..., a charity has warned.": the auxiliary is the verb's
	}
	if i >= 4 && toks[i-1].cap && !toks[i-1].punct && (toks[i-2].lower == "in" || toks[i-2].lower == "from") && !toks[i-3].cap {
		i -= 2 // "..., a court in Macau found last year.": the place after the description
	}
	for q := i - 1; q >= 2 && q >= i-6 && !toks[q].punct; q-- {
		if tailModifiers.has(toks[q].lid) && (roleNouns.has(toks[q-1].nid) || isTitleWord(d.lx, toks, q-1) || agentNoun(toks[q-1].lower)) {
			i = q // "..., a prosecutor involved in the case said.": the person before what describes them
			break
		}
	}
	if toks[i-1].punct || toks[i-1].cap {
		return nil, 0
	}
	k := i - 2 // the head before the verb may itself be a verb form: "report says"
	for k >= 0 && i-k <= 7 && !toks[k].punct && toks[k].quote == 0 && toks[k].cls&(cPrep|cConj|cPron|cFinite) == 0 && !d.isVerbForm(toks[k].lower) {
		k-- // ("a senior Western intelligence official")
	}
	if k < 0 || toks[k].text != "," && toks[k].quote != 'c' && toks[k].quote != 'a' {
		return nil, 0
	}
	if toks[k].quote == 0 {
		for q := k + 1; q < i; q++ {
			if toks[q].cap && !(demonymLike(toks[q].lower) && (q == k+1 || q > k+1 && !toks[q-1].cap)) {
				return nil, 0 // after a comma the description is lowercase: a capital starts a name ("Chinese state media" may open it, "a senior Kenyan police official" hold one)
			}
		}
	}
	start := k + 1
	indefinite := toks[start].lower == "a" || toks[start].lower == "an" || toks[start].lower == "one"
	if indefinite {
		start++
	}
	if start >= i {
		return nil, 0
	}
	n := toks[i-1]
	label := span(d.res.Sentences[d.sentIndex-1].Text, toks, start, i)
	switch {
	case d.lx.docNouns.has(n.nid) && start == i-1 && !indefinite:
		return d.reg.get(KindOrg, "the "+n.lower), k + 1 // a headline's "..., report says"
	case start == i-2 && !indefinite && d.lx.docNouns.m[docPhrase(toks, start, i)] && !toks[start].cap:
		return d.reg.get(KindOrg, label), k + 1 // "..., court documents say."
	case start == i-2 && toks[start].lower == "the" && courtNouns.has(n.lid):
		return d.reg.get(KindOrg, "the "+n.lower), k + 1 // "..., the court found."
	case indefinite && start == i-1 && courtNouns.has(n.lid):
		return d.reg.get(KindOrg, "the "+n.lower), k + 1 // "..., a court in Macau found."
	case indefinite && d.lx.docNouns.has(n.nid) && !pluralTok(n):
		return d.reg.get(KindOrg, "the "+n.lower), k + 1 // "..., a new report says."
	case indefinite && (orgDescriptors.has(n.lid) || d.lx.institution.has(n.nid)):
		return d.reg.get(KindOrg, label), k + 1
	case indefinite && !pluralTok(n) && (roleNouns.has(n.nid) || isTitleWord(d.lx, toks, i-1) || agentNoun(n.lower)):
		return d.describedPerson(label), k + 1
	}
	return nil, 0
}

// possessedSpeaker reads a clause that opens with an owner, "'s", and the
// owner's body or agent right before the verb at i: "Europe's police agency
// said", "The stablecoin's issuer said". It returns that body or person, or nil.
func (d *docState) possessedSpeaker(toks []token, first, i int) *entity {
	s := -1
	for q := first + 1; q < i-1 && q <= first+4; q++ {
		if toks[q].norm == "'s" || (toks[q].text == "'" || toks[q].text == "’") && pluralTok(toks[q-1]) {
			s = q // ("the brothers' lawyer")
			break
		}
		if toks[q].punct {
			return nil
		}
	}
	if s < 0 || i-s-1 > 3 {
		return nil
	}
	for q := s + 1; q < i; q++ {
		if t := toks[q]; t.punct || t.cap || t.cls != 0 || d.isVerbForm(t.lower) {
			return nil
		}
	}
	h := toks[i-1]
	start := first
	if toks[start].lower == "the" {
		start++
	}
	label := span(d.res.Sentences[d.sentIndex-1].Text, toks, start, i)
	switch {
	case pluralTok(h) && (d.lx.orgHeads.has(h.nid) || roleNouns.has(h.nid) || agentNoun(h.norm) || h.norm == "family"):
		return d.reg.get(KindGroup, label) // "Farmers' groups said", "The victims' families said"
	case pluralTok(h):
		return nil
	case d.lx.orgHeads.has(h.nid) || d.lx.institution.has(h.nid):
		return d.reg.get(KindOrg, label)
	case roleNouns.has(h.nid) || agentNoun(h.lower):
		return d.describedPerson(label)
	}
	return nil
}

// courtNouns speak for a court as a body: "the court found", "a jury found".
var courtNouns = set([]string{"court", "tribunal", "jury"})

// tailModifiers open a phrase that describes a person before the verb:
// "a prosecutor involved in the case", "an official familiar with the talks".
var tailModifiers = set([]string{"involved", "familiar", "close", "working", "based", "briefed", "knowledgeable"})

// describedPerson is an unnamed person known by a description ("a senior
// Western intelligence official"); "the official" later refers back to them.
func (d *docState) describedPerson(label string) *entity {
	p := d.reg.get(KindPerson, label)
	if p.title == "" {
		p.title = label
	}
	d.persons = pushRecent(d.persons, p)
	return p
}

// agentNoun says whether a word names a person by what they do: "operator",
// "employee", "economist", "resident".
func agentNoun(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ee", "ant", "ent", "ian", "man", "woman", "hand", "person"} {
		if strings.HasSuffix(w, suf) {
			return !nonAgents.m[w]
		}
	}
	return false
}

// workNouns are a person's work that shows or finds: "Her work shows".
var workNouns = set([]string{"work", "research", "study", "analysis", "finding", "book", "paper", "review", "fieldwork"})

// shortAgents are agent nouns too short for agentNoun's endings: "said a miner".
var shortAgents = set([]string{"miner", "guard", "nurse", "pilot", "clerk", "diver", "medic", "monk", "imam", "cop", "vendor", "porter", "sailor", "herder", "hunter",
	"victim", "widow", "priest", "cook", "guide", "chief", "youth", "pastor", "farmhand", "deckhand"})

// nonAgents end like agent nouns but name no person.
var nonAgents = set([]string{"paper", "letter", "number", "matter", "border", "order", "sector", "factor", "report",
	"statement", "document", "government", "department", "parliament", "agreement", "investment", "environment",
	"element", "component", "moment", "content", "event", "percent", "register", "filter", "computer", "server",
	"center", "centre", "chapter", "quarter", "corner", "river", "water", "weather", "power", "tower", "answer",
	"plant", "grant", "restaurant", "variant", "elephant", "instrument", "equipment", "shipment", "payment",
	"settlement", "tournament", "behavior", "behaviour", "interior", "exterior", "error",
	"mirror", "motor", "harbor", "harbour", "floor", "door", "anchor", "human", "german", "roman", "ottoman", "caiman", "firsthand", "secondhand", "beforehand", "offhand", "shorthand", "longhand"})

// actorAfterBy returns the actor named right after "by" at i ("by the
// Washington Post"), or nil.
func actorAfterBy(toks []token, ms []mention, i int) *mention {
	if i+1 >= len(toks) || toks[i].lower != "by" && toks[i].lower != "from" {
		return nil
	}
	// "by the Washington Post", "from cybersecurity firm Sophos"
	for j := i + 1; j < len(toks) && j <= i+4 && !toks[j].punct; j++ {
		if m := mentionAt(ms, j); m != nil {
			if m.kind == mActor {
				return m
			}
			return nil
		}
	}
	return nil
}

// wishVerbs put a report in the infinitive: "wishes to inform", "would like to state".
var wishVerbs = set([]string{"wishes", "wish", "wished", "like", "wants", "want", "wanted", "seeks"})

// particleModifiers may stand between a verb and its particle: "expressed
// deep concern", "reiterated their support".
var particleModifiers = set([]string{"deep", "grave", "serious", "strong", "full", "great", "profound", "particular",
	"continued", "its", "their", "his", "her", "our", "growing", "increasing", "renewed", "unwavering", "no", "little",
	"new", "clear", "some", "further"})

func (d *docState) verbAt(toks []token, i int) (verbHit, bool) {
	h, ok := d.verbWord(toks, i)
	if ok && h.i == i && i > 0 && toks[i-1].lower == "to" {
		if st := goesOnTo(toks, i-1); st >= 0 {
			h.i = st // "He went on to say that": the verb phrase starts at "went"
		}
	}
	return h, ok
}

// addedTo says whether "add" at i takes an object put into something: a
// determiner or number, a few words, then "to" ("added two jurisdictions to
// its list", "adds a new chapter to the report").
func addedTo(toks []token, i int) bool {
	q := i + 1
	if q >= len(toks) || !(toks[q].cls&cDet != 0 || isDigits(toks[q].text) || numberWords.has(toks[q].lid)) || toks[q].lower == "that" {
		return false
	}
	for q++; q < len(toks) && q <= i+6 && !toks[q].punct && toks[q].quote == 0; q++ {
		if toks[q].lower == "to" {
			return q+1 < len(toks) && (toks[q+1].cls&cDet != 0 || toks[q+1].cap || isDigits(toks[q+1].text)) // (not "added two officers to protect ...")
		}
		if toks[q].lower == "that" || toks[q].cls&cFinite != 0 {
			return false
		}
	}
	return false
}

// verbWord reads the reporting verb at i alone.
func (d *docState) verbWord(toks []token, i int) (verbHit, bool) {
	forms := d.lx.verbsOf(toks[i].lid)
	if len(forms) == 0 || toks[i].hyphen {
		return verbHit{}, false // "co-wrote": part of another word
	}
	if i > 0 && ((toks[i-1].cls&cDet != 0) && !(memberWords.has(toks[i-1].lid) && (i == 1 || toks[i-2].punct)) || toks[i-1].lower == "to" && !strings.HasSuffix(toks[i].lower, "ed") && !(i > 1 && wishVerbs.has(toks[i-2].lid)) && goesOnTo(toks, i-1) < 0) {
		return verbHit{}, false // "the call", "a warning", "to say" (but "wishes to inform the public that"; "Several said": a group's part)
	}
	if i+2 < len(toks) && toks[i+1].lower == "to" && (toks[i+2].lower == "be" || toks[i+2].lower == "have") {
		return verbHit{}, false // "suspects believed to be financing": a passive, not a report
	}
	if i > 0 && (toks[i].lower == "alleged" || toks[i].lower == "suspected" || toks[i].lower == "reported") && (isDigits(toks[i-1].text) || numberWords.has(toks[i-1].lid)) {
		return verbHit{}, false // "charged 32 alleged members": an adjective
	}
	if i > 0 && (toks[i-1].lower == "former" || toks[i-1].lower == "retired" || toks[i-1].lower == "presiding") {
		return verbHit{}, false // "Pereira, a former judge, said": a noun
	}
	if i > 0 && d.lx.docNouns.has(toks[i].nid) && docModifiers.has(toks[i-1].lid) {
		return verbHit{}, false // "Full report and data on our website", "Annual report": a noun
	}
	if i+2 < len(toks) && (toks[i].lower == "reports" || toks[i].lower == "reported" || toks[i].lower == "reporting") && toks[i+1].lower == "from" && onlyNameAfter(toks, i+2) {
		return verbHit{}, false // "Our correspondent Anna Foster reports from Niger.": where from, no report
	}
	if i+1 < len(toks) && (toks[i].lower == "report" || toks[i].lower == "reports" || toks[i].lower == "statement") && (toks[i+1].lower == "of" || toks[i+1].lower == "by") {
		return verbHit{}, false // "Final report of the Panel of Experts": a noun
	}
	if i+1 < len(toks) && i > 0 && toks[i-1].cap && (toks[i].lower == "note" || toks[i].lower == "notes" || toks[i].lower == "report" || toks[i].lower == "warning" || toks[i].lower == "comment") && toks[i+1].lower == "for" {
		return verbHit{}, false // "Guidance note for staff": a noun
	}
	if i+1 < len(toks) && toks[i+1].lower == "to" && strings.HasSuffix(toks[i].lower, "ed") && (toks[i].lower == "urged" || toks[i].lower == "asked" || toks[i].lower == "told" || toks[i].lower == "advised" || toks[i].lower == "encouraged") {
		return verbHit{}, false // "Banks urged to track ...": a headline's passive, the banks are urged
	}
	if strings.HasPrefix(toks[i].lower, "add") && addedTo(toks, i) {
		return verbHit{}, false // "The FATF added two jurisdictions to its list": a thing put somewhere
	}
	if i+1 < len(toks) && strings.HasPrefix(toks[i].lower, "admit") && pleaNouns.has(toks[i+1].nid) {
		return verbHit{}, false // "admitted conspiracy to supply class A drugs": a plea, not a report
	}
	if i+1 < len(toks) && (toks[i].lower == "accused" && toks[i+1].lower == "of" || toks[i].lower == "blamed" && toks[i+1].lower == "for") {
		return verbHit{}, false // "14 suspects accused of running a fraud ring": the accused, not an accuser
	}
	if i > 1 && toks[i-1].lower == "to" && wishVerbs.has(toks[i-2].lid) {
		// "The National Police Service wishes to inform the public that ..."
		for q := i + 1; q < len(toks) && q <= i+4; q++ {
			if vs := d.lx.verbsOf(toks[i].lid); toks[q].lower == "that" && len(vs) > 0 {
				return verbHit{i: i - 2, end: q, v: vs[0]}, true // the verb phrase starts at "wishes"
			}
		}
	}
	if toks[i].lower == "declared" && i > 0 && !toks[i-1].cap && (toks[i-1].cls&cPron == 0) && i+1 < len(toks) && toks[i+1].lower == "as" {
		return verbHit{}, false // "containers of cigarettes declared as furniture": a designation
	}
	if (toks[i].lower == "declared" || toks[i].lower == "declares") && i+1 < len(toks) && toks[i+1].lower != "that" {
		for q := i + 2; q < len(toks) && q <= i+5 && toks[i+1].lower != "a" && toks[i+1].lower != "an"; q++ {
			if toks[q].lower == "a" || toks[q].lower == "an" {
				return verbHit{}, false // "has declared Los Lobos a terrorist organisation": a designation
			}
		}
	}
	if i > 0 && toks[i].lower == "alleged" && (toks[i-1].cls&cPrep != 0) {
		return verbHit{}, false // "charged over alleged cocaine importation": an adjective
	}
	if i > 0 && toks[i].lower == "states" && toks[i-1].cap && demonymLike(toks[i-1].lower) {
		return verbHit{}, false // "costs West African states": a noun
	}
	if toks[i].lower == "think" && i+1 < len(toks) && (toks[i+1].norm == "tank" || toks[i+1].lower == "tanks") {
		return verbHit{}, false // "think tank"
	}
	if w := toks[i].lower; i > 1 && (w == "written" || w == "wrote" || w == "writes" || w == "spoken" || w == "published") && i+1 < len(toks) && toks[i+1].lower == "about" &&
		(relativePronoun(toks[i-2].lower) || toks[i-1].lower == "has" && i > 2 && relativePronoun(toks[i-3].lower) || relativePronoun(toks[i-1].lower)) {
		return verbHit{}, false // "Federico Varese, who has written about mafias": what the person is known for, not a claim
	}
	if w := toks[i].lower; (w == "heard" || w == "hears" || w == "hear") && i+1 < len(toks) && (toks[i+1].norm == "evidence" || toks[i+1].norm == "testimony" || toks[i+1].lower == "from" || toks[i+1].norm == "briefing" || toks[i+1].norm == "statement") {
		that := false
		for q := i + 2; q < len(toks) && q <= i+8 && !that; q++ {
			that = toks[q].lower == "that"
		}
		if !that {
			return verbHit{}, false // "The Committee heard evidence from police on ...": whom it heard, no finding (but "heard evidence that ...")
		}
	}
	if negatedVerb(toks, i) {
		return verbHit{}, false // "police have not said whether", "did not say"
	}
	if passiveVerb(toks, i) {
		return verbHit{}, false // "committee members were told that": the hearers, not the speaker
	}
	var plain *schema.ReportingVerb
	for _, v := range forms {
		if len(v.Particle) == 0 {
			if plain == nil {
				plain = v
			}
			continue
		}
		if i+1 < len(toks) {
			q := i + 1
			if particleModifiers.has(toks[q].lid) && q+1 < len(toks) {
				q++ // "expressed deep concern", "voiced their support"
			}
			for _, p := range v.Particle {
				if toks[i+1].lower != p && (q == i+1 || toks[q].lower != p || p == "that") {
					continue
				}
				if !(p == "on" && i+2 < len(toks) && onTime(toks, i+2)) {
					end := i + 2
					if toks[i+1].lower != p {
						end = q + 1
					}
					if p == "that" || p == "themselves" || p == "itself" || v.Lemma == "suspect" {
						// ("Police suspect some officers of ...": the claim keeps its determiner)
						end = i + 1
						if p != "that" && i+2 < len(toks) && toks[i+2].lower == "to" {
							end = i + 3
						}
					}
					return verbHit{i: i, end: end, v: v}, true
				}
			}
		}
	}
	if plain == nil {
		// "..., a study has found." / "..., the ministers agreed."
		for _, v := range forms {
			if len(v.Particle) > 0 && v.Kind == schema.Assert && onlyPunctAfter(toks, timeTail(toks, i+1)) && i+1 < len(toks) {
				// (", a court in Macau found last year.": a time may close the sentence)
				return verbHit{i: i, end: i + 1, v: v}, true
			}
			if len(v.Particle) > 0 && v.Kind == schema.Assert && parenthetical(toks, i) {
				return verbHit{i: i, end: i + 1, v: v}, true // "Curbing the trade, the authors conclude, would cut off"
			}
		}
		return verbHit{}, false
	}
	return verbHit{i: i, end: i + 1, v: plain}, true
}

// resolutionVerbs open the clauses of a resolution or declaration.
var resolutionVerbs = set([]string{"expressing", "noting", "recognizing", "recognising", "reaffirming", "recalling",
	"stressing", "welcoming", "emphasizing", "emphasising", "condemning", "deploring", "acknowledging", "affirming",
	"underlining", "underscoring", "concerned", "alarmed", "mindful", "determined", "convinced", "decides", "calls",
	"urges", "requests", "encourages", "invites", "demands", "condemns", "welcomes", "notes", "stresses", "expresses",
	"reaffirms", "recognizes", "recognises", "emphasizes", "emphasises", "affirms", "deplores", "underlines", "recommends"})

var notSpeakerTags = set([]string{"update", "updated", "breaking", "exclusive", "note", "editor", "correction", "watch",
	"read", "related", "photo", "video", "source", "sources", "keywords", "tags", "summary", "abstract", "background",
	"warning", "analysis", "opinion", "comment", "live", "transcript", "episode", "chapter", "section", "part", "figure",
	"table", "box", "annex", "appendix", "key", "disclaimer", "contact", "media", "tel", "email", "web", "date", "time",
	"location", "venue", "subject", "re", "from", "to", "cc", "title", "author", "authors", "published", "posted"})

var hostTags = set([]string{"host", "interviewer", "moderator", "presenter", "anchor", "chair", "reporter", "q", "question", "journalist"})

// speakerTag reads a transcript's speaker tag at the start of the sentence
// ("SHELLEY:", "HOST:", "Louise Shelley:") and returns where the turn's text
// starts and who speaks.
// releaseLabel says whether toks name a kind of release: "Press release",
// "News release", "Media statement".
func releaseLabel(toks []token) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	switch toks[len(toks)-1].lower {
	case "release", "statement", "advisory", "briefing", "news":
		return true
	}
	return false
}

// releaseLine says whether a line names a press or media release.
func releaseLine(toks []token) bool {
	for _, t := range toks {
		if t.norm == "release" {
			return true
		}
	}
	return false
}

// officeTag reads a Hansard turn tagged by office with the holder's name in
// brackets: "The Minister for Policing, Fire and Crime Prevention (Dame Diana
// Johnson): We have banned ...". It returns where the turn's words start and
// the person.
func (d *docState) officeTag(toks []token, ms []mention, first int) (int, *entity) {
	if first+4 >= len(toks) || toks[first].lower != "the" || !isTitleWord(d.lx, toks, first+1) {
		return 0, nil
	}
	for c := first + 2; c+1 < len(toks) && c < first+16; c++ {
		if toks[c].text != ")" {
			continue
		}
		if toks[c+1].text != ":" {
			return 0, nil
		}
		o := c - 1
		for o > first && toks[o].text != "(" {
			o--
		}
		n := o + 1
		for n < c && isHonorific(toks[n].lower) {
			n++ // "Dame Diana Johnson": the name past the honorific
		}
		if o <= first || c-n < 2 || c-n > 4 {
			return 0, nil
		}
		for q := n; q < c; q++ {
			if !toks[q].cap || toks[q].punct {
				return 0, nil
			}
		}
		p := d.reg.person(span(d.res.Sentences[d.sentIndex-1].Text, toks, n, c))
		if p.title == "" {
			p.title = span(d.res.Sentences[d.sentIndex-1].Text, toks, first+1, o)
		}
		return c + 2, p
	}
	return 0, nil
}

func isHonorific(w string) bool {
	_, ok := honorifics[w]
	return ok || w == "baroness" || w == "rt" || w == "hon"
}

// headerSpeaker reads a line that only names a speaker and ends in a colon,
// "Commissioner Linda Harbour, Federal Police:", and returns the person.
// memberLine reads a debate record's line that names who speaks next, with
// no colon: "Sarah Dyke (Somerton and Frome) (LD)", "The Minister for
// Security (Dan Jarvis)", or the name alone of one who spoke so before.
func (d *docState) memberLine(toks []token, ms []mention, first int) *entity {
	n := len(toks)
	text := d.res.Sentences[d.sentIndex-1].Text
	name := func(i int) int { // the end of a "Given Surname" run at i, or i
		if i >= n || d.reg.givenNames[toks[i].text] == 0 {
			return i
		}
		e := i + 1
		for e < n && e < i+4 && toks[e].cap && !toks[e].punct {
			e++
		}
		if e == i+1 {
			return i
		}
		return e
	}
	f := first
	if f+1 < n && isHonorific(toks[f].lower) {
		f++ // "Mr David Hughes (Chelmsford) (Con)"
	}
	if e := name(f); e > f {
		switch {
		case e == n:
			// "Sarah Dyke" alone again, after she spoke under her full line
			if p := d.reg.person(span(text, toks, f, e)); p == d.turn || p == d.otherTurn {
				return p
			}
		case toks[e].text == "(" && toks[n-1].text == ")":
			return d.reg.person(span(text, toks, f, e)) // "Sarah Dyke (Somerton and Frome) (LD)"
		}
		return nil
	}
	if toks[first].cls&cDet != 0 && first+1 < n && isTitleWord(d.lx, toks, first+1) && toks[n-1].text == ")" {
		// "The Minister for Security (Dan Jarvis)": the office, then who holds it
		o := n - 2
		for o > first && toks[o].text != "(" {
			o--
		}
		if o > first+1 && name(o+1) == n-1 {
			p := d.reg.person(span(text, toks, o+1, n-1))
			if p.title == "" {
				p.title = span(text, toks, first+1, o)
			}
			return p
		}
	}
	return nil
}

// attributableLine reads a release's "Quotes attributable to the Minister
// for Home Affairs, Tony Burke:": whose the quotes under it are (the last
// person it names, else the body).
func (d *docState) attributableLine(text string, toks []token, ms []mention) *entity {
	n := len(toks)
	if n < 5 || toks[n-1].text != ":" || toks[0].norm != "quote" && toks[0].norm != "comment" && toks[0].norm != "statement" ||
		toks[1].lower != "attributable" && toks[1].lower != "attributed" || toks[2].lower != "to" {
		return nil
	}
	var who *entity
	for _, m := range ms {
		if m.kind == mActor && m.start >= 3 && m.ent != nil && (m.ent.kind == KindPerson || who == nil && !m.ent.country) {
			who = m.ent
		}
	}
	if who != nil {
		return who
	}
	c := n - 2
	for c > 3 && toks[c].cap && !toks[c].punct {
		c--
	}
	if toks[c].text == "," && n-2-c >= 2 && n-2-c <= 4 {
		p := d.reg.person(span(text, toks, c+1, n-1)) // "..., Tony Burke:"
		o := 3
		if toks[o].cls&cDet != 0 {
			o++
		}
		if p.title == "" && o < c && isTitleWord(d.lx, toks, o) {
			p.title = span(text, toks, o, c) // "the Minister for Home Affairs"
		}
		return p
	}
	return nil
}

func headerSpeaker(toks []token, ms []mention, first int) *entity {
	n := len(toks)
	if n < 3 || toks[n-1].text != ":" {
		return nil
	}
	for _, m := range ms {
		if m.kind != mActor || m.ent.kind != KindPerson || m.start > first+1 {
			continue
		}
		for q := m.end; q < n-1; q++ {
			if t := toks[q]; !(t.cap || t.text == "," || t.cls&cDet != 0 || t.lower == "of" || t.lower == "and" || t.text == "(" || t.text == ")") {
				return nil // a sentence goes on: "Harbour said:"
			}
		}
		return m.ent
	}
	return nil
}

func (d *docState) speakerTag(toks []token, ms []mention, first int) (int, *entity) {
	if e, p := d.officeTag(toks, ms, first); p != nil {
		return e, p
	}
	if first+2 < len(toks) && upperWord(toks[first].text) && isTitleWord(d.lx, toks, first) {
		// "MINISTER OF JUSTICE: Good afternoon.": an office in capitals speaks, unnamed
		c := first + 1
		for c < len(toks) && c < first+8 && toks[c].text != ":" && !toks[c].punct && upperWord(toks[c].text) {
			c++
		}
		if c > first+1 && c+1 < len(toks) && toks[c].text == ":" {
			words := strings.Fields(nameCase(span(d.res.Sentences[d.sentIndex-1].Text, toks, first, c)))
			for k := 1; k < len(words); k++ {
				if orgConnectors.m[strings.ToLower(words[k])] {
					words[k] = strings.ToLower(words[k]) // "Minister of Justice"
				}
			}
			return c + 1, d.office(strings.Join(words, " "))
		}
	}
	i := first
	j := i
	for j < len(toks) && j-i < 3 && toks[j].cap && !toks[j].punct {
		j++
	}
	if j == i+1 && j+3 < len(toks) && toks[j].text == "(" && (upperWord(toks[i].text) || hostTags.has(toks[i].lid)) {
		// "HOST (ANNA LINDQVIST):": a role, then the name of who holds it; "Moderator (Claire
		// Dubois, France 24):" with the holder's outlet after a comma
		q := j + 1
		for q < len(toks) && q < j+5 && toks[q].cap && !toks[q].punct {
			q++
		}
		c := q
		if q < len(toks) && toks[q].text == "," {
			for c = q + 1; c < len(toks) && c < q+8 && toks[c].text != ")" && toks[c].text != "("; c++ {
			}
		}
		if q > j+2 && c+1 < len(toks) && toks[c].text == ")" && toks[c+1].text == ":" {
			return c + 2, d.reg.person(nameCase(span(d.res.Sentences[d.sentIndex-1].Text, toks, j+1, q)))
		}
	}
	c := j // the colon: "Dame Diana Johnson (Kingston upon Hull North) (Lab):" after a member's seat and party
	for n := 0; n < 2 && c < len(toks) && toks[c].text == "(" && j > i+1; n++ {
		q := c + 1
		for q < len(toks) && q < c+8 && toks[q].text != ")" && toks[q].text != "(" {
			q++
		}
		if q >= len(toks) || toks[q].text != ")" {
			break
		}
		c = q + 1
	}
	if j == i || c+1 >= len(toks) || toks[c].text != ":" {
		return 0, nil
	}
	name := span(d.res.Sentences[d.sentIndex-1].Text, toks, i, j)
	surname := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])                 // "Sergi-Lombardo" is one surname
	known := d.reg.surnames[surname] != nil && d.reg.surnames[surname].kind == KindPerson // "Gratteri: It has become ..."
	// "Felbab-Brown: Less often than people think." twice or more at the start of a line: a transcript's tag
	recurring := !known && len(name) > 1 && !notSpeakerTags.has(toks[i].lid) && d.lineTags(name) >= 2
	if j-i == 1 && !upperWord(toks[i].text) && !hostTags.has(toks[i].lid) && !known && !recurring && !(toks[i].text == "A" && d.interviewee != nil) || notSpeakerTags.has(toks[i].lid) {
		return 0, nil // "Keywords: ...", "UPDATE: ..." are labels, not speakers
	}
	for _, m := range ms {
		if m.start == i && m.kind == mActor && (m.ent.kind == KindPlace || m.ent.country) {
			return 0, nil // "WASHINGTON: ..." is a dateline
		}
	}
	if j-i == 1 && upperWord(name) && len(name) > 2 && d.sentIndex <= 4 && !hostTags.has(toks[i].lid) && strings.Count(d.doc.Text, name+":") == 1 {
		return 0, nil // "RANCHI: Police on Sunday arrested ...": a dateline no transcript turn repeats
	}
	if (name == "A" || strings.EqualFold(name, "answer")) && d.interviewee != nil {
		return c + 1, d.interviewee
	}
	if name == "Q" || (strings.EqualFold(name, "question") && d.interviewee != nil) {
		return c + 1, d.reg.get(KindPerson, "Interviewer") // the one who asks, unnamed
	}
	if hostTags.m[strings.ToLower(name)] {
		e := d.reg.get(KindPerson, strings.Title(strings.ToLower(name)))
		return c + 1, e
	}
	if known {
		return c + 1, d.reg.surnames[surname]
	}
	for _, m := range ms {
		if m.start == i && m.end == j && m.kind == mActor {
			return c + 1, m.ent
		}
	}
	if recurring {
		// the person the text introduced: "Vanda Felbab-Brown of the Brookings Institution ..."
		e, seen := d.tagPeople[name]
		if !seen {
			low := strings.ToLower(name)
			for _, p := range d.reg.order {
				if p.kind != KindPerson {
					continue
				}
				if l := strings.ToLower(p.label); l == low || strings.HasSuffix(l, " "+low) {
					e = p
					break
				}
			}
			if d.tagPeople == nil {
				d.tagPeople = map[string]*entity{}
			}
			d.tagPeople[name] = e // (looked up once a tag: the person is introduced before the turns)
		}
		if e != nil {
			return c + 1, e
		}
	}
	if _, hon := honorifics[toks[i].lower]; !upperWord(toks[i].text) && d.reg.givenNames[toks[i].text] == 0 && !recurring && !(hon && j-i >= 2) {
		return 0, nil // "Operation Harbour: 45 arrests ...": a headline's label, not a speaker
	}
	return c + 1, d.reg.person(nameCase(name))
}

// nameCase writes a name in capitals ("FELBAB-BROWN") as a name: "Felbab-Brown".
func nameCase(name string) string {
	b := []byte(strings.ToLower(name))
	for k := range b {
		if k == 0 || b[k-1] == ' ' || b[k-1] == '-' {
			if b[k] >= 'a' && b[k] <= 'z' {
				b[k] -= 'a' - 'A'
			}
		}
	}
	return string(b)
}

// lineTags counts the lines of the text that start with the tag "name:"
// (a few words, then a colon), counting every line's tag on the first call.
func (d *docState) lineTags(name string) int {
	if d.tags == nil {
		d.tags = map[string]int{}
		text := d.doc.Text
		for len(text) > 0 {
			line := text
			if k := strings.IndexByte(text, '\n'); k >= 0 {
				line, text = text[:k], text[k+1:]
			} else {
				text = ""
			}
			line = strings.TrimLeft(line, " \t")
			if k := strings.IndexByte(line, ':'); k > 0 && k <= 40 && strings.Count(line[:k], " ") < 3 {
				d.tags[line[:k]]++
			}
		}
	}
	return d.tags[name]
}

// topicSentence says whether the sentence only says what the text is about:
// "This article examines why ...", "The study explores ...".
func topicSentence(toks []token, first int) bool {
	k := first
	if k < len(toks) && (toks[k].lower == "this" || toks[k].lower == "the" || toks[k].lower == "our") {
		k++
	}
	if k+1 >= len(toks) || toks[k].norm != "article" && toks[k].norm != "study" && toks[k].norm != "paper" && toks[k].norm != "chapter" && toks[k].norm != "report" {
		return false
	}
	switch toks[k+1].lower {
	case "examines", "investigates", "explores", "analyses", "analyzes", "asks", "considers", "addresses", "discusses", "reviews", "describes", "maps", "traces":
		return true
	}
	return false
}

// speechNouns name a text someone delivers; unlike authorNouns ("statement",
// "letter") they head a speaker's possessive in a title: "Home Secretary's speech".
var speechNouns = set([]string{"remark", "speech", "address", "keynote", "testimony", "lecture"})

// speechAuthor reads a speech's header and returns who delivers it: "Remarks
// by X", "Testimony of X", "Remarks as prepared for delivery by X", "Speech by
// the Home Secretary, Yvette Cooper,", "Home Secretary's speech at ...",
// "Minister Jarvis speech at ...", "Keynote speech: Home Secretary on ...",
// "Speech: Tackling organised crime - Security Minister Dan Jarvis".
func (d *docState) speechAuthor(text string, toks []token, ms []mention, first int) *entity {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].lower != "by" && !(toks[i].lower == "of" && (i == first+1 || i == first+2 && toks[first].cap)) && !(toks[i].lower == "with" && toks[i-1].norm == "release") {
			continue // ("Joint media release with the Minister for Home Affairs")
		}
		noun := false
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			// ("Answer given by Commissioner Brunner", "Remarks as prepared for delivery by")
			if authorNouns.has(toks[k].nid) || toks[k].norm == "answer" && k < i-1 && givenWords.has(toks[i-1].lid) {
				noun = k == i-1 || toks[i].lower == "by"
				break
			}
			if toks[k].norm == "report" && k == i-1 && toks[i].lower == "of" && i+2 < len(toks) && toks[i+1].lower == "the" && isTitleWord(d.lx, toks, i+2) {
				noun = true // "Report of the Secretary-General on the situation in Haiti": an office reports in the first person
				break
			}
			if toks[k].cap || toks[k].punct {
				break
			}
		}
		if !noun {
			continue
		}
		for k := range ms {
			if ms[k].start > i && ms[k].start <= i+2 && ms[k].kind == mActor {
				if ms[k].ent.kind != KindPerson {
					if p := heldBy(toks, ms, ms[k].end); p != nil {
						return p // "by the INTERPOL Secretary General, Valdecy Urquiza, at": the body's officer, named
					}
				}
				return ms[k].ent
			}
		}
		if p := d.officeHolder(text, toks, ms, i+1); p != nil {
			return p // "Remarks by the Minister of Interior at the launch of ...": an office, perhaps its holder named after it
		}
		if p, _ := d.nameAt(text, toks, i+1, false); p != nil {
			return p // "Written Testimony of Anne Milgram, Administrator, ..."
		}
	}
	// the speech noun after its speaker: "Home Secretary's speech at", "Minister Jarvis speech to"
	for n := 1; n < len(toks); n++ {
		if !speechNouns.has(toks[n].nid) || n+1 < len(toks) && !(toks[n+1].cls&cPrep != 0 || toks[n+1].text == ":" || toks[n+1].text == "-" || toks[n+1].text == "–" || toks[n+1].text == "—") {
			continue // (a headline's verb after it: "Minister's speech angers police")
		}
		e := n
		if toks[e-1].norm == "'s" {
			e--
		}
		for _, m := range ms {
			if m.kind == mActor && m.end == e && (m.ent.kind == KindPerson || m.ent.title != "") {
				return m.ent
			}
		}
		if st := titleRunEnding(d.lx, toks, e); st >= 0 {
			return d.office(span(text, toks, st, e))
		}
	}
	// the speaker after the title's colon or dash: "Keynote speech: Home Secretary on ...",
	// "Speech: Tackling organised crime - Security Minister Dan Jarvis"
	if q := 0; q+2 < len(toks) && speechNouns.has(toks[q].nid) || q+3 < len(toks) && speechNouns.has(toks[q+1].nid) && toks[q].cap {
		for c := q + 1; c+1 < len(toks); c++ {
			if w := toks[c].text; w != ":" && w != "-" && w != "–" && w != "—" && w != "|" {
				continue
			}
			for _, m := range ms {
				if m.kind == mActor && m.start == c+1 && m.ent.kind == KindPerson {
					return m.ent
				}
			}
			if isTitleWord(d.lx, toks, c+1) && toks[c+1].cap {
				e, _ := d.lx.titles.longest(toks, c+1)
				if e == len(toks) || toks[e].cls&cPrep != 0 || toks[e].punct {
					return d.office(span(text, toks, c+1, e))
				}
			}
		}
	}
	return nil
}

// heldBy returns the person named between commas after a body's office that
// starts at j: "INTERPOL Secretary General, Valdecy Urquiza, at", or nil.
func heldBy(toks []token, ms []mention, j int) *entity {
	c := j
	for c < len(toks) && c < j+4 && toks[c].cap && !toks[c].punct {
		c++
	}
	if c == j || c+1 >= len(toks) || toks[c].text != "," {
		return nil
	}
	for _, m := range ms {
		if m.kind == mActor && m.start == c+1 && m.ent != nil && m.ent.kind == KindPerson && m.end-m.start >= 2 && (m.end == len(toks) || toks[m.end].text == ",") {
			return m.ent
		}
	}
	return nil
}

// titleRunEnding returns where a capitalised title ending at e starts ("Home
// Secretary" before "'s speech"), or -1.
func titleRunEnding(lx *lexicon, toks []token, e int) int {
	st := e
	for st > 0 && st > e-4 && toks[st-1].cap && !toks[st-1].punct {
		st--
	}
	for ; st < e; st++ { // the longest title first: "Home Secretary", not "Secretary"
		if end, v := lx.titles.longest(toks, st); v >= 0 && end == e && !honorificTitle(lx.titleVals[v]) {
			return st
		}
	}
	return -1
}

// officeHolder reads an office after "by" at j ("the Minister for Home
// Affairs") and returns its holder when a name follows (", Mr K Shanmugam,"),
// else the office itself, or nil.
func (d *docState) officeHolder(text string, toks []token, ms []mention, j int) *entity {
	for j < len(toks) && (toks[j].cls&cDet != 0) {
		j++
	}
	if j >= len(toks) || !isTitleWord(d.lx, toks, j) || !toks[j].cap {
		return nil
	}
	e := j + 1
	for e < len(toks) && (toks[e].cap && !toks[e].punct || (toks[e].lower == "of" || toks[e].lower == "for" || toks[e].lower == "the") && e+1 < len(toks) && toks[e+1].cap) {
		e++
	}
	title := span(text, toks, j, e)
	if e+1 < len(toks) && toks[e].text == "," {
		// "Keynote Address by the Minister for Home Affairs, Mr K Shanmugam, at ...": the office's holder
		for _, m := range ms {
			if m.kind == mActor && m.ent.kind == KindPerson && m.start > e && m.start <= e+2 {
				if m.ent.title == "" {
					m.ent.title = title
				}
				return m.ent
			}
		}
		if p, r := d.nameAt(text, toks, e+1, true); p != nil && (r == len(toks) || toks[r].text == ",") {
			if p.title == "" {
				p.title = title
			}
			return p
		}
	}
	return d.office(title)
}

// nameAt reads a person's name at q, after an honorific or starting with a
// given name ("Mr K Shanmugam", "Anne Milgram"; any two capitalised words when
// loose, as after an office and a comma), and returns the person and where the
// name ends.
func (d *docState) nameAt(text string, toks []token, q int, loose bool) (*entity, int) {
	if q >= len(toks) {
		return nil, q
	}
	g, hon := honorifics[toks[q].lower]
	if hon {
		q++
	}
	r := nameRun(toks, q)
	if r <= q || r-q > 4 || len(toks[r-1].text) < 2 || !hon && (r-q < 2 || !loose && d.reg.givenNames[toks[q].text] == 0) {
		return nil, q
	}
	p := d.reg.person(span(text, toks, q, r))
	if p.gender == 0 {
		p.gender = g
	}
	return p, r
}

// reducedRelative says whether the subject starting at k opens a relative
// clause without "that" after a comma and a noun: ", a move the European
// Union criticised".
func reducedRelative(toks []token, k int) bool {
	n := k - 1
	if n > 0 && toks[n].lower == "the" {
		n--
	}
	if n < 2 || toks[n].punct || toks[n].cap || toks[n].cls&(cDet|cPrep|cConj|cPron|cAdv) != 0 {
		return false
	}
	return (toks[n-1].lower == "a" || toks[n-1].lower == "an") && toks[n-2].text == ","
}

// showVerbs report what a thing can show as well as a speaker: "The app
// revealed ...", "The operation showed ...".
var showVerbs = set([]string{"reveal", "show", "demonstrate", "indicate", "suggest", "find", "confirm", "highlight", "expose", "document"})

// quoteNext says whether the sentence after the one at index opens with a
// quotation mark.
func (d *docState) quoteNext(index int) bool {
	if index >= len(d.res.Sentences) {
		return false
	}
	next := strings.TrimSpace(d.res.Sentences[index].Text)
	return strings.HasPrefix(next, "\"") || strings.HasPrefix(next, "“") || strings.HasPrefix(next, "‘") || strings.HasPrefix(next, "'")
}

// whBefore says whether "what", "how" or "why" opens the subject's noun
// phrase that ends before i: an embedded question ("what the new advisory says").
func whBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && !toks[k].punct; k-- {
		if w := toks[k].lower; w == "what" || w == "how" || w == "why" {
			return true
		}
		if toks[k].cls&(cPrep|cConj|cFinite) != 0 {
			return false
		}
	}
	return false
}

// freeRelative says whether a free relative ("whatever", "what") stands
// between a subject and a verb: the verb is the relative clause's.
func freeRelative(toks []token, i, j int) bool {
	for p := i; p < j; p++ {
		if w := toks[p].lower; w == "whatever" || w == "whoever" || w == "what" || w == "whichever" {
			return true
		}
	}
	return false
}

// timeTail returns where a closing time phrase that starts at j ends ("last
// year", "on Tuesday", "in 2023"), or j.
func timeTail(toks []token, j int) int {
	k := j
	for k < len(toks) && k < j+4 && !toks[k].punct && (timeWords.has(toks[k].lid) || isDigits(toks[k].text) || toks[k].lower == "on" || toks[k].lower == "in") {
		k++
	}
	if k > j && (toks[k-1].lower == "on" || toks[k-1].lower == "in") {
		return j
	}
	return k
}

// goesOnTo returns where the words that make the verb after the "to" at i
// asserted start ("He went on to say that", "was quick to add", "hastened to
// stress"), or -1.
func goesOnTo(toks []token, i int) int {
	if i < 2 {
		return -1
	}
	a, b := toks[i-2].lower, toks[i-1].lower
	switch {
	case b == "on" && (a == "went" || a == "goes" || a == "go" || a == "going"):
		return i - 2
	case b == "quick" && (a == "was" || a == "were" || a == "is" || a == "are"):
		return i - 2
	case b == "hastened" || b == "proceeded":
		return i - 1
	}
	return -1
}

// askedQuestion says whether the words after "asked" put a question ("asked
// her how", "asked whether") rather than a request ("asked them to").
func askedQuestion(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+4; k++ {
		switch toks[k].lower {
		case "how", "whether", "why", "what", "if", "when", "where", "who", "which", "about":
			return true
		case "to", "that", ",":
			return false
		}
	}
	return false
}

// bylineStart returns where the name starts in a byline ("By Mark
// Galeotti", "Posted by Dr. Lena Hoffmann", "Written by ..."), or 0.
func bylineStart(toks []token) int {
	if len(toks) >= 2 && toks[0].lower == "by" {
		return 1
	}
	if len(toks) >= 3 && toks[1].text == ":" && (toks[0].lower == "author" || toks[0].lower == "words" || toks[0].lower == "byline" || toks[0].lower == "authors") && toks[2].cap {
		return 2 // "Author: Anna Berg", "Words: Anna Berg"
	}
	if len(toks) >= 3 && toks[1].lower == "by" {
		switch toks[0].lower {
		case "posted", "written", "words", "text", "story", "reporting", "analysis", "commentary", "opinion", "published", "thread":
			return 2
		}
	}
	if len(toks) >= 5 && (toks[0].lower == "posted" || toks[0].lower == "published" || toks[0].lower == "written") && toks[1].lower == "on" {
		// "Posted on 2 October 2026 by Daniel Hart": a date, then who
		for q := 2; q+1 < len(toks) && q <= 7; q++ {
			if toks[q].lower == "by" {
				return q + 1
			}
			if !isDigits(toks[q].text) && !calendarWords.has(toks[q].lid) && toks[q].text != "," {
				break
			}
		}
	}
	return 0
}

// notOnly follow "not" in an addition: "not only X but Y", "not just a scam".
var notOnly = set([]string{"only", "just", "merely", "simply", "solely"})

// negatedVerb says whether the verb at i is negated: "have not said", "did
// not say", "has never commented", "didn't say".
func negatedVerb(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "not", "n't", "never", "neither", "nor":
			return true
		case "have", "has", "had", "did", "does", "do", "would", "will", "could", "can", "yet", "so", "far", "also", "still":
			continue
		}
		return false
	}
	return false
}

// passiveVerb says whether the participle at i is passive: "were told",
// "was asked", "has been warned".
func passiveVerb(toks []token, i int) bool {
	w := toks[i].lower
	if !(strings.HasSuffix(w, "ed") || w == "told" || w == "shown" || w == "found") || w == "concerned" {
		return false // ("The Council is concerned that ...": a stance, not a passive)
	}
	k := i - 1
	for k >= 0 && ((toks[k].cls&cAdv != 0) && toks[k].lower != "have" && toks[k].lower != "has" && toks[k].lower != "had" || strings.HasSuffix(toks[k].lower, "ly")) {
		k-- // ("are widely reported to take")
	}
	if k < 0 {
		return false
	}
	if w == "told" && hearerBodies.has(toks[k].nid) && onlyPunctAfter(toks, i+1) {
		return true // "Teenagers found working in cannabis factory, court told": a headline's "was told"
	}
	switch toks[k].lower {
	case "was", "were", "been", "being", "is", "are", "be", "get", "got":
		return true
	case "and":
		// "They had been smuggled into the country in the back of lorries and told they owed
		// £20,000": a second participle of the same passive
		for q := k - 1; q >= 1 && q >= k-12 && !toks[q].punct; q-- {
			if strings.HasSuffix(toks[q].lower, "ed") || toks[q].lower == "taken" || toks[q].lower == "brought" {
				switch toks[q-1].lower {
				case "was", "were", "been", "being", "is", "are", "be":
					return true
				}
			}
		}
	}
	return false
}

// hearerBodies are told things in a headline's passive: "..., court told".
var hearerBodies = set([]string{"court", "jury", "inquiry", "tribunal", "hearing", "trial", "inquest", "mps", "committee", "parliament", "senate", "congress", "peers"})

// onlyNameAfter says whether toks[i:] is a place's name and the full stop:
// "Niger.", "the Sahel.", "northern Mali.".
func onlyNameAfter(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		if t := toks[i]; t.punct && t.text != "," || !t.cap && t.cls&cDet == 0 && !placeAdjectives.has(t.lid) && !t.punct {
			return t.punct && i == len(toks)-1
		}
	}
	return true
}

// ambiguous verb forms are also nouns ("states", "claims", "calls") or
// infinitives; they need their subject right before them.
func ambiguousForm(form string, v *schema.ReportingVerb) bool {
	if form == "says" || form == "said" || form == "told" || form == "wrote" || form == "spoke" {
		return false
	}
	for _, f := range v.Forms {
		if f == form && (f == strings.Fields(v.Lemma)[0] || strings.HasSuffix(f, "s")) {
			return true
		}
	}
	return false
}

var authorNouns = set([]string{"remark", "statement", "speech", "address", "keynote", "declaration", "message", "testimony", "op-ed", "briefing", "lecture", "delivered", "letter",
	"answered", "foreword", "preface", "release"})

// givenWords stand between a text's kind and its author: "Answer given by X".
var givenWords = set([]string{"given", "delivered", "made", "presented", "issued", "written", "signed"})

var subjectPronouns = set([]string{"he", "she", "they", "it", "we", "i", "you"})

var toldObjects = set([]string{"reporters", "journalists", "the", "press", "media", "lawmakers", "parliament", "delegates", "a", "an", "audience", "conference", "meeting", "council", "committee", "senators", "me", "us", "them", "him", "her"})

// attribute finds who said or committed to what in the sentence.
func (d *docState) attribute(s *Sentence, base Fact, toks []token, ms []mention, inQuote []bool, first int) {
	if s.Heading && first == 0 {
		// "Interpol General Assembly: police chiefs warn of ...": the clause after the colon
		for k := 1; k < len(toks) && k < 8; k++ {
			if toks[k].text == ":" && k+1 < len(toks) {
				first = k + 1
				break
			}
		}
	}
	// "We, the Leaders of the G7, ..." declares the author of first-person text
	if len(toks) > 2 && toks[0].lower == "we" && toks[1].text == "," {
		for _, m := range ms {
			if m.kind == mActor && m.start <= 4 {
				d.author = m.ent
				d.speech = true // a declaration: its authors state its sentences
				break
			}
		}
		if d.author == nil {
			// "We, the undersigned civil society organisations, are writing to urge you": signatories
			// no list holds
			c := 2
			for c < len(toks) && c < 12 && toks[c].text != "," && !toks[c].punct {
				c++
			}
			if c < len(toks) && toks[c].text == "," && c > 3 && pluralTok(toks[c-1]) {
				d.author, d.speech = d.textAuthors(), true // (what they are names no body: the text's authors, who state all of it)
			}
		}
	}
	// "Environmental Justice Foundation" alone on a line under the title: who "we" is
	if s.Index <= 4 && d.masthead == nil && len(toks) > 0 && !toks[len(toks)-1].punct {
		for _, m := range ms {
			if m.kind == mActor && m.ent.kind == KindOrg && !m.ent.country && (m.start == 0 && (m.end == len(toks) || toks[m.end].text == "," && m.end+1 < len(toks) && datedName(toks[m.end+1:])) ||
				m.end == len(toks) && m.start >= 2 && releaseLabel(toks[:m.start-1]) && (toks[m.start-1].text == "—" || toks[m.start-1].text == "|" || toks[m.start-1].text == "-" || toks[m.start-1].text == ":")) {
				// ("Environmental Justice Foundation, March 2026": a date after the name; "Press release — Global Witness")
				d.masthead = m.ent
			}
		}
		if d.masthead == nil && s.Index > 1 && len(toks) >= 2 && len(toks) <= 8 {
			// "Threat Intelligence Team, Northwind Security": a team and its firm under the title
			team := false
			for _, t := range toks {
				if t.text != "," && (!t.cap || t.punct || d.lx.verbsOf(t.lid) != nil) {
					team = false
					break
				}
				team = team || t.lower == "team" || t.lower == "desk" || t.lower == "unit" || d.lx.orgHeads.has(t.nid)
			}
			if team {
				d.masthead = d.reg.get(KindOrg, s.Text)
			}
		}
	}
	if s.Index <= 4 && d.masthead == nil && len(toks) > 4 && toks[0].lower == "this" && d.lx.docNouns.has(toks[1].nid) && (toks[2].lower == "by" || toks[2].text == "," && toks[3].lower == "by") {
		// "This report by the Ocean Justice Initiative examines ...": the text's own publisher, who
		// its "we" is
		for _, m := range ms {
			if m.kind == mActor && m.ent.kind == KindOrg && !m.ent.country && m.start <= 5 && m.start >= 3 {
				d.masthead = m.ent
				break
			}
		}
	}
	if len(toks) == 1 && toks[0].lower == "abstract" && d.author == nil {
		d.abstract = true // "Abstract" heads a paper's summary
		return
	}
	// "Commentary / Hezbollah's money problem / Matthew Levitt": a name alone on a line
	// near the top of an opinion piece is its byline
	if d.opinion && d.byline == nil && d.author == nil && s.Index <= 5 && len(toks) >= 2 && len(toks) <= 4 {
		if p, r := d.nameAt(s.Text, toks, 0, false); p != nil && r == len(toks) {
			d.byline = p
			return
		}
	}
	// "By Mark Galeotti": the byline names who "I" is in an opinion piece
	if b := bylineStart(toks); d.byline == nil && s.Index <= 6 && b > 0 {
		if toks[0].lower == "thread" {
			d.opinion = true // "Thread by Lena Park (@lenapark_osint)": each post is the account's own
		}
		for _, m := range ms {
			if m.kind == mActor && m.ent.kind == KindPerson && m.start == b {
				d.byline = m.ent // ("By Councillor Rebecca Hale": a title may come first)
				return
			}
		}
		if b+1 < len(toks) && toks[b].text == "@" {
			// "Thread by @maritime_watch": an account signs the text, and what it states in the
			// first person is its own
			e := b + 1
			for e < len(toks) && (!toks[e].punct || toks[e].text == "_") && toks[e].start == toks[e-1].end {
				e++
			}
			d.byline = d.reg.get(KindOrg, span(s.Text, toks, b, e))
			return
		}
		// "Posted by the Threat Research Team, Northwind Security": a team or firm
		// writes, and its "we" is itself ("Posted by the Research Team | 12 min read": up to the bar)
		n := len(toks)
		for k := b; k < n; k++ {
			if toks[k].text == "|" || toks[k].text == "·" || toks[k].text == "•" || toks[k].text == "," && k+1 < len(toks) && (isDigits(toks[k+1].text) || calendarWords.has(toks[k+1].lid)) {
				n = k // ("Published by the Environmental Justice Foundation, 2026": up to the date)
			}
		}
		if last := toks[n-1]; d.author == nil && b < n && (last.cap || last.lower == "team" || last.lower == "staff" || last.lower == "desk") && !last.punct {
			// ("By the Conflict Observatory team")
			if b+1 < len(toks) && toks[b].lower == "the" {
				b++
			}
			switch {
			case d.reg.givenNames[toks[b].text] != 0:
				d.byline = d.reg.person(span(s.Text, toks, b, n)) // "By Marieke van der Berg"
				return
			case toks[b].cap:
				d.byline = d.reg.get(KindOrg, span(s.Text, toks, b, n))
				return
			}
		}
	}
	// "The Security Council," or "The General Assembly," alone on a line: the author of
	// the resolution's clauses that follow ("Expressing concern that ...", "1. Calls upon ...")
	if len(toks) >= 2 && toks[len(toks)-1].text == "," && len(toks) <= 6 {
		for _, m := range ms {
			if m.kind == mActor && m.ent.kind != KindPerson && m.start <= 1 && m.end == len(toks)-1 {
				d.author = m.ent
				d.resolution = true
				return
			}
		}
	}
	// "The Peace and Security Council of the African Union (AU), at its 1250th meeting
	// ..., on terrorism ...:": a longer header, ending in a colon, before the clauses
	if len(toks) >= 4 && toks[len(toks)-1].text == ":" && d.author == nil {
		for _, m := range ms {
			if m.kind == mActor && m.ent.kind != KindPerson && !m.ent.country && m.start <= 1 {
				verb := false
				for q := m.end; q < len(toks); q++ {
					verb = verb || d.lx.verbsOf(toks[q].lid) != nil
				}
				if !verb {
					d.author = m.ent
					d.resolution = true
					return
				}
			}
			break
		}
	}
	// "Question for written answer ..., Maria Grapini (S&D)", "Answer given by Executive
	// Vice-President Virkkunen on behalf of the Commission": the paragraphs under are theirs
	if p := d.questionAnswerLine(s.Text, toks); p != nil && !toks[len(toks)-1].punct || p != nil && toks[len(toks)-1].text == ")" {
		d.otherTurn, d.turn = d.turn, p
		d.turnPara, d.turnRuns = s.Para, true
		return
	}
	// "Remarks by X", "Statement by X", "Home Secretary's speech at ...": the author of the
	// first-person text that follows
	if d.author == nil && (s.Heading || s.Index <= 2 || !toks[len(toks)-1].punct) {
		// (a line of its own: "Answered by Dame Angela Ross, Minister for Security")
		if a := d.speechAuthor(s.Text, toks, ms, first); a != nil {
			d.author = a
			// a release's "we" is its issuer, but its narrative reports no one's words
			// ("Joint media release with the Minister for Home Affairs ... We are sending a clear message")
			d.speech = !releaseLine(toks)
			return
		}
	}
	// "Commissioner Linda Harbour, Federal Police:" on a line of its own: the paragraphs
	// after it are hers, until the next such line or tag
	p := headerSpeaker(toks, ms, first)
	if p == nil {
		p = d.attributableLine(s.Text, toks, ms)
	}
	if p == nil && len(toks) > 0 && (s.Heading || toks[len(toks)-1].text == ")") {
		p = d.memberLine(toks, ms, first) // "Sarah Dyke (Somerton and Frome) (LD)": no colon
	}
	if p != nil {
		d.otherTurn, d.turn = d.turn, p
		d.turnPara, d.turnRuns = s.Para, true
		return
	}
	// an interview without tags: "How did the messages change what we know?" alone, then the
	// answer in the paragraph under it, the interviewee's
	opensPara := s.Para != d.lastPara
	d.lastPara = s.Para
	if d.interviewee != nil && len(toks) > 0 && toks[len(toks)-1].text == "?" && opensPara {
		d.questionPara = s.Para
	} else if d.interviewee != nil && d.turn == nil && d.questionPara > 0 && s.Para == d.questionPara+1 && opensPara && !inQuote[first] {
		d.turn, d.turnPara, d.turnRuns = d.interviewee, s.Para, false
	}
	// transcripts: "SHELLEY: Money launderers don't care ...", "HOST: Welcome back."
	if e, sp := d.speakerTag(toks, ms, first); sp != nil {
		if d.turn != sp {
			d.otherTurn, d.turn = d.turn, sp
		}
		d.turnPara = s.Para
		// "COMMISSIONER REECE KERSHAW:": a transcript in capitals, whose turns run on
		// over paragraphs until the next tag
		d.turnRuns = upperWord(toks[first].text) && len(toks[first].text) > 1
		first = e
	} else if d.turn != nil && s.Para != d.turnPara {
		if d.turnRuns && !s.Heading || s.Para == d.turnPara+1 && !s.Heading && !inQuote[first] && firstPersonWords.has(toks[first].lid) {
			// ("The Minister for Policing (Dame Diana Johnson): ... [next paragraph] We have also made
			// nitazenes Class A drugs": a speaker who goes on in the first person)
			d.turnPara = s.Para
		} else {
			d.turn = nil
		}
	}
	// "The prosecution case was that ...": a party to a trial argues what follows
	if e, sp := d.partyCase(toks, first); sp != nil {
		d.said(s, base, sp, "argued", trimClaim(span(s.Text, toks, e, len(toks))), toks, ms, e, len(toks), false)
		return
	}
	// "according to X"
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower != "according" || toks[i+1].lower != "to" {
			continue
		}
		m := mentionAt(ms, i+2)
		d0 := i + 2
		for d0 < len(toks) && d0 < i+4 && (toks[d0].cls&cDet != 0 || adjective(toks[d0]) || toks[d0].lower == "new" || strings.HasSuffix(toks[d0].lower, "ed") && !toks[d0].cap) {
			d0++ // "according to an investigation by", "according to new figures from"
		}
		if a := actorStartingAt(ms, d0); m == nil && a != nil && a.ent != nil && !a.ent.country && a.ent.kind != KindPlace {
			for q := a.end; q < len(toks) && q <= a.end+2 && !toks[q].punct; q++ {
				if d.lx.docNouns.has(toks[q].nid) || dataNouns.has(toks[q].nid) {
					m = a // "according to a new Europol threat assessment": the body that wrote it
					break
				}
			}
		}
		if dn := d0; (m == nil || m.kind == mDocNoun && m.owner == nil) && dn+2 < len(toks) && (dataNouns.has(toks[dn].nid) || d.lx.docNouns.has(toks[dn].nid)) {
			// "according to figures from Action Fraud", "according to data published by the FBI"
			q := dn + 1
			if toks[q].lower == "published" || toks[q].lower == "released" || toks[q].lower == "compiled" || toks[q].lower == "reviewed" || toks[q].lower == "obtained" || toks[q].lower == "seen" {
				q++
			}
			if toks[q].lower == "from" || toks[q].lower == "by" || toks[q].lower == "of" {
				q++
				for q < len(toks) && toks[q].cls&cDet != 0 {
					q++
				}
				if a := mentionAt(ms, q); a != nil && a.kind == mActor && !placeStartsName(toks, a) {
					m = a // (not "Washington" of "the Washington Post": a name goes on)
				} else if a == nil || a.kind == mActor && (a.ent.country || a.ent.kind == KindPlace) {
					// "documents reviewed by the International Consortium of Investigative Journalists": a name no gazetteer holds
					// ("an investigation by the Washington Post": a place begins it)
					if r := nameRun(toks, q); r-q >= 2 && (r == len(toks) || toks[r].punct) {
						m = &mention{kind: mActor, start: q, end: r, ent: d.reg.get(KindOrg, span(s.Text, toks, q, r))}
					} else if r := describedGroupEnd(toks, q); a == nil && r > q {
						// "a confidential report by independent sanctions monitors": people described
						g := d.reg.get(KindGroup, span(s.Text, toks, q, r))
						g.plural = true
						m = &mention{kind: mActor, start: q, end: r, ent: g}
					}
				}
			}
		}
		for k := i + 3; m == nil && k < len(toks) && k <= i+6 && !toks[k-1].punct && !toks[k-1].cap; k++ {
			// "according to the humanitarian group Médecins Sans Frontières": past the description
			if a := mentionAt(ms, k); a != nil && a.kind == mActor && a.ent.kind == KindOrg && toks[k].cap {
				m = a
			}
		}
		if m == nil {
			if e, g := d.familiarSources(s.Text, toks, i+2); g != nil {
				m = &mention{kind: mActor, start: i + 2, end: e, ent: g} // "according to three people familiar with the investigation"
			}
		}
		for k := i + 3; m == nil && k < len(toks) && k <= i+6; k++ {
			// "according to the Attorney General's Office", "according to the country's Ombudsman's Office"
			if !((toks[k-1].cls&cDet != 0) || toks[k-1].norm == "'s" || k < len(toks) && toks[k].norm == "'s" || toks[k-1].cap) || toks[k-1].punct && toks[k-1].norm != "'s" {
				break
			}
			m = mentionAt(ms, k)
		}
		if m != nil && m.kind == mActor && m.ent != nil && (m.ent.country || m.ent.kind == KindPlace) && m.end+1 < len(toks) && toks[m.end].norm == "'s" {
			if o := mentionAt(ms, m.end+1); o != nil && o.kind == mActor {
				m = o // "according to Montenegro's Special State Prosecutor's Office": the country's office says it
			}
		}
		if m != nil && m.kind == mActor && m.end+1 < len(toks) && toks[m.end].text == "," && !toks[m.end-1].cap {
			// "according to the firm, Chainalysis": the name after the description
			q := m.end + 1
			r := q
			for r < len(toks) && toks[r].cap && !toks[r].punct && r-q < 6 {
				r++
			}
			if r > q && (r == len(toks) || toks[r].punct) {
				e := d.reg.get(KindOrg, span(s.Text, toks, q, r))
				if a := actorStartingAt(ms, q); a != nil && a.end == r {
					e = a.ent
				}
				m = &mention{kind: mActor, start: m.start, end: r, ent: e}
			}
		}
		if m != nil && m.kind == mDocNoun && m.owner == nil {
			// "according to a BBC investigation": the name before the document noun owns it
			q := m.start
			for q < m.end && toks[q].cls&cDet != 0 {
				q++
			}
			r := q
			for r < m.end-1 && toks[r].cap && !toks[r].punct {
				r++
			}
			if r > q && r == m.end-1 {
				o := actorStartingAt(ms, q)
				var e *entity
				if o != nil && o.end == r {
					e = o.ent
				} else {
					e = d.reg.get(KindOrg, span(s.Text, toks, q, r))
				}
				m = &mention{kind: mActor, start: m.start, end: m.end, ent: e}
			}
		}
		var sp *entity
		switch {
		case m == nil:
			// "according to the World Drug Report 2024 released today by UNODC", "according to the OECD"
			if sp = d.namedDocument(toks, ms, i+2); sp == nil {
				sp = d.unknownOrg(toks, i+2)
			}
			m = &mention{start: i + 2, end: i + 2}
			if sp == nil {
				// "according to the public prosecutor, Nicolas Bessone", "according to the prosecutor"
				sp = d.titleAfterAccording(toks, ms, i+2, m)
			}
			if q := i + 2; sp == nil && q+1 < len(toks) && toks[q].cap && demonymLike(toks[q].lower) {
				// "according to Colombian military intelligence": a national body, described
				e := q + 1
				for e < len(toks) && e <= q+3 && !toks[e].punct && !toks[e].cap && toks[e].cls == 0 {
					e++
				}
				if h := toks[e-1]; e > q+1 && (d.lx.orgHeads.has(h.nid) || d.lx.institution.has(h.nid) || h.lower == "intelligence") {
					sp = d.reg.get(KindOrg, span(s.Text, toks, q, e))
					m.end = e
				}
			}
			if sp == nil {
				// "According to court documents, ...": the documents speak
				q := i + 2
				if q+2 < len(toks) && toks[q].lower == "the" {
					q++ // "According to the criminal complaint, ..."
				}
				for n := 2; n >= 1 && sp == nil; n-- {
					if e := q + n; e < len(toks) && (toks[e].text == "," || toks[e].punct) && !toks[q].cap && d.lx.docNouns.m[docPhrase(toks, q, e)] {
						sp = d.reg.get(KindOrg, span(d.res.Sentences[d.sentIndex-1].Text, toks, i+2, e))
						m.end = e
					}
				}
				if h := q + 1; sp == nil && h < len(toks) && !toks[q].cap && !toks[q].punct && toks[q].cls == 0 && pluralTok(toks[h]) && d.lx.docNouns.has(toks[h].nid) {
					// "according to customs documents obtained by reporters, ...": a kind of documents,
					// and how they were had
					e := h + 1
					if e < len(toks) && (toks[e].lower == "obtained" || toks[e].lower == "seen" || toks[e].lower == "reviewed") {
						for e < len(toks) && e <= h+6 && !toks[e].punct {
							e++
						}
					}
					if e < len(toks) && toks[e].punct {
						sp = d.reg.get(KindOrg, span(d.res.Sentences[d.sentIndex-1].Text, toks, i+2, h+1))
						m.end = e
					}
				}
			}
		case m.kind == mDocNoun && m.owner == nil && actorAfterBy(toks, ms, m.end) != nil:
			sp = actorAfterBy(toks, ms, m.end).ent // "according to an investigation by the Washington Post"
		case m.kind == mDocNoun && m.owner == nil:
			// a document named by its title: its publisher, named after it, else its owner
			if sp = d.namedDocument(toks, ms, m.start); sp == nil {
				sp = d.resolve(m, ms)
			}
			if sp == nil && m.head != "" {
				sp = d.reg.get(KindOrg, "the "+m.head) // "According to the indictment, ...": the document speaks
			}
		default:
			sp = d.resolve(m, ms)
		}
		if sp == nil {
			continue
		}
		var claim string
		var cs, ce int
		if i <= first+1 {
			cs, ce = m.end, len(toks)
			if cs < len(toks) && toks[cs].norm == "'s" {
				// "According to Europol's TE-SAT report, ...": the claim follows the comma
				for k := cs; k < len(toks) && k < cs+8; k++ {
					if toks[k].text == "," {
						cs = k
						break
					}
				}
			}
			for cs < len(toks) && toks[cs].punct {
				cs++
			}
		} else if toks[i-1].text == "," && i-1-first <= 4 && m.end+1 < len(toks) && toks[m.end].text == "," {
			// "There, according to customs documents, they are declared as pine", "The gangs, according
			// to police, run the port": the aside splits the claim, which is the whole sentence
			cs, ce = first, len(toks)
		} else {
			cs, ce = first, i
		}
		claim = trimClaim(span(s.Text, toks, cs, ce))
		d.said(s, base, sp, "according to", claim, toks, ms, cs, ce, false)
		d.lastSpeaker = sp
		for q := m.end; q < len(toks) && q <= m.end+1 && !toks[q].punct; q++ {
			if d.lx.docNouns.has(toks[q].nid) {
				// "according to a federal police report seen by Reuters ... The report says": the
				// report is the speaker's, not its reader's
				d.ownDocument(toks[q].norm, sp)
				break
			}
		}
		return
	}
	// "In the researchers' view, ...", "In the view of X, ...", "In X's opinion, ..."
	if sp, cs := d.viewOf(toks, ms, first); sp != nil {
		verb := "in the view of"
		if toks[first].lower == "for" {
			verb = "for" // "For the public prosecutor, ..."
		}
		d.said(s, base, sp, verb, trimClaim(span(s.Text, toks, cs, len(toks))), toks, ms, cs, len(toks), false)
		d.lastSpeaker = sp
		return
	}
	if sp := d.viewAside(toks, ms, first); sp != nil {
		// "Tax evasion, corruption and laundering were, in her view, parts of the same problem"
		d.said(s, base, sp, "in the view of", trimClaim(span(s.Text, toks, first, len(toks))), toks, ms, first, len(toks), false)
		d.lastSpeaker = sp
		return
	}
	// a signed text in the first person ("Posted by Marta Kos ... Over the past six months our
	// team has followed the money"): a blog post or column, whose author states what it states
	// from here on ("By Agnė Kazlauskaitė ... I think it is something more. The cigarettes are ...")
	if !d.opinion && d.byline != nil && d.author == nil && d.turn == nil && firstPersonAt(toks, inQuote, first) {
		d.opinion = true
	}
	var prevSubj *entity
	blocked := false
	closing := -2 // where a closing ", X said" starts, -1 for none; not read yet
	inName := make([]bool, len(toks))
	for _, m := range ms {
		if m.kind == mActor && m.end-m.start > 1 {
			for k := m.start + 1; k < m.end; k++ {
				inName[k] = true // "United States" holds no verb
			}
		}
	}
	asks := toks[len(toks)-1].text == "?" && first < len(toks) && questionWords.has(toks[first].lid)
	for i := first; i < len(toks) && !asks; i++ { // ("Are you saying that ...?" asserts nothing)
		if inQuote[i] || toks[i].punct || inName[i] {
			continue
		}
		hit, ok := d.verbAt(toks, i)
		if !ok {
			continue
		}
		if d.insideRelative(toks, i) {
			continue // "A resident, who asked not to be named, said that ...": the clause's verb is not the report
		}
		if (toks[i].lower == "told" || toks[i].lower == "asked" || toks[i].lower == "urged") && i+1 < len(toks) && toks[i+1].lower == "to" {
			continue // "had been brought to the UK ... and told to work off a debt": someone was told, by no one named
		}
		if d.objectRelative(toks, hit.i) {
			continue // "a pattern that colleagues have described for years": what they described is the pattern
		}
		if closing == -2 {
			closing = d.closingReport(toks, ms, first, inQuote) // (once a sentence, at its first reporting verb)
		}
		if closing > hit.end {
			// "... rescued 700 workers, many of them foreigners who said they had been forced to ..., the
			// Commission said", "Mining companies have reported threats ..., the mining chamber said": the tail reports
			continue
		}
		sp, subj, inverted := d.subject(toks, ms, hit, first, inQuote)
		if sp == nil && subj != nil {
			blocked = true
		}
		if subj != nil && !inverted && onlyPunctAfter(toks, hit.end) && reducedRelative(toks, subj.start) {
			continue // "..., a move the European Union criticised.": what was criticised, not a claim
		}
		if subj != nil && !inverted && freeRelative(toks, subj.end, hit.i) {
			continue // "Arben K. moved whatever his clients asked him to move": the clause's verb
		}
		if subj != nil && !inverted && whBefore(toks, subj.start) {
			continue // "Thread: what the new FinCEN advisory says about fentanyl money": a question about the report
		}
		// "X welcomed the report and announced ...": the coordinated verb shares X
		if prevSubj != nil && precededByAnd(toks, hit.i) {
			sp, subj, inverted = prevSubj, nil, false
		}
		if d.turn != nil && sp != nil && sp != d.turn && sp.kind != KindPerson && !sp.plural && !inverted && showVerbs.m[hit.v.Lemma] {
			// "KERSHAW: The encrypted app AN0M revealed ...": the turn's speaker tells what a thing showed
			sp, subj = d.turn, nil
		}
		if sp == nil {
			continue
		}
		if !inverted && hit.end+1 == len(toks) && toks[hit.end].text == ":" && d.quoteNext(s.Index) {
			// "Security Minister Dan Jarvis said:" on a line of its own: the quotation follows
			d.quoteSpeaker, d.quoteVerb, d.quoteSent = sp, span(s.Text, toks, hit.i, hit.end), s.Index
			d.lastSpeaker = sp
			return
		}
		if toks[len(toks)-1].text == ":" && (hit.end == len(toks)-1 || hit.end == len(toks)-2 && toks[hit.end].lower == "that") {
			// "The report finds that:": the bulleted lines that follow are what it finds
			if d.findings == "" {
				d.findings = "report"
			}
			d.findingsBy = sp
			return
		}
		verb := span(s.Text, toks, hit.i, hit.end)
		cs, ce := hit.end, len(toks)
		quote := false
		after := hit.end
		if hit.v.Lemma == "tell" {
			for after < len(toks) && after < hit.end+6 && !subjectPronouns.has(toks[after].lid) && (toldObjects.has(toks[after].lid) || mentionAt(ms, after) != nil || toks[after].cap && !toks[after].punct || (toks[after].cls&cDet != 0) && toks[after].lower != "that") {
				if m := mentionAt(ms, after); m != nil {
					after = m.end
					continue
				}
				after++
			}
		}
		if hit.v.Lemma == "tell" && !inverted && shortTail(toks, after) {
			after = len(toks) // "..., García Harfuch told a news conference."
		}
		if inverted || onlyPunctAfter(toks, skipTail(toks, after)) {
			// “...,” he said. / ..., said Douglas.
			cs, ce = first, hit.i
			if !inverted && subj != nil {
				ce = subj.start
			}
			quote = hasQuote(toks, cs, ce)
		} else {
			if hit.v.Lemma == "tell" {
				for k := cs; k < len(toks) && k < cs+8; k++ {
					if toks[k].lower == "that" {
						cs = k
						break
					}
				}
				for cs < len(toks) && !subjectPronouns.has(toks[cs].lid) && (toldObjects.has(toks[cs].lid) || mentionAt(ms, cs) != nil) {
					if m := mentionAt(ms, cs); m != nil {
						cs = m.end
						continue
					}
					cs++
				}
			}
			if t := timeBeforeThat(toks, cs); t > cs {
				cs = t // "said Tuesday that", "said on Thursday that"
			}
			for cs+2 < len(toks) && toks[cs].text == "," && discourseAdverbs.has(toks[cs+1].lid) && toks[cs+2].text == "," {
				cs += 3 // "caution, however, that"
			}
			if cs < len(toks) && (toks[cs].lower == "that" || toks[cs].text == ":" || toks[cs].text == ",") {
				cs++
			}
			quote = hasQuote(toks, cs, ce)
		}
		claim := trimClaim(span(s.Text, toks, cs, ce))
		if !inverted && subj != nil && subj.start > first+1 && toks[subj.start-1].text == "," && parenthetical(toks, hit.end-1) {
			// "Curbing the trade, the authors conclude, would cut off ...": the claim is around the aside
			claim = trimClaim(span(s.Text, toks, first, subj.start-1) + " " + span(s.Text, toks, hit.end+1, len(toks)))
			cs, ce = first, len(toks)
		}
		switch hit.v.Kind {
		case schema.Commit, schema.Endorse:
			// a commitment; a later verb of speech may still report a claim
			d.commit(s, base, sp, hit, toks, ms)
			d.lastSpeaker = sp
			prevSubj = sp
			i = hit.end - 1
			continue
		default:
			if hit.v.Lemma == "ask" && hit.i > 0 && (toks[hit.i-1].lower == "we" || toks[hit.i-1].lower == "i") && askedQuestion(toks, hit.end) {
				// "We asked her how the mafia has changed": the writer's question frames an
				// interview and states nothing (a senator who "asked why enforcement had lagged" speaks)
				d.lastSpeaker = sp
				return
			}
			d.said(s, base, sp, verb, claim, toks, ms, cs, ce, quote)
			if hit.v.Kind == schema.Direct && hit.end > hit.i+1 && toks[hit.i+1].lower == "for" {
				d.commit(s, base, sp, hit, toks, ms)
			}
		}
		d.lastSpeaker = sp
		if quote || hasQuote(toks, 0, len(toks)) {
			d.quoteSpeaker, d.quoteVerb, d.quoteSent = sp, verb, s.Index
		}
		return
	}
	// a resolution's clause: "Expressing concern that ...", "Calls upon Member States to ..."
	if d.resolution && d.author != nil && first < len(toks) && toks[first].cap {
		if hit, ok := d.verbAt(toks, first); ok || resolutionVerbs.has(toks[first].lid) {
			verb := toks[first].text
			if ok {
				verb = span(s.Text, toks, hit.i, hit.end)
				if hit.v.Kind == schema.Direct || hit.v.Kind == schema.Commit || hit.v.Kind == schema.Endorse {
					d.commit(s, base, d.author, hit, toks, ms)
				}
			}
			d.said(s, base, d.author, verb, trimClaim(span(s.Text, toks, first, len(toks))), toks, ms, first, len(toks), false)
			return
		}
	}
	// a turn of a transcript: what the tagged speaker says
	if d.turn != nil && first < len(toks) && !onlyPunctAfter(toks, first) {
		if (toks[len(toks)-1].text != "?" || d.turnClaims(toks, first)) && !courtesy(toks, first) {
			// (a question asks and states nothing: "Q: And the state?"; but a member's long question
			// puts a claim: "Does she agree that we cannot separate the drugs trade from ...?")
			d.said(s, base, d.turn, "says", trimClaim(span(s.Text, toks, first, len(toks))), toks, ms, first, len(toks), false)
		}
		return
	}
	// a quotation continued from an earlier sentence or paragraph
	if !blocked && (d.quoteOpen || startsWithQuote(toks)) && d.quoteSpeaker != nil && s.Index-d.quoteSent <= 4 {
		d.said(s, base, d.quoteSpeaker, d.quoteVerb, trimClaim(s.Text), toks, ms, 0, len(toks), true)
		d.quoteSent = s.Index
		return
	}
	// first-person text of a declared author
	if d.author != nil && !courtesy(toks, first) {
		for _, m := range ms {
			if m.kind == mPronoun && m.pron == "our" && m.start == first && !inQuote[m.start] && toks[len(toks)-1].text != "?" && len(toks)-first >= 4 {
				// "Our advice is simple: no real bank will ever ask you to pay with cryptocurrency"
				d.said(s, base, d.author, "states", trimClaim(span(s.Text, toks, first, len(toks))), toks, ms, first, len(toks), false)
				return
			}
			if m.kind == mPronoun && (m.pron == "we" || m.pron == "i" || m.pron == "us" || m.pron == "me" && m.start > 0 && toks[m.start-1].lower == "let") && m.end < len(toks) && !inQuote[m.start] {
				j := m.end
				if toks[j].text == "," {
					// "We, the Leaders of the G20, are ..."
					for j++; j < len(toks) && toks[j].text != ","; j++ {
					}
					j++
				}
				if j >= len(toks) || toks[j].punct {
					continue
				}
				verb := toks[j].text
				for j < len(toks) && (toks[j].cls&cAdv != 0) {
					j++
				}
				if j < len(toks) {
					verb = toks[j].text
				}
				if hit, ok := d.verbAt(toks, j); ok && prevSubj == nil && (hit.v.Kind == schema.Commit || hit.v.Kind == schema.Endorse) {
					d.commit(s, base, d.author, hit, toks, ms)
				}
				if d.lx.verbsOf(toks[j].lid) != nil {
					// "We assess with high confidence that ...": the claim is what follows "that"
					for q := j + 1; q < len(toks) && q <= j+6 && !toks[q].punct; q++ {
						if toks[q].lower == "that" {
							j = q + 1
							break
						}
					}
				}
				d.said(s, base, d.author, verb, trimClaim(span(s.Text, toks, j, len(toks))), toks, ms, j, len(toks), false)
				return
			}
		}
	}
	// meeting coverage: "The Chair of the Committee said that terrorist groups in the region had
	// adapted quickly. They raised funds through ...": indirect speech runs on in the speaker's
	// paragraph, in the sentences that go on about what was just reported
	if s.Index <= 3 && meetingLine(toks) {
		d.meeting = true
	}
	if d.meeting && d.reported != nil && d.reportedPara == s.Para && d.reportedSent == s.Index-1 && first < len(toks) && !inQuote[first] &&
		len(toks)-first >= 4 && toks[len(toks)-1].text == "." && (runOnSubject.has(toks[first].lid) || first == 0 && partOfThemOpens(toks) || d.backshifted(toks, first)) {
		// ("Many of them had been deceived by fake job offers": some of those the speaker spoke of)
		d.said(s, base, d.reported, "said", trimClaim(span(s.Text, toks, first, len(toks))), toks, ms, first, len(toks), false)
		return
	}
	// "Key findings: • ...": the list's items are the findings of the report's publisher
	d.notePublisher(toks, ms)
	if d.findingsLine(s, toks) {
		if sp := d.findingsSpeaker(); sp != nil && bulletItem(d.doc.Text, s) && !inQuote[first] {
			d.said(s, base, sp, "finds", trimClaim(span(s.Text, toks, first, len(toks))), toks, ms, first, len(toks), false)
			return
		}
	}
	// a signed text in the first person ("Posted by Marta Kos ... Over the past six months our
	// team has followed the money"): a blog post or column, whose author states what it states
	// a speech, testimony or opinion piece: its author states what the text states
	author := d.author
	if !d.speech {
		author = nil
	}
	if d.abstract && author == nil && !topicSentence(toks, first) {
		author = d.textAuthors() // an abstract: its authors state each sentence (not "This article examines ...")
	}
	if d.opinion && d.byline != nil && author == nil {
		author = d.byline
	}
	if last := toks[len(toks)-1].text; author != nil && !s.Heading && (last == "." || last == "!") && first < len(toks) && len(toks)-first >= 3 && !inQuote[first] && !onlyPunctAfter(toks, first) && !bylineLine(toks, author) && !courtesy(toks, first) &&
		!(blocked && d.opinion && d.byline == author) {
		// (in a column, "Her work shows that ...": another's finding the writer reports, not the writer's own)
		// ("Ministers, colleagues, friends," and "Check against delivery" state nothing)
		d.said(s, base, author, "states", trimClaim(span(s.Text, toks, first, len(toks))), toks, ms, first, len(toks), false)
	}
}

// objectRelative says whether the reporting verb at i is the verb of a
// relative clause whose object is the noun before it: "a pattern that
// colleagues have described for years", "the risks which analysts
// highlighted". Such a verb reports no claim of its own.
func (d *docState) objectRelative(toks []token, i int) bool {
	if i+1 < len(toks) && !(toks[i+1].punct && toks[i+1].quote == 0 && toks[i+1].text != ":" || toks[i+1].cls&(cPrep|cAdv) != 0 && toks[i+1].lower != "that") {
		// ("a shipment that investigators say belonged to a network": the claim follows; "the news that
		// the ministers reaffirmed their commitment": the verb has its object, the clause is complete)
		return false
	}
	q := i - 1
	for q > 0 && (finiteAux.has(toks[q].lid) || toks[q].cls&cAdv != 0) {
		q-- // "have", "long"
	}
	s := q // the clause's subject: one to three words
	for s > 0 && q-s < 3 && !toks[s].punct && toks[s].lower != "that" && toks[s].lower != "which" {
		s--
	}
	if s < 1 || s == q || toks[s].lower != "that" && toks[s].lower != "which" {
		return false
	}
	n := toks[s-1]
	return !n.punct && !n.cap && n.cls&(cDet|cPrep|cConj|cPron|cFinite|cClause|cAdv) == 0 && nounLike(n) && d.lx.verbsOf(n.lid) == nil && !d.isVerbForm(n.lower)
}

// firstPersonWords open a sentence in the first person.
var firstPersonWords = set([]string{"we", "i", "our", "my"})

// firstPersonAt says whether the narrative, outside quotes, speaks in the
// first person: "we", "our", "us", "I", "my".
func firstPersonAt(toks []token, inQuote []bool, first int) bool {
	for k := first; k < len(toks); k++ {
		if k < len(inQuote) && inQuote[k] || toks[k].quote != 0 {
			return false // what follows a quote mark may be someone's words
		}
		switch toks[k].text {
		case "we", "We", "our", "Our", "us", "I", "my", "My":
			return true
		}
	}
	return false
}

// questionAnswerLine reads the heading lines of a parliament's written
// questions: "Question for written answer to the Commission, Rule 144, Maria
// Grapini (S&D)" (the member before her group) and "Answer given by
// Executive Vice-President Virkkunen on behalf of the European Commission"
// (the person after "by", past their titles). It returns the person, or nil.
func (d *docState) questionAnswerLine(text string, toks []token) *entity {
	if len(toks) < 4 {
		return nil
	}
	switch {
	case toks[0].lower == "question" && (toks[1].lower == "for" || toks[1].lower == "by") || toks[0].lower == "written" && toks[1].lower == "question" && toks[2].lower == "by":
		for q := 2; q < len(toks); q++ {
			if toks[q].text != "(" && !(toks[1].lower == "by" && q == len(toks)-1) {
				continue
			}
			e := q
			if toks[q].text != "(" {
				e = q + 1
			}
			b := e
			for b > 0 && e-b < 3 && toks[b-1].cap && !toks[b-1].punct {
				b--
			}
			if e-b >= 2 {
				return d.reg.person(span(text, toks, b, e))
			}
			return nil
		}
	case (toks[0].lower == "answer" || toks[0].lower == "reply") && toks[1].lower == "given" && toks[2].lower == "by":
		b := 3
		for b < len(toks) && (isTitleWord(d.lx, toks, b) || toks[b].hyphen || toks[b].cls&cDet != 0 || toks[b].text == "/" && b > 3) {
			b++ // ("High Representative/Vice-President Kallas")
		}
		e := b
		for e < len(toks) && toks[e].cap && !toks[e].punct {
			e++
		}
		for q := b; q < e-1; q++ {
			if isTitleWord(d.lx, toks, q) || toks[q].hyphen || toks[q+1].hyphen {
				b = e - 1 // "Executive Vice-President Virkkunen": the title runs up to the surname
				break
			}
		}
		if e > b {
			p := d.reg.person(span(text, toks, b, e))
			if p.title == "" && b > 3 {
				p.title = span(text, toks, 3, b)
			}
			return p
		}
	}
	return nil
}

// partyCase reads "The prosecution case was that", "The Crown's case is
// that", "The defence argument was that" at first: the party, and where its
// claim starts.
func (d *docState) partyCase(toks []token, first int) (int, *entity) {
	k := first
	for k < len(toks) && toks[k].cls&cDet != 0 {
		k++
	}
	if k+4 >= len(toks) || !trialParties.has(toks[k].lid) {
		return 0, nil
	}
	p := k
	k++
	if toks[k].norm == "'s" {
		k++
	}
	if !caseNouns.has(toks[k].lid) || !beForms.has(toks[k+1].lid) || toks[k+2].lower != "that" {
		return 0, nil
	}
	g := d.reg.get(KindGroup, d.doc.Slug+" the "+toks[p].lower)
	g.label = "the " + toks[p].lower
	return k + 3, g
}

// trialParties argue a case; caseNouns are what they argue.
var trialParties = set([]string{"prosecution", "defence", "defense", "crown", "claimant", "plaintiff", "appellant", "respondent"})

var caseNouns = set([]string{"case", "argument", "contention", "submission", "position", "theory"})

// meetingLine says whether a line heads a meeting's coverage: "Security
// Council — 9912th meeting (AM)", "Committee holds open briefing".
func meetingLine(toks []token) bool {
	body, sitting := false, false
	for k := 1; k < len(toks); k++ {
		if toks[k].norm == "meeting" && strings.ContainsAny(toks[k-1].text, "0123456789") {
			return true
		}
		body = body || toks[k-1].cap && (toks[k-1].lower == "council" || toks[k-1].lower == "committee" || toks[k-1].lower == "assembly" || toks[k-1].lower == "commission")
		sitting = sitting || sittingWords.has(toks[k].lid)
	}
	return body && sitting // "Counter-Terrorism Committee holds open briefing on ..."
}

// sittingWords name a body's sitting or what it hears there, in the line
// heading its coverage: "Security Council Considers Piracy ...", "The
// Security Council today heard that ...", "..., Special Representative Tells
// Security Council".
var sittingWords = set([]string{"briefing", "briefings", "debate", "debates", "meeting", "meetings", "session", "sessions", "considers", "considered",
	"hears", "heard", "tells", "told", "briefed", "discusses", "discussed", "examines", "examined"})

// backshifted says whether the main verb of the clause at first is shifted
// back as reported speech is ("Pirate groups, however, had not disappeared",
// "the mission would need more funds"): the first finite verb is "had" or
// "would", before any relative clause or reporting verb.
func (d *docState) backshifted(toks []token, first int) bool {
	for k := first; k < len(toks) && k < first+14; k++ {
		switch w := toks[k].lower; {
		case toks[k].quote != 0 || relativePronoun(w) || w == "that" || d.lx.verbsOf(toks[k].lid) != nil:
			return false
		case w == "had" || w == "would":
			return k > first
		case toks[k].cls&cFinite != 0:
			return false
		}
	}
	return false
}

// runOnSubject open a sentence that goes on about what a speaker reported.
var runOnSubject = set([]string{"they", "it", "these", "this", "such", "those"})

// namedDocument reads a document named by title at i ("the World Drug Report
// 2024 released today by UNODC") and returns its publisher: the actor after
// "by", else the document's most salient organization.
func (d *docState) namedDocument(toks []token, ms []mention, i int) *entity {
	for i < len(toks) && (toks[i].cls&cDet != 0) {
		i++
	}
	j := i
	head := false
	for j < len(toks) && j-i < 8 && !toks[j].punct && (toks[j].cap || isDigits(toks[j].text)) {
		if d.lx.docNouns.has(toks[j].nid) {
			head = true
		}
		j++
	}
	if !head {
		return nil
	}
	for k := j; k < len(toks) && k < j+5; k++ {
		if toks[k].lower == "by" {
			q := k + 1
			for q < len(toks) && (toks[q].cls&cDet != 0) {
				q++
			}
			if m := mentionAt(ms, q); m != nil && m.kind == mActor {
				return m.ent
			}
		}
		if toks[k].punct {
			break
		}
	}
	return d.salientOrg()
}

// legalDocuments are filed by parties to a case, not by whoever publishes the text.
var legalDocuments = set([]string{"indictment", "complaint", "affidavit", "filing", "lawsuit", "ruling", "judgment",
	"judgement", "charge sheet", "criminal complaint", "court filing", "verdict", "sentencing"})

// titleAfterAccording reads "[the] [adjectives] TITLE[, Name]" at i, after
// "according to": the named person, else the office. It sets m's end.
func (d *docState) titleAfterAccording(toks []token, ms []mention, i int, m *mention) *entity {
	for i < len(toks) && toks[i].cls&cDet != 0 {
		i++
	}
	j := i
	for j < len(toks) && j-i < 3 && !toks[j].punct && !toks[j].cap && !isTitleWord(d.lx, toks, j) && toks[j].cls&(cPrep|cConj|cPron|cFinite|cDet) == 0 && !d.isVerbForm(toks[j].lower) {
		j++
	}
	if j >= len(toks) || !isTitleWord(d.lx, toks, j) || pluralTok(toks[j]) {
		return nil
	}
	e, _ := d.lx.titles.longest(toks, j)
	if e <= j {
		e = j + 1
	}
	if e < len(toks) && !toks[e].punct {
		return nil
	}
	if e+1 < len(toks) && toks[e].text == "," {
		if p := actorStartingAt(ms, e+1); p != nil && p.ent.kind == KindPerson {
			if p.ent.title == "" {
				p.ent.title = span(d.res.Sentences[d.sentIndex-1].Text, toks, i, e)
			}
			m.end = p.end
			return p.ent
		}
	}
	m.end = e
	return d.office(span(d.res.Sentences[d.sentIndex-1].Text, toks, i, e))
}

// onTime says whether "on" is followed by a time at j ("on Tuesday", "on the
// morning of") rather than an addressee ("on the Government").
func onTime(toks []token, j int) bool {
	if w := toks[j].lower; w == "the" || w == "a" || w == "this" || w == "that" {
		if j+1 >= len(toks) {
			return false
		}
		switch n := toks[j+1].lower; n {
		case "morning", "evening", "afternoon", "night", "day", "eve", "weekend", "sidelines", "occasion", "anniversary":
			return true
		default:
			return isDigits(toks[j+1].text) || calendarWords.m[n]
		}
	}
	return timeWords.has(toks[j].lid) || isDigits(toks[j].text)
}

// pleaNouns are what a defendant admits in court: "admitted conspiracy", "admitted two counts".
var pleaNouns = set([]string{"conspiracy", "charge", "count", "offence", "offense", "guilt", "murder", "manslaughter",
	"fraud", "possession", "supplying", "supply", "laundering", "money", "trafficking", "smuggling", "bribery",
	"two", "three", "four", "five", "six", "several", "all", "being", "having", "importing", "assault"})

// courtesy says whether a sentence only thanks or greets ("Thank you.",
// "Chairman and members of the Committee, thank you for the opportunity to
// testify.", "I look forward to your questions."): it states nothing.
func courtesy(toks []token, first int) bool {
	for k := first; k+1 < len(toks) && k < first+14; k++ {
		switch w := toks[k].lower; {
		case w == "comments" && k == first && toks[k+1].lower == "are" || w == "all" && k == first && toks[k+1].lower == "rights":
			return true // page furniture: "Comments are closed.", "All rights reserved."
		case w == "thank" && toks[k+1].lower == "you", w == "thanks" && (k == first || toks[k-1].text == ","),
			w == "look" && toks[k+1].lower == "forward", w == "welcome" && k == first, w == "good" && (toks[k+1].lower == "morning" || toks[k+1].lower == "afternoon" || toks[k+1].lower == "evening"):
			return true
		}
	}
	// "Distinguished guests, ladies and gentlemen.", "Excellencies, dear colleagues,": an address, no statement
	for k := first; k < len(toks); k++ {
		if !salutationWords.has(toks[k].lid) && !toks[k].punct {
			return false
		}
	}
	return first < len(toks)
}

var salutationWords = set([]string{"distinguished", "honourable", "honorable", "dear", "esteemed", "guests", "ladies", "and",
	"gentlemen", "excellencies", "excellency", "your", "colleagues", "friends", "delegates", "members", "mr", "madam", "madame",
	"president", "chair", "chairman", "chairwoman", "chairperson", "speaker", "fellow", "citizens", "all", "everyone", "good", "morning", "afternoon", "evening"})

// dataNouns are numbers someone published: "according to figures from".
var dataNouns = set([]string{"figure", "data", "statistic", "number", "estimate", "record", "count", "tally", "survey", "poll"})

// discourseAdverbs stand between commas after a verb: "caution, however, that".
var discourseAdverbs = set([]string{"however", "moreover", "though", "nonetheless", "nevertheless", "therefore", "meanwhile", "furthermore", "too", "also"})

// parenthetical says whether the verb at i closes a short aside between
// commas: ", the authors conclude,".
func parenthetical(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].text != "," {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if toks[k].text == "," {
			return k < i-1
		}
		if toks[k].punct || toks[k].quote != 0 {
			return false
		}
	}
	return false
}

// docPhrase is the folded key of toks[i:j] in the document nouns.
func docPhrase(toks []token, i, j int) string {
	if j == i+1 {
		return toks[i].norm
	}
	return toks[i].norm + " " + toks[j-1].norm
}

// nameRun returns where a run of capitalised words starting at i ends, with
// the connectors of organisation names inside it ("International Consortium
// of Investigative Journalists"), at most eight tokens.
func nameRun(toks []token, i int) int {
	j := i
	for j < len(toks) && j-i < 8 && (toks[j].cap && !toks[j].punct || orgConnectors.has(toks[j].lid) && j+1 < len(toks) && toks[j+1].cap) {
		j++
	}
	return j
}

// unknownOrg reads a name no gazetteer has after "according to": an acronym
// ("the OECD") or a capitalised name ending in an organization word.
func (d *docState) unknownOrg(toks []token, i int) *entity {
	for i < len(toks) && (toks[i].cls&cDet != 0) {
		i++
	}
	if i < len(toks) && upperWord(toks[i].text) && (i+1 == len(toks) || toks[i+1].punct) {
		return d.reg.get(KindOrg, toks[i].text)
	}
	j := nameRun(toks, i)
	if j-i >= 2 && d.lx.orgHeads.has(toks[j-1].nid) {
		return d.reg.get(KindOrg, span(d.res.Sentences[d.sentIndex-1].Text, toks, i, j))
	}
	// "according to a local security firm": an organisation described, not named
	j = i
	for j < len(toks) && j-i < 4 && !toks[j].cap && !toks[j].punct && toks[j].cls&(cPrep|cConj|cClause) == 0 {
		j++
	}
	if j > i && j-i <= 4 && (j == len(toks) || toks[j].punct) && (d.lx.orgHeads.has(toks[j-1].nid) || orgDescriptors.has(toks[j-1].lid)) {
		return d.reg.get(KindOrg, span(d.res.Sentences[d.sentIndex-1].Text, toks, i, j))
	}
	return nil
}

var viewNouns = set([]string{"view", "opinion", "words", "assessment", "judgment", "judgement", "estimation", "analysis"})

// viewOf reads a sentence-initial "In X's view," or "In the view of X," and
// returns X and where the claim starts.
func (d *docState) viewOf(toks []token, ms []mention, first int) (*entity, int) {
	i := first
	if i+4 < len(toks) && toks[i].lower == "for" {
		return d.forSpeaker(toks, ms, i)
	}
	if i+4 >= len(toks) || toks[i].lower != "in" {
		return nil, 0
	}
	comma := -1
	for k := i + 1; k < len(toks) && k < i+12; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return nil, 0
	}
	var owner *mention
	hasView := false
	for k := i + 1; k < comma; k++ {
		if viewNouns.has(toks[k].lid) {
			hasView = true
		}
		if m := mentionAt(ms, k); m != nil && owner == nil && m.end <= comma {
			owner = m
		}
	}
	if !hasView || owner == nil {
		return nil, 0
	}
	// "In X's view" or "In the view of X"
	after := owner.end
	for after < comma && (toks[after].text == "'" || toks[after].text == "’" || toks[after].norm == "'s") {
		after++
	}
	of := false // "In the view of [the anti-mafia collective] X"
	for k := owner.start - 1; k > i && !viewNouns.has(toks[k].lid); k-- {
		of = of || toks[k].lower == "of"
	}
	if !(owner.poss || after < comma && viewNouns.has(toks[after].lid)) && !of {
		return nil, 0
	}
	sp := d.resolve(owner, ms)
	if sp == nil {
		return nil, 0
	}
	return sp, comma + 1
}

// describedGroupEnd returns the end of a lowercase plural phrase of people
// at q ("independent sanctions monitors", "UN investigators"), or q.
// familiarSources reads the unnamed sources of a report at q: "three people
// familiar with a U.S. investigation", "sources close to the talks", "two
// officials briefed on the matter". It returns where they end and a group.
func (d *docState) familiarSources(text string, toks []token, q int) (int, *entity) {
	for q < len(toks) && (toks[q].cls&cDet != 0 || isDigits(toks[q].text) || numberWords.has(toks[q].lid) || toks[q].lower == "several") {
		q++
	}
	if q+2 >= len(toks) || !sourceNouns.has(toks[q].nid) || !pluralTok(toks[q]) && toks[q].lower != "people" || !familiarWords.has(toks[q+1].lid) {
		return 0, nil
	}
	e := q + 2
	for e < len(toks) && e < q+8 && !toks[e].punct && toks[e].lower != "and" {
		e++
	}
	g := d.reg.get(KindGroup, span(text, toks, q, e))
	g.plural = true
	d.sources = g
	return e, g
}

// sourceNouns are who a report cites unnamed; familiarWords say what they know.
var sourceNouns = set([]string{"person", "people", "source", "official", "individual", "diplomat", "insider", "investigator"})
var familiarWords = set([]string{"familiar", "close", "briefed", "knowledgeable", "involved", "with"})

func describedGroupEnd(toks []token, q int) int {
	r := q
	for r < len(toks) && r < q+4 && !toks[r].punct && toks[r].cls == 0 && (!toks[r].cap || upperWord(toks[r].text)) {
		r++
	}
	if r > q && pluralTok(toks[r-1]) && (agentNoun(toks[r-1].norm) || roleNouns.has(toks[r-1].nid)) {
		return r
	}
	return q
}

// viewAside reads an aside that gives the sentence as someone's view: ",
// in her view,", ", in the ministry's assessment,". It returns whose view, or
// nil.
func (d *docState) viewAside(toks []token, ms []mention, first int) *entity {
	for i := first + 2; i+3 < len(toks); i++ {
		if toks[i-1].text != "," || toks[i].lower != "in" {
			continue
		}
		m := mentionAt(ms, i+1)
		if m == nil || m.end+1 >= len(toks) || !(m.kind == mPronoun && (m.pron == "his" || m.pron == "her" || m.pron == "their") || m.poss) {
			continue
		}
		v := m.end
		for v < len(toks) && (toks[v].norm == "'s" || toks[v].text == "'" || toks[v].text == "’") {
			v++
		}
		if v+1 < len(toks) && viewNouns.has(toks[v].lid) && toks[v].lower != "words" && toks[v+1].text == "," {
			return d.resolve(m, ms)
		}
	}
	return nil
}

// forSpeaker reads a stance opened by "For X,": "For the public prosecutor of
// Marseille, the clans have moved beyond ...", "For Europol, the threat is
// ...". X is an actor or an office named by its title; the claim follows the
// comma. It returns nil for "For years," and "For example,".
func (d *docState) forSpeaker(toks []token, ms []mention, i int) (*entity, int) {
	comma := -1
	for k := i + 1; k < len(toks) && k < i+10; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
		if toks[k].punct || toks[k].quote != 0 {
			return nil, 0
		}
	}
	if comma < 0 || comma+3 > len(toks) {
		return nil, 0
	}
	j := i + 1
	for j < comma && (toks[j].cls&cDet != 0) {
		j++
	}
	if m := mentionAt(ms, j); m != nil && m.end == comma && (m.kind == mActor && m.ent.kind != KindPlace && !m.ent.country) {
		return m.ent, comma + 1
	}
	// "the public prosecutor of Marseille": an office
	t := j
	for t < comma && (roleAdjectives.has(toks[t].lid) || toks[t].lower == "public") {
		t++
	}
	if t < comma && (isTitleWord(d.lx, toks, t) || roleNouns.has(toks[t].nid)) {
		return d.office(span(d.res.Sentences[d.sentIndex-1].Text, toks, j, comma)), comma + 1
	}
	return nil, 0
}

var finiteAux = set([]string{"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
	"might", "should", "must", "do", "does", "did"})

var timeWords = set([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"yesterday", "on", "last", "this", "week", "month", "year", "earlier", "later", "in", "a", "statement", "interview",
	"the", "morning", "evening", "afternoon", "night", "recently", "repeatedly", "publicly", "previously"})

// timeBeforeThat returns the position of "that" when only a time or manner
// adverbial stands between i and it ("Tuesday that", "in a statement that"), else i.
func timeBeforeThat(toks []token, i int) int {
	if i < len(toks) && (toks[i].lower == "in" || toks[i].lower == "at" || toks[i].lower == "during" || toks[i].lower == "through" || toks[i].lower == "via") {
		// "said in a confidential report seen by Reuters that ...": where it was said, then the claim
		for k := i + 1; k < len(toks) && k < i+12 && !toks[k].punct && toks[k].quote == 0; k++ {
			if toks[k].lower == "that" {
				return k
			}
		}
	}
	for k := i; k < len(toks) && k < i+5; k++ {
		if toks[k].lower == "that" {
			if k > i {
				return k
			}
			return i
		}
		if !timeWords.has(toks[k].lid) {
			if k > i && (subjectPronouns.has(toks[k].lid) || toks[k].cls&cDet != 0) && toks[i].lower != "that" && toks[i].lower != "on" && toks[i].lower != "in" {
				return k // "said on Sunday it had killed": the time, then the clause
			}
			return i
		}
	}
	return i
}

// shortTail says whether toks[i:] is a few words without a clause: "a news
// conference", "the Senate committee on Wednesday".
func shortTail(toks []token, i int) bool {
	n := 0
	for ; i < len(toks); i++ {
		if toks[i].punct {
			if onlyPunctAfter(toks, i) {
				return n > 0
			}
			return false
		}
		if toks[i].lower == "that" || toks[i].quote != 0 || subjectPronouns.has(toks[i].lid) || finiteAux.has(toks[i].lid) {
			return false
		}
		n++
		if n > 6 {
			return false
		}
	}
	return n > 0
}

// tailWords open the adverbials that may follow a final "X said": "on
// Thursday", "in a statement", "last week", "to reporters".
var tailWords = set([]string{"on", "in", "at", "during", "last", "this", "earlier", "later", "yesterday", "today", "late",
	"early", "to", "from", "via", "after", "before", "when", "while", "overnight", "recently", "afterwards", "again",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) // ("..., police said Sunday.")

// asideOpeners open a closing aside about the speaker, not a claim.
var asideOpeners = set([]string{"asking", "speaking", "requesting", "declining", "who", "citing", "adding", "noting"})

// closingReport returns the comma before a reporting verb that closes the
// sentence with a known speaker after it ("..., the Presidential
// Anti-Organized Crime Commission said.", "..., the mining chamber said.",
// "..., said the Commission."), or -1: a reporting verb before that comma is
// part of the claim.
func (d *docState) closingReport(toks []token, ms []mention, first int, inQuote []bool) int {
	for j := first + 1; j < len(toks); j++ {
		hit, ok := d.verbAt(toks, j)
		if !ok || toks[j].quote != 0 || inQuote[j] || hit.v.Kind != schema.Direct && hit.v.Lemma != "say" {
			continue
		}
		if e := skipTail(toks, hit.end); !onlyPunctAfter(toks, e) {
			continue
		}
		for q := j - 1; q > first && j-q <= 8; q-- {
			if toks[q].text == "," {
				if q == j-1 || toks[q+1].cap && !toks[q+1].punct || toks[q+1].cls&cDet != 0 {
					if sp, _, _ := d.subject(toks, ms, hit, first, inQuote); sp != nil {
						return q
					}
				}
				return -1
			}
			if toks[q].punct || toks[q].lower == "that" || d.lx.verbsOf(toks[q].lid) != nil {
				break
			}
		}
	}
	return -1
}

// skipTail returns where the sentence's final punctuation starts when only a
// short adverbial follows i, else i.
func skipTail(toks []token, i int) int {
	if i+1 < len(toks) && toks[i].text == "," && asideOpeners.has(toks[i+1].lid) {
		return len(toks) // "..., one driver said, asking not to be named": an aside about the speaker
	}
	if i >= len(toks) || !tailWords.has(toks[i].lid) {
		return i
	}
	// "..., the Treasury said on Thursday as it imposed sanctions": a time, then a clause about the saying
	for k := i; k < len(toks) && k < i+4; k++ {
		if w := toks[k].lower; (w == "as" || w == "when" || w == "while" || w == "after" || w == "before") && k > i {
			for e := k; e < len(toks); e++ {
				if toks[e].lower == "that" || toks[e].quote != 0 {
					return i
				}
			}
			for e := len(toks); e > k; e-- {
				if !toks[e-1].punct {
					return e
				}
			}
		}
	}
	j := i
	for j < len(toks) && !toks[j].punct && j-i < 7 {
		if toks[j].lower == "that" || toks[j].quote != 0 || j > i && (subjectPronouns.has(toks[j].lid) || toks[j].cls&cFinite != 0) {
			return i // ("said on Sunday it had killed four smugglers": a clause, the claim)
		}
		j++
	}
	if onlyPunctAfter(toks, j) {
		return j
	}
	// a longer tail of names only: "on Monday in its annual Internet Organised Crime Threat Assessment (IOCTA)"
	j = i
	for j < len(toks) && j-i < 18 && (tailWords.has(toks[j].lid) || timeWords.has(toks[j].lid) || (toks[j].cls&cDet != 0) ||
		toks[j].cap || isDigits(toks[j].text) || toks[j].text == "(" || toks[j].text == ")" || adjective(toks[j]) ||
		toks[j].lower == "annual" || toks[j].lower == "new" || toks[j].lower == "latest" || toks[j].lower == "report" ||
		toks[j].lower == "statement" || toks[j].lower == "briefing" || toks[j].lower == "interview" || toks[j].lower == "of") {
		if toks[j].lower == "that" || toks[j].quote != 0 {
			return i
		}
		j++
	}
	if j > i && onlyPunctAfter(toks, j) {
		return j
	}
	return i
}

func precededByAnd(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (toks[k].cls&cAdv != 0) {
		k--
	}
	return k >= 0 && (toks[k].lower == "and" || toks[k].lower == "but" || toks[k].lower == "yet")
}

func onlyPunctAfter(toks []token, i int) bool {
	for ; i < len(toks); i++ {
		if !toks[i].punct {
			return false
		}
	}
	return true
}

func hasQuote(toks []token, i, j int) bool {
	for k := i; k < j && k < len(toks); k++ {
		if toks[k].quote == 'o' || toks[k].quote == 'c' || toks[k].quote == 'a' && toks[k].text == "\"" {
			return true
		}
	}
	return false
}

func mentionAt(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].start == i && (ms[k].kind == mActor || ms[k].kind == mPronoun || ms[k].kind == mDocNoun) {
			return &ms[k]
		}
	}
	return nil
}

// placeStartsName says whether the place or country m names is the first
// word of a longer name: "Washington" of "the Washington Post".
func placeStartsName(toks []token, m *mention) bool {
	return m.ent != nil && (m.ent.country || m.ent.kind == KindPlace) && m.end < len(toks) && toks[m.end].cap && !toks[m.end].punct
}

// modifiedPerson finds the person named at i behind one or two lowercase
// modifiers of the role the mention starts with: "said security analyst David
// Saucedo", "said defence lawyer Ana Ruiz".
func modifiedPerson(toks []token, ms []mention, i int) *mention {
	for q := i; q < i+2 && q+1 < len(toks) && !toks[q].cap && !toks[q].punct && toks[q].quote == 0 && toks[q].cls&(cDet|cPrep|cConj|cPron|cClause|cFinite) == 0; q++ {
		if m := mentionAt(ms, q+1); m != nil && m.kind == mActor && m.ent != nil && m.ent.kind == KindPerson && !toks[q+1].cap {
			return m
		}
	}
	return nil
}

// inverted says whether the verb at i follows a comma or closing quote
// directly: "..., said X".
func inverted(toks []token, i int) bool {
	return i > 0 && (toks[i-1].text == "," || toks[i-1].quote == 'c' || toks[i-1].quote == 'a')
}

// contactVerbs say how a writer met a source: "the officials I spoke to".
var contactVerbs = set([]string{"spoke", "talked", "interviewed", "met", "asked", "contacted", "consulted", "visited", "surveyed", "reached"})

// bracketedAfterActor says whether m stands inside brackets right after an
// actor: "Every Child Protected Against Trafficking (ECPAT UK) said", where
// the actor before the brackets speaks, not "UK".
func bracketedAfterActor(toks []token, ms []mention, m *mention) bool {
	open := -1
	for q := m.start - 1; q >= 0 && q >= m.start-4; q-- {
		if toks[q].text == "(" {
			open = q
			break
		}
		if toks[q].punct {
			return false
		}
	}
	if open < 1 {
		return false
	}
	closed := false
	for q := m.end; q < len(toks) && q <= m.end+3; q++ {
		if toks[q].text == ")" {
			closed = true
			break
		}
		if toks[q].punct {
			return false
		}
	}
	return closed && actorEndsAt(ms, open)
}

// subject finds the speaker of the verb: the nearest actor before it that no
// preposition governs, or the actor right after it in "..., said X".
func (d *docState) subject(toks []token, ms []mention, hit verbHit, first int, inQuote []bool) (*entity, *mention, bool) {
	i := hit.i
	// inverted: “...,” said X / ..., says X; unless an actor ends right before the comma
	if i > 0 && (toks[i-1].text == "," || toks[i-1].quote == 'c' || toks[i-1].quote == 'a') && !actorEndsAt(ms, i-1) && hit.v.Lemma != "tell" {
		m := mentionAt(ms, hit.end)
		if m == nil {
			m = modifiedPerson(toks, ms, hit.end)
		}
		if m != nil && m.kind == mActor && m.ent != nil && m.ent.kind == KindPerson && m.end+2 < len(toks) && toks[m.end].text == "," && !toks[m.end-1].cap {
			// "said ECPAT's chief executive, Patricia Durr": the name after the role
			if n := mentionAt(ms, m.end+1); n != nil && n.kind == mActor && n.ent != nil && n.ent.kind == KindPerson && n.end-n.start >= 2 && invertedEnd(toks, n.end) {
				m = n
			}
		}
		if m != nil && (m.kind == mActor || m.kind == mPronoun && subjectPronouns.m[m.pron]) && invertedEnd(toks, m.end) {
			if sp := d.resolve(m, ms); sp != nil {
				return sp, m, true
			}
		}
		// "..., said a municipal councillor in Tillabéri, who asked not to be named."
		if q := hit.end; q+1 < len(toks) && (toks[q].lower == "a" || toks[q].lower == "an" || toks[q].lower == "one") {
			// ("..., said one grower.": an agent noun names the person too)
			head := func(e int) bool {
				// ("said one grower, who asked not to be named": a relative clause may follow)
				after := e + 1
				if after+1 < len(toks) && (toks[after].lower == "in" || toks[after].lower == "from" || toks[after].lower == "at") && toks[after+1].cap {
					after += 2 // "said a dealer in Gaziantep, who asked not to be identified"
				}
				if after < len(toks) && strings.HasSuffix(toks[after].lower, "ed") {
					// "said a miner reached by telephone in the town of El Callao, who asked ...": a participle's phrase
					for k := after + 1; k+1 < len(toks) && k <= after+10 && (!toks[k].punct || toks[k].text == ","); k++ {
						if toks[k].text == "," {
							if toks[k+1].lower == "who" {
								after = k
							}
							break
						}
					}
				}
				return isTitleWord(d.lx, toks, e) || roleNouns.has(toks[e].nid) || (agentNoun(toks[e].lower) || shortAgents.has(toks[e].lid)) && !d.lx.docNouns.has(toks[e].nid) &&
					(onlyPunctAfter(toks, after) || after+1 < len(toks) && toks[after].text == "," && toks[after+1].lower == "who")
			}
			e := q + 1
			for e < len(toks) && e <= q+5 && !toks[e].punct && !head(e) && (!toks[e].cap || e < q+5) {
				e++ // ("said a Guardia Civil commander in Algeciras": an organisation may describe them)
			}
			if e < len(toks) && head(e) && !pluralTok(toks[e]) {
				end := e + 1
				if end+1 < len(toks) && (toks[end].lower == "in" || toks[end].lower == "of" || toks[end].lower == "from") && toks[end+1].cap {
					end += 2
				}
				p := d.reg.get(KindPerson, span(d.res.Sentences[d.sentIndex-1].Text, toks, q+1, end))
				return p, nil, true
			}
		}
		// "..., said Global Witness campaigner Hanna Hindstrom.": a body, the person's role, the name
		if m := mentionAt(ms, hit.end); m != nil && m.kind == mActor && m.ent.kind == KindOrg && m.end+2 < len(toks) {
			r := m.end
			if !toks[r].cap && (agentNoun(toks[r].lower) || roleNouns.has(toks[r].nid)) && !pluralTok(toks[r]) {
				n := r + 1
				for n < len(toks) && toks[n].cap && !toks[n].punct && n-r <= 4 {
					n++
				}
				if n-r >= 3 && invertedEnd(toks, n) {
					p := d.reg.person(span(d.res.Sentences[d.sentIndex-1].Text, toks, r+1, n))
					if p.title == "" {
						p.title, p.affil = toks[r].lower, m.ent
					}
					d.persons = pushRecent(d.persons, p)
					return p, &mention{kind: mActor, start: m.start, end: n, ent: p}, true
				}
			}
		}
		// "..., said INTERPOL's Director of Organized and Emerging Crime.", "..., said the director of
		// INTERPOL.": an office holder left unnamed
		if p := d.invertedOffice(toks, ms, hit.end); p != nil {
			return p, nil, true
		}
		// "..., said the charity's chief executive, Mark Russell."
		if c := roleThenName(toks, hit.end); c > 0 {
			if m := actorStartingAt(ms, c); m != nil && m.ent.kind == KindPerson && invertedEnd(toks, m.end) {
				return m.ent, m, true
			}
		}
	}
	if i >= 3 && toks[i-1].lower == "which" && toks[i-2].text == "," {
		// "adopted a report on the financing of terrorist groups in Africa, which finds that ...": the document
		for k := len(ms) - 1; k >= 0; k-- {
			if m := &ms[k]; m.kind == mDocNoun && m.end <= i-2 && i-2-m.end <= 8 && m.start >= first {
				if sp := d.resolve(m, ms); sp != nil {
					return sp, m, false
				}
				break
			}
		}
	}
	i = d.appositiveStart(toks, ms, i, first)
	if w := i - 1; w > 1 && toks[w].lower == "who" && toks[w-1].text != "," {
		// "CNN spoke to a dozen former workers who said ...": the speakers are the workers
		for k := range ms {
			if ms[k].end == w && ms[k].kind == mActor {
				return ms[k].ent, &ms[k], false
			}
		}
		if n := toks[w-1]; pluralTok(n) && !n.cap && n.cls == 0 {
			g := d.reg.get(KindGroup, d.doc.Slug+" "+n.lower)
			g.label, g.plural = n.lower, true
			return g, nil, false
		}
		return nil, nil, false
	}
	if i >= first+3 && (toks[i-2].norm == "'s" || toks[i-2].text == "'" || toks[i-2].text == "’") && !toks[i-1].cap && (roleNouns.has(toks[i-1].nid) || agentNoun(toks[i-1].lower)) && !pluralTok(toks[i-1]) {
		// "The company's lawyer said", "The brothers' lawyer said": the owner's agent speaks, not the owner
		if m := mentionAt(ms, i-3); m == nil || m.kind != mActor || m.ent.kind != KindPerson {
			if p := d.possessedSpeaker(toks, first, i); p != nil {
				return p, nil, false
			}
		}
	}
	if i > 2 && !toks[i-1].cap && (roleNouns.has(toks[i-1].nid) || d.lx.institution.has(toks[i-1].nid)) {
		// "..., Ireland's customs service said on Thursday": an office of the owner before it
		if m := d.roleOfSubject(toks, ms, first, i); m != nil && m.end == i {
			return m.ent, m, false
		}
	}
	if p, st := d.tailSpeaker(toks, i, hit.end); p != nil && st > first+1 && !inverted(toks, i) {
		// "Al-Shabaab cashes in on sugar smuggling, report says": the tail, not the subject of the report
		return p, &mention{kind: mActor, start: st, end: i, ent: p}, false
	}
	for k := range ms {
		// "Researchers I spoke to in Pemba believe", "Officials we interviewed said":
		// the writer met the speakers, who are the noun before
		if m := &ms[k]; m.kind == mPronoun && (m.pron == "i" || m.pron == "we") && m.end < i && m.start > first && contactVerbs.has(toks[m.end].lid) {
			for q := range ms {
				if a := &ms[q]; a.kind == mActor && a.end == m.start && a.start >= first && !a.prep && !a.poss {
					return a.ent, a, false
				}
			}
		}
	}
	var best *mention
	for k := range ms {
		m := &ms[k]
		if m.end > i || m.start < first || m.prep || m.poss || inQuote != nil && m.start < len(inQuote) && inQuote[m.start] || bracketedAfterActor(toks, ms, m) {
			continue
		}
		if m.kind == mDocNoun && m.start >= 2 && (toks[m.start-1].lower == "to" || toks[m.start-1].lower == "with" || toks[m.start-1].lower == "on") && aboutParticiples.has(toks[m.start-2].lid) {
			continue // "A source close to the investigation said": what the source knows, not who speaks
		}
		switch m.kind {
		case mActor, mDocNoun:
		case mCrime:
			if m.ent == nil && m.actor && m.end == i && m.end-m.start == 2 && toks[m.start].lower == "the" && crimeAnaphorHeads.has(toks[m.start+1].nid) && !pluralTok(toks[m.start+1]) {
				// "In a post on Telegram, the group said": the armed group named before claims it
				g := d.reg.get(KindOrg, d.doc.Slug+" "+toks[m.start+1].lower)
				g.label = toks[m.start+1].lower
				return g, m, false
			}
			if m.ent == nil || !nextTo(toks, m.end, i) {
				continue // only a named group ("Hezbollah") speaks, as the verb's own subject
			}
		case mPronoun:
			if !subjectPronouns.m[m.pron] && !(m.pron == "them" && m.start >= 2 && toks[m.start-1].lower == "of" && (quantifiers.has(toks[m.start-2].lid) || memberWords.has(toks[m.start-2].lid))) {
				continue // ("Almost all of them told me": "them" is the subject's head)
			}
		default:
			continue
		}
		if best == nil || m.end > best.end {
			best = m
		}
	}
	if best != nil && best.kind == mActor && best.ent.country && best.end-best.start == 1 && upperWord(toks[best.start].text) {
		// "Transparency International UK said": the body's national branch, not the country
		for k := range ms {
			if o := &ms[k]; o.end == best.start && o.kind == mActor && o.ent.kind == KindOrg {
				best = o
				break
			}
		}
	}
	if best == nil && i >= first+2 && workNouns.has(toks[i-1].nid) {
		// "Her work shows that ...": the owner's work speaks for its owner
		if m := mentionAt(ms, i-2); m != nil && m.kind == mPronoun && (m.pron == "her" || m.pron == "his" || m.pron == "their") {
			if sp := d.resolve(m, ms); sp != nil {
				return sp, m, false
			}
		}
	}
	if best == nil {
		// "The representative of France said", "A spokesperson for Interpol said"
		if m := d.roleOfSubject(toks, ms, first, i); m != nil {
			return m.ent, m, false
		}
		// "..., several packers said.": people named by a plural noun no list holds
		if g, st := d.pluralSpeaker(toks, i); g != nil {
			return g, &mention{kind: mActor, start: st, end: i, ent: g}, false
		}
		// "A former junket operator told a Macau court that ...": one person, described
		if p := d.describedSpeaker(toks, first, i); p != nil && !ambiguousForm(toks[hit.i].lower, hit.v) {
			return p, nil, false
		}
		// "Europe's police agency said", "The stablecoin's issuer said": an owner no list holds, and its body or agent
		if p := d.possessedSpeaker(toks, first, i); p != nil {
			return p, nil, false
		}
		// "The court found that ...": the court of the case (not "The court heard that": what it was told)
		if i == first+2 && toks[first].lower == "the" && courtNouns.has(toks[i-1].lid) && toks[hit.i].lower != "heard" {
			return d.reg.get(KindOrg, "the "+toks[i-1].lower), nil, false
		}
		// "The prosecutor in charge of the case indicated that ...": a role and what it is in charge of
		if p := d.roleInCharge(toks, first, i); p != nil {
			return p, nil, false
		}
		// "..., a blockchain analytics firm said on Thursday.", "..., report says"
		if p, st := d.tailSpeaker(toks, i, hit.end); p != nil {
			return p, &mention{kind: mActor, start: st, end: i, ent: p}, false
		}
		return nil, nil, false
	}
	// what stands between the subject and the verb
	adjacent := true
	progressive := strings.HasSuffix(toks[hit.i].lower, "ing")
	for k := best.end; k < i; k++ {
		if progressive && (toks[k].lower == "is" || toks[k].lower == "are" || toks[k].lower == "was" || toks[k].lower == "were" || toks[k].lower == "been") {
			continue // "The force is urging residents"
		}
		if best.kind == mDocNoun && (publishedWords.has(toks[k].lid) || timeWords.has(toks[k].lid)) {
			continue // "A Global Witness investigation published today finds"
		}
		if (toks[k].cls&cAdv == 0) && toks[k].text != "," && toks[k].text != ")" {
			adjacent = false
			break
		}
	}
	if !adjacent && best.end < i && (toks[best.end].cls&cPrep != 0) {
		// "Investigators in the Philippines and Cambodia describe ..."
		adjacent = true
		lower := 0
		for k := best.end + 1; k < i; k++ {
			if m := actorStartingAt(ms, k); m != nil && m.end <= i {
				k = m.end - 1 // "Researchers at the University of Lagos argue"
				continue
			}
			if toks[k].cap || (toks[k].cls&cDet != 0) || toks[k].lower == "and" || toks[k].text == "," || toks[k].text == "(" || toks[k].text == ")" || (toks[k].cls&cAdv != 0) || placeAdjectives.has(toks[k].lid) {
				continue
			}
			// "My own interviews with prosecutors in Germany suggest": a short phrase of nouns
			if lower < 3 && best.kind == mDocNoun && !toks[k].punct && !d.isVerbForm(toks[k].lower) && (toks[k].cls&cNotMod == 0) {
				lower++
				continue
			}
			// "Farmers in the western state of Michoacan say", "Fishermen in the port say": where a group is from
			if group := best.kind == mActor && best.ent != nil && best.ent.kind == KindGroup; group && lower < 4 && !toks[k].punct && !d.isVerbForm(toks[k].lower) && (toks[k].cls&(cNotMod|cPron|cClause) == 0) && toks[k].lower != "that" && toks[k].lower != "who" {
				if toks[k].cls&cPrep == 0 {
					lower++
				}
				continue
			}
			adjacent = false
			break
		}
	}
	form := toks[hit.i].lower
	if !adjacent {
		if ambiguousForm(form, hit.v) {
			return nil, nil, false
		}
		if strings.HasSuffix(form, "ing") && toks[hit.i-1].text != "," {
			return nil, nil, false
		}
		// a verb of a clause with its own subject: "crime groups ... operate" is not ours
		for k := best.end; k < i; k++ {
			if toks[k].lower == "that" || toks[k].lower == "said" {
				return nil, nil, false
			}
		}
	}
	return d.resolve(best, ms), best, false
}

// nextTo says whether only adverbs and auxiliaries stand between toks[e-1]
// and a verb at i: "Hezbollah has long denied".
func nextTo(toks []token, e, i int) bool {
	for k := e; k < i; k++ {
		switch toks[k].lower {
		case "has", "have", "had", "did", "does", "do", "will", "would", "is", "was", "long", "also", "never", "now", "again", "since":
			continue
		}
		if toks[k].cls&cAdv == 0 && !strings.HasSuffix(toks[k].lower, "ly") {
			return false
		}
	}
	return true
}

// appositiveStart looks through what stands between a subject and its verb
// at i: a relative clause (“Martin Ewi, who observed that”), an appositive
// or participle between commas (“the representative of Sierra Leone,
// speaking on behalf of the A3+, underlined”, “Jason Tower, who leads the
// programme, described”, “China's delegate, however, cautioned”). It returns
// the position the subject must end before: the opening comma, or i.
func (d *docState) appositiveStart(toks []token, ms []mention, i, first int) int {
	k := i - 1
	for k > first && (toks[k].cls&cAdv != 0) {
		k--
	}
	if k > first+1 && (toks[k].lower == "who" || toks[k].lower == "which") && toks[k-1].text == "," {
		// "Rajan Basra of King's College London, who co-wrote the study, said": the person
		if toks[k].lower == "who" {
			if e := personBefore(toks, ms, first, k-1); e >= 0 {
				return e
			}
		}
		return k - 1
	}
	if k <= first || toks[k].text != "," {
		return i
	}
	// the opening comma of the inserted phrase
	open := -1
	depth := 0
	for p := k - 1; p > first && k-p <= 25; p-- {
		switch {
		case toks[p].text == ")":
			depth++
		case toks[p].text == "(":
			depth--
		case depth > 0:
		case toks[p].text == ",":
			open = p
		case toks[p].text == ";" || toks[p].text == ":" || toks[p].lower == "that" || toks[p].quote != 0:
			return i
		}
		if open >= 0 {
			break
		}
	}
	if open < 0 {
		return i
	}
	for _, m := range ms {
		if m.start == open+1 && m.kind == mActor && m.ent.kind == KindPerson {
			// "the Chair of the Commission, Ambassador Shilpa Menon of India, said": the name is the subject
			return i
		}
	}
	w := toks[open+1].lower
	inserted := w == "who" || w == "which" || w == "however" || w == "though" || w == "meanwhile" || w == "in" && open+2 < k && toks[open+2].lower == "turn" ||
		(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !d.isVerbForm(w) // "The report, submitted to the committee, also documents"
	if !inserted && (w == "the" || w == "a" || w == "an") {
		// "Sen. Chuck Grassley, the Iowa Republican, asked"
		for _, m := range ms {
			if m.end == open && m.kind == mActor && m.ent.kind == KindPerson {
				inserted = true
			}
		}
	}
	if !inserted {
		// an appositive role: "Ghada Waly, Executive Director of UNODC (UNODC), said"
		for p := open + 1; p < k; p++ {
			if isTitleWord(d.lx, toks, p) || roleNouns.has(toks[p].nid) {
				inserted = true
				break
			}
		}
	}
	if !inserted {
		// "The report, covering Ghana, Mali and Burkina Faso, estimates": a list inside the aside
		for p := open - 1; p > first && k-p <= 25; p-- {
			if toks[p].text == ";" || toks[p].text == ":" || toks[p].quote != 0 || toks[p].text == ")" {
				break
			}
			if toks[p].text == "," {
				if w2 := toks[p+1].lower; (strings.HasSuffix(w2, "ing") || strings.HasSuffix(w2, "ed")) && !d.isVerbForm(w2) {
					open, inserted = p, true
				}
				break
			}
		}
	}
	if !inserted && toks[open+1].cap {
		// "The report, Synthetic Drugs in East and Southeast Asia, shows": a document and its title
		for _, m := range ms {
			if m.end == open && m.kind == mDocNoun {
				inserted = true
				for p := open + 1; p < k; p++ {
					inserted = inserted && (toks[p].cap || orgConnectors.has(toks[p].lid) || isDigits(toks[p].text) || toks[p].lower == "in" || toks[p].hyphen)
				}
			}
		}
	}
	if !inserted {
		return i
	}
	if w == "who" {
		if e := personBefore(toks, ms, first, open); e >= 0 {
			return e
		}
	}
	// the subject must end at the opening comma
	for _, m := range ms {
		if m.end == open && m.start >= first && (m.kind == mActor || m.kind == mDocNoun || m.kind == mPronoun && subjectPronouns.m[m.pron]) {
			return open
		}
	}
	// "the representative of Sierra Leone, speaking ...": read the role before the comma
	if d.roleOfSubject(toks, ms, first, open) != nil {
		return open
	}
	return i
}

// personBefore returns the end of the last person mention before the comma
// at c that the comma or a prepositional phrase follows ("Martin Ewi of the
// Institute for Security Studies, who"), or -1.
func personBefore(toks []token, ms []mention, first, c int) int {
	for q := len(ms) - 1; q >= 0; q-- {
		m := ms[q]
		if m.end <= c && m.start >= first && m.kind == mActor && m.ent.kind == KindPerson && m.end < len(toks) && (m.end == c || (toks[m.end].cls&cPrep != 0)) {
			return m.end
		}
	}
	return -1
}

// invertedOffice reads an unnamed office holder after an inverted verb at j:
// "ORG's Title [of ...]" or "the title of ORG". The label keeps the body.
func (d *docState) invertedOffice(toks []token, ms []mention, j int) *entity {
	text := d.res.Sentences[d.sentIndex-1].Text
	titleRun := func(k int) int { // the end of a title from k: "Director of Organized and Emerging Crime"
		if k >= len(toks) || !isTitleWord(d.lx, toks, k) && !roleNouns.has(toks[k].nid) {
			return -1
		}
		e := k + 1
		for e < len(toks) && (toks[e].cap && !toks[e].punct || (toks[e].lower == "of" || toks[e].lower == "for" || toks[e].lower == "and") && e+1 < len(toks) && toks[e+1].cap && !toks[e+1].punct) {
			e++
		}
		return e
	}
	if m := mentionAt(ms, j); m != nil && m.kind == mActor && m.ent.kind == KindOrg && m.end+1 < len(toks) && toks[m.end].norm == "'s" && toks[m.end+1].cap {
		if e := titleRun(m.end + 1); e > 0 && invertedEnd(toks, e) && (e == len(toks) || toks[e].text != ",") {
			return d.office(span(text, toks, m.start, e))
		}
	}
	if j+3 < len(toks) && toks[j].lower == "the" {
		e := j + 1
		for e < len(toks) && e <= j+3 && !isTitleWord(d.lx, toks, e) && !roleNouns.has(toks[e].nid) && (roleAdjectives.has(toks[e].lid) || adjective(toks[e])) {
			e++ // "the deputy director of"
		}
		for e+1 < len(toks) && (isTitleWord(d.lx, toks, e) || roleNouns.has(toks[e].nid)) && (isTitleWord(d.lx, toks, e+1) || roleNouns.has(toks[e+1].nid)) {
			e++ // "the deputy director"
		}
		if e+2 < len(toks) && (isTitleWord(d.lx, toks, e) || roleNouns.has(toks[e].nid)) && !pluralTok(toks[e]) && (toks[e+1].lower == "of" || toks[e+1].lower == "at") {
			o := e + 2
			if o+1 < len(toks) && toks[o].lower == "the" {
				o++ // "said the President of the FATF"
			}
			m := mentionAt(ms, o)
			if m != nil && m.kind == mActor && m.ent.kind == KindOrg && m.end+1 < len(toks) && toks[m.end].norm == "'s" {
				if u := mentionAt(ms, m.end+1); u != nil && u.kind == mActor && u.ent.kind == KindOrg {
					m = u // "said the head of INTERPOL's Environmental Security Unit": the body's unit
				}
			}
			if m != nil && m.kind == mActor && m.ent.kind == KindOrg && invertedEnd(toks, m.end) && (m.end == len(toks) || toks[m.end].text != ",") {
				return d.office(span(text, toks, j+1, m.end))
			}
		}
		if m := mentionAt(ms, j+1); m != nil && m.kind == mActor && m.ent.kind == KindOrg {
			// "said the FATF President": the body, then its office
			if e := titleRun(m.end); e > m.end && invertedEnd(toks, e) && (e == len(toks) || toks[e].text != ",") {
				return d.office(span(text, toks, j+1, e))
			}
		}
	}
	return nil
}

// invertedEnd says whether the speaker of an inverted "..., said X" ends at
// e: the sentence ends, or an appositive, clause or tail follows — not a
// verb ("..., said delegations had shown", where "delegations" is the claim's subject).
func invertedEnd(toks []token, e int) bool {
	if e >= len(toks) || onlyPunctAfter(toks, skipTail(toks, e)) {
		return true
	}
	switch toks[e].text {
	case ",", "(", ";", ":", "—", "–", "-", "&":
		return true // ("..., who now works at Nardello & Co.": the firm's name goes on)
	}
	return toks[e].lower == "who" || toks[e].lower == "in" || toks[e].lower == "at" || toks[e].lower == "on" || toks[e].lower == "of" || toks[e].lower == "told" || toks[e].lower == "during"
}

// roleThenName returns where the name starts in a role phrase and a name after
// an inverted verb ("said the charity's chief executive, Mark Russell"), or 0.
func roleThenName(toks []token, j int) int {
	for k := j; k < len(toks) && k < j+8; k++ {
		if toks[k].text == "," {
			if k > j && k+1 < len(toks) && toks[k+1].cap {
				return k + 1
			}
			return 0
		}
		if toks[k].punct && toks[k].norm != "'s" || toks[k].quote != 0 {
			return 0
		}
	}
	return 0
}

func actorStartingAt(ms []mention, k int) *mention {
	for q := range ms {
		if ms[q].start == k && ms[q].kind == mActor {
			return &ms[q]
		}
	}
	return nil
}

func actorEndsAt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.end == k && (m.kind == mActor || m.kind == mPronoun && subjectPronouns.m[m.pron]) && !m.prep {
			return true
		}
	}
	return false
}

var roleAdjectives = set([]string{"top", "senior", "chief", "military", "federal", "national", "interim", "central",
	"local", "caretaker", "transitional", "civilian", "new", "former", "acting", "deputy", "foreign", "state", "regional",
	"interior", "justice", "defence", "defense", "finance", "health", "security", "home"})

var roleNouns = set([]string{"ministry", "department", "embassy", "speaker", "delegate", "delegation", "official", "spokesperson", "spokesman", "spokeswoman",
	"representative", "observer", "head", "chief", "director", "minister", "ambassador", "envoy", "president", "leader", "member", "government", "authorities"})

// roleOfSubject reads "(the|a) ROLE (of|for|from) X" or "X's ROLE" before
// the verb at i as X speaking.
func (d *docState) roleOfSubject(toks []token, ms []mention, first, i int) *mention {
	for k := range ms {
		m := &ms[k]
		if !m.poss || m.kind != mActor || m.start < first || m.end+1 >= i {
			continue
		}
		// "China's delegate", "Interpol's spokesperson", "the company's chief executive"
		r := m.end + 1
		for r < i && r <= m.end+3 && (toks[r].cap && !roleNouns.has(toks[r].nid) && !isTitleWord(d.lx, toks, r) || roleAdjectives.has(toks[r].lid)) {
			r++ // "China's delegate", "Myanmar's military government"
		}
		if r+1 == i && r > m.end+1 && !toks[r].cap && d.lx.institution.has(toks[r].nid) && !roleNouns.has(toks[r].nid) {
			// "Transparency International's Kenya chapter said": a body's branch, named for its place
			p := d.office(m.ent.label + " " + span(d.res.Sentences[d.sentIndex-1].Text, toks, m.end+1, r+1))
			p.affil = m.ent
			return &mention{kind: mActor, start: m.start, end: r + 1, ent: p}
		}
		if q := r; q+1 < i && !toks[q].cap && !roleNouns.has(toks[q].nid) && !isTitleWord(d.lx, toks, q) && nounModifierWord(toks[q]) {
			// "Rotterdam's port security chief": lowercase modifiers before the role
			for q < i && q < r+3 && !roleNouns.has(toks[q].nid) && !isTitleWord(d.lx, toks, q) && !d.lx.institution.has(toks[q].nid) && nounModifierWord(toks[q]) {
				q++
			}
			verbNext := q < i
			for k := q + 1; k < i; k++ {
				verbNext = verbNext && (toks[k].cls&(cAdv|cFinite) != 0 || finiteAux.has(toks[k].lid))
			}
			if verbNext && (roleNouns.has(toks[q].nid) || isTitleWord(d.lx, toks, q) || d.lx.institution.has(toks[q].nid)) {
				// ("Ireland's customs service said")
				p := d.office(m.ent.label + " " + span(d.res.Sentences[d.sentIndex-1].Text, toks, r, q+1))
				p.affil = m.ent
				return &mention{kind: mActor, start: m.start, end: q + 1, ent: p}
			}
		}
		if r < i && (roleNouns.has(toks[r].nid) || isTitleWord(d.lx, toks, r)) && !pluralTok(toks[r]) || r < i && roleNouns.has(toks[r].nid) {
			e := r + 1
			for e < i && (toks[e].cap || isTitleWord(d.lx, toks, e)) {
				e++
			}
			if e+1 < i && (toks[e].lower == "in" || toks[e].lower == "at") && toks[e+1].cap && !toks[e+1].punct {
				e += 2 // "China's embassy in Washington said": the role's seat
				for e < i && toks[e].cap && !toks[e].punct {
					e++
				}
			}
			for k2 := range ms {
				n := &ms[k2]
				if n.kind != mActor || n.ent == nil || n.ent.kind != KindPerson {
					continue
				}
				if e < i && toks[e].text == "," && n.start == e+1 && n.end < i && toks[n.end].text == "," ||
					m.start >= 1 && toks[m.start-1].text == "," && n.end == m.start-1 && n.start >= first {
					// "Oxfam's spokesman, John Smith, said", "John Smith, Oxfam's spokesman, told AFP":
					// the role's holder, named
					return n
				}
			}
			if e == i || toks[e].text == "," || (toks[e].cls&cAdv != 0) {
				return m
			}
		}
	}
	for j := first; j+2 <= i; j++ {
		if roleNouns.has(toks[j].nid) || isTitleWord(d.lx, toks, j) {
			if m := d.roleOfAt(toks, ms, j, i); m != nil {
				return m
			}
		}
	}
	return nil
}

// roleInCharge reads a subject that is a role with the case it handles:
// "The prosecutor in charge of the case", "The judge in the case", "The
// officer leading the investigation". It returns the office, or nil.
func (d *docState) roleInCharge(toks []token, first, i int) *entity {
	r := first
	if r < i && toks[r].lower == "the" {
		r++
	}
	if r+2 >= i || !roleNouns.has(toks[r].nid) && !isTitleWord(d.lx, toks, r) || pluralTok(toks[r]) || r > first+1 {
		return nil
	}
	if w := toks[r+1].lower; w != "in" && w != "leading" && w != "handling" && w != "heading" && w != "overseeing" {
		return nil
	}
	for q := r + 2; q < i; q++ {
		if toks[q].punct || q > r+8 || d.isVerbForm(toks[q].lower) && toks[q-1].lower != "in" {
			return nil
		}
		if t := toks[q]; t.cap && q > r+2 {
			return nil // ("The judge in the Smith trial": a named case reads as a name)
		}
	}
	return d.office(span(d.res.Sentences[d.sentIndex-1].Text, toks, r, i))
}

// roleOfAt reads "ROLE (of|for|from) X" with the role at j, X ending by i.
func (d *docState) roleOfAt(toks []token, ms []mention, j, i int) *mention {
	p := j + 1
	for p < i && p < j+3 && (toks[p].cls&cPrep == 0) {
		p++
	}
	if p >= i || !(toks[p].lower == "of" || toks[p].lower == "for" || toks[p].lower == "from") {
		return nil
	}
	q := p + 1
	for q < i && (toks[q].cls&cDet != 0) {
		q++
	}
	for k := range ms {
		if (ms[k].start == q || ms[k].start == p+1) && ms[k].kind == mActor && ms[k].end <= i {
			return &ms[k] // "the Chair of the Committee": the description may start at "the"
		}
	}
	if p == j+1 && j > 0 && toks[j-1].lower == "a" && toks[p].lower == "for" && !pluralTok(toks[j]) && q < i && i-q <= 4 {
		// "A spokesman for one dissident group told local radio": one who speaks for a body
		// no list holds, described
		for k := q; k < i; k++ {
			if t := toks[k]; t.punct || t.quote != 0 || t.cap || d.isVerbForm(t.lower) || t.cls&(cConj|cPron|cFinite|cClause|cPrep) != 0 || actorStartingAt(ms, k) != nil {
				return nil
			}
		}
		p := d.describedPerson(span(d.res.Sentences[d.sentIndex-1].Text, toks, j, i))
		return &mention{kind: mActor, start: j - 1, end: i, ent: p}
	}
	return nil
}

// resolve returns the entity a subject mention stands for.
func (d *docState) resolve(m *mention, ms []mention) *entity {
	switch m.kind {
	case mActor, mCrime:
		return m.ent
	case mPronoun:
		return d.resolvePronoun(m.pron, ms, m.start, m.end-m.start > 1)
	case mDocNoun:
		if m.owner != nil {
			return d.resolve(m.owner, ms)
		}
		if e := d.docOwners[m.head]; e != nil {
			// "blockchain analysts at Chainalysis said in a report ... The report says"
			return e
		}
		if legalDocuments.m[m.head] {
			// "The indictment also alleges": a court document speaks for no press office
			return d.reg.get(KindOrg, "the "+m.head)
		}
		if d.author != nil {
			return d.author
		}
		if d.byline != nil && d.byline.kind != KindPerson {
			return d.byline // "By the Africa Center ... The analysis argues": the signing body's own
		}
		if d.weText {
			// "we show ... The findings suggest": the text's own authors, unnamed
			return d.textAuthors()
		}
		if e := d.lastSpeaker; e != nil && e.kind == KindOrg {
			// "according to court documents seen by the Guardian ... The documents allege": the
			// documents that spoke last
			if l := strings.ToLower(e.label); (strings.HasSuffix(l, " "+m.head+"s") || strings.HasSuffix(l, " "+m.head)) && strings.Count(l, " ") <= 2 {
				return e
			}
		}
		if o := d.salientOrg(); o != nil {
			return o
		}
		if e := d.titleDocs[m.head]; e != nil {
			return e
		}
		if d.abstract {
			return d.textAuthors()
		}
		if m.end-m.start == 2 && (m.head == "report" || m.head == "study" || m.head == "paper" || m.head == "assessment" || m.head == "review" || m.head == "brief" || m.head == "briefing") {
			// "This report finds that ...", in a report that names no publisher: the report itself
			return d.reg.get(KindOrg, "the "+m.head)
		}
		return nil
	}
	return nil
}

// resolvePronoun finds the antecedent of a pronoun by number, gender where
// known, and salience: the last speaker first, then the most recent mention.
// part marks "a third", "More than half": a part of a group, not its pronoun.
func (d *docState) resolvePronoun(p string, ms []mention, at int, part bool) *entity {
	switch p {
	case "he", "his", "she", "her":
		g := byte('m')
		if p == "she" || p == "her" {
			g = 'f'
		}
		// a person earlier in the same sentence (not one a quotation names, for a pronoun outside it:
		// "\"... men like Kemal make the cash disappear,\" he says")
		outside := at < len(d.inQuote) && !d.inQuote[at]
		for k := len(ms) - 1; k >= 0; k-- {
			if outside && ms[k].start < len(d.inQuote) && d.inQuote[ms[k].start] {
				continue
			}
			if ms[k].kind == mActor && ms[k].ent.kind == KindPerson && ms[k].end <= at && (ms[k].ent.gender == 0 || ms[k].ent.gender == g) {
				ms[k].ent.gender = g
				return ms[k].ent
			}
		}
		if sp := d.lastSpeaker; sp != nil && sp.kind == KindPerson && (sp.gender == 0 || sp.gender == g) && sp.lastSent >= d.sentIndex-2 {
			sp.gender = g
			return sp
		}
		if sp := d.prevSubject; sp != nil && sp.kind == KindPerson && (sp.gender == 0 || sp.gender == g) {
			sp.gender = g
			return sp
		}
		for k := len(d.persons) - 1; k >= 0; k-- {
			if e := d.persons[k]; e.gender == g {
				return e
			}
		}
		for k := len(d.persons) - 1; k >= 0; k-- {
			if e := d.persons[k]; e.gender == 0 || e.gender == g {
				e.gender = g
				return e
			}
		}
	case "they", "their", "them":
		if sp := d.lastSpeaker; p == "they" && at > 2 && at >= len(d.inQuote)-3 && sp != nil && sp.plural && sp.lastSent >= d.sentIndex-1 {
			// "The cartel then used the companies to ..., they said.": a closing "they said" goes on
			// with the sources of the sentence before, not the last plural this one named
			return sp
		}
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].kind == mActor && ms[k].ent.plural && ms[k].end <= at && !ms[k].prep {
				return ms[k].ent
			}
		}
		if sp := d.prevSubject; sp != nil && (sp.plural || sp.kind == KindGroup) && at <= 2 && !part && (d.lastSpeaker == nil || d.lastSpeaker.lastSent < d.sentIndex-1) {
			// "Researchers interviewed port workers and police officers. They found that": the
			// subject of the sentence before, when no speaker spoke in it, not the last plural it named
			return sp
		}
		if sp := d.lastSpeaker; sp != nil && (sp.plural || sp.kind == KindGroup || d.lx.collective.m[strings.Join(foldPhrase(strings.ToLower(sp.label)), " ")]) {
			return sp // ("The Ministers agreed ... They expressed concern")
		}
		if len(d.plurals) > 0 {
			return d.plurals[len(d.plurals)-1]
		}
		return d.salientOrg()
	case "it", "its":
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].kind == mActor && !ms[k].ent.plural && ms[k].ent.kind != KindPerson && ms[k].end <= at && !ms[k].prep {
				return ms[k].ent
			}
		}
		if sp := d.lastSpeaker; sp != nil && !sp.plural && sp.kind != KindPerson {
			return sp
		}
		if len(d.orgs) > 0 {
			return d.orgs[len(d.orgs)-1]
		}
	case "you", "your":
		if d.turn != nil {
			return d.otherTurn
		}
	case "we", "our":
		if d.author == nil && d.turn == nil && at < len(d.inQuote) && !d.inQuote[at] {
			if d.opinion && d.byline != nil {
				return d.byline // "Posted by Marta Kos ... We traced a large share"
			}
			// "We argue that ...": a paper or abstract whose authors are not named
			return d.textAuthors()
		}
		return d.author
	case "i", "my", "me":
		if d.author != nil {
			return d.author
		}
		if d.byline == nil && d.turn == nil && at < len(d.inQuote) && !d.inQuote[at] {
			// "In this commentary I argue that ...": an unsigned first-person text speaks for its author
			return d.textAuthors()
		}
		return d.byline
	}
	return nil
}

func trimClaim(c string) string {
	for {
		old := c
		c = strings.TrimSpace(c)
		c = strings.Trim(c, " ,;:")
		c = strings.TrimRight(c, ".!?")
		c = strings.Trim(c, "\"“”‘’ ")
		if c == old {
			return c
		}
	}
}

// ownDocument records who published the document a head noun names ("the
// report"), for "The report says" later.
func (d *docState) ownDocument(head string, e *entity) {
	if d.docOwners == nil {
		d.docOwners = map[string]*entity{}
	}
	d.docOwners[head] = e
}

// said records a said fact and its claim.
func (d *docState) said(s *Sentence, base Fact, sp *entity, verb, claim string, toks []token, ms []mention, cs, ce int, quote bool) {
	if claim == "" {
		claim = trimClaim(s.Text)
	}
	if sp.lastSent < s.Index {
		sp.lastSent = s.Index // a speaker named by no mention ("For the public prosecutor, ...") is recent too
	}
	if !quote {
		d.reported, d.reportedPara, d.reportedSent = sp, s.Para, s.Index // indirect speech, which meeting coverage runs on
	}
	// claims of this sentence so far: they are appended in sentence order
	k := 1
	for c := len(d.res.claims) - 1; c >= 0 && d.res.claims[c].sent == s.Index; c-- {
		k++
	}
	id := d.x.Vocab.ID("claim", d.doc.Slug+"/s"+itoa(s.Index)+"-"+itoa(k))
	rec := claimRec{id: id, text: claim, verb: verb, speaker: sp, sent: s.Index, quote: quote}
	for i := cs; i < ce && i < len(toks); i++ {
		if d.lx.negations.has(toks[i].lid) && !(i+1 < len(toks) && notOnly.has(toks[i+1].lid)) {
			rec.negated = true // (not "not only as a sanctions problem but as ...": an addition, no negation)
		}
		if d.lx.hedges.has(toks[i].lid) {
			rec.hedged = true
		}
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if m.kind == mCrime && m.start >= cs && m.end <= ce && !seen[m.crime] {
			seen[m.crime] = true
			rec.about = append(rec.about, m.crime)
		}
	}
	d.res.claims = append(d.res.claims, rec)

	// the documents this speaker published: "said in a report", "a study by X found"
	for _, m := range ms {
		if m.kind == mDocNoun && m.head != "" && !m.poss { // ("The report's author, X, said": X did not publish it)
			if o := m.owner; o != nil && o.kind == mActor {
				d.ownDocument(m.head, o.ent)
			} else if m.owner == nil {
				d.ownDocument(m.head, sp)
			}
		}
	}
	f := base
	f.Kind = "said"
	f.Speaker = d.ref(sp)
	f.Verb = verb
	f.Claim = &ClaimRef{ID: id, Text: claim, Negated: rec.negated, Hedged: rec.hedged}
	f.Quote = quote
	d.res.Facts = append(d.res.Facts, f)
}

var measureStops = set([]string{"to", "that", "which", "who", "by", "in", "on", "at", "from", "with", "and", "as", "for", "of", "including", "against", "while", "within", "across", "through", "under", "so", "because", "after", "before"})

// commit records a commitment, endorsement or call for a measure.
func (d *docState) commit(s *Sentence, base Fact, sp *entity, hit verbHit, toks []token, ms []mention) {
	j := hit.end
	for j < len(toks) && ((toks[j].cls&cDet != 0) || toks[j].lower == "to" || toks[j].lower == "new") {
		j++
	}
	k := j
	for k < len(toks) && k-j < 6 && !toks[k].punct && !measureStops.has(toks[k].lid) {
		if k > j && (strings.HasSuffix(toks[k].lower, "ed") && !toks[k].hyphen) {
			break
		}
		k++
	}
	if k == j {
		return
	}
	label := span(s.Text, toks, j, k)
	slug := schemaSlug(label)
	if slug == "" {
		return
	}
	pred := schema.CommitsTo
	switch hit.v.Kind {
	case schema.Endorse:
		pred = schema.Endorses
	case schema.Direct:
		pred = schema.CalledFor
	}
	rec := measureRec{actor: sp, pred: pred, slug: slug, label: strings.ToLower(label), sent: s.Index}
	seen := map[string]bool{}
	f := base
	f.Kind = "commits"
	f.Actor = d.ref(sp)
	f.Verb = span(s.Text, toks, hit.i, hit.end)
	f.Measure = &Ref{ID: d.x.Vocab.ID("measure", slug), Label: rec.label}
	for _, m := range ms {
		if m.kind == mCrime && !seen[m.crime] {
			seen[m.crime] = true
			rec.targets = append(rec.targets, m.crime)
			f.Targets = append(f.Targets, *d.crimeRef(m.crime))
		}
	}
	d.res.measures = append(d.res.measures, rec)
	d.res.Facts = append(d.res.Facts, f)
}

func schemaSlug(s string) string { return schema.Slugify(s) }

var memberVerbs = set([]string{"includes", "include", "included", "comprises", "comprise", "comprised", "groups", "gathers", "unites"})

// membership reads "X includes A, B and C" and "X brings together A and B".
func (d *docState) membership(base Fact, toks []token, ms []mention) {
	for k := range ms {
		g := &ms[k]
		if g.kind != mActor || g.ent.kind == KindPerson || g.end >= len(toks) {
			continue
		}
		j := g.end
		switch {
		case memberVerbs.has(toks[j].lid):
			j++
		case j+1 < len(toks) && toks[j].lower == "brings" && toks[j+1].lower == "together":
			j += 2
		case j+2 < len(toks) && (toks[j].lower == "is" || toks[j].lower == "are") && toks[j+1].lower == "made" && toks[j+2].lower == "up":
			j += 4
		case j+1 < len(toks) && toks[j].lower == "consists" && toks[j+1].lower == "of":
			j += 2
		default:
			continue
		}
		for _, m := range ms {
			if m.start < j || m.kind != mActor || m.ent == g.ent || m.ent.kind == KindPerson {
				continue
			}
			// only the list: stop at a clause boundary
			if clauseBreak(toks, j, m.start) {
				break
			}
			f := base
			f.Kind = "member"
			f.Member = d.ref(m.ent)
			f.Group = d.ref(g.ent)
			d.res.Facts = append(d.res.Facts, f)
		}
		return
	}
}

func clauseBreak(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].text == ";" || toks[k].text == ":" || toks[k].lower == "which" || toks[k].lower == "who" {
			return true
		}
	}
	return false
}
