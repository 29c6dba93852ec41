package loaders

import (
	"slices"
	"strings"

	"github.com/crimegraph/crimegraph/schema"
)

// Extractor turns documents into facts and quads. It is safe for concurrent
// use; build one and reuse it, since building the lexicons takes a while.
type Extractor struct {
	Vocab schema.Vocab
	lex   *lexicon
}

// NewExtractor returns an extractor writing IRIs under base ("" for the default).
func NewExtractor(base string) *Extractor {
	return &Extractor{Vocab: schema.NewVocab(base), lex: sharedLexicon()}
}

// Result is the extraction of one document.
type Result struct {
	Doc       Document
	Sentences []Sentence
	Facts     []Fact
	entities  []*entity
	claims    []claimRec
	links     []linkRec
	measures  []measureRec
}

type claimRec struct {
	id, text, verb string
	speaker        *entity
	sent           int
	negated        bool
	hedged         bool
	about          []string
	quote          bool
}

type linkRec struct {
	id, a, b, cue, mech string
	sent                int
}

type measureRec struct {
	actor   *entity
	pred    string
	slug    string
	label   string
	targets []string
	sent    int
}

// traceMentions, when set (by a debugging test), sees every sentence's
// tokens and the mentions found in them.
var traceMentions func(s *Sentence, toks []token, ms []mention)

// Extract runs the extractor over one document.
func (x *Extractor) Extract(doc Document) *Result {
	d := &docState{x: x, lx: x.lex, doc: doc, reg: newRegistry(), res: &Result{Doc: doc}, orgCounts: map[*entity]int{}}
	d.reg.givenNames = x.lex.givenNames
	if doc.Slug == "" {
		doc.Slug = "doc"
		d.doc.Slug = "doc"
		d.res.Doc.Slug = "doc"
	}
	if doc.Author != "" {
		d.author = d.actorByName(doc.Author)
	}
	sents := SplitSentences(doc.Text)
	d.res.Sentences = sents
	d.res.Facts = make([]Fact, 0, 3*len(sents)) // about three facts a sentence: long documents copy less
	d.authorBio(sents)
	t := doc.Title
	if t == "" {
		t, _, _ = strings.Cut(strings.TrimSpace(doc.Text), "\n") // "Opinion: X is not just a scam. It is ...": a headline that ends in a stop
	}
	if t := strings.ToLower(t); d.byline != nil || strings.HasPrefix(t, "opinion") || strings.HasPrefix(t, "op-ed") ||
		strings.HasPrefix(t, "comment:") || strings.HasPrefix(t, "commentary") || strings.HasPrefix(t, "viewpoint") || strings.HasPrefix(t, "perspective:") {
		d.opinion = true // an opinion piece: its author states what the text states
	}
	var buf []token
	for i := range sents {
		buf = tokenize(sents[i].Text, buf)
		d.lx.markStarts(buf)
		washMoney(buf)
		if titleCase(buf) {
			d.uncapHeadline(buf)
		}
		if len(buf) > 3 && isDigits(buf[0].text) && (buf[1].text == "/" || buf[1].text == ")") && buf[2].cap && !upperWord(buf[2].text) && buf[2].cls != 0 && d.reg.givenNames[buf[2].text] == 0 {
			buf[2].cap = false // "3/ Local traders told us": a thread's or list's number, then a word that opens the sentence
		}
		d.sentence(&sents[i], buf)
	}
	d.res.entities = d.reg.order
	return d.res
}

// titleCase says whether a line is a headline in Title Case ("Eleven Charged
// in Scheme to Launder Drug Proceeds"): no final stop, and nearly every longer
// word capitalised.
func titleCase(toks []token) bool {
	if len(toks) < 4 {
		return false
	}
	if l := toks[len(toks)-1].text; l == "." || l == "!" || l == "?" || l == ":" {
		return false
	}
	long, caps := 0, 0
	for k := 1; k < len(toks); k++ {
		if t := toks[k]; !t.punct && len(t.lower) > 3 && !t.hyphen {
			long++
			if t.cap {
				caps++
			}
		}
	}
	return long >= 3 && caps*10 >= long*8
}

// uncapHeadline lowers the capitals that Title Case gave common words, so that
// "Launder Drug Proceeds" reads as words, not a name; gazetteer names,
// acronyms, titles and personal names keep theirs.
func (d *docState) uncapHeadline(toks []token) {
	for k := 1; k < len(toks); k++ {
		if toks[k].cap && !toks[k-1].cap {
			// "International Narcotics Control Strategy Report": a document's title keeps its capitals
			e := k
			for e < len(toks) && toks[e].cap && !toks[e].punct {
				e++
			}
			if e-k >= 2 && d.lx.docNouns.has(toks[e-1].nid) {
				k = e - 1
				continue
			}
		}
		t := &toks[k]
		if !t.cap || t.punct || upperWord(t.text) || isDigits(t.text) {
			continue
		}
		if e, v := d.lx.gaz.longest(toks, k); v >= 0 {
			k = e - 1 // "United Nations", "Mexico"
			continue
		}
		if isTitleWord(d.lx, toks, k) || d.lx.orgHeads.has(t.nid) && toks[k-1].cap {
			continue // "Minister", "Interior Ministry"
		}
		if d.reg.givenNames[t.text] != 0 {
			k++ // "Pamela Bondi"
			continue
		}
		if _, v := d.lx.crimes.longest(toks, k); v >= 0 || d.lx.goodsWords.has(t.lid) || moneyWords.has(t.nid) || d.lx.verbsOf(t.lid) != nil || t.cls != 0 {
			if e := k + 1; e < len(toks) && e <= k+3 && t.cls == 0 && orgNameAhead(d.lx, toks, e) {
				continue // "the Criminal Division", "the Organized Crime Task Force": a body's name
			}
			if d.titleComplement(toks, k) {
				continue // "Assistant Secretary for Terrorist Financing Elizabeth Rosenberg": a title's words
			}
			t.cap = false
		}
	}
}

