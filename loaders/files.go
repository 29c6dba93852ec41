package loaders

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/crimegraph/crimegraph/schema"
)

// Sentinel errors of the readers.
var (
	// ErrInvalidUTF8 means a text is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrBinary means a text holds NUL bytes: a binary file.
	ErrBinary = errors.New("binary content (NUL byte)")
	// ErrUnsupported means the file extension has no reader.
	ErrUnsupported = errors.New("unsupported input format")
	// ErrEmpty means a document has no text.
	ErrEmpty = errors.New("empty document")
)

// ParseError reports where an input went wrong, as file:line:col.
type ParseError struct {
	File      string
	Line, Col int
	Err       error
}

func (e *ParseError) Error() string {
	if e.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Col, e.Err)
	}
	return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// Formats of input files, by extension.
const (
	FormatText   = "text"
	FormatNQuads = "nquads"
	FormatJSONLD = "jsonld"
	FormatTurtle = "turtle" // .ttl and .trig, read through raptor's rapper
	FormatHTML   = "html"
	FormatJSONL  = "jsonl"
	FormatCSV    = "csv"
	FormatTSV    = "tsv"
)

// FormatOf returns the input format of a file name, or "".
func FormatOf(name string) string {
	if name == "-" {
		return FormatText // stdin is a text document
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".text":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".csv":
		return FormatCSV
	case ".tsv":
		return FormatTSV
	case ".nq", ".nt", ".nquads", ".ntriples":
		return FormatNQuads
	case ".jsonld":
		return FormatJSONLD
	case ".ttl", ".trig":
		return FormatTurtle
	}
	return ""
}

