package loaders

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
)

// Gold is one annotated fact, in the format of shared/eval/README.md.
type Gold struct {
	Doc      string   `json:"doc"`
	Sentence string   `json:"sentence"`
	Kind     string   `json:"kind"`
	Speaker  []string `json:"speaker,omitempty"`
	A        []string `json:"a,omitempty"`
	B        []string `json:"b,omitempty"`
	Required *bool    `json:"required,omitempty"`
}

func (g Gold) required() bool { return g.Required == nil || *g.Required }

// ReadGold reads a gold JSONL file, naming file:line on a bad line.
func ReadGold(name string, r io.Reader) ([]Gold, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []Gold
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, &ParseError{File: name, Line: n, Err: fmt.Errorf("not JSON: %w", err)}
		}
		if g.Kind != "said" && g.Kind != "converges" {
			return nil, &ParseError{File: name, Line: n, Err: fmt.Errorf("unknown kind %q (accepted: said, converges)", g.Kind)}
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// Score is precision, recall and F1 for one kind of fact.
type Score struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// Misses lists the false positives and negatives, for --verbose.
	Misses []string `json:"-"`
}

// Evaluate scores facts against gold the way shared/eval/score.py does: a
// predicted fact matching a required gold entry is a true positive (each entry
// counts once); one matching only an optional entry counts neither way.
func Evaluate(gold []Gold, facts []Fact) map[string]Score {
	return map[string]Score{
		"said":      evalKind("said", gold, facts),
		"converges": evalKind("converges", gold, facts),
	}
}

var nonWord = regexp.MustCompile(`[a-z0-9]+`)

func normText(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	s = strings.Join(strings.Fields(strings.ToLower(strings.TrimSpace(s))), " ")
	return strings.Trim(s, " .\"'")
}

func words(s string) string { return strings.Join(nonWord.FindAllString(normText(s), -1), " ") }

// sentenceKey is a sentence read once for matching: its words joined, and
// the set of its words sorted.
type sentenceKey struct {
	joined string
	set    []string
}

func keyOf(s string) sentenceKey {
	j := words(s)
	set := strings.Fields(j)
	slices.Sort(set)
	return sentenceKey{joined: j, set: slices.Compact(set)}
}

// sameKey says whether a gold and a predicted sentence are one, as the
// shared scorer reads them: equal words, one a longer cut of the other, or
// at least four in five of their words shared.
func sameKey(g, p sentenceKey) bool {
	if g.joined == "" || p.joined == "" {
		return false
	}
	if g.joined == p.joined || len(p.joined) > 20 && strings.Contains(g.joined, p.joined) || len(g.joined) > 20 && strings.Contains(p.joined, g.joined) {
		return true
	}
	// |g ∩ p| / |g ∪ p| >= 0.8 needs the smaller set at least 0.8 of the larger
	small, large := len(g.set), len(p.set)
	if small > large {
		small, large = large, small
	}
	if float64(small) < 0.8*float64(large) {
		return false
	}
	inter := 0
	for i, j := 0, 0; i < len(g.set) && j < len(p.set); {
		switch c := strings.Compare(g.set[i], p.set[j]); {
		case c == 0:
			inter++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	union := len(g.set) + len(p.set) - inter
	if union == 0 {
		union = 1
	}
	return float64(inter)/float64(union) >= 0.8
}

func slugOf(iri string) string {
	iri = strings.TrimRight(iri, "/#")
	if i := strings.LastIndexAny(iri, "/#:"); i >= 0 {
		iri = iri[i+1:]
	}
	return strings.ToLower(iri)
}

// factMatches compares what a gold entry and a fact say, not where.
func factMatches(g Gold, f Fact) bool {
	switch f.Kind {
	case "said":
		label := ""
		if f.Speaker != nil {
			label = strings.ToLower(f.Speaker.Label)
		}
		for _, alt := range g.Speaker {
			if strings.Contains(label, strings.ToLower(alt)) {
				return true
			}
		}
	case "converges":
		if f.A == nil || f.B == nil {
			return false
		}
		a, b := slugOf(f.A.ID), slugOf(f.B.ID)
		return contains(g.A, a) && contains(g.B, b) || contains(g.A, b) && contains(g.B, a)
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func evalKind(kind string, gold []Gold, facts []Fact) Score {
	var golds []Gold
	for _, g := range gold {
		if g.Kind == kind {
			golds = append(golds, g)
		}
	}
	seen := map[string]bool{}
	var preds []Fact
	for _, f := range facts {
		if f.Kind != kind {
			continue
		}
		key := normText(f.SentenceText) + "\x00"
		if kind == "said" && f.Speaker != nil {
			key += strings.ToLower(f.Speaker.Label)
		} else if f.A != nil && f.B != nil {
			a, b := slugOf(f.A.ID), slugOf(f.B.ID)
			if a > b {
				a, b = b, a
			}
			key += a + "|" + b
		}
		if !seen[key] {
			seen[key] = true
			preds = append(preds, f)
		}
	}
	var s Score
	matched := map[int]bool{}
	gkeys := make([]sentenceKey, len(golds)) // each sentence read once, not once a pair
	for i, g := range golds {
		gkeys[i] = keyOf(g.Sentence)
	}
	for _, f := range preds {
		var hits, fresh []int
		fk := keyOf(f.SentenceText)
		for i, g := range golds {
			if factMatches(g, f) && sameKey(gkeys[i], fk) {
				hits = append(hits, i)
				if g.required() && !matched[i] {
					fresh = append(fresh, i)
				}
			}
		}
		switch {
		case len(fresh) > 0:
			matched[fresh[0]] = true
			s.TP++
		case len(hits) == 0:
			s.FP++
			b, _ := json.Marshal(f)
			s.Misses = append(s.Misses, "FP "+kind+": "+string(b))
		}
	}
	need := 0
	for i, g := range golds {
		if g.required() {
			need++
			if !matched[i] {
				s.FN++
				b, _ := json.Marshal(g)
				s.Misses = append(s.Misses, "FN "+kind+": "+string(b))
			}
		}
	}
	if s.TP+s.FP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	s.Recall = 1
	if need > 0 {
		s.Recall = float64(s.TP) / float64(need)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