// titleComplement says whether the word at k stands in a title's complement
// before a name: "Terrorist" in "Assistant Secretary for Terrorist Financing
// Elizabeth Rosenberg".
func (d *docState) titleComplement(toks []token, k int) bool {
	for b := k - 1; b > 0 && b >= k-3; b-- {
		if toks[b].lower == "for" || toks[b].lower == "of" {
			if titleRunEnding(d.lx, toks, b) < 0 {
				return false
			}
			for a := k + 1; a < len(toks) && a <= k+4 && toks[a].cap; a++ {
				if d.reg.givenNames[toks[a].text] != 0 {
					return true
				}
			}
			return false
		}
		if !toks[b].cap || toks[b].punct {
			return false
		}
	}
	return false
}

// orgNameAhead says whether capitalised words from e end in an organisation
// word within three tokens ("Division", "Task Force").
func orgNameAhead(lx *lexicon, toks []token, e int) bool {
	for q := e; q < len(toks) && q < e+3 && toks[q].cap && !toks[q].punct; q++ {
		if lx.orgHeads.has(toks[q].nid) {
			return true
		}
	}
	return false
}

// textAuthors returns the unnamed authors of a first-person text that
// declares none ("We argue that ..." in an abstract): one group per document,
// labelled by the document's title.
func (d *docState) textAuthors() *entity {
	if d.masthead != nil {
		return d.masthead // "Global Witness" on a line of its own under the title
	}
	if d.unsigned == nil {
		label := "authors of " + d.doc.Slug
		if d.doc.Title != "" {
			label = "authors of “" + d.doc.Title + "”"
		}
		d.unsigned = d.reg.get(KindGroup, d.doc.Slug+" authors")
		d.unsigned.label = label
		d.unsigned.plural = true
	}
	return d.unsigned
}

// office returns the person entity for an office that speaks without a name
// ("Secretary-General", "Minister of Interior"): its label is its title.
func (d *docState) office(label string) *entity {
	p := d.reg.get(KindPerson, label)
	p.title = p.label
	return p
}

// actorByName makes an entity for a name given in metadata.
func (d *docState) actorByName(name string) *entity {
	toks := tokenize(name, nil)
	if end, v := d.lx.gaz.longest(toks, 0); v >= 0 && end == len(toks) {
		return d.gazEntity(d.lx.gazVals[v], name)
	}
	if len(toks) > 0 && d.lx.orgHeads.has(toks[len(toks)-1].nid) {
		return d.reg.get(KindOrg, name)
	}
	if len(toks) > 0 && d.lx.collective.has(toks[len(toks)-1].nid) {
		g := d.reg.get(KindGroup, strings.TrimPrefix(name, "the "))
		g.plural = true
		return g
	}
	return d.reg.person(name)
}

