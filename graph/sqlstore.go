package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // Cayley's CockroachDB backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // Cayley's PostgreSQL backend
	"github.com/lib/pq"
)

// ErrUnreachable means the database server could not be reached or refused
// the connection.
var ErrUnreachable = errors.New("database server unreachable or refused the connection")

// redact hides a password in an address, for errors and titles.
func redact(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.User == nil {
		return addr
	}
	if _, ok := u.User.Password(); ok {
		return u.Redacted()
	}
	return addr
}

// sqlAddress turns a store address into the driver's connection URL: the
// scheme postgres://, and a connect timeout unless one is given, so that an
// unreachable server fails within seconds. User, password, host and database
// default to the usual PG* environment variables (lib/pq reads them).
func sqlAddress(addr string, timeout time.Duration) (typ, dsn string, err error) {
	u, err := url.Parse(addr)
	if err != nil {
		return "", "", fmt.Errorf("bad address %q: %w", redact(addr), err)
	}
	typ = "postgres"
	if u.Scheme == "cockroach" {
		typ = "cockroach"
	}
	u.Scheme = "postgres"
	q := u.Query()
	if q.Get("connect_timeout") == "" {
		q.Set("connect_timeout", fmt.Sprint(int(timeout.Seconds())))
	}
	if q.Get("sslmode") == "" && (u.Hostname() == "localhost" || u.Hostname() == "127.0.0.1" || u.Hostname() == "" || u.Hostname() == "::1") {
		q.Set("sslmode", "disable")
	}
	u.RawQuery = q.Encode()
	return typ, u.String(), nil
}

// openSQL opens Cayley's SQL backend, creating its tables on first use.
func (st *Store) openSQL(ctx context.Context, addr string, opts *Options) error {
	timeout := opts.ConnectTimeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	typ, dsn, err := sqlAddress(addr, timeout)
	if err != nil {
		return err
	}
	// check the connection ourselves first (a clear error within the timeout,
	// no stack trace), then create Cayley's tables on first use; an advisory
	// lock keeps two processes from creating them at once
	if err := initSQL(ctx, typ, dsn, timeout); err != nil {
		if errors.Is(err, ErrUnreachable) {
			return fmt.Errorf("open %s: %w: %v", redact(addr), ErrUnreachable, scrub(errors.Unwrap(err), dsn))
		}
		return fmt.Errorf("init %s: %v", redact(addr), scrub(err, dsn))
	}
	qs, err := csql.New(typ, dsn, nil)
	if err != nil {
		return fmt.Errorf("open %s: %v", redact(addr), scrub(err, dsn))
	}
	st.QS, st.Backend = qs, typ
	return nil
}

type unreachable struct{ err error }

func (u unreachable) Error() string        { return u.err.Error() }
func (u unreachable) Unwrap() error        { return u.err }
func (u unreachable) Is(target error) bool { return target == ErrUnreachable }

// initSQL connects, and creates Cayley's tables when the quads table is missing.
func initSQL(ctx context.Context, typ, dsn string, timeout time.Duration) error {
	driver := "postgres"
	if typ == "cockroach" {
		driver = "pgx"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return unreachable{err}
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(ctx, timeout+time.Second)
	defer cancel()
	conn, err := db.Conn(ctx)
	if err != nil {
		return unreachable{err}
	}
	defer conn.Close()
	if typ == "postgres" {
		// key: "crimegraph" as a number; released with the session
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(7243510233951)`); err != nil {
			return err
		}
		defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(7243510233951)`)
	}
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_name = 'quads' AND table_schema = current_schema()`).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if err := csql.Init(typ, dsn, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return err
	}
	return nil
}

// scrub removes the connection string (and its password) from an error.
func scrub(err error, dsn string) string {
	msg := err.Error()
	var pe *pq.Error
	if errors.As(err, &pe) {
		msg = pe.Message
	}
	if u, e := url.Parse(dsn); e == nil && u.User != nil {
		if p, ok := u.User.Password(); ok && p != "" {
			msg = strings.ReplaceAll(msg, p, "***")
		}
	}
	return strings.ReplaceAll(msg, dsn, "(address)")
}