// Collect expands paths into the files to read: directories recurse (hidden
// files and directories skipped, only known formats kept), "-" is stdin.
func Collect(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		if !info.IsDir() {
			if FormatOf(p) == "" {
				return nil, &ParseError{File: p, Line: 1, Err: fmt.Errorf("%w %q (accepted: .txt .md .html .jsonl .csv .tsv .nq .nt .jsonld .ttl .trig)", ErrUnsupported, filepath.Ext(p))}
			}
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && FormatOf(path) != "" {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", p, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// CheckText rejects binary and invalid UTF-8 text, naming file:line:col.
func CheckText(name string, data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := position(data, i)
		return &ParseError{File: name, Line: line, Col: col, Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		line, col := position(data, i)
		return &ParseError{File: name, Line: line, Col: col, Err: ErrInvalidUTF8}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return &ParseError{File: name, Line: 1, Err: ErrEmpty}
	}
	return nil
}

func position(data []byte, off int) (int, int) {
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

// TextDocument makes a document from a text file's content; the slug comes
// from the file name, or a hash of the text for stdin.
func TextDocument(name string, data []byte) (Document, error) {
	if err := CheckText(name, data); err != nil {
		return Document{}, err
	}
	d := Document{Text: string(data), Slug: fileSlug(name, data)}
	if name != "-" && name != "" {
		d.Path = name
	}
	// a first line that reads as a headline is the title
	lines := strings.SplitN(d.Text, "\n", 8)
	for nav := false; len(lines) > 2; lines = lines[1:] {
		// "Skip to main content", "Home | Research | Events": the page's navigation, not its title
		if l := strings.TrimSpace(lines[0]); navLine(l) {
			nav = true
		} else if l != "" || !nav {
			break
		}
	}
	first := strings.TrimLeft(strings.TrimSpace(lines[0]), "# ")
	if first != "" && !endsSentence(first) && utf8.RuneCountInString(first) < 150 {
		d.Title = first
		if sectionLabels.m[strings.ToLower(first)] {
			// "Commentary" over the headline: a section label; the headline titles the text
			for _, l := range lines[1:] {
				l = strings.TrimLeft(strings.TrimSpace(l), "# ")
				if l == "" {
					continue
				}
				if !endsSentence(l) && utf8.RuneCountInString(l) < 150 {
					d.Title = first + ": " + l
				}
				break
			}
		}
	}
	return d, nil
}

// navLine says whether a line is a page's navigation: a menu of links
// between bars, or a link such as "Skip to main content".
func navLine(l string) bool {
	l = strings.ToLower(strings.TrimSpace(l))
	return strings.Count(l, " | ") >= 2 || navPhrases.m[l]
}

var navPhrases = setOf(map[string]bool{"skip to main content": true, "skip to content": true, "skip to navigation": true,
	"menu": true, "search": true, "home": true, "sign in": true, "log in": true, "subscribe": true, "main menu": true})

// sectionLabels stand over a headline as the first line of a page.
var sectionLabels = setOf(map[string]bool{"commentary": true, "opinion": true, "analysis": true, "news": true, "press release": true,
	"media release": true, "statement": true, "news release": true, "op-ed": true, "editorial": true, "feature": true,
	"explainer": true, "interview": true, "blog": true, "comment": true, "perspective": true, "viewpoint": true})

// fileSlug names a file's document by its file name, or by a hash of its
// content for stdin.
func fileSlug(name string, data []byte) string {
	if name != "-" && name != "" {
		base := filepath.Base(name)
		if s := schema.Slugify(strings.TrimSuffix(base, filepath.Ext(base))); s != "" {
			return s
		}
	}
	sum := sha256.Sum256(data)
	return "sha256-" + hex.EncodeToString(sum[:8])
}

// QuadsFile reads an N-Quads or N-Triples file fully, reporting the first bad
// line as file:line. Reading it whole keeps a bad file from being half written.
func QuadsFile(name string, r io.Reader) ([]quad.Quad, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var out []quad.Quad
	line := 0
	for {
		text, err := br.ReadString('\n')
		if len(text) > 0 {
			line++
			if !utf8.ValidString(text) {
				return nil, &ParseError{File: name, Line: line, Err: ErrInvalidUTF8}
			}
			t := strings.TrimSpace(text)
			if t != "" && !strings.HasPrefix(t, "#") {
				q, perr := nquads.Parse(t)
				if perr != nil {
					return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("bad quad: %w", perr)}
				}
				out = append(out, q)
			}
		}
		if err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
}

// JSONLDFile reads a JSON-LD document into quads (named graphs kept).
func JSONLDFile(name string, r io.Reader) ([]quad.Quad, error) {
	jr := jsonld.NewReader(r)
	defer jr.Close()
	var out []quad.Quad
	for {
		q, err := jr.ReadQuad()
		if err == io.EOF {
			return out, nil
		} else if err != nil {
			return nil, &ParseError{File: name, Line: 1, Err: fmt.Errorf("bad JSON-LD: %w", err)}
		}
		out = append(out, q)
	}
}

// ErrNoTurtle means Turtle or TriG was given but raptor's rapper, which
// parses them, is not installed: no maintained Turtle parser for Go is
// available to this project.
var ErrNoTurtle = errors.New("reading Turtle and TriG needs raptor's rapper (apt-get install raptor2-utils); or convert to N-Quads first")

// TurtleFile reads Turtle (.ttl) or TriG (.trig) through rapper, which
// converts it to N-Quads; its errors name the line.
func TurtleFile(name string, data []byte) ([]quad.Quad, error) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		return nil, &ParseError{File: name, Line: 1, Err: ErrNoTurtle}
	}
	syntax := "turtle"
	if strings.EqualFold(filepath.Ext(name), ".trig") {
		syntax = "trig"
	}
	cmd := exec.Command(rapper, "-q", "-i", syntax, "-o", "nquads", "-", "file://"+filepath.ToSlash(name))
	cmd.Stdin = bytes.NewReader(data)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		line := 1
		if i := strings.Index(msg, " line "); i >= 0 {
			fmt.Sscanf(msg[i+6:], "%d", &line)
		}
		return nil, &ParseError{File: name, Line: line, Err: fmt.Errorf("bad %s: %s", syntax, msg)}
	}
	return QuadsFile(name, &out)
}