type docState struct {
	sources   *entity // the unnamed sources a report cites ("three people familiar with ...")
	prevTrade string  // the last trade the sentence before named, bought goods too ("buy guns ... pay for them")
	x         *Extractor
	lx        *lexicon
	doc       Document
	reg       *registry
	res       *Result

	author            *entity
	lastSpeaker       *entity
	persons           []*entity // recently mentioned people, most recent last
	plurals           []*entity // recently mentioned plural actors
	orgs              []*entity // recently mentioned organizations and countries
	orgCounts         map[*entity]int
	crimeActor        string // slug of the last crime-actor mention ("crime groups")
	sentIndex         int
	prevSubject       *entity            // the first actor of the previous sentence, its likely subject
	docOwners         map[string]*entity // who published "the report", "the study": by head noun
	byline            *entity            // "By Mark Galeotti": who "I" is outside quotes
	bare              map[string]*entity // "Council" made for "the Council" when none was named
	turn              *entity            // the speaker of the transcript turn under way
	otherTurn         *entity            // the speaker of the turn before ("you")
	turnPara          int
	turnRuns          bool               // the turn goes on in untagged paragraphs (a transcript with tags in capitals)
	questionPara      int                // the paragraph a question opened, in an interview without tags
	lastPara          int                // the paragraph of the sentence before
	tags              map[string]int     // line-opening tags ("Felbab-Brown:") and how many lines each opens
	tagPeople         map[string]*entity // the person each recurring tag names
	weText            bool               // first-person plural text with no declared author (an abstract, a paper)
	unsigned          *entity            // the unnamed authors of such a text
	masthead          *entity            // an organisation named alone on a line at the top: the text's publisher
	inQuote           []bool             // which tokens of the sentence under way stand inside quotation marks
	crimeHeads        map[string]string  // head noun of a recent multi-word crime phrase -> its type ("compound" -> fraud)
	crimeAcronyms     map[string]mention // "TCO" defined by "transnational criminal organizations (TCOs)" -> its crime type
	orgInitials       map[string]*entity // organizations by the initials of their capitalised words ("RSF")
	initialsIndexed   int                // how many registered entities orgInitials has seen
	actorHeads        map[string]string  // head noun of a crime actor -> its type ("group" -> organized crime)
	pending           []pendingQuote     // sentences of a quotation whose speaker is still to come
	resolution        bool               // the text is a resolution whose clauses its author speaks
	abstract          bool               // the text is a paper's abstract: its authors state its sentences
	speech            bool               // the text is a speech or testimony ("Remarks by X"): its author states every sentence
	opinion           bool               // the text is an opinion piece: its byline states every sentence
	findings          string             // the report whose key findings a list gives ("" before "Key findings")
	findingsBy        *entity            // who states them
	interviewee       *entity            // who answers in an interview ("Interview with X", "A:")
	usedBuf           []bool             // buffers reused from sentence to sentence
	msBuf             []mention
	titleDocs         map[string]*entity // documents named in headings ("International Narcotics Control Strategy Report") by head noun
	crimeTypes        []string           // the crime types of the previous sentence, most frequent first
	trafficking       string             // the kind of trafficking named most ("drug trafficking")
	traffickingCounts map[string]int
	salient           *entity // salientOrg's answer for the sentence under way
	salientOK         bool
	orgWords          map[string][]*entity // organizations by the words of their names
	indexed           int                  // how many of reg.order orgWords holds
	crimeSent         int
	subjectActor      mention              // the crime actor that was the subject of the sentence before
	closingActor      mention              // the plural crime actor that closed the sentence before ("I have watched these gangs change.")
	subjectTrade      mention              // the trade or goods that were the subject of the sentence before
	cyber             bool                 // the text has named cybercrime: "ransom payments" are ransomware's
	terror            bool                 // the text has named terrorism: "financed attacks" are terrorist attacks
	mining            bool                 // the text has named illegal mining: gold moved is its trade
	waste             bool                 // the text has named a waste crime: "the profits from waste" are its
	antiquities       bool                 // the text has named trafficking in cultural property: "the objects" are its goods
	plants            bool                 // the text has named a drug that grows: "the plants" are that drug
	recentTrade       string               // the crime type the last sentence naming one was most about
	recentSent        int                  // and that sentence's index
	trades            []tradeCount         // how often the text has named each trade (not organized crime, laundering or corruption)
	lastTrade         string               // the last trade (no actor) the sentence before named: "They tax it"
	lastTrades        []string             // the trades (no actors) of this sentence, then of the one before
	prevTrades        []string             // "for both products"
	earlierTrades     []string             // the trades of the last sentence before this one that named any
	earlierSent       int                  // and that sentence's index
	chain             actorChain           // the trades of the crime actor later sentences go on about
	smugglers         string               // the crime type the text's first bare "smugglers" took
	smuggled          string               // the crime type of the goods last named smuggled ("sugar smuggled": counterfeiting)
	migrants          bool                 // the text has named migrant smuggling
	namedMeans        map[string]namedMean // the nouns named as a crime's means ("through brokers", "in suitcases")
	goodsNouns        map[string]namedMean // the goods a crime phrase named ("gold" in "illegal gold mining"), for "the gold" later
	pairTrades        [2]string            // the last two trades a sentence named together, in sentence pairSent ("both trades")
	namedTrades       []recentTrade        // trades named in earlier sentences, the latest last ("the two flows")
	pairSent          int
	fuelLaundering    bool               // the text has named fuel laundering: a bare "laundering" is its
	agency            string             // the acronym of the news agency the dateline credits ("AFP"): the agency all through the text
	notJust           string             // the crime a sentence said a thing is "not just"
	notJustSent       int                // and that sentence's index
	question          question           // what the question just asked was about
	meeting           bool               // the text covers a meeting ("9912th meeting"): indirect speech runs on
	demonymCountry    *entity            // the first country the text named by a demonym only ("Thai fishing boats")
	reported          *entity            // who the last indirect speech was by
	reportedPara      int                // and its paragraph
	reportedSent      int                // and its sentence
	described         map[string]*entity // organisations named after a descriptor ("the human rights group X"), by its head
	namedActors       map[string]string  // names a text gave crime actors ("GOLD HARBOR is a threat group"), lowercase -> crime type
	ocSent            int                // the last sentence that named organized crime ("an investigation into serious organised crime")
	actorNow          bool               // this sentence names a crime actor
	actorBefore       bool               // the sentence before named one
	crimeRefs         map[string]*Ref    // crime concept references by slug

	quoteOpen    bool    // a quotation is open at the start of the sentence
	quoteSpeaker *entity // speaker of the open or last quotation
	quoteVerb    string
	quoteSent    int
	quotePara    int
}

// mention kinds
const (
	mCrime = iota + 1
	mActor
	mPronoun
	mDocNoun
)

type mention struct {
	kind       int
	start, end int
	ent        *entity
	crime      string
	actor      bool // a crime-actor phrase ("crime groups")
	pron       string
	prep       bool // governed by a preposition
	poss       bool // followed by 's
	owner      *mention
	coordNext  bool
	plural     bool   // a crime actor named in the plural ("cartels")
	head       string // a document noun's head ("report")
	twin       string // the second trade of "both trades"
}

var prepositions = set([]string{"in", "at", "of", "from", "to", "with", "by", "for", "on", "into", "about", "against", "across",
	"between", "among", "through", "during", "under", "over", "near", "within", "without", "toward", "towards", "after",
	"before", "like", "including", "than", "via", "per", "amid", "beyond", "since", "upon", "outside", "inside"})

var determiners = set([]string{"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
	"my", "your", "such", "some", "many", "several", "all", "both", "each", "any", "other", "most", "few"})

var pronouns = setOf(map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true})

var adverbs = set([]string{"also", "further", "again", "repeatedly", "then", "later", "earlier", "previously", "publicly",
	"recently", "separately", "jointly", "have", "has", "had", "also,", "once", "already", "even", "only", "not", "firmly",
	"strongly", "clearly", "explicitly", "specifically", "frequently", "often", "themselves", "itself", "both", "all",
	"together", "unanimously", "collectively", "formally", "officially", "yesterday", "today", "subsequently", "likewise",
	"similarly", "emphatically", "openly", "privately", "reportedly", "mainly", "would", "will", "had", "did", "do", "does", "here", "there"})

