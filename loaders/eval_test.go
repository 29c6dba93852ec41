package loaders_test

import (
	"testing"

	"github.com/crimegraph/crimegraph/loaders"
)

// TestEvaluateMatching checks how Evaluate pairs a gold entry with a fact, as
// the shared scorer does: the same sentence (equal words, a longer cut, or
// four in five words shared) and the same speaker or pair of crime types.
func TestEvaluateMatching(t *testing.T) {
	const sent = "The minister said that gangs smuggle cocaine and launder the proceeds through casinos."
	yes, no := true, false
	said := func(sentence, label string) loaders.Fact {
		return loaders.Fact{Kind: "said", SentenceText: sentence, Speaker: &loaders.Ref{Label: label}}
	}
	conv := func(sentence, a, b string) loaders.Fact {
		return loaders.Fact{Kind: "converges", SentenceText: sentence,
			A: &loaders.Ref{ID: "https://w3id.org/crimegraph/id/crime/" + a}, B: &loaders.Ref{ID: "https://w3id.org/crimegraph/id/crime/" + b}}
	}
	cases := []struct {
		name       string
		gold       loaders.Gold
		fact       loaders.Fact
		tp, fp, fn int
		kind       string
	}{
		{"same sentence, same speaker", loaders.Gold{Sentence: sent, Kind: "said", Speaker: []string{"minister"}},
			said(sent, "Minister"), 1, 0, 0, "said"},
		{"a distinctive part names the sentence", loaders.Gold{Sentence: "gangs smuggle cocaine and launder", Kind: "said", Speaker: []string{"minister"}},
			said(sent, "the minister"), 1, 0, 0, "said"},
		{"a short part names no sentence", loaders.Gold{Sentence: "gangs smuggle", Kind: "said", Speaker: []string{"minister"}},
			said(sent, "the minister"), 0, 1, 1, "said"},
		{"punctuation, case and curly quotes aside", loaders.Gold{Sentence: "“The minister said that gangs smuggle cocaine and launder the proceeds through casinos”", Kind: "said", Speaker: []string{"minister"}},
			said(sent, "minister"), 1, 0, 0, "said"},
		{"four in five words shared", loaders.Gold{Sentence: "The minister said that gangs smuggle cocaine and launder the proceeds through casinos in Macau.", Kind: "said", Speaker: []string{"minister"}},
			said("Minister said that gangs smuggle cocaine and launder the proceeds through casinos in Macau!", "minister"), 1, 0, 0, "said"},
		{"too few words shared", loaders.Gold{Sentence: "Police said that gangs smuggle heroin.", Kind: "said", Speaker: []string{"police"}},
			said("Police said that cartels ship weapons.", "police"), 0, 1, 1, "said"},
		{"another speaker", loaders.Gold{Sentence: sent, Kind: "said", Speaker: []string{"police"}},
			said(sent, "minister"), 0, 1, 1, "said"},
		{"an optional entry counts neither way", loaders.Gold{Sentence: sent, Kind: "said", Speaker: []string{"minister"}, Required: &no},
			said(sent, "minister"), 0, 0, 0, "said"},
		{"a pair either way round", loaders.Gold{Sentence: sent, Kind: "converges", A: []string{"money-laundering"}, B: []string{"drug-trafficking"}, Required: &yes},
			conv(sent, "drug-trafficking", "money-laundering"), 1, 0, 0, "converges"},
		{"a pair among alternatives", loaders.Gold{Sentence: sent, Kind: "converges", A: []string{"organized-crime", "drug-trafficking"}, B: []string{"money-laundering"}},
			conv(sent, "organized-crime", "money-laundering"), 1, 0, 0, "converges"},
		{"another pair", loaders.Gold{Sentence: sent, Kind: "converges", A: []string{"drug-trafficking"}, B: []string{"money-laundering"}},
			conv(sent, "drug-trafficking", "fraud"), 0, 1, 1, "converges"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := loaders.Evaluate([]loaders.Gold{tc.gold}, []loaders.Fact{tc.fact})[tc.kind]
			if s.TP != tc.tp || s.FP != tc.fp || s.FN != tc.fn {
				t.Errorf("tp %d fp %d fn %d, want %d %d %d", s.TP, s.FP, s.FN, tc.tp, tc.fp, tc.fn)
			}
		})
	}
}
