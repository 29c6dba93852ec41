package loaders_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/crimegraph/crimegraph/loaders"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "One sentence. Another one! A third?", []string{"One sentence.", "Another one!", "A third?"}},
		{"abbreviations", "Mr. Smith met Dr. Jones at 5 p.m. They spoke.", []string{"Mr. Smith met Dr. Jones at 5 p.m.", "They spoke."}},
		{"acronym at end", "He moved to the U.S. The move was quick.", []string{"He moved to the U.S.", "The move was quick."}},
		{"acronym inside", "The U.S. Army said so.", []string{"The U.S. Army said so."}},
		{"initials", "Author J. K. Rowling wrote it. Then she left.", []string{"Author J. K. Rowling wrote it.", "Then she left."}},
		{"number abbreviation", "See No. 5 on the list. Good.", []string{"See No. 5 on the list.", "Good."}},
		{"closing quote", "“Go now,” he said. “Stop.” She left.", []string{"“Go now,” he said.", "“Stop.”", "She left."}},
		{"lowercase after stop", "It cost 3.5 million. e.g. this stays.", []string{"It cost 3.5 million. e.g. this stays."}},
		{"headlines and nav", "Home | News | World\nBig headline here\n\nThe body starts here.", []string{"Home | News | World", "Big headline here", "The body starts here."}},
		{"wrapped paragraph", "This is a long sentence that is wrapped across two lines in the source file because\nit is long. Next.", []string{"This is a long sentence that is wrapped across two lines in the source file because\nit is long.", "Next."}},
		{"markdown", "# Title\n\n- First item.\n- Second item.", []string{"Title", "First item.", "Second item."}},
		{"numbered list", "1. We agree.\n2. We commit.", []string{"We agree.", "We commit."}},
		{"ellipsis", "Wait... What now?", []string{"Wait...", "What now?"}},
		{"dateline with a period", "MEXICO CITY. — Gangs grew. WASHINGTON. - Police said so.", []string{"MEXICO CITY. — Gangs grew.", "WASHINGTON. - Police said so."}},
		{"capitals before a dash mid-text", "He left the U.N. - it was late.", []string{"He left the U.N. - it was late."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range loaders.SplitSentences(tc.text) {
				got = append(got, s.Text)
				if tc.text[s.Start:s.End] != s.Text {
					t.Errorf("span %d..%d is %q, not %q", s.Start, s.End, tc.text[s.Start:s.End], s.Text)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestSentencePositions(t *testing.T) {
	text := "Première phrase.\nÉté: “deux”. Trois."
	ss := loaders.SplitSentences(text)
	if len(ss) != 3 {
		t.Fatalf("got %d sentences", len(ss))
	}
	want := []struct{ line, col, cs, ce int }{{1, 1, 0, 16}, {2, 1, 17, 29}, {2, 14, 30, 36}}
	for i, w := range want {
		s := ss[i]
		if s.Line != w.line || s.Col != w.col || s.CharStart != w.cs || s.CharEnd != w.ce {
			t.Errorf("s%d %q: got line %d col %d chars %d..%d, want %+v", s.Index, s.Text, s.Line, s.Col, s.CharStart, s.CharEnd, w)
		}
	}
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr error
		wantPos string
	}{
		{"ok", "Fine text.\n", nil, ""},
		{"nul", "line one\nab\x00c", loaders.ErrBinary, "f.txt:2:3"},
		{"invalid utf8", "ok\nbad \xff byte", loaders.ErrInvalidUTF8, "f.txt:2:5"},
		{"empty", "  \n", loaders.ErrEmpty, "f.txt:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := loaders.CheckText("f.txt", []byte(tc.data))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("got %v, want %v", err, tc.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), tc.wantPos+":") {
				t.Errorf("error %q does not start with %q", err, tc.wantPos)
			}
		})
	}
}

func TestTextDocumentTitle(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"headline", "Gangs move into fraud\n\nText.\n", "Gangs move into fraud"},
		{"sentence first", "Gangs moved into fraud.\n", ""},
		{"section label", "Commentary\n\nThe Ransomware Economy Has a Laundering Problem\n\nI argue that.\n", "Commentary: The Ransomware Economy Has a Laundering Problem"},
		{"label over a sentence", "News\n\nPolice arrested six men.\n", "News"},
		{"markdown", "# Report on fraud\n\nText.\n", "Report on fraud"},
		{"navigation first", "Skip to main content\nHome | Research | Events | About\n\nCommentary\n\nScam compounds\n\nText.\n", "Commentary: Scam compounds"},
		{"a one-word headline is no menu", "Menus\n\nText.\n", "Menus"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := loaders.TextDocument("f.txt", []byte(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tc.want {
				t.Errorf("title %q, want %q", d.Title, tc.want)
			}
		})
	}
}

func TestQuadsFile(t *testing.T) {
	good := "<http://a> <http://b> \"c\" <http://g> .\n# comment\n\n<http://a> <http://b> <http://d> .\n"
	qs, err := loaders.QuadsFile("ok.nq", strings.NewReader(good))
	if err != nil || len(qs) != 2 {
		t.Fatalf("got %d quads, %v", len(qs), err)
	}
	_, err = loaders.QuadsFile("bad.nq", strings.NewReader(good+"<http://a> <http://b> .\n"))
	var pe *loaders.ParseError
	if !errors.As(err, &pe) || pe.Line != 5 || !strings.HasPrefix(err.Error(), "bad.nq:5:") {
		t.Fatalf("got %v, want a parse error at bad.nq:5", err)
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Mr. Smith said: “Go.” Then he left.\n\nNext para")
	f.Add("a.b.c. D. e!? “”")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range loaders.SplitSentences(text) {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Text {
				t.Fatalf("bad span %d..%d after %d", s.Start, s.End, prev)
			}
			prev = s.End
		}
	})
}