// sentence extracts the facts of one sentence.
func (d *docState) sentence(s *Sentence, toks []token) {
	d.sentIndex = s.Index
	stmt := d.x.Vocab.ID("doc", d.doc.Slug+"/s"+itoa(s.Index))
	base := Fact{Doc: d.doc.Slug, Sentence: s.Index, SentenceText: s.Text, Statement: stmt}
	if s.Para != d.quotePara {
		// a new paragraph closes a quotation, or reopens it with a quotation mark of its own
		// (a quotation running over paragraphs opens each one and closes only the last)
		d.quoteOpen = false
	}
	inQuote, openAtEnd := quoteMask(toks, d.quoteOpen)
	d.inQuote = inQuote

	// discourse connective at the start
	first := 0
	if len(toks) > 3 && isDigits(toks[0].text) && toks[1].text == "/" && len(toks[0].text) <= 2 {
		first = 2 // "4/ Port sources in Hodeidah told us": a thread's post number
	}
	if end, v := d.lx.conns.longest(toks, first); v >= 0 && end < len(toks) && (toks[end].text == "," || d.lx.connVals[v] == schema.ContrastsWith && end == 1) {
		if s.Index > 1 && !s.Heading && !d.prevHeading(s.Index) {
			f := base
			f.Kind = "discourse"
			f.Relation = d.lx.connVals[v]
			f.Target = s.Index - 1
			d.res.Facts = append(d.res.Facts, f)
		}
		first = end
		if toks[end].text == "," {
			first++
		}
	}

	ms := d.findMentions(s.Text, toks)
	if traceMentions != nil {
		traceMentions(s, toks, ms)
	}
	d.learnNamedActor(toks, ms)
	if dl := datelineEnd(toks); dl > 0 {
		// "MEXICO CITY, March 4 (Reuters) -": where and who filed, not what is said
		keep := ms[:0]
		for _, m := range ms {
			if m.start >= dl {
				keep = append(keep, m)
			}
		}
		ms = keep
		if first < dl {
			first = dl
		}
	}

	// membership: "The G7 includes Canada, France ... and the European Union"
	d.membership(base, toks, ms)

	// roles for people introduced with a title
	for i := range ms {
		m := &ms[i]
		if m.kind == mActor && m.ent.kind == KindPerson && m.ent.title != "" && m.ent.isNew {
			f := base
			f.Kind = "role"
			f.Person = d.ref(m.ent)
			f.Title = m.ent.title
			if m.ent.affil != nil {
				f.Affiliation = d.ref(m.ent.affil)
			}
			d.res.Facts = append(d.res.Facts, f)
		}
	}

	// crime mentions
	seen := map[string]bool{}
	var crimes []string
	for _, m := range ms {
		if m.kind == mCrime && !seen[m.crime] {
			seen[m.crime] = true
			crimes = append(crimes, m.crime)
			f := base
			f.Kind = "mentions"
			f.Crime = d.crimeRef(m.crime)
			d.res.Facts = append(d.res.Facts, f)
		}
	}

	// speech and commitments
	claimsBefore := len(d.res.claims)
	quoteWasOpen := d.quoteOpen
	d.attribute(s, base, toks, ms, inQuote, first)
	d.quoteBackward(s, base, toks, ms, claimsBefore, quoteWasOpen, openAtEnd)

	// convergence
	d.converge(base, toks, ms)

	if d.author == nil && d.turn == nil {
		for _, m := range ms {
			if m.kind == mPronoun && m.pron == "we" && !inQuote[m.start] {
				d.weText = true
			}
		}
	}
	if s.Index <= 3 && (s.Heading || len(toks) > 0 && !toks[len(toks)-1].punct) {
		// a heading or title line
		d.noteTitleDocument(s, toks)
		d.noteInterviewee(s, toks, ms)
	} else if s.Index <= 4 && len(toks) > 2 && toks[0].norm == "interview" && toks[1].lower == "with" {
		d.noteInterviewee(s, toks, ms) // "Interview with Tuesday Reitano, deputy director of ..."
	} else if s.Index <= 6 && (d.interviewee == nil || d.interviewee.kind != KindPerson && !s.Heading) {
		// ("an interview with Europol's director / Catherine De Bolle has led Europol since 2018":
		// the person the introduction presents, not the body the title names)
		d.noteIntroduced(toks, ms)
	}
	d.updateSalience(s, toks, ms)
	d.quoteOpen = openAtEnd
	d.quotePara = s.Para
	d.reg.settle()
}

func (d *docState) prevHeading(idx int) bool {
	return idx >= 2 && d.res.Sentences[idx-2].Heading
}

func startsWithQuote(toks []token) bool {
	return len(toks) > 0 && (toks[0].quote == 'o' || toks[0].quote == 'a')
}

// quoteMask marks the tokens inside quotation marks; open says whether a
// quotation is open at the start. It returns whether one is open at the end.
func quoteMask(toks []token, open bool) ([]bool, bool) {
	mask := make([]bool, len(toks))
	in := open
	for i, t := range toks {
		switch t.quote {
		case 'o':
			in = true
		case 'c':
			if t.text == "’" && i > 0 && !toks[i-1].punct && i+1 < len(toks) && !toks[i+1].punct {
				break // an apostrophe
			}
			in = false
		case 'a':
			if t.text == "'" {
				break
			}
			in = !in
		default:
			mask[i] = in
		}
	}
	return mask, in
}

