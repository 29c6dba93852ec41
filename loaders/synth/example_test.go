package synth_test

import (
	"testing"

	"github.com/crimegraph/crimegraph/loaders"
	"github.com/crimegraph/crimegraph/loaders/synth"
)

func TestDeterministicAndExtractable(t *testing.T) {
	a, b := synth.New(7), synth.New(7)
	x := loaders.NewExtractor("")
	said, conv := 0, 0
	for i := 0; i < 50; i++ {
		da, db := a.Document(i), b.Document(i)
		if da.Text != db.Text || da.Slug != db.Slug {
			t.Fatalf("document %d differs between two generators with one seed", i)
		}
		for _, f := range x.Extract(da).Facts {
			switch f.Kind {
			case "said":
				said++
			case "converges":
				conv++
			}
		}
	}
	if said < 100 || conv < 50 {
		t.Fatalf("synthetic corpus too poor: %d said, %d converges facts in 50 documents", said, conv)
	}
	t.Logf("50 documents: %d said, %d converges", said, conv)
}
