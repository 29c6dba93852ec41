package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	text       string // as in the input
	norm       string // folded: lowercase, American spelling, singular
	lower      string // lowercase surface
	start, end int    // byte offsets in the sentence
	cap        bool   // starts with an upper-case letter or a digit run like "G7"
	punct      bool
	hyphen     bool   // joined to the previous token by a hyphen
	quote      byte   // 'o' opening, 'c' closing, 'a' ambiguous straight quote
	cls        uint16 // the closed word classes of lower (cDet, cPrep, ...): one lookup instead of many
	starts     uint8  // the lexicon tries an entry of which may start here (startsCrime, ...), once computed
	lid, nid   uint32 // the word ids of lower and norm (see wordIDs), 0 for words no set holds
}

// Word classes: the closed sets the rules test most, as bits of token.cls.
const (
	cDet uint16 = 1 << iota
	cPrep
	cAdv
	cGapL
	cGapR
	cConj
	cTrade
	cPron
	cClause
	cFinite
	cNotMod
)

// wordClasses holds the class bits of lowercase words by word id.
var wordClasses = func() []uint16 {
	var c []uint16
	for bit, set := range map[uint16]wordSet{cDet: determiners, cPrep: prepositions, cAdv: adverbs,
		cGapL: gapLeft, cGapR: gapRight, cConj: conjunctions, cTrade: tradeVerbs, cPron: pronouns,
		cClause: clauseBreaks, cFinite: finiteVerb, cNotMod: notModifiers} {
		for w := range set.m {
			id := wordID(w)
			c = growTo(c, id)
			c[id] |= bit
		}
	}
	return c
}()

// wordClass returns the class bits of the lowercase word of id.
func wordClass(id uint32) uint16 { return byID(wordClasses, id) }

// tokenize splits a sentence into tokens. Hyphenated words become several
// tokens marked hyphen; "'s" is its own token; dotted abbreviations keep
// their dots ("U.S.", "Mr.").
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	i := 0
	hyph := false
	for i < len(s) {
		if c := s[i]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++ // ASCII fast path for the commonest byte
			hyph = false
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
			hyph = false
			continue
		case r == '-' || r == '‐' || r == '‑':
			// a hyphen inside a word joins; a spaced one is a dash
			if len(toks) > 0 && toks[len(toks)-1].end == i && !toks[len(toks)-1].punct && i+w < len(s) {
				nr, _ := utf8.DecodeRuneInString(s[i+w:])
				if unicode.IsLetter(nr) || unicode.IsDigit(nr) {
					hyph = true
					i += w
					continue
				}
			}
			toks = append(toks, punctToken(s, i, i+w))
			i += w
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + w
			for j < len(s) {
				if isWordByte(s[j]) {
					j++ // ASCII letters and digits without decoding
					continue
				}
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += w2
					continue
				}
				// apostrophe inside a word ("don't", "N'Djamena") but not "'s"
				if (r2 == '\'' || r2 == '’') && j+w2 < len(s) {
					nr, _ := utf8.DecodeRuneInString(s[j+w2:])
					if unicode.IsLetter(nr) && !(nr == 's' || nr == 'S') || (nr == 's' || nr == 'S') && j+w2+1 < len(s) && isWordByte(s[j+w2+1]) {
						j += w2
						continue
					}
				}
				// dotted abbreviation: "U.S.", "a.m.", "Mr."
				if r2 == '.' {
					word := s[i:j]
					if j+2 < len(s) && isLetterByte(s[j+1]) && (s[j+2] == '.') {
						j++ // "U" of "U.S."
						continue
					}
					if strings.Contains(word, ".") || abbreviations.m[strings.ToLower(word)] || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r)) {
						j++
					}
				}
				break
			}
			toks = append(toks, wordToken(s, i, j, hyph))
			hyph = false
			i = j
			continue
		case r == '\'' || r == '’':
			// possessive 's
			if len(toks) > 0 && toks[len(toks)-1].end == i && i+w < len(s) && (s[i+w] == 's' || s[i+w] == 'S') && (i+w+1 == len(s) || !isWordByte(s[i+w+1])) {
				t := token{text: s[i : i+w+1], norm: "'s", lower: "'s", start: i, end: i + w + 1}
				toks = append(toks, t)
				i += w + 1
				continue
			}
			if pluralPossessive(s, toks, i, w) {
				// "the smugglers' profits": a plural's possessive, not a closing quote
				toks = append(toks, token{text: s[i : i+w], norm: "'s", lower: "'s", start: i, end: i + w})
				i += w
				continue
			}
			t := punctToken(s, i, i+w)
			if r == '’' {
				t.quote = 'c'
			} else {
				t.quote = 'a'
			}
			toks = append(toks, t)
			i += w
			continue
		default:
			t := punctToken(s, i, i+w)
			switch r {
			case '“', '«', '„':
				t.quote = 'o'
				t.norm = "\""
			case '”', '»':
				t.quote = 'c'
				t.norm = "\""
			case '"':
				t.quote = 'a'
			case '‘':
				t.quote = 'o'
			}
			toks = append(toks, t)
			i += w
		}
	}
	for k := range toks {
		t := &toks[k]
		t.lid = wordIDs[t.lower]
		t.cls = wordClass(t.lid)
		if t.norm == t.lower {
			t.nid = t.lid
		} else {
			t.nid = wordIDs[t.norm]
		}
	}
	return toks
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func punctToken(s string, i, j int) token {
	return token{text: s[i:j], norm: s[i:j], lower: s[i:j], start: i, end: j, punct: true}
}