func (d *docState) ref(e *entity) *Ref {
	if e.iri == "" {
		e.iri = d.x.Vocab.ID(e.iriKind(), e.slug)
	}
	return &Ref{ID: e.iri, Label: e.label, Type: e.kind}
}

// crimeRef returns the reference to a crime concept, one per document and
// concept (facts share it and never change it).
func (d *docState) crimeRef(slug string) *Ref {
	if r := d.crimeRefs[slug]; r != nil {
		return r
	}
	c, _ := schema.ConceptBySlug(slug)
	r := &Ref{ID: d.x.Vocab.Crime(slug), Label: c.Label}
	if d.crimeRefs == nil {
		d.crimeRefs = map[string]*Ref{}
	}
	d.crimeRefs[slug] = r
	return r
}

func (d *docState) updateSalience(s *Sentence, toks []token, ms []mention) {
	d.salientOK = false
	d.prevSubject = nil
	if s.Index <= 6 && bylineStart(toks) > 0 {
		return // "By Juan Restrepo (AFP)": who filed the story is not what it is about
	}
	for _, m := range ms {
		if m.kind == mActor && !m.prep && !m.poss {
			d.prevSubject = m.ent
			break
		}
	}
	if d.prevSubject == nil && len(toks) > 3 && toks[0].lower == "the" && !toks[1].cap && pluralTok(toks[1]) && agentNoun(strings.TrimSuffix(toks[1].lower, "s")) &&
		(toks[2].cls&cAdv != 0 || toks[2].cls&cFinite != 0 || d.verbLike(toks[2])) {
		// "The callers often pretend to be from a bank. They say ...": people the text is about
		g := d.reg.get(KindGroup, d.doc.Slug+" "+toks[1].lower)
		g.label, g.plural = toks[1].lower, true
		d.prevSubject = g
	}
	for _, m := range ms {
		switch m.kind {
		case mActor:
			e := m.ent
			e.mentions++
			e.lastSent = s.Index
			if e.firstSent == 0 {
				e.firstSent = s.Index
			}
			switch {
			case e.kind == KindPerson:
				d.persons = pushRecent(d.persons, e)
			case e.plural:
				d.plurals = pushRecent(d.plurals, e)
				if o := e.memberOf; o != nil && o.kind == KindOrg {
					d.orgCounts[o]++
					o.lastSent = s.Index
				}
			default:
				d.orgs = pushRecent(d.orgs, e)
				if e.kind == KindOrg {
					d.orgCounts[e]++
				}
			}
		case mCrime:
			// (a predicate noun after the subject, "Is the 'Ndrangheta still a drug trafficking
			// organisation?", does not replace the subject as the actor later words refer to)
			// (nor do the takers of a levy, "paying quotas to armed groups", who are named by their deed)
			if m.actor && !(d.crimeSent == s.Index && m.start > 0 && (toks[m.start-1].lower == "a" || toks[m.start-1].lower == "an")) && !payOffVerbs.has(toks[m.start].lid) {
				d.crimeActor = m.crime
				d.crimeSent = s.Index
				if m.end-1 < len(toks) {
					if d.actorHeads == nil {
						d.actorHeads = map[string]string{}
					}
					d.actorHeads[toks[m.end-1].norm] = m.crime
					if m.end-m.start >= 4 && (toks[m.start+1].lower == "linked" || toks[m.start+1].lower == "affiliated" || toks[m.start+1].lower == "loyal") {
						d.actorHeads[toks[m.start].norm] = m.crime // "groups linked to al-Qaeda": "the groups" later
					}
				}
			}
			switch r := schema.Root(m.crime); r {
			case "organized-crime":
				d.ocSent = s.Index // "This group has been supplying drugs" after it
			case "drug-trafficking", "human-trafficking", "arms-trafficking", "environmental-crime", "cultural-property-trafficking":
				// bare "traffickers" are of the kind of trafficking the text is most about
				if d.traffickingCounts == nil {
					d.traffickingCounts = map[string]int{}
				}
				d.traffickingCounts[r]++
				if d.trafficking == "" || d.traffickingCounts[r] > d.traffickingCounts[d.trafficking] {
					d.trafficking = r
				}
			}
		}
	}
	// heads of multi-word crime phrases, for "the compounds" later
	for _, m := range ms {
		if m.kind == mCrime && m.end-m.start >= 2 && m.end-1 < len(toks) {
			if d.crimeHeads == nil {
				d.crimeHeads = map[string]string{}
			}
			if h := toks[m.end-1]; !h.cap && !h.punct && len(h.norm) > 3 && !moneyWords.has(h.nid) && !crimeTypeNouns.has(h.nid) && !throughWords.has(toks[m.start].lid) && !layerVerbs.has(toks[m.start].lid) {
				// (not the vehicle of money layered "through dozens of exchanges": the exchanges are no crime)
				d.crimeHeads[h.norm] = m.crime // not "profits", "trade": heads any crime has
			}
		}
		if q := m.end + 2; m.kind == mCrime && !m.actor && q < len(toks) && (toks[m.end].lower == "in" || toks[m.end].lower == "at") && toks[m.end+1].cls&cDet != 0 {
			// "produced counterfeit cigarettes in an underground factory" -> "the factory": the site of the crime
			if q+1 < len(toks) && !toks[q].punct && !toks[q].cap && !crimeSites.has(toks[q].nid) {
				q++
			}
			if crimeSites.has(toks[q].nid) && !toks[q].cap {
				if d.crimeHeads == nil {
					d.crimeHeads = map[string]string{}
				}
				d.crimeHeads[toks[q].norm] = m.crime
			}
		}
		if m.kind == mCrime && m.end < len(toks) && crimeHeads.has(toks[m.end].nid) && toks[m.end].norm != "group" && toks[m.end].norm != "network" && !moneyWords.has(toks[m.end].nid) && !crimeTypeNouns.has(toks[m.end].nid) {
			// "scam compounds" -> "the compounds"
			if d.crimeHeads == nil {
				d.crimeHeads = map[string]string{}
			}
			d.crimeHeads[toks[m.end].norm] = m.crime
		}
	}
	// the crime types this sentence is about, most named first, for "these crimes" in the next
	var counts [16]int // a sentence names few crime types: a small array, no map
	d.crimeTypes = d.crimeTypes[:0]
	for _, m := range ms {
		if m.kind != mCrime {
			continue
		}
		r := schema.Root(m.crime)
		k := slices.Index(d.crimeTypes, r)
		if k < 0 {
			if len(d.crimeTypes) == len(counts) {
				continue
			}
			k = len(d.crimeTypes)
			d.crimeTypes = append(d.crimeTypes, r)
		}
		counts[k]++
	}
	for i := 1; i < len(d.crimeTypes); i++ { // a stable insertion sort: ties keep the text's order
		for k := i; k > 0 && counts[k] > counts[k-1]; k-- {
			counts[k], counts[k-1] = counts[k-1], counts[k]
			d.crimeTypes[k], d.crimeTypes[k-1] = d.crimeTypes[k-1], d.crimeTypes[k]
		}
	}
	for _, c := range d.crimeTypes {
		if trafficked(c) || c == "counterfeiting" {
			d.recentTrade, d.recentSent = c, d.sentIndex // "fighting over the trade" a sentence or two later
			break
		}
	}
	for i, r := range d.crimeTypes {
		if r == "organized-crime" || r == "money-laundering" || r == "corruption" {
			continue
		}
		// the trades the text is about, for "the proceeds" far from any
		k := 0
		for k < len(d.trades) && d.trades[k].slug != r {
			k++
		}
		if k == len(d.trades) {
			d.trades = append(d.trades, tradeCount{slug: r, first: d.sentIndex})
		}
		d.trades[k].n += counts[i]
	}
}

