package loaders

// Word ids. Every word of every wordSet and lexicon trie has an id in
// wordIDs, and tokenize gives each token the ids of its lowercase and folded
// forms (token.lid, token.nid; 0 for a word no set holds), so that the
// thousands of set tests a sentence takes are bit tests, not map lookups.
//
// The table is written while the package's sets are built (package
// initialisation) and while the one shared lexicon is built (sharedLexicon,
// under a sync.Once); both happen before any extraction, after which the
// table is only read.

// wordIDs maps a word to its id; id 0 is no word.
var wordIDs = map[string]uint32{}

// wordID returns the id of w, or 0.
func wordID(w string) uint32 { return wordIDs[w] }

// wordsFixed is set once the shared lexicon is built: from then on the
// table is only read, by every extracting goroutine.
var wordsFixed bool

// intern returns the id of w, giving it one if it has none.
func intern(w string) uint32 {
	id, ok := wordIDs[w]
	if !ok {
		if wordsFixed {
			// a set built during extraction would race with the readers and
			// its words would be missing from tokens already read
			panic("loaders: word set built after the word table was fixed: build it at package level or in newLexicon (" + w + ")")
		}
		id = uint32(len(wordIDs) + 1)
		wordIDs[w] = id
	}
	return id
}

// byID returns table[id], or the zero value past the table's end (a word
// no entry holds).
func byID[T any](table []T, id uint32) T {
	if int(id) < len(table) {
		return table[id]
	}
	var zero T
	return zero
}

// growTo returns table long enough to hold id.
func growTo[T any](table []T, id uint32) []T {
	if n := int(id) + 1; n > len(table) {
		table = append(table, make([]T, n-len(table))...)
	}
	return table
}

// wordSet is a set of words, tested on a token by the token's word id (has)
// and on any string through its map.
type wordSet struct {
	m    map[string]bool
	bits []uint64
}

// setOf makes a wordSet of m's true keys.
func setOf(m map[string]bool) wordSet {
	s := wordSet{m: make(map[string]bool, len(m))}
	for w, ok := range m {
		if ok {
			s.add(w)
		}
	}
	return s
}

// add puts w in the set.
func (s *wordSet) add(w string) {
	if s.m == nil {
		s.m = map[string]bool{}
	}
	s.m[w] = true
	id := intern(w)
	s.bits = growTo(s.bits, id>>6)
	s.bits[id>>6] |= 1 << (id & 63)
}

// has reports whether the word of id is in the set.
func (s wordSet) has(id uint32) bool {
	i := int(id >> 6)
	return i < len(s.bits) && s.bits[i]&(1<<(id&63)) != 0
}
