package loaders

// Document is one input text with its metadata.
type Document struct {
	// Slug names the document in IRIs (id/doc/<slug>); derived from the file
	// name, a given id, the URL or a hash of the text.
	Slug   string
	Title  string
	Date   string // ISO 8601 date, when known
	URL    string
	Path   string
	Author string // the declared author of first-person text ("We, the Leaders of the G7")
	Text   string
	// Props are further document properties kept as they came (JSONL fields).
	Props map[string]string
}

// Ref names a node in a fact.
type Ref struct {
	ID    string `json:"id"`
	Label string `json:"label,omitempty"`
	Type  string `json:"type,omitempty"`
}

// ClaimRef is the reported content of a said fact.
type ClaimRef struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Negated bool   `json:"negated"`
	Hedged  bool   `json:"hedged"`
}

// Fact is one extracted fact, the unit of the facts view (DESIGN.md). Kind is
// said, converges, mentions, member, role, commits or discourse.
type Fact struct {
	Kind         string `json:"kind"`
	Doc          string `json:"doc"`
	Sentence     int    `json:"sentence"`
	SentenceText string `json:"sentence_text"`
	Statement    string `json:"statement"`

	// said
	Speaker *Ref      `json:"speaker,omitempty"`
	Verb    string    `json:"verb,omitempty"`
	Claim   *ClaimRef `json:"claim,omitempty"`
	Quote   bool      `json:"quote,omitempty"`

	// converges
	A         *Ref   `json:"a,omitempty"`
	B         *Ref   `json:"b,omitempty"`
	Cue       string `json:"cue,omitempty"`
	Mechanism string `json:"mechanism,omitempty"`

	// mentions: Crime; member: Member and Group; role: Person, Title, Affiliation
	Crime       *Ref   `json:"crime,omitempty"`
	Member      *Ref   `json:"member,omitempty"`
	Group       *Ref   `json:"group,omitempty"`
	Person      *Ref   `json:"person,omitempty"`
	Title       string `json:"title,omitempty"`
	Affiliation *Ref   `json:"affiliation,omitempty"`

	// commits
	Actor   *Ref  `json:"actor,omitempty"`
	Measure *Ref  `json:"measure,omitempty"`
	Targets []Ref `json:"targets,omitempty"`

	// discourse
	Relation string `json:"relation,omitempty"`
	Target   int    `json:"target,omitempty"`
}