// crimeSites are places a crime is done in, named again alone later: "the
// factory", "the warehouse".
var crimeSites = set([]string{"factory", "workshop", "laboratory", "lab", "warehouse", "compound", "camp", "plant", "facility", "farm"})

// tradeCount is how often a text names a trade, and where it first did.
type tradeCount struct {
	slug     string
	n, first int
}

// mainTrade is the trade the text names most (not organized crime or
// laundering): whose "proceeds" a sentence naming none means.
func (d *docState) mainTrade() string {
	best, n := "", 0
	for _, t := range d.trades { // in the order first named: of two named as often, the one named first
		if t.n > n {
			best, n = t.slug, t.n
		}
	}
	return best
}

// dominantTrade is the trade a text is plainly about: named three times or
// more and at least twice as often as any other; or "".
func (d *docState) dominantTrade() string {
	best, n, second := "", 0, 0
	for _, t := range d.trades {
		switch {
		case t.n > n:
			best, n, second = t.slug, t.n, n
		case t.n > second:
			second = t.n
		}
	}
	if n < 3 || n < 2*second {
		return ""
	}
	return best
}

func pushRecent(list []*entity, e *entity) []*entity {
	for i, x := range list {
		if x == e {
			list = append(list[:i], list[i+1:]...)
			break
		}
	}
	list = append(list, e)
	if len(list) > 8 {
		list = list[1:]
	}
	return list
}

// salientOrg is the organization the document is most about so far: the most
// mentioned international body, ties to the most recent.
// pendingQuote is a sentence that opens a quotation whose speaker comes in a
// later sentence: “Ransomware actors are not just extortionists. They are …,” X said.
type pendingQuote struct {
	s    *Sentence
	base Fact
	toks []token
	ms   []mention
}

// quoteBackward gives a quotation's opening sentences the speaker named where
// the quotation ends.
func (d *docState) quoteBackward(s *Sentence, base Fact, toks []token, ms []mention, claimsBefore int, wasOpen, openAtEnd bool) {
	said := len(d.res.claims) > claimsBefore
	if !said {
		if startsWithQuote(toks) && openAtEnd {
			d.pending = append(d.pending[:0], pendingQuote{s: s, base: base, toks: append([]token(nil), toks...), ms: append([]mention(nil), ms...)})
		} else if !wasOpen {
			d.pending = d.pending[:0]
		}
		return
	}
	if wasOpen && len(d.pending) > 0 && d.pending[len(d.pending)-1].s.Index == s.Index-1 {
		c := d.res.claims[len(d.res.claims)-1]
		if c.quote {
			for _, p := range d.pending {
				d.said(p.s, p.base, c.speaker, c.verb, trimClaim(p.s.Text), p.toks, p.ms, 0, len(p.toks), true)
			}
		}
	}
	d.pending = d.pending[:0]
}

// noteInterviewee reads "Interview with X", "Press conference with the Minister
// of the Interior", "Q&A with X" in a heading: X answers the "A:" turns.
func (d *docState) noteInterviewee(s *Sentence, toks []token, ms []mention) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "with" {
			continue
		}
		for _, m := range ms {
			if m.start > i && m.start <= i+2 && m.kind == mActor {
				d.interviewee = m.ent
				return
			}
		}
		j := i + 1
		for j < len(toks) && (toks[j].cls&cDet != 0) {
			j++
		}
		if e := j; j == i+1 {
			// "an interview with Ana Paula Vargas": a name no gazetteer holds
			for e < len(toks) && e-j < 4 && toks[e].cap && !toks[e].punct {
				e++
			}
			if e-j >= 2 && (e == len(toks) || toks[e].punct) {
				d.interviewee = d.reg.person(span(s.Text, toks, j, e))
				return
			}
		}
		if j < len(toks) && isTitleWord(d.lx, toks, j) {
			e := j
			for e < len(toks) && !toks[e].punct && toks[e].lower != "on" && toks[e].lower != "about" && e-j < 8 {
				e++
			}
			p := d.office(span(s.Text, toks, j, e))
			d.interviewee = p
			return
		}
	}
}

