package schema

// VerbKind says what a speech or commitment verb does with its content.
type VerbKind int

const (
	// Assert reports a statement: said, noted, argued, warned.
	Assert VerbKind = iota
	// Direct asks someone to act: urged, called for, called on.
	Direct
	// Commit binds the speaker to a measure: committed to, agreed to, pledged.
	Commit
	// Endorse backs a measure: endorsed, welcomed, supported.
	Endorse
)

// ReportingVerb is a verb (or verb with particle) that introduces reported
// content or a commitment.
type ReportingVerb struct {
	Lemma string
	// Forms are the inflected forms, lowercase; the lemma is one of them.
	Forms []string
	// Particle, when set, must follow the verb ("called for", "pointed to").
	Particle []string
	Kind     VerbKind
}

// ReportingVerbs lists the verbs of speech, thought, direction and commitment.
var ReportingVerbs = []ReportingVerb{
	{Lemma: "say", Forms: []string{"say", "says", "said", "saying"}},
	{Lemma: "state", Forms: []string{"states", "stated"}},
	{Lemma: "note", Forms: []string{"noted", "notes", "noting", "note"}},
	{Lemma: "argue", Forms: []string{"argue", "argues", "argued", "arguing"}},
	{Lemma: "stress", Forms: []string{"stressed", "stresses", "stressing", "stress"}},
	{Lemma: "add", Forms: []string{"added", "adds", "adding"}},
	{Lemma: "observe", Forms: []string{"observed", "observes"}},
	{Lemma: "warn", Forms: []string{"warn", "warns", "warned", "warning"}},
	{Lemma: "acknowledge", Forms: []string{"acknowledged", "acknowledges", "acknowledge"}},
	{Lemma: "remark", Forms: []string{"remarked", "remarks"}},
	{Lemma: "comment", Forms: []string{"commented"}},
	{Lemma: "tell", Forms: []string{"told", "tells", "tell"}},
	{Lemma: "describe", Forms: []string{"described", "describes", "describing", "describe"}},
	{Lemma: "explain", Forms: []string{"explained", "explains", "explaining"}},
	{Lemma: "emphasize", Forms: []string{"emphasized", "emphasizes", "emphasised", "emphasises", "emphasizing", "emphasising", "emphasize", "emphasise"}},
	{Lemma: "underline", Forms: []string{"underlined", "underlines", "underlining"}},
	{Lemma: "underscore", Forms: []string{"underscored", "underscores", "underscoring"}},
	{Lemma: "highlight", Forms: []string{"highlighted", "highlights", "highlighting"}},
	{Lemma: "insist", Forms: []string{"insisted", "insists"}},
	{Lemma: "claim", Forms: []string{"claimed", "claims", "claim"}},
	{Lemma: "announce", Forms: []string{"announced", "announces"}},
	{Lemma: "report", Forms: []string{"reported", "report", "reports"}},
	{Lemma: "declare", Forms: []string{"declared", "declares"}},
	{Lemma: "affirm", Forms: []string{"affirmed", "affirms", "reaffirmed", "reaffirms"}},
	{Lemma: "reiterate", Forms: []string{"reiterated", "reiterates", "reiterating"}},
	{Lemma: "recall", Forms: []string{"recalled", "recalls"}},
	{Lemma: "conclude", Forms: []string{"concluded", "concludes"}},
	{Lemma: "suggest", Forms: []string{"suggested", "suggests"}},
	{Lemma: "caution", Forms: []string{"cautioned", "cautions"}},
	{Lemma: "confirm", Forms: []string{"confirmed", "confirms"}},
	{Lemma: "deny", Forms: []string{"denied", "denies"}},
	{Lemma: "admit", Forms: []string{"admitted", "admits"}},
	{Lemma: "assert", Forms: []string{"asserted", "asserts"}},
	{Lemma: "maintain", Forms: []string{"maintained", "maintains"}},
	{Lemma: "contend", Forms: []string{"contended", "contends"}},
	{Lemma: "mention", Forms: []string{"mentioned"}},
	{Lemma: "write", Forms: []string{"wrote", "writes", "write"}},
	{Lemma: "allege", Forms: []string{"alleged", "alleges"}},
	{Lemma: "estimate", Forms: []string{"estimated", "estimates", "estimate"}},
	{Lemma: "predict", Forms: []string{"predicted", "predicts"}},
	{Lemma: "recognize", Forms: []string{"recognized", "recognised", "recognizes", "recognises", "recognize", "recognise"}},
	{Lemma: "indicate", Forms: []string{"indicated", "indicates"}},
	{Lemma: "reveal", Forms: []string{"revealed", "reveals"}},
	{Lemma: "disclose", Forms: []string{"disclosed"}},
	{Lemma: "testify", Forms: []string{"testified"}},
	{Lemma: "concede", Forms: []string{"conceded", "concedes"}},
	{Lemma: "complain", Forms: []string{"complained"}},
	{Lemma: "condemn", Forms: []string{"condemned", "condemns", "condemn"}},
	{Lemma: "criticize", Forms: []string{"criticized", "criticised"}},
	{Lemma: "believe", Forms: []string{"believe", "believes", "believed"}},
	{Lemma: "accuse", Forms: []string{"accused", "accuses"}},
	{Lemma: "blame", Forms: []string{"blamed", "blames"}},
	{Lemma: "reply", Forms: []string{"replied"}},
	{Lemma: "respond", Forms: []string{"responded"}},
	{Lemma: "answer", Forms: []string{"answered"}},
	{Lemma: "counter", Forms: []string{"countered"}},
	{Lemma: "echo", Forms: []string{"echoed"}},
	{Lemma: "lament", Forms: []string{"lamented", "laments"}},
	{Lemma: "decry", Forms: []string{"decried", "decries"}},
	{Lemma: "denounce", Forms: []string{"denounced", "denounces"}},
	{Lemma: "tweet", Forms: []string{"tweeted"}},
	{Lemma: "clarify", Forms: []string{"clarified"}},
	{Lemma: "recount", Forms: []string{"recounted"}},
	{Lemma: "signal", Forms: []string{"signalled", "signaled"}},
	{Lemma: "hint", Forms: []string{"hinted"}},
	{Lemma: "elaborate", Forms: []string{"elaborated"}},
	{Lemma: "worry", Forms: []string{"worried"}, Particle: []string{"that"}},
	{Lemma: "find", Forms: []string{"found", "finds"}, Particle: []string{"that", "evidence", "signs", "indications"}},
	{Lemma: "show", Forms: []string{"shows", "showed", "shown"}, Particle: []string{"that", "how"}},
	{Lemma: "document", Forms: []string{"documents", "documented"}, Particle: []string{"how", "that"}},
	{Lemma: "detail", Forms: []string{"details", "detailed"}, Particle: []string{"how"}},
	{Lemma: "outline", Forms: []string{"outlined", "outlines"}, Particle: []string{"how"}},
	{Lemma: "charge", Forms: []string{"charged", "charges"}, Particle: []string{"that"}},
	{Lemma: "fear", Forms: []string{"fear", "fears", "feared"}, Particle: []string{"that"}},
	{Lemma: "assess", Forms: []string{"assess", "assesses", "assessed"}, Particle: []string{"that"}},
	{Lemma: "judge", Forms: []string{"judge", "judges", "judged"}, Particle: []string{"that"}},
	{Lemma: "agree", Forms: []string{"agreed", "agree", "agrees"}, Particle: []string{"that", "on"}},
	{Lemma: "point", Forms: []string{"pointed", "points", "pointing"}, Particle: []string{"to", "out"}},
	{Lemma: "speak", Forms: []string{"spoke", "speaks"}, Particle: []string{"about", "of"}},
	{Lemma: "express", Forms: []string{"expressed", "expresses", "expressing"}, Particle: []string{"concern", "alarm", "support", "hope", "regret"}},
	{Lemma: "raise", Forms: []string{"raised"}, Particle: []string{"concern", "concerns", "alarm"}},
	{Lemma: "urge", Forms: []string{"urge", "urged", "urges", "urging"}, Kind: Direct},
	{Lemma: "call", Forms: []string{"call", "called", "calls", "calling"}, Particle: []string{"for", "on", "upon"}, Kind: Direct},
	{Lemma: "appeal", Forms: []string{"appealed", "appeals"}, Particle: []string{"to", "for"}, Kind: Direct},
	{Lemma: "demand", Forms: []string{"demanded", "demands"}, Kind: Direct},
	{Lemma: "recommend", Forms: []string{"recommended", "recommends"}, Kind: Direct},
	{Lemma: "encourage", Forms: []string{"encouraged", "encourages", "encourage"}, Kind: Direct},
	{Lemma: "ask", Forms: []string{"asked", "asks"}, Kind: Direct},
	{Lemma: "request", Forms: []string{"requested", "requests"}, Kind: Direct},
	{Lemma: "press", Forms: []string{"pressed", "presses"}, Particle: []string{"for"}, Kind: Direct},
	{Lemma: "commit", Forms: []string{"committed", "commit", "commits"}, Particle: []string{"to", "themselves", "itself"}, Kind: Commit},
	{Lemma: "agree to", Forms: []string{"agreed", "agree", "agrees"}, Particle: []string{"to"}, Kind: Commit},
	{Lemma: "pledge", Forms: []string{"pledged", "pledge", "pledges"}, Kind: Commit},
	{Lemma: "promise", Forms: []string{"promised", "promises"}, Kind: Commit},
	{Lemma: "vow", Forms: []string{"vowed", "vows"}, Kind: Commit},
	{Lemma: "resolve", Forms: []string{"resolved"}, Particle: []string{"to"}, Kind: Commit},
	{Lemma: "undertake", Forms: []string{"undertook", "undertake"}, Particle: []string{"to"}, Kind: Commit},
	{Lemma: "adopt", Forms: []string{"adopted", "adopt", "adopts"}, Kind: Commit},
	{Lemma: "launch", Forms: []string{"launched", "launch", "launches"}, Kind: Commit},
	{Lemma: "endorse", Forms: []string{"endorsed", "endorse", "endorses"}, Kind: Endorse},
	{Lemma: "welcome", Forms: []string{"welcomed", "welcome", "welcomes"}, Kind: Endorse},
	{Lemma: "support", Forms: []string{"supported", "support", "supports"}, Kind: Endorse},
	{Lemma: "back", Forms: []string{"backed", "backs"}, Kind: Endorse},
}

