// Package ingest loads corpora into a store: it walks files and directories,
// reads every input format, extracts documents in parallel on all cores and
// writes each document in one transaction, in input order.
//
// # Guarantees
//
// A bad file (invalid UTF-8, binary, a malformed JSONL, CSV or N-Quads line)
// stops the run with an error naming file:line, having written nothing of that
// file; with SkipBad it is reported and the run goes on. Structured files are
// checked whole before their first write. A kill at any moment leaves whole
// documents only (one bolt transaction each); running the same ingest again
// skips what was written (content hashes) and yields the quads of an
// uninterrupted run, since people are merged across documents in input order.
package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/crimegraph/crimegraph/graph"
	"github.com/crimegraph/crimegraph/loaders"
	"github.com/crimegraph/crimegraph/schema"
)

// Options configure Run. The zero value reads the paths with all cores and
// stops at the first bad input.
type Options struct {
	Workers     int       // extraction goroutines; 0 means GOMAXPROCS
	SkipBad     bool      // report bad files and lines and go on
	Glob        string    // only files whose base name matches
	InputFormat string    // format of stdin ("-"): text, html, jsonl, csv, tsv, nquads, jsonld
	Stdin       io.Reader // read for "-"
	// Report, when set, receives each bad file or line skipped (SkipBad).
	Report func(err error)
	// Progress, when set, is called with bytes read so far and in total.
	Progress func(done, total int64)
	// BatchDocs is how many whole documents go into one transaction; 0 means 64.
	BatchDocs int
}

func (o Options) batchDocs() int {
	if o.BatchDocs <= 0 {
		return 64
	}
	return o.BatchDocs
}

// Summary is what a run did.
type Summary struct {
	Files        int      `json:"files"`
	Documents    int      `json:"documents"`
	Unchanged    int      `json:"unchanged"`
	Replaced     int      `json:"replaced"`
	Statements   int      `json:"statements"`
	QuadsRead    int      `json:"quads_read"`
	QuadsAdded   int64    `json:"quads_added"`
	Bad          int      `json:"bad"`
	BadItems     []string `json:"bad_items,omitempty"`
	Seconds      float64  `json:"seconds"`
	DocsPerSec   float64  `json:"documents_per_second"`
	QuadsWritten int      `json:"-"`
}

// item is one unit of work in input order: a document, a batch of quads, or
// a bad input.
type item struct {
	seq   int
	doc   *loaders.Document
	quads []quad.Quad
	bad   error
	res   *loaders.Result
	bytes int64
	fatal bool // a bad input that stops the run (not SkipBad)
}