// noteIntroduced reads the person an interview's introduction presents as
// the one who answers its "A:" turns: "Erin West is a former prosecutor who
// now runs ...", "We spoke to Erin West about ...".
func (d *docState) noteIntroduced(toks []token, ms []mention) {
	for q := 2; q+2 < len(toks); q++ {
		// "Joining me now is Maria Santos, who leads ...", "My guest today is ...", "I'm joined by
		// ...": the one a broadcast interview presents, a name no list holds
		if w := toks[q].lower; w != "is" && w != "by" || d.reg.givenNames[toks[q+1].text] == 0 {
			continue
		}
		for k := q - 1; k >= 0 && k >= q-3; k-- {
			if w := toks[k].lower; w == "joining" || w == "guest" || w == "joined" {
				e := q + 2
				for e < len(toks) && e < q+4 && toks[e].cap && !toks[e].punct {
					e++
				}
				if toks[q+2].cap && !toks[q+2].punct {
					d.interviewee = d.reg.person(span(d.res.Sentences[d.sentIndex-1].Text, toks, q+1, e))
					return
				}
			}
		}
	}
	for _, m := range ms {
		if m.kind != mActor || m.ent == nil || m.ent.kind != KindPerson || m.end >= len(toks) {
			continue
		}
		if m.start == 0 && (toks[m.end].lower == "is" || toks[m.end].lower == "was" || d.verbLike(toks[m.end]) && strings.HasSuffix(toks[m.end].lower, "ed") || toks[m.end].lower == "spent" || toks[m.end].lower == "has" || toks[m.end].lower == "leads" || toks[m.end].lower == "runs") {
			// ("Sarah Whitehouse spent twenty years investigating fraud ...": only "A:" turns read it)
			d.interviewee = m.ent
			return
		}
		if q := m.start - 1; q >= 2 && (toks[q].lower == "is" || toks[q].lower == "by") {
			// "Joining me now is Maria Santos", "My guest today is ...", "I'm joined by ...": the one
			// a broadcast interview presents
			for k := q - 1; k >= 0 && k >= q-3; k-- {
				if w := toks[k].lower; w == "joining" || w == "guest" || w == "joined" || w == "with" && toks[q].lower == "is" {
					d.interviewee = m.ent
					return
				}
			}
		}
		if m.end+1 < len(toks) && toks[m.end].lower == "on" && d.qaTitle() {
			// "Q&A: ... / Europol analyst Anna Kovács on how organised crime has changed": the standfirst
			// names who answers
			d.interviewee = m.ent
			return
		}
		if q := m.start - 1; q >= 1 && (toks[q].lower == "to" || toks[q].lower == "with") && (toks[q-1].lower == "spoke" || toks[q-1].lower == "talked" || toks[q-1].lower == "speaks" || toks[q-1].lower == "talks") {
			d.interviewee = m.ent
			return
		}
		if q := m.start - 1; q >= 1 && (toks[q].lower == "asked" || toks[q].lower == "interviewed") && (toks[q-1].lower == "we" || toks[q-1].lower == "i") {
			d.interviewee = m.ent // "We asked Aminu Bello, a security consultant, about ..."
			return
		}
		if e := m.end; e+2 < len(toks) {
			// "Europol's head of operations, Jean-Philippe Lecouffe, spoke to us about ...": the person speaks to the writer
			if toks[e].text == "," {
				e++
			}
			if e+2 < len(toks) && (toks[e].lower == "spoke" || toks[e].lower == "talked" || toks[e].lower == "speaks" || toks[e].lower == "talks") &&
				(toks[e+1].lower == "to" || toks[e+1].lower == "with") && (toks[e+2].lower == "us" || toks[e+2].lower == "me") {
				d.interviewee = m.ent
				return
			}
		}
	}
}

// qaTitle says whether the text is titled as a Q&A or interview ("Q&A:
// ...", "Interview: ...").
func (d *docState) qaTitle() bool {
	t := d.doc.Title
	if t == "" {
		t, _, _ = strings.Cut(strings.TrimSpace(d.doc.Text), "\n")
	}
	t = strings.ToLower(strings.TrimSpace(t))
	return strings.HasPrefix(t, "q&a") || strings.HasPrefix(t, "interview") || strings.HasPrefix(t, "the interview")
}

// authorBio reads an author's note at the end of an opinion piece ("Helena
// Wood is an associate fellow at RUSI."): the writer "I" stands for.
func (d *docState) authorBio(sents []Sentence) {
	signed := false
	for k := 1; k < len(sents) && k <= 6; k++ {
		// "By Mariana Alvarado / Mariana Alvarado is a senior fellow at ...": a bio right under the byline
		if b := tokenize(sents[k-1].Text, nil); len(b) >= 2 && bylineStart(b) > 0 {
			signed = true
			if name := span(sents[k-1].Text, b, bylineStart(b), len(b)); len(b) >= 3 && (strings.HasPrefix(sents[k].Text, name+" is ") || strings.HasPrefix(sents[k].Text, name+" was ")) {
				if d.bio(sents[k], false) {
					return
				}
			}
		}
	}
	for k := len(sents) - 1; k >= 0 && k >= len(sents)-3; k-- {
		if d.bio(sents[k], !signed) {
			return
		}
	}
}

