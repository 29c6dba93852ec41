package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cbbolt "github.com/cayleygraph/cayley/graph/kv/bbolt"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	hbbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"github.com/crimegraph/crimegraph/schema"
)

// Sentinel errors.
var (
	// ErrInUse means another process holds the bolt store's lock.
	ErrInUse = errors.New("database in use by another process")
	// ErrNoStore means a command that only reads was pointed at a bolt path
	// where no store has been made (ingest creates one).
	ErrNoStore = errors.New("no store here: ingest into it first, or check --db")
	// ErrAddress means the store address has no accepted form.
	ErrAddress = errors.New("unsupported store address (accepted: bolt:PATH, memory:, postgres://USER@HOST:PORT/DB, cockroach://USER@HOST:PORT/DB)")
)

// DefaultAddress is the embedded store used when none is given.
const DefaultAddress = "bolt:crimegraph.db"

// Options configure Open. A nil *Options means the defaults.
type Options struct {
	// LockTimeout bounds the wait for a bolt store's file lock; zero means 2s.
	LockTimeout time.Duration
	// Base is the base IRI of resources and vocabulary; empty means schema.DefaultBase.
	Base string
	// ConnectTimeout bounds connecting to a database server; zero means 5s.
	ConnectTimeout time.Duration
	// NoSync skips bolt's fsync after each transaction (faster bulk loads, at
	// the cost of losing the last transactions on a power failure).
	NoSync bool
	// MustExist refuses to create a bolt store: commands that only read say
	// "no store" for a mistyped path instead of answering from an empty one.
	MustExist bool
}

// Store is an open crimegraph store.
type Store struct {
	QS      cgraph.QuadStore
	Vocab   schema.Vocab
	Backend string // "bolt" or "memory"
	Address string
	w       cgraph.QuadWriter
	bolt    *bolt.DB
}

// Open opens the store at addr, creating it when it does not exist.
func Open(ctx context.Context, addr string, opts *Options) (*Store, error) {
	if opts == nil {
		opts = &Options{}
	}
	timeout := opts.LockTimeout
	if timeout == 0 {
		timeout = 2 * time.Second
	}
	if addr == "" {
		addr = DefaultAddress
	}
	st := &Store{Vocab: schema.NewVocab(opts.Base), Address: redact(addr)}
	switch {
	case addr == "memory:" || addr == "memory":
		st.Backend = "memory"
		st.QS = memstore.New()
	case strings.HasPrefix(addr, "bolt:") || strings.HasPrefix(addr, "bbolt:"):
		path := addr[strings.IndexByte(addr, ':')+1:]
		path = strings.TrimPrefix(path, "//")
		if path == "" {
			return nil, fmt.Errorf("open %q: empty path: %w", addr, ErrAddress)
		}
		if opts.MustExist {
			if _, err := os.Stat(filepath.Join(path, "indexes.bolt")); errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("open %s: %w", path, ErrNoStore)
			}
		}
		if err := st.openBolt(path, timeout, opts.NoSync); err != nil {
			return nil, err
		}
	case strings.HasPrefix(addr, "postgres://") || strings.HasPrefix(addr, "postgresql://") || strings.HasPrefix(addr, "cockroach://"):
		if err := st.openSQL(ctx, addr, opts); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("open %q: %w", redact(addr), ErrAddress)
	}
	w, err := writer.NewSingle(st.QS, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	if err != nil {
		st.QS.Close()
		return nil, fmt.Errorf("open writer: %w", err)
	}
	st.w = w
	return st, nil
}

// openBolt opens Cayley's bbolt backend at dir/indexes.bolt (the layout of
// Cayley's own "bbolt" store, so `cayley --db bbolt --dbpath DIR` reads it).
func (st *Store) openBolt(dir string, timeout time.Duration, noSync bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create store directory: %w", err)
	}
	file := filepath.Join(dir, "indexes.bolt")
	db, err := bolt.Open(file, 0o644, &bolt.Options{Timeout: timeout, NoGrowSync: noSync})
	if errors.Is(err, bolt.ErrTimeout) {
		return fmt.Errorf("open %s: %w (waited %s)", dir, ErrInUse, timeout)
	} else if err != nil {
		return fmt.Errorf("open %s: %w", dir, err)
	}
	db.NoSync = noSync
	kv := hbbolt.New(db)
	if err := ckv.Init(kv, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return fmt.Errorf("init %s: %w", dir, err)
	}
	qs, err := ckv.New(kv, cgraph.Options{ckv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return fmt.Errorf("open %s: %w", dir, err)
	}
	st.QS, st.bolt, st.Backend = qs, db, cbbolt.Type
	st.Backend = "bolt"
	return nil
}

// BoltFile is the path of the bolt file, or "" for other backends.
func (st *Store) BoltFile() string {
	if st.bolt == nil {
		return ""
	}
	return st.bolt.Path()
}

// Close closes the store; a bolt store syncs to disk first.
func (st *Store) Close() error {
	var errs []error
	if st.w != nil {
		errs = append(errs, st.w.Close())
	}
	if st.bolt != nil && st.bolt.NoSync {
		errs = append(errs, st.bolt.Sync())
	}
	errs = append(errs, st.QS.Close())
	return errors.Join(errs...)
}

// WriteQuads adds quads in one transaction: all of them or none. Quads
// already in the store are skipped, so writing the same quads twice leaves
// the store unchanged.
func (st *Store) WriteQuads(ctx context.Context, qs []quad.Quad) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(qs) == 0 {
		return nil
	}
	if err := st.w.AddQuadSet(qs); err != nil {
		return fmt.Errorf("write %d quads: %w", len(qs), err)
	}
	return nil
}

// Write copies a quad stream into the store in batches of batch quads (each
// one transaction) and returns the number of quads read.
func (st *Store) Write(ctx context.Context, r quad.Reader, batch int) (int, error) {
	if batch <= 0 {
		batch = 10000
	}
	buf := make([]quad.Quad, 0, batch)
	n := 0
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return n, fmt.Errorf("read quads: %w", err)
		}
		buf = append(buf, q)
		n++
		if len(buf) == batch {
			if err := st.WriteQuads(ctx, buf); err != nil {
				return n, err
			}
			buf = buf[:0]
		}
	}
	return n, st.WriteQuads(ctx, buf)
}
