package loaders

import "testing"

// TestDatelineAgency checks that an acronym a dateline credits names the
// news agency, and elsewhere the body the gazetteer gives it.
func TestDatelineAgency(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a dateline's credit", "CARACAS, Oct 2 (AFP) - Rebels control dozens of mines.", "Agence France-Presse"},
		{"a dateline without a date", "SYDNEY (AFP) - Police seized cocaine.", "Agence France-Presse"},
		{"the acronym in running text", "The AFP said the gang imported cocaine.", "Australian Federal Police"},
		{"in brackets outside a dateline", "Police in Australia (AFP) seized cocaine.", "Australian Federal Police"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			traceMentions = func(s *Sentence, toks []token, ms []mention) {
				for _, m := range ms {
					if m.ent != nil && m.end == m.start+1 && toks[m.start].text == "AFP" {
						got = m.ent.label
					}
				}
			}
			defer func() { traceMentions = nil }()
			NewExtractor("").Extract(Document{Slug: "t", Text: tc.text})
			if got != tc.want {
				t.Errorf("AFP is %q, want %q", got, tc.want)
			}
		})
	}
}