// bio reads a sentence as an author's bio ("Priya Raman is a senior analyst
// at ..."): its person is the byline. In a text no byline signs (unnamed),
// "The author is ..." makes the text's unnamed authors the byline.
func (d *docState) bio(s Sentence, unnamed bool) bool {
	{
		toks := tokenize(s.Text, nil)
		for len(toks) > 0 && (toks[0].text == "—" || toks[0].text == "–" || toks[0].text == "-" || toks[0].text == "*") {
			toks = toks[1:] // "— Helen Marsh is a former detective": a dash sets the note off
		}
		if unnamed && len(toks) >= 5 && toks[0].lower == "the" && (toks[1].lower == "author" && toks[2].lower == "is" || toks[1].lower == "authors" && toks[2].lower == "are") {
			// "The author is a senior fellow at ...", "The authors are fellows in ...": an
			// unnamed writer states what the piece states
			for q := 3; q < len(toks) && q < 7; q++ {
				if isTitleWord(d.lx, toks, q) || roleNouns.has(toks[q].nid) || bioNouns.has(toks[q].nid) {
					d.byline = d.textAuthors()
					return true
				}
			}
			return false
		}
		n := 0
		for n < len(toks) && n < 4 && toks[n].cap && !toks[n].punct {
			n++
		}
		if n < 2 || n+2 >= len(toks) || toks[n].lower != "is" && toks[n].lower != "was" {
			return false
		}
		if a := toks[n+1].lower; a != "a" && a != "an" && a != "the" && a != "senior" && a != "former" {
			return false
		}
		for q := n + 1; q < len(toks) && q < n+6; q++ {
			if isTitleWord(d.lx, toks, q) || roleNouns.has(toks[q].nid) || bioNouns.has(toks[q].nid) {
				d.byline = d.reg.person(span(s.Text, toks, 0, n))
				return true
			}
		}
	}
	return false
}

// bioNouns name what an opinion piece's author is: "Priya Raman is a senior analyst at ...".
var bioNouns = set([]string{"analyst", "researcher", "fellow", "professor", "journalist", "writer", "columnist",
	"correspondent", "investigator", "consultant", "expert", "lawyer", "editor", "author", "scholar", "lecturer",
	"economist", "criminologist", "prosecutor", "officer", "diplomat", "adviser", "advisor", "founder", "partner"})

// noteTitleDocument remembers a document a heading names ("International
// Narcotics Control Strategy Report: Guatemala"): "the report" later is that
// report when no organization has been named to own it.
func (d *docState) noteTitleDocument(s *Sentence, toks []token) {
	for i := 0; i < len(toks); i++ {
		if !toks[i].cap || toks[i].punct {
			continue
		}
		j := i
		for j < len(toks) && (toks[j].cap && !toks[j].punct || isDigits(toks[j].text) || orgConnectors.has(toks[j].lid) && j+1 < len(toks) && toks[j+1].cap) {
			j++
		}
		if j-i >= 2 && d.lx.docNouns.has(toks[j-1].nid) {
			if d.titleDocs == nil {
				d.titleDocs = map[string]*entity{}
			}
			d.titleDocs[toks[j-1].norm] = d.reg.get(KindOrg, span(s.Text, toks, i, j))
		}
		i = j
	}
}

// datelineEnd returns where a wire dateline at the start of the sentence
// ends ("WASHINGTON —", "LYON, France –", "MEXICO CITY, March 4 (Reuters) -",
// "WASHINGTON (AP) —"), or 0.
func datelineEnd(toks []token) int {
	i := 0
	for i < len(toks) && i < 4 && !toks[i].punct && upperWord(toks[i].text) {
		i++
	}
	if i == 0 {
		return 0
	}
	for k := i; k < len(toks) && k < i+12; k++ {
		switch t := toks[k].text; {
		case t == "-" || t == "–" || t == "—" || t == "--":
			if k+1 < len(toks) {
				return k + 1
			}
			return 0
		case t == "(" || t == ")" || t == "," || toks[k].cap || isDigits(t) || t == ".":
		default:
			return 0
		}
	}
	return 0
}

func upperWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z' || r > 127:
			letters++
		}
	}
	return letters >= 2
}

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

func (d *docState) salientOrg() *entity {
	if d.salientOK {
		return d.salient // counts change only between sentences
	}
	var best *entity
	for _, e := range d.reg.order {
		if e.kind != KindOrg || e.plural || d.orgCounts[e] == 0 {
			continue
		}
		if best == nil || d.orgCounts[e] > d.orgCounts[best] || d.orgCounts[e] == d.orgCounts[best] && e.lastSent > best.lastSent {
			best = e
		}
	}
	d.salient, d.salientOK = best, true
	return best
}

// orgsNamed returns the organizations whose names hold the word ("council"),
// indexing the ones registered since the last call.
func (d *docState) orgsNamed(word string) []*entity {
	for ; d.indexed < len(d.reg.order); d.indexed++ {
		e := d.reg.order[d.indexed]
		if e.kind != KindOrg {
			continue
		}
		if d.orgWords == nil {
			d.orgWords = map[string][]*entity{}
		}
		for _, w := range strings.Fields(strings.ToLower(e.label)) {
			d.orgWords[w] = append(d.orgWords[w], e)
		}
	}
	return d.orgWords[word]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// span returns the text of tokens [i,j) as it stands in the sentence.
func span(text string, toks []token, i, j int) string {
	if i >= j || i >= len(toks) {
		return ""
	}
	if j > len(toks) {
		j = len(toks)
	}
	return text[toks[i].start:toks[j-1].end]
}
