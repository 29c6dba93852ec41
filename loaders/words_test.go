package loaders

import "testing"

// TestWordSets checks that a set test by a token's word id answers what the
// set's words say, for words in sets, words in none, and folded forms.
func TestWordSets(t *testing.T) {
	sharedLexicon()
	cases := []struct {
		name string
		set  wordSet
		text string
		norm bool // test the folded form
		want bool
	}{
		{"a determiner, capitalised", determiners, "The", false, true},
		{"a moving verb is no trade verb", tradeVerbs, "smuggled", false, false},
		{"a trade verb's base form", tradeVerbs, "sells", false, true},
		{"a word no set holds", tradeVerbs, "zyzzyva", false, false},
		{"a plural by its folded form", moneyWords, "Profits", true, true},
		{"a British plural folded", labourNouns, "Labours", true, true},
		{"punctuation a set holds", clauseBreaks, ";", false, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize(tc.text, nil)
			if len(toks) != 1 {
				t.Fatalf("%q is %d tokens", tc.text, len(toks))
			}
			tok := toks[0]
			id, key := tok.lid, tok.lower
			if tc.norm {
				id, key = tok.nid, tok.norm
			}
			if got := tc.set.has(id); got != tc.want || got != tc.set.m[key] {
				t.Errorf("has(%q) = %v, the set's words say %v, want %v", key, got, tc.set.m[key], tc.want)
			}
		})
	}
}

// TestWordTableFixed checks that a word set built after the shared lexicon
// fails loudly instead of missing its words in tokens.
func TestWordTableFixed(t *testing.T) {
	sharedLexicon()
	defer func() {
		if recover() == nil {
			t.Error("a set built after the table was fixed did not panic")
		}
	}()
	set([]string{"a-word-no-set-holds-yet"})
}

// TestPluralPossessive checks how an apostrophe after a plural reads: a
// possessive before the owned noun, a closing quote mark otherwise.
func TestPluralPossessive(t *testing.T) {
	cases := []struct {
		name, text string
		poss       bool // the apostrophe token is a possessive "'s"
	}{
		{"a plural's profits", "the smugglers' profits were laundered", true},
		{"curly apostrophe", "the smugglers’ profits were laundered", true},
		{"a quotation closing before the speaker", "'We fear the bosses' he said", false},
		{"a scare quote closing", "the so-called 'bosses' profits", false},
		{"before a capital", "the smugglers' Toyota", false},
		{"a singular's apostrophe", "the boss' car", true},
		{"no s before it", "the smuggler' car", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			poss, quote := false, false
			for _, tok := range tokenize(tc.text, nil) {
				if tok.text == "'" || tok.text == "’" {
					poss = poss || tok.norm == "'s"
					quote = quote || tok.quote != 0
				}
			}
			if poss != tc.poss || poss && quote {
				t.Errorf("possessive %v (quote %v), want %v", poss, quote, tc.poss)
			}
		})
	}
}