// Cue is a word or phrase that asserts a link between two crime types.
type Cue struct {
	// Phrase is lowercase, in the extractor's folded form (singular nouns).
	Phrase string
	// Mechanism is one of the Mech* constants.
	Mechanism string
	// Shape says where the linked crime types stand:
	// "infix" A cue B; "between" cue between A and B (and within one list);
	// "postfix" A and B cue (a list that is linked together);
	// "prefix" cue-A: a modifier linking the crime it modifies ("cyber-enabled fraud").
	Shape string
	// Reverse means the first crime type acts on the second in the text's
	// opposite order ("run by", "financed by"); the edge is symmetric either way.
	Reverse bool
}

// Cues lists the convergence cues. Verb cues list their inflections.
var Cues = []Cue{
	// The plain link: the text only says they are linked.
	{Phrase: "connect with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "connect to", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "connected with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "connected to", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "connecting with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "link to", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "link with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "linked to", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "linked with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "linking", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "link", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "tie to", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "tied to", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "tie with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "overlap with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "overlapped with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "overlapping with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "converge with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "converged with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "converging with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "intersect with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "intersecting with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "intertwined with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "interlinked with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "interconnected with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "associated with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "entangled with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "nexus with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "linked", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "connected", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "intertwined", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "interlinked", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "interconnected", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "converge", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "converging", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "overlap", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "overlapping", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "nexus between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "nexus of", Mechanism: MechLink, Shape: "between"},
	{Phrase: "link between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "linkage between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "tie between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "connection between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "relationship between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "overlap between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "convergence between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "convergence of", Mechanism: MechLink, Shape: "between"},
	{Phrase: "interplay between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "intersection of", Mechanism: MechLink, Shape: "between"},
	{Phrase: "intersection between", Mechanism: MechLink, Shape: "between"},
	{Phrase: "go hand in hand", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "goes hand in hand with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "go hand in hand with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "travel together", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "go together", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "goes together", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "went together", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "merge", Mechanism: MechHybrid, Shape: "postfix"},
	{Phrase: "merged", Mechanism: MechHybrid, Shape: "postfix"},
	{Phrase: "merging", Mechanism: MechHybrid, Shape: "postfix"},
	{Phrase: "fused", Mechanism: MechHybrid, Shape: "postfix"},
	{Phrase: "share the same", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "shared the same", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "sharing the same", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "share common", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "reinforce each other", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "reinforce one another", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "feed each other", Mechanism: MechFacilitates, Shape: "postfix"},
	{Phrase: "feed off each other", Mechanism: MechFacilitates, Shape: "postfix"},
	{Phrase: "nexus", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "continuum", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "convergence", Mechanism: MechLink, Shape: "postfix"},

	// Alliances: the groups work together.
	{Phrase: "cooperate with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "cooperating with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "cooperated with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "collaborate with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "collaborating with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "collaborated with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "collude with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "colluding with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "partner with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "partnering with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "partnered with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "alliance with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "allied with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "in league with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "work with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "working with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "alliance between", Mechanism: MechAlliance, Shape: "between"},
	{Phrase: "work together", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "working together", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "worked together", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "cooperate", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "collaborate", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "collude", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "join forces", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "joined forces", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "joining forces", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "cooperation between", Mechanism: MechAlliance, Shape: "between"},
	{Phrase: "collusion between", Mechanism: MechAlliance, Shape: "between"},
	{Phrase: "partnership between", Mechanism: MechAlliance, Shape: "between"},

	// Tactics: one adopts the other's methods.
	{Phrase: "use", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "using", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "used", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "employ", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "adopt", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "adopted", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "resort to", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "resorting to", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "resorted to", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "turn to", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "turning to", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "turned to", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "borrow", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "exploit", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "exploiting", Mechanism: MechTactics, Shape: "infix"},
	{Phrase: "cyber-enabled", Mechanism: MechTactics, Shape: "prefix"},
	{Phrase: "cyber-facilitated", Mechanism: MechTactics, Shape: "prefix"},
	{Phrase: "cyber-related", Mechanism: MechTactics, Shape: "prefix"},
	{Phrase: "online-enabled", Mechanism: MechTactics, Shape: "prefix"},

	// Finances: one funds the other or profits from it.
	{Phrase: "finance", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "financing", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "financed", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "financed by", Mechanism: MechFinances, Shape: "infix", Reverse: true},
	{Phrase: "fund", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "funding", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "funded", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "funded by", Mechanism: MechFinances, Shape: "infix", Reverse: true},
	{Phrase: "bankroll", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "bankrolled by", Mechanism: MechFinances, Shape: "infix", Reverse: true},
	{Phrase: "profit from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "profiting from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "profited from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "benefit from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "benefiting from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "benefited from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "benefitting from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "proceed from", Mechanism: MechFinances, Shape: "infix", Reverse: true},
	{Phrase: "revenue from", Mechanism: MechFinances, Shape: "infix", Reverse: true},
	{Phrase: "profit from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "earn money from", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "generate revenue through", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "source of revenue for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "bankers of choice for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "bankers for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "bankers to", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "banker for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "banker to", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "financiers of", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "financier of", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "financiers for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "generate revenue for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "generates revenue for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "generate money for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "generate funds for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "generate income for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "pay for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "paid for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "lifeline for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "cash cow for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "tax", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "taxing", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "taxed", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "source of funding for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "source of income for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "source of financing for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "source of finance for", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "rely on", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "relying on", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "relied on", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "launder", Mechanism: MechFinances, Shape: "infix"},
	{Phrase: "laundered through", Mechanism: MechFinances, Shape: "infix"},

	// Facilitation: one enables the other.
	{Phrase: "fuel", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "fueling", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "fuelling", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "fueled", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "fuelled", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "fueled by", Mechanism: MechFacilitates, Shape: "infix", Reverse: true},
	{Phrase: "fuelled by", Mechanism: MechFacilitates, Shape: "infix", Reverse: true},
	{Phrase: "enable", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "enabling", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "enabled", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "enabled by", Mechanism: MechFacilitates, Shape: "infix", Reverse: true},
	{Phrase: "facilitate", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "facilitating", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "facilitated", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "facilitated by", Mechanism: MechFacilitates, Shape: "infix", Reverse: true},
	{Phrase: "feed", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "feed into", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "feeding", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "drive", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "driving", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "driven by", Mechanism: MechFacilitates, Shape: "infix", Reverse: true},
	{Phrase: "sustain", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "sustained by", Mechanism: MechFacilitates, Shape: "infix", Reverse: true},
	{Phrase: "support", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "supporting", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "provide cover for", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "make it easier for", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "makes it easier for", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "made it easier for", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "making it easier for", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "help", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "helped", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "helping", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "allow", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "allowed", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "allowing", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "underpin", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "underpinning", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "underpinned", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "underpinned by", Mechanism: MechFacilitates, Shape: "infix", Reverse: true},
	{Phrase: "prop up", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "propping up", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "propped up", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "enabler of", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "enablers of", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "facilitator of", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "facilitators of", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "gateway to", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "front for", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "fronts for", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "cover for", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "accompany", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "accompanied by", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "go along with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "goes along with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "affiliated with", Mechanism: MechLink, Shape: "infix"},
	{Phrase: "hand in glove with", Mechanism: MechAlliance, Shape: "infix"},
	{Phrase: "exchange skills", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "exchange knowledge", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "exchange expertise", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "exchange contacts", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "share skills", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "share expertise", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "share know-how", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "mingle", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "rub shoulders", Mechanism: MechAlliance, Shape: "postfix"},
	{Phrase: "mutually reinforcing", Mechanism: MechLink, Shape: "postfix"},
	{Phrase: "protect", Mechanism: MechFacilitates, Shape: "infix"},
	{Phrase: "protected by", Mechanism: MechFacilitates, Shape: "infix", Reverse: true},
	{Phrase: "shield", Mechanism: MechFacilitates, Shape: "infix"},

	// Involvement: groups involved in, behind or running a market.
	{Phrase: "involved in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "involvement in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "engaged in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "engage in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "engaging in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "active in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "behind", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "run by", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "controlled by", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "operated by", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "organized by", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "orchestrated by", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "carried out by", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "committed by", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "run", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "running", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "control", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "controlling", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "dominate", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "dominating", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "diversify into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "diversifying into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "diversified into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "expand into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "expanding into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "expanded into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "move into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "moving into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "moved into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "branch out into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "branched out into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "branching out into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "deal in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "dealing in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "dealt in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "branch into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "branching into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "branched into", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "behind", Mechanism: MechInvolvement, Shape: "infix", Reverse: true},
	{Phrase: "responsible for", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "specialize in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "specializing in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "take part in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "participate in", Mechanism: MechInvolvement, Shape: "infix"},
	{Phrase: "participating in", Mechanism: MechInvolvement, Shape: "infix"},

	// Hybrids: one becomes the other.
	{Phrase: "morph into", Mechanism: MechHybrid, Shape: "infix"},
	{Phrase: "morphing into", Mechanism: MechHybrid, Shape: "infix"},
	{Phrase: "morphed into", Mechanism: MechHybrid, Shape: "infix"},
	{Phrase: "transform into", Mechanism: MechHybrid, Shape: "infix"},
	{Phrase: "transformed into", Mechanism: MechHybrid, Shape: "infix"},
	{Phrase: "evolve into", Mechanism: MechHybrid, Shape: "infix"},
	{Phrase: "evolved into", Mechanism: MechHybrid, Shape: "infix"},
	{Phrase: "evolving into", Mechanism: MechHybrid, Shape: "infix"},
	{Phrase: "hybrid", Mechanism: MechHybrid, Shape: "postfix"},
	{Phrase: "blur the line between", Mechanism: MechHybrid, Shape: "between"},
	{Phrase: "blurring the line between", Mechanism: MechHybrid, Shape: "between"},
	{Phrase: "blurred the line between", Mechanism: MechHybrid, Shape: "between"},
	{Phrase: "blur the boundary between", Mechanism: MechHybrid, Shape: "between"},
	{Phrase: "blurring the boundary between", Mechanism: MechHybrid, Shape: "between"},
	{Phrase: "hybrid of", Mechanism: MechHybrid, Shape: "between"},
	{Phrase: "line between", Mechanism: MechHybrid, Shape: "between"},
	{Phrase: "boundary between", Mechanism: MechHybrid, Shape: "between"},
	{Phrase: "distinction between", Mechanism: MechHybrid, Shape: "between"},
}

// Connective is a sentence-initial discourse connective and the relation it
// asserts between its sentence and the one before.
type Connective struct {
	Phrase   string // lowercase, without the comma
	Relation string // a local name: consequenceOf, contrastsWith, exampleOf, elaborates
}

// Connectives lists the explicit discourse connectives.
var Connectives = []Connective{
	{"as a result", ConsequenceOf}, {"therefore", ConsequenceOf}, {"consequently", ConsequenceOf},
	{"thus", ConsequenceOf}, {"hence", ConsequenceOf}, {"accordingly", ConsequenceOf}, {"as a consequence", ConsequenceOf},
	{"however", ContrastsWith}, {"but", ContrastsWith}, {"yet", ContrastsWith}, {"nevertheless", ContrastsWith},
	{"nonetheless", ContrastsWith}, {"in contrast", ContrastsWith}, {"by contrast", ContrastsWith}, {"on the other hand", ContrastsWith},
	{"still", ContrastsWith}, {"even so", ContrastsWith},
	{"for example", ExampleOf}, {"for instance", ExampleOf}, {"in particular", ExampleOf},
	{"moreover", Elaborates}, {"furthermore", Elaborates}, {"in addition", Elaborates}, {"additionally", Elaborates},
	{"also", Elaborates}, {"likewise", Elaborates}, {"similarly", Elaborates}, {"besides", Elaborates},
}

// HedgeWords mark a claim as hedged.
var HedgeWords = []string{"may", "might", "could", "possibly", "probably", "likely", "unlikely", "appear", "appears", "appeared",
	"seem", "seems", "seemed", "reportedly", "allegedly", "perhaps", "potentially", "apparently", "suspected", "believed", "estimated"}

// NegationWords mark a claim as negated.
var NegationWords = []string{"not", "n't", "never", "no", "neither", "nor", "without", "cannot", "none", "nothing"}

// CollectiveNouns name groups of actors that speak together ("the ministers",
// "delegates"); the extractor resolves them to a group node of the most
// salient organization. Lowercase plural forms.
var CollectiveNouns = []string{"ministers", "partners", "leaders", "delegates", "delegations", "members", "member states",
	"participants", "officials", "authorities", "governments", "allies", "signatories", "representatives", "heads of state",
	"foreign ministers", "interior ministers", "justice ministers", "finance ministers", "security ministers", "speakers", "authors", "researchers", "scholars", "survivors", "victims", "witnesses", "residents", "activists", "campaigners", "critics", "observers", "sources", "diplomats",
	"experts", "investigators", "prosecutors", "police", "researchers", "analysts", "attendees", "envoys", "ambassadors",
	"lawmakers", "legislators", "regulators", "countries", "nations", "states", "council members", "colleagues", "officers",
	"agents", "insiders", "detectives", "academics", "scientists", "economists", "judges", "villagers", "traders",
	"inspectors", "auditors", "monitors", "specialists", "commentators", "firms", "companies", "rights groups",
	"human rights groups", "environmental groups", "advocacy groups", "aid groups", "civil society groups",
	"campaign groups", "ngos", "non-governmental organizations", "charities", "think tanks", "banks", "lenders",
	"agencies", "watchdogs", "unions", "families", "relatives", "locals", "farmers", "miners", "fishermen", "migrants",
	"refugees", "doctors", "teachers", "students", "parents", "mayors", "governors", "senators", "judges", "lawyers",
	"defenders", "journalists"}

// MemberNouns are the collective nouns whose members belong to the document's
// most salient organization when no other is named ("the ministers" of a G7
// meeting are the G7 ministers); other collectives ("police", "analysts")
// stand alone.
var MemberNouns = []string{"ministers", "partners", "leaders", "delegates", "delegations", "members", "member states",
	"participants", "signatories", "representatives", "heads of state", "foreign ministers", "interior ministers",
	"justice ministers", "finance ministers", "security ministers", "speakers", "council members", "allies", "envoys",
	"ambassadors", "authors"}

// InstitutionNouns are heads of definite descriptions that refer back to an
// organization ("the Council", "the agency", "the 15-nation organ").
var InstitutionNouns = []string{"council", "commission", "agency", "organization", "organisation", "office", "body", "organ",
	"bloc", "alliance", "ministry", "department", "bureau", "union", "forum", "committee", "secretariat", "government",
	"administration", "police", "force", "service", "court", "assembly", "parliament", "task force", "coalition", "institute",
	"centre", "center", "directorate", "group", "panel", "network", "fund", "programme", "program", "mission", "authority"}

// DocumentNouns head noun phrases that speak for their author ("their joint
// statement described ...", "the report warned ...").
var DocumentNouns = []string{"statement", "joint statement", "communiqué", "communique", "declaration", "report", "study",
	"assessment", "analysis", "resolution", "letter", "release", "press release", "briefing", "document", "paper",
	"strategy", "plan", "action plan", "chair's summary", "summary", "conclusions", "survey", "review", "index", "note"}

// OrgHeads end the names of organizations ("Interior Ministry", "Mexican Navy").
var OrgHeads = []string{"office", "agency", "council", "commission", "ministry", "department", "bureau", "police", "service",
	"services", "organization", "organisation", "union", "group", "force", "forces", "network", "institute", "court",
	"parliament", "committee", "coalition", "association", "foundation", "centre", "center", "bank", "fund", "programme",
	"program", "navy", "army", "guard", "directorate", "secretariat", "authority", "administration", "assembly", "unit",
	"initiative", "partnership", "forum", "alliance", "corporation", "company", "inc.", "ltd", "university", "command",
	"squad", "division", "gendarmerie", "customs", "tribunal", "mission", "senate", "congress", "cabinet", "government",
	"platform", "platforms", "federation", "league"}

// People is the crime type of moving people: smuggled people are migrant
// smuggling, trafficked people human trafficking. Goods maps it by verb.
const People = "people"

// Goods maps the nouns of smuggled or trafficked goods to the crime type
// their trade is: "firearms smuggled south", "traffic drugs and weapons",
// "smuggled migrants", "trafficked workers", "the smuggling of fuel".
// Singular forms; People for persons.
var Goods = map[string]string{
	"weapon": "arms-trafficking", "arm": "arms-trafficking", "firearm": "arms-trafficking", "gun": "arms-trafficking",
	"rifle": "arms-trafficking", "ammunition": "arms-trafficking", "explosive": "arms-trafficking", "handgun": "arms-trafficking",
	"drug": "drug-trafficking", "narcotic": "drug-trafficking", "cocaine": "cocaine", "heroin": "opioids", "opium": "opioids",
	"fentanyl": "fentanyl", "methamphetamine": "synthetic-drugs", "meth": "synthetic-drugs", "captagon": "synthetic-drugs",
	"cannabis": "drug-trafficking", "marijuana": "drug-trafficking", "pill": "drug-trafficking", "precursor": "synthetic-drugs",
	"migrant": People, "refugee": People, "asylum seeker": People, "asylum-seeker": People, "people": People,
	"person": People, "woman": People, "women": People, "child": People, "children": People, "girl": People, "boy": People,
	"worker": People, "victim": People, "labourer": People, "laborer": People, "human": People, "human being": People,
	"wildlife": "environmental-crime", "ivory": "environmental-crime", "timber": "environmental-crime",
	"rhino horn": "environmental-crime", "pangolin": "environmental-crime", "hardwood": "environmental-crime",
	"rosewood": "environmental-crime", "animal": "environmental-crime", "species": "environmental-crime",
	"antiquity": "cultural-property-trafficking", "antiquities": "cultural-property-trafficking",
	"artefact": "cultural-property-trafficking", "artifact": "cultural-property-trafficking",
	"cigarette": "counterfeiting", "tobacco": "counterfeiting", "fuel": "counterfeiting", "medicine": "counterfeiting",
	"alcohol": "counterfeiting", "counterfeit good": "counterfeiting",
}

// MovingVerbs are the verb forms of moving goods or people illicitly, with
// the crime type they make of people.
var MovingVerbs = map[string]string{
	"smuggle": "migrant-smuggling", "smuggles": "migrant-smuggling", "smuggled": "migrant-smuggling", "smuggling": "migrant-smuggling",
	"traffic": "human-trafficking", "traffics": "human-trafficking", "trafficked": "human-trafficking", "trafficking": "human-trafficking",
}