func wordToken(s string, i, j int, hyph bool) token {
	text := s[i:j]
	r, _ := utf8.DecodeRuneInString(text)
	lower := lowerASCII(text)
	return token{text: text, lower: lower, norm: fold(lower), start: i, end: j, cap: unicode.IsUpper(r) || unicode.IsDigit(r) && hasUpper(text), hyphen: hyph}
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// lowerASCII lowercases without allocating when the text is already lowercase ASCII.
func lowerASCII(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == 0x27 {
			return strings.ReplaceAll(strings.ToLower(s), "’", "'")
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return s
	}
	b := make([]byte, len(s)) // ASCII with capitals: one allocation
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// britishSuffixes maps British spellings to American ones.
var britishWords = map[string]string{
	"labour": "labor", "centre": "center", "defence": "defense", "programme": "program", "offence": "offense",
	"co-operation": "cooperation", "licence": "license", "favour": "favor", "behaviour": "behavior",
	"fuelling": "fueling", "fuelled": "fueled", "benefitting": "benefiting", "benefitted": "benefited",
}

// fold normalises a lowercase word for matching: American spelling and the
// singular of regular plurals. The lexicons are folded the same way.
func fold(w string) string {
	if a, ok := britishWords[w]; ok {
		w = a
	}
	n := len(w)
	if n > 6 {
		switch {
		case strings.HasSuffix(w, "isation"):
			w = w[:n-7] + "ization"
		case strings.HasSuffix(w, "isations"):
			w = w[:n-8] + "izations"
		case strings.HasSuffix(w, "ised"):
			w = w[:n-4] + "ized"
		case strings.HasSuffix(w, "ising"):
			w = w[:n-5] + "izing"
		}
		n = len(w)
	}
	if n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && w != "news" && w != "customs" && w != "chemicals'" {
		if strings.HasSuffix(w, "ies") && n > 4 {
			return w[:n-3] + "y"
		}
		if n > 5 && (strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses")) {
			return w[:n-2] // "car washes", "boxes", "crime bosses", "businesses": the singular adds "es"
		}
		if a, ok := britishWords[w[:n-1]]; ok {
			return a // "centres": the singular's American spelling
		}
		return w[:n-1]
	}
	return w
}

// foldPhrase folds a lexicon phrase into its token norms.
func foldPhrase(p string) []string {
	toks := tokenize(p, nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.norm)
	}
	return out
}

// afterClosingQuote follow a quotation's closing mark, not a possessive's noun.
var afterClosingQuote = set([]string{"he", "she", "they", "it", "we", "i", "you", "said", "says", "say", "told", "added", "adds",
	"the", "a", "an", "and", "or", "but", "according", "who", "which", "that", "as", "in", "on", "at", "to", "of", "for",
	"with", "by", "from", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "not", "so"})

// pluralPossessive says whether the apostrophe at i (w bytes) makes the word
// before it a plural possessive ("the smugglers' profits"): it ends a word in
// "s", a space and a lowercase word follow, and no single quote is open in
// the words before ("the so-called 'bosses' said" closes one).
func pluralPossessive(s string, toks []token, i, w int) bool {
	n := len(toks)
	if n == 0 || toks[n-1].end != i || toks[n-1].punct || !strings.HasSuffix(toks[n-1].lower, "s") || len(toks[n-1].lower) < 3 {
		return false
	}
	j := i + w
	if j+1 >= len(s) || s[j] != ' ' || s[j+1] < 'a' || s[j+1] > 'z' {
		return false
	}
	e := j + 1
	for e < len(s) && isLetterByte(s[e]) {
		e++
	}
	if afterClosingQuote.m[s[j+1:e]] {
		return false // "... the bosses' he said", "the bosses' and": a quotation closing, no owner
	}
	open := false // a single quote opened in the sentence so far
	for k := n - 1; k >= 0; k-- {
		if toks[k].quote != 0 && (toks[k].text == "'" || toks[k].text == "‘" || toks[k].text == "’") {
			open = !open
		}
	}
	return !open
}
