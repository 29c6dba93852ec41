package schema

// Term describes one class or property of crimegraph's vocabulary, for the
// published schema (crimegraph schema, schema/crimegraph.ttl).
type Term struct {
	Local     string // local name under Vocab.NS(); a full IRI for standard terms described here
	Class     bool
	Label     string
	Comment   string
	Domain    string // full IRI or local name of ours; empty when open
	Range     string
	Symmetric bool
}

// Terms is crimegraph's own vocabulary.
var Terms = []Term{
	{Local: Statement, Class: true, Label: "statement", Comment: "A sentence of a document, as it stands in the input; the named graph of every quad it asserts."},
	{Local: Group, Class: true, Label: "group", Comment: "A collective speaker such as \"the G7 ministers\", linked to its organization by schema:memberOf."},
	{Local: Measure, Class: true, Label: "measure", Comment: "A policy response an actor commits to, endorses or calls for (sanctions, a follow-the-money strategy, border security)."},
	{Local: Convergence, Class: true, Label: "convergence link", Comment: "One statement's assertion that two crime types converge, with its cue and mechanism."},
	{Local: Said, Label: "said", Comment: "An actor reports, states, argues, urges or calls for the content of a claim.", Range: string(Claim)},
	{Local: About, Label: "about", Comment: "A claim concerns a crime type or entity.", Domain: string(Claim)},
	{Local: ConvergesWith, Label: "converges with", Comment: "Two crime types are linked, connected, overlap or converge, according to the statement that is the quad's named graph. Stored in both directions.", Domain: string(SKOSConcept), Range: string(SKOSConcept), Symmetric: true},
	{Local: Mentions, Label: "mentions", Comment: "A statement names a crime type.", Domain: Statement, Range: string(SKOSConcept)},
	{Local: CommitsTo, Label: "commits to", Comment: "An actor commits to a measure (committed to, agreed to, pledged).", Range: Measure},
	{Local: Endorses, Label: "endorses", Comment: "An actor endorses or welcomes a measure.", Range: Measure},
	{Local: CalledFor, Label: "called for", Comment: "An actor calls for a measure.", Range: Measure},
	{Local: Targets, Label: "targets", Comment: "A measure is aimed at a crime type.", Domain: Measure, Range: string(SKOSConcept)},
	{Local: ConsequenceOf, Label: "consequence of", Comment: "A statement follows from the one before (As a result, Therefore, Consequently, Thus).", Domain: Statement, Range: Statement},
	{Local: ContrastsWith, Label: "contrasts with", Comment: "A statement contrasts with the one before (However).", Domain: Statement, Range: Statement},
	{Local: ExampleOf, Label: "example of", Comment: "A statement gives an example of the one before (For example).", Domain: Statement, Range: Statement},
	{Local: Elaborates, Label: "elaborates", Comment: "A statement adds to the one before (Moreover, Furthermore, In addition, Additionally).", Domain: Statement, Range: Statement},
	{Local: Verb, Label: "reporting verb", Comment: "The verb that introduces a claim (said, warned, called for, according to).", Domain: string(Claim), Range: XSD + "string"},
	{Local: Negated, Label: "negated", Comment: "The claim's content is negated (\"were not part of\").", Domain: string(Claim), Range: XSD + "boolean"},
	{Local: Hedged, Label: "hedged", Comment: "The claim is hedged (may, could, reportedly).", Domain: string(Claim), Range: XSD + "boolean"},
	{Local: Index, Label: "index", Comment: "The 1-based position of a statement in its document.", Domain: Statement, Range: XSD + "integer"},
	{Local: Start, Label: "start", Comment: "Character offset of a statement's first character in its document.", Domain: Statement, Range: XSD + "integer"},
	{Local: End, Label: "end", Comment: "Character offset just past a statement's last character.", Domain: Statement, Range: XSD + "integer"},
	{Local: ContentHash, Label: "content hash", Comment: "SHA-256 of a document's text: re-ingesting the same text is a no-op, a changed text replaces the document's statements.", Domain: string(CreativeWork), Range: XSD + "string"},
	{Local: Path, Label: "path", Comment: "The file a document was read from.", Domain: string(CreativeWork), Range: XSD + "string"},
	{Local: Mechanism, Label: "mechanism", Comment: "How two crime types converge: alliance, tactics, finances, facilitates, involvement, hybrid, or link when the text only says they are linked (after Makarenko's crime–terror continuum and the Security Council's wording).", Domain: Convergence, Range: XSD + "string"},
	{Local: CueTerm, Label: "cue", Comment: "The words of the text that assert a convergence.", Domain: Convergence, Range: XSD + "string"},
	{Local: Between, Label: "between", Comment: "A crime type a convergence link joins (two per link).", Domain: Convergence, Range: string(SKOSConcept)},
}