// Run ingests paths into st.
func Run(ctx context.Context, st *graph.Store, paths []string, opts Options) (Summary, error) {
	start := time.Now()
	var sum Summary
	files, err := loaders.Collect(paths)
	if err != nil {
		return sum, err
	}
	if opts.Glob != "" {
		kept := files[:0]
		for _, f := range files {
			if ok, err := filepath.Match(opts.Glob, filepath.Base(f)); err != nil {
				return sum, fmt.Errorf("bad --glob: %w", err)
			} else if ok || f == "-" {
				kept = append(kept, f)
			}
		}
		files = kept
	}
	sum.Files = len(files)
	var total int64
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			total += fi.Size()
		}
	}
	before := st.QuadCount(ctx)
	people := loaders.NewPeople()
	if err := learnPeople(ctx, st, people); err != nil {
		return sum, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	x := loaders.NewExtractor(st.Vocab.Base)
	toExtract := make(chan *item, workers*4)
	done := make(chan *item, workers*4)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range toExtract {
				if it.doc != nil {
					it.res = x.Extract(*it.doc)
				}
				select {
				case done <- it:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	var readErr error
	go func() {
		readErr = produce(ctx, files, opts, st.Vocab, toExtract)
		close(toExtract)
		wg.Wait()
		close(done)
	}()
	// write in input order
	pending := map[int]*item{}
	next := 0
	batch := st.NewBatch()
	taxonomy := false
	var read int64
	var runErr error
	for it := range done {
		if runErr != nil {
			continue // drain
		}
		pending[it.seq] = it
		for runErr == nil {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			read += it.bytes
			if opts.Progress != nil {
				opts.Progress(read, total)
			}
			switch {
			case it.bad != nil:
				if it.fatal {
					runErr = it.bad
					cancel()
					break
				}
				sum.Bad++
				sum.BadItems = append(sum.BadItems, it.bad.Error())
				if opts.Report != nil {
					opts.Report(it.bad)
				}
			case it.res != nil:
				if !taxonomy {
					if err := st.WriteQuads(ctx, loaders.VocabularyQuads(st.Vocab)); err != nil {
						runErr = err
						break
					}
					taxonomy = true
				}
				it.res.Merge(people, st.Vocab)
				qs := it.res.Quads(st.Vocab)
				sum.QuadsRead += len(qs)
				status, err := batch.Add(ctx, it.res.DocIRI(st.Vocab), hashOf(it.res.Doc), qs)
				if err == nil && (batch.Docs >= opts.batchDocs() || batch.Quads >= 50000) {
					err = batch.Commit()
				}
				if err != nil {
					runErr = err
					cancel()
					break
				}
				sum.Documents++
				sum.Statements += len(it.res.Sentences)
				switch status {
				case graph.DocUnchanged:
					sum.Unchanged++
				case graph.DocReplaced:
					sum.Replaced++
				}
			case it.quads != nil:
				sum.QuadsRead += len(it.quads)
				if err := batch.Commit(); err != nil {
					runErr = err
					cancel()
					break
				}
				if err := st.WriteQuads(ctx, it.quads); err != nil {
					runErr = err
					cancel()
				}
			}
		}
	}
	if runErr == nil && readErr != nil && !errors.Is(readErr, context.Canceled) {
		runErr = readErr
	}
	if runErr == nil {
		runErr = batch.Commit()
	}
	sum.QuadsAdded = st.QuadCount(context.Background()) - before
	sum.Seconds = time.Since(start).Seconds()
	if sum.Seconds > 0 {
		sum.DocsPerSec = float64(sum.Documents) / sum.Seconds
	}
	return sum, runErr
}

// hashOf is a document's content hash: its text and metadata.
func hashOf(d loaders.Document) string {
	h := sha256.New()
	for _, s := range []string{d.Text, d.Title, d.Date, d.URL, d.Author} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// learnPeople teaches the index the full names of the people in the store.
func learnPeople(ctx context.Context, st *graph.Store, p *loaders.People) error {
	typ := quad.IRI(schema.RDFType)
	return st.Each(ctx, quad.Object, quad.IRI(schema.Person), func(q quad.Quad) error {
		if q.Predicate == typ {
			if iri, ok := q.Subject.(quad.IRI); ok {
				p.Learn(st.Label(ctx, string(iri)))
			}
		}
		return nil
	})
}

// produce reads the files in order and sends their items.
func produce(ctx context.Context, files []string, opts Options, v schema.Vocab, out chan<- *item) error {
	seq := 0
	send := func(it *item) bool {
		it.seq = seq
		seq++
		select {
		case out <- it:
			return true
		case <-ctx.Done():
			return false
		}
	}
	bad := func(err error, n int64) bool {
		return send(&item{bad: err, fatal: !opts.SkipBad, bytes: n})
	}
	for _, f := range files {
		format := loaders.FormatOf(f)
		if f == "-" && opts.InputFormat != "" {
			format = opts.InputFormat
		}
		if format == loaders.FormatJSONL && f != "-" {
			// a JSONL corpus can be larger than memory: read it as a stream,
			// twice (check, then extract), never whole
			open := func() (io.ReadCloser, error) { return os.Open(f) }
			if !produceJSONL(f, open, opts, send) {
				return ctx.Err()
			}
			continue
		}
		var data []byte
		var err error
		if f == "-" {
			if opts.Stdin == nil {
				return errors.New("no standard input")
			}
			data, err = io.ReadAll(opts.Stdin)
		} else {
			data, err = os.ReadFile(f)
		}
		if err != nil {
			if !bad(fmt.Errorf("read %s: %w", f, err), 0) {
				return ctx.Err()
			}
			continue
		}
		n := int64(len(data))
		switch format {
		case loaders.FormatText, loaders.FormatHTML:
			var d loaders.Document
			if format == loaders.FormatHTML {
				d, err = loaders.HTMLDocument(f, data)
			} else {
				d, err = loaders.TextDocument(f, data)
			}
			if err != nil {
				if !bad(err, n) {
					return ctx.Err()
				}
				continue
			}
			if !send(&item{doc: &d, bytes: n}) {
				return ctx.Err()
			}
		case loaders.FormatJSONL:
			open := func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
			if !produceJSONL(f, open, opts, send) {
				return ctx.Err()
			}
		case loaders.FormatNQuads, loaders.FormatJSONLD, loaders.FormatTurtle, loaders.FormatCSV, loaders.FormatTSV:
			qs, errs := readQuads(f, format, data, opts.SkipBad, v)
			if len(errs) > 0 && !opts.SkipBad {
				if !bad(errs[0], n) {
					return ctx.Err()
				}
				continue
			}
			for _, e := range errs {
				if !bad(e, 0) {
					return ctx.Err()
				}
			}
			for len(qs) > 0 {
				k := min(len(qs), 10000)
				if !send(&item{quads: qs[:k], bytes: n * int64(k) / int64(max(1, len(qs)))}) {
					return ctx.Err()
				}
				qs = qs[k:]
			}
		default:
			if !bad(&loaders.ParseError{File: f, Line: 1, Err: loaders.ErrUnsupported}, n) {
				return ctx.Err()
			}
		}
	}
	return nil
}

// produceJSONL checks every line first unless SkipBad, so that a bad line
// stops the run before anything of the file is written.
func produceJSONL(name string, open func() (io.ReadCloser, error), opts Options, send func(*item) bool) bool {
	fail := func(err error) bool { return send(&item{bad: err, fatal: !opts.SkipBad}) }
	if !opts.SkipBad {
		var bad error
		if err := eachJSONL(name, open, func(_ loaders.Document, _ int, err error) bool {
			bad = err
			return err == nil
		}); err != nil {
			return fail(err)
		}
		if bad != nil {
			return fail(bad)
		}
	}
	docs := 0
	ok := true
	if err := eachJSONL(name, open, func(d loaders.Document, size int, err error) bool {
		if err != nil {
			ok = fail(err)
			return ok
		}
		docs++
		ok = send(&item{doc: &d, bytes: int64(size)})
		return ok
	}); err != nil {
		return fail(err)
	}
	if ok && docs == 0 {
		return fail(&loaders.ParseError{File: name, Line: 1, Err: loaders.ErrEmpty})
	}
	return ok
}

// eachJSONL reads a JSONL file line by line and calls fn with each
// document (or the line's error, naming file:line) and the line's size; it
// stops when fn returns false.
func eachJSONL(name string, open func() (io.ReadCloser, error), fn func(loaders.Document, int, error) bool) error {
	r, err := open()
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	defer r.Close()
	lr := loaders.NewLineReader(r)
	for {
		line, err := lr.Next()
		if err == io.EOF {
			return nil
		}
		if err == nil && strings.TrimSpace(line) == "" {
			continue
		}
		var d loaders.Document
		if err == nil {
			d, err = loaders.JSONLDocument(name, lr.Line, line)
		} else {
			err = &loaders.ParseError{File: name, Line: lr.Line, Err: err}
		}
		if !fn(d, len(line)+1, err) {
			return nil
		}
	}
}

// readQuads parses a whole triples file; with skip, bad lines are returned
// as errors and the good ones kept.
func readQuads(name, format string, data []byte, skip bool, v schema.Vocab) ([]quad.Quad, []error) {
	switch format {
	case loaders.FormatNQuads:
		if !skip {
			qs, err := loaders.QuadsFile(name, bytes.NewReader(data))
			if err != nil {
				return nil, []error{err}
			}
			return qs, nil
		}
		var qs []quad.Quad
		var errs []error
		lr := loaders.NewLineReader(bytes.NewReader(data))
		for {
			line, err := lr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				errs = append(errs, &loaders.ParseError{File: name, Line: lr.Line, Err: err})
				continue
			}
			one, err := loaders.QuadsFile(name, strings.NewReader(line))
			if err != nil {
				var pe *loaders.ParseError
				if errors.As(err, &pe) {
					pe.Line = lr.Line
				}
				errs = append(errs, err)
				continue
			}
			qs = append(qs, one...)
		}
		return qs, errs
	case loaders.FormatJSONLD:
		qs, err := loaders.JSONLDFile(name, bytes.NewReader(data))
		if err != nil {
			return nil, []error{err}
		}
		return qs, nil
	case loaders.FormatTurtle:
		qs, err := loaders.TurtleFile(name, data)
		if err != nil {
			return nil, []error{err}
		}
		return qs, nil
	default: // csv, tsv
		comma := ','
		if format == loaders.FormatTSV {
			comma = '\t'
		}
		r, err := loaders.NewCSVReader(name, bytes.NewReader(data), comma, v)
		if err != nil {
			return nil, []error{err}
		}
		var qs []quad.Quad
		var errs []error
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				break
			}
			if err != nil {
				errs = append(errs, err)
				if !skip {
					return nil, errs
				}
				continue
			}
			qs = append(qs, q)
		}
		return qs, errs
	}
}
