package loaders_test

import (
	"testing"

	"github.com/crimegraph/crimegraph/loaders"
)

// TestSpeechHeaders checks that the header of a speech or testimony names
// who states its first-person sentences, in the shapes such headers take.
func TestSpeechHeaders(t *testing.T) {
	cases := []struct {
		name, header, speaker string
	}{
		{"remarks by title and name", "Remarks by Assistant Secretary for Terrorist Financing Elizabeth Rosenberg at the Chatham House Illicit Finance Forum", "Elizabeth Rosenberg"},
		{"remarks by a body's officer", "Opening Remarks by FBI Director Christopher Wray at the Organized Crime Summit", "Christopher Wray"},
		{"prepared remarks of", "Prepared Remarks of Under Secretary Brian Nelson at the Financial Crimes Summit in Miami", "Brian Nelson"},
		{"as prepared for delivery by", "Remarks as prepared for delivery by Attorney General Merrick B. Garland", "Merrick B. Garland"},
		{"office then name", "Speech by the Home Secretary, Yvette Cooper, to the Police Federation", "Yvette Cooper"},
		{"office then honorific name", "Keynote Address by the Minister for Home Affairs, Mr K Shanmugam, at the Asia-Pacific Conference on Transnational Crime", "K Shanmugam"},
		{"office alone", "Remarks by the Minister of Interior at the launch of the national strategy", "Minister of Interior"},
		{"testimony of a name", "Written Testimony of Anne Milgram, Administrator, Drug Enforcement Administration, before the Senate Judiciary Committee", "Anne Milgram"},
		{"statement by an ambassador", "Statement by Ambassador Linda Thomas-Greenfield at a UN Security Council Briefing on Haiti", "Linda Thomas-Greenfield"},
		{"possessive office", "Home Secretary's speech at the Police Federation conference", "Home Secretary"},
		{"possessive name", "Secretary Blinken's Remarks at the Launch of the Global Coalition to Address Synthetic Drug Threats", "Blinken"},
		{"name before the noun", "Minister Jarvis speech at the Serious and Organised Crime Conference", "Jarvis"},
		{"title and name before the noun", "Home Secretary Yvette Cooper speech to the Police Superintendents' Association", "Yvette Cooper"},
		{"office after a colon", "Keynote speech: Home Secretary on serious organised crime", "Home Secretary"},
		{"name after a dash", "Speech: Tackling organised crime - Security Minister Dan Jarvis", "Dan Jarvis"},
		{"a body's office then name", "Opening remarks by the INTERPOL Secretary General, Valdecy Urquiza, at the Global Financial Fraud Summit", "Valdecy Urquiza"},
		{"a body alone", "Remarks by INTERPOL at the Global Financial Fraud Summit", "Interpol"},
		{"headline, not a header", "Minister's speech angers police chiefs", ""},
	}
	x := loaders.NewExtractor("")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.header + "\n\nGood morning.\n\nWe face a threat from organised crime groups that also traffic people.\n"
			if got := saidBy(x, text, 3); got != tc.speaker {
				t.Errorf("speaker of the body = %q, want %q", got, tc.speaker)
			}
		})
	}
}

// TestInterviewTags checks that the answers of a Q&A are the interviewee's,
// however the text introduces them and tags their turns.
func TestInterviewTags(t *testing.T) {
	cases := []struct {
		name, intro, tag, speaker string
	}{
		{"introduced by affiliation, surname tags", "Vanda Felbab-Brown of the Brookings Institution studies how criminal groups and militant groups interact.", "Felbab-Brown:", "Felbab-Brown"},
		{"spoke to, appositive role", "We spoke to Vanda Felbab-Brown, a senior fellow at the Brookings Institution, about Mexico.", "Felbab-Brown:", "Vanda Felbab-Brown"},
		{"tags in capitals", "Vanda Felbab-Brown is a senior fellow at the Brookings Institution.", "VANDA FELBAB-BROWN:", "Vanda Felbab-Brown"},
		{"guest with honorific", "Our guest is Dr Ioan Grillo, a journalist who has covered Mexico's cartels for twenty years.", "Grillo:", "Dr Ioan Grillo"},
		{"introduced by what they do", "Mark Shaw directs the Global Initiative Against Transnational Organized Crime.", "Shaw:", "Mark Shaw"},
		{"interview with, answer tags", "Interview with Tuesday Reitano, deputy director of the Global Initiative.", "A:", "Tuesday Reitano"},
		{"predicate role without article", "Tuesday Reitano is deputy director of the Global Initiative.", "Reitano:", "Reitano"},
		{"introduced with a bio, answer tags", "Maria Lopez is a former prosecutor who now runs a volunteer group that tracks scams.", "A:", "Maria Lopez"},
		{"introduced by a career, answer tags", "Maria Lopez spent twenty years investigating fraud before joining a bank.", "A:", "Maria Lopez"},
		{"spoke to, answer tags", "Scam compounds have spread across the region. We spoke to Maria Lopez about what has changed.", "A:", "Maria Lopez"},
	}
	x := loaders.NewExtractor("")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := "Q&A: \"Cartels adapt faster than states\"\n\n" + tc.intro + "\n\nDo terrorist groups and cartels work together?\n\n" +
				tc.tag + " Less often than people think. Most of the time it is a business relationship.\n\nWhat about Mexico?\n\n" +
				tc.tag + " Mexican cartels have diversified into extortion and migrant smuggling.\n"
			res := x.Extract(loaders.Document{Slug: "qa", Text: text})
			var got []string
			for _, f := range res.Facts {
				if f.Kind == "said" {
					got = append(got, f.Speaker.Label)
				}
			}
			if len(got) != 3 {
				t.Fatalf("said facts by %q, want three answers by %q", got, tc.speaker)
			}
			for _, g := range got {
				if g != tc.speaker {
					t.Errorf("answer by %q, want %q", g, tc.speaker)
				}
			}
		})
	}
}
