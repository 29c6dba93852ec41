package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a document, as it stands in the input.
type Sentence struct {
	Index int    // 1-based position in the document
	Text  string // the sentence, trimmed, as it stands in the input
	// Start and End are byte offsets of Text in the document; CharStart and
	// CharEnd are the same span counted in characters (runes).
	Start, End         int
	CharStart, CharEnd int
	Line, Col          int // 1-based position of the first character
	Para               int // 1-based paragraph number
	Heading            bool
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = setOf(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "no": true, "nos": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "jr": true, "sr": true,
	"vs": true, "v": true, "e.g": true, "i.e": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "fig": true, "vol": true,
	"art": true, "para": true, "approx": true, "dept": true, "univ": true, "mt": true, "ft": true, "gens": true,
	"adm": true, "cmdr": true, "supt": true, "insp": true, "det": true, "hon": true, "rev": true, "pres": true,
	"amb": true, "messrs": true, "cf": true, "al": true, "ave": true, "blvd": true, "est": true, "brig": true, "maj": true,
	"cpl": true, "pvt": true, "lt.col": true, "insp.gen": true, "sgt.maj": true, "brig.gen": true, "cdr": true, "commr": true,
})

// softAbbreviations may end a sentence; they do when a typical sentence
// opener follows.
var softAbbreviations = setOf(map[string]bool{"etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "plc": true, "llc": true})

var sentenceOpeners = setOf(map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "in": true, "but": true,
	"this": true, "that": true, "these": true, "those": true, "a": true, "an": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "on": true, "at": true, "as": true, "after": true, "however": true,
	"meanwhile": true, "moreover": true, "furthermore": true, "officials": true, "authorities": true, "police": true,
	"there": true, "when": true, "while": true, "for": true, "to": true, "with": true, "by": true, "and": true,
})

// SplitSentences splits text into sentences. It survives abbreviations (Mr.,
// Dr., U.S., No., a.m.), initials, closing quotes and brackets after the final
// stop, and takes headlines and navigation lines without final punctuation as
// sentences of their own. Offsets are kept.
func SplitSentences(text string) []Sentence {
	s := splitter{text: text, line: 1, col: 1}
	s.run()
	return s.out
}

type splitter struct {
	text      string
	out       []Sentence
	para      int
	line, col int // position of byte pos
	pos       int
	charPos   int
}

// advance moves the position bookkeeping (line, column, character offset) to byte offset to.
func (s *splitter) advance(to int) {
	for s.pos < to {
		r, n := utf8.DecodeRuneInString(s.text[s.pos:])
		if r == '\n' {
			s.line++
			s.col = 1
		} else {
			s.col++
		}
		s.pos += n
		s.charPos++
	}
}

// maxSentence bounds a sentence in bytes: longer runs without a stop (tables,
// run-on scrapes, a 50 MB single line) are cut at a space, so that the
// extractor's work stays linear in the input.
const maxSentence = 2000

func (s *splitter) emit(start, end int, heading bool) {
	for end-start > maxSentence {
		cut := start + maxSentence
		for cut > start+maxSentence/2 && s.text[cut] != ' ' && s.text[cut] != '\n' {
			cut--
		}
		for cut > start && !utf8.RuneStart(s.text[cut]) {
			cut--
		}
		if cut <= start {
			cut = start + maxSentence // no character boundary (invalid UTF-8): cut anyway, so that the loop moves on
		}
		s.emitOne(start, cut, heading)
		start = cut
	}
	s.emitOne(start, end, heading)
}

func (s *splitter) emitOne(start, end int, heading bool) {
	// trim space and markup that is not part of the sentence
	for start < end {
		r, n := utf8.DecodeRuneInString(s.text[start:end])
		if unicode.IsSpace(r) || r == '#' || r == '>' || r == '|' || r == '\u200b' || r == '\ufeff' {
			start += n
			continue
		}
		if (r == '-' || r == '*' || r == '•' || r == '+') && start+n < end && (s.text[start+n] == ' ' || s.text[start+n] == '\t') {
			start += n
			continue
		}
		if r >= '0' && r <= '9' {
			k := start
			for k < end && k-start < 3 && s.text[k] >= '0' && s.text[k] <= '9' {
				k++
			}
			if k+1 < end && (s.text[k] == '.' || s.text[k] == ')') && (s.text[k+1] == ' ' || s.text[k+1] == '\t') && listNumber(s.text, k) {
				start = k + 1
				continue
			}
		}
		break
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(s.text[start:end])
		if unicode.IsSpace(r) || r == '|' {
			end -= n
			continue
		}
		break
	}
	if start >= end {
		return
	}
	if !hasLetterOrDigit(s.text[start:end]) {
		return
	}
	s.advance(start)
	sent := Sentence{Index: len(s.out) + 1, Text: s.text[start:end], Start: start, End: end,
		CharStart: s.charPos, Line: s.line, Col: s.col, Para: s.para, Heading: heading}
	s.advance(end)
	sent.CharEnd = s.charPos
	s.out = append(s.out, sent)
}

func hasLetterOrDigit(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func (s *splitter) run() {
	text := s.text
	n := len(text)
	i := 0
	for i < n {
		// one paragraph: up to a blank line
		j := i
		for j < n {
			k := strings.IndexByte(text[j:], '\n')
			if k < 0 {
				j = n
				break
			}
			lineEnd := j + k
			// blank line after this one?
			m := lineEnd + 1
			for m < n && (text[m] == ' ' || text[m] == '\t' || text[m] == '\r') {
				m++
			}
			if m >= n || text[m] == '\n' {
				j = lineEnd
				break
			}
			j = lineEnd + 1
		}
		if strings.TrimSpace(text[i:j]) != "" {
			s.para++
			s.paragraph(i, j)
		}
		i = j + 1
	}
}

// paragraph splits text[start:end] into sentences.
func (s *splitter) paragraph(start, end int) {
	text := s.text
	sentStart := start
	lineStart := start
	for i := start; i < end; {
		r, w := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == '\n':
			line := strings.TrimSpace(text[lineStart:i])
			next := strings.TrimSpace(nextLine(text, i+1, end))
			if lineIsBreak(line, next) {
				s.emit(sentStart, i, isHeading(line))
				sentStart = i + 1
			}
			lineStart = i + 1
		case r == '.' || r == '!' || r == '?' || r == '…':
			if b, ok := s.boundary(i, w, end); ok {
				s.emit(sentStart, b, false)
				sentStart = b
			}
		}
		i += w
	}
	line := strings.TrimSpace(text[lineStart:end])
	s.emit(sentStart, end, isHeading(line) && sentStart >= lineStart)
}

func nextLine(text string, from, end int) string {
	k := strings.IndexByte(text[from:end], '\n')
	if k < 0 {
		return text[from:end]
	}
	return text[from : from+k]
}

func isHeading(line string) bool {
	return strings.HasPrefix(line, "#") || (line != "" && !endsSentence(line) && utf8.RuneCountInString(line) < 70)
}

// lineIsBreak says whether a single newline ends a sentence: after headings,
// navigation and list items, and lines without final punctuation that are too
// short to be wrapped prose.
func lineIsBreak(line, next string) bool {
	if line == "" {
		return false
	}
	if strings.HasPrefix(line, "#") || strings.HasPrefix(next, "#") || isListItem(next) || isListItem(line) && endsSentence(line) {
		return true
	}
	if endsSentence(line) {
		return false // the stop itself was a boundary already, or an abbreviation
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == ',' || last == ';' || last == '(' || last == '-' || last == '–' {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(next); unicode.IsLower(first) {
		return false
	}
	return utf8.RuneCountInString(line) < 70
}

func isListItem(line string) bool {
	if len(line) < 2 {
		return false
	}
	if (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ' {
		return true
	}
	return strings.HasPrefix(line, "• ")
}

func endsSentence(line string) bool {
	line = strings.TrimRight(line, "\"'”’)]»* ")
	if line == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':'
}

// boundary decides whether the stop at text[i] ends a sentence; it returns
// the end offset (after closing quotes and brackets).
func (s *splitter) boundary(i, w, end int) (int, bool) {
	text := s.text
	j := i + w
	// runs of stops: "?!" or "..."
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if r == '.' || r == '!' || r == '?' || r == '…' {
			j += n
			continue
		}
		break
	}
	// closing quotes and brackets belong to the sentence
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || r == '»' || r == '*' {
			j += n
			continue
		}
		break
	}
	if j < end && text[j] == '[' {
		// a footnote marker after the stop belongs to the sentence: "declined.[14] The group"
		k := j + 1
		for k < end && (text[k] >= '0' && text[k] <= '9' || text[k] == ',' || text[k] == '-') && k-j < 12 {
			k++
		}
		if k < end && k > j+1 && text[k] == ']' {
			j = k + 1
		}
	}
	if j < end {
		r, _ := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsSpace(r) {
			return 0, false // "U.S.-led", "3.5", "example.com"
		}
	}
	// the next word
	k := j
	for k < end {
		r, n := utf8.DecodeRuneInString(text[k:end])
		if !unicode.IsSpace(r) {
			break
		}
		k += n
	}
	if k >= end {
		return j, true
	}
	next, _ := utf8.DecodeRuneInString(text[k:end])
	if unicode.IsLower(next) {
		return 0, false
	}
	if text[i] != '.' || j > i+1 && text[i+1] == '.' {
		return j, true
	}
	// the word before the period
	b := i
	for b > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:b])
		if unicode.IsLetter(r) || r == '.' || r == '\'' {
			b -= n
			continue
		}
		break
	}
	word := strings.ToLower(text[b:i])
	nextWord := strings.ToLower(wordAt(text, k, end))
	switch {
	case (next == '—' || next == '–' || next == '-') && upperLetters(text[b:i]):
		return 0, false // "MEXICO CITY. — Criminal groups ...": a dateline, then its story
	case word == "" && listNumber(text, i):
		return 0, false // "1. We, the Leaders ..."
	case word == "":
		return j, true
	case abbreviations.m[word]:
		if word == "no" && !unicode.IsDigit(next) {
			return j, true
		}
		return 0, false
	case softAbbreviations.m[word]:
		return j, sentenceOpeners.m[nextWord]
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(text[b:i])[0]):
		// an initial: "J. Smith"; but "Plan B." at the end is rare enough
		return 0, false
	case strings.Contains(word, "."):
		// U.S., a.m., U.N.: a boundary only before a typical opener
		return j, sentenceOpeners.m[nextWord]
	}
	return j, true
}

// upperLetters says whether w has at least two letters, all capitals.
func upperLetters(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// listNumber says whether the period at i ends a list number at the start of a line.
func listNumber(text string, i int) bool {
	b := i
	for b > 0 && text[b-1] >= '0' && text[b-1] <= '9' {
		b--
	}
	if b == i || i-b > 3 {
		return false
	}
	for b > 0 && (text[b-1] == ' ' || text[b-1] == '\t') {
		b--
	}
	return b == 0 || text[b-1] == '\n'
}

func wordAt(text string, k, end int) string {
	e := k
	for e < end {
		r, n := utf8.DecodeRuneInString(text[e:end])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	return text[k:e]
}
