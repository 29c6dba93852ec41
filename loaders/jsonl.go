package loaders

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/crimegraph/crimegraph/schema"
)

// MaxLine bounds one line of a JSONL, CSV or N-Quads file.
const MaxLine = 64 << 20

// ErrLineTooLong means a line is longer than MaxLine.
var ErrLineTooLong = errors.New("line too long")

// LineReader reads lines of any length up to MaxLine, counting them.
type LineReader struct {
	r    *bufio.Reader
	Line int
}

// NewLineReader wraps r.
func NewLineReader(r io.Reader) *LineReader { return &LineReader{r: bufio.NewReaderSize(r, 1<<16)} }

// Next returns the next line without its newline, or io.EOF.
func (l *LineReader) Next() (string, error) {
	var buf []byte
	for {
		chunk, isPrefix, err := l.r.ReadLine()
		if err != nil {
			if err == io.EOF && len(buf) > 0 {
				break
			}
			return "", err
		}
		buf = append(buf, chunk...)
		if len(buf) > MaxLine {
			l.Line++
			for isPrefix { // skip the rest of the line
				_, isPrefix, err = l.r.ReadLine()
				if err != nil {
					break
				}
			}
			return "", ErrLineTooLong
		}
		if !isPrefix {
			break
		}
	}
	l.Line++
	return string(buf), nil
}

// jsonlDoc is one line of a JSONL corpus.
type jsonlDoc struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	URL    string `json:"url"`
	Text   string `json:"text"`
	Author string `json:"author"`
}

// JSONLDocument parses one JSONL line into a document: identity from id,
// else the URL, else a hash of the text; unknown fields kept as properties.
func JSONLDocument(name string, line int, text string) (Document, error) {
	fail := func(err error) (Document, error) { return Document{}, &ParseError{File: name, Line: line, Err: err} }
	if !utf8.ValidString(text) {
		return fail(ErrInvalidUTF8)
	}
	if strings.IndexByte(text, 0) >= 0 {
		return fail(ErrBinary)
	}
	var j jsonlDoc
	if err := json.Unmarshal([]byte(text), &j); err != nil {
		return fail(fmt.Errorf("not a JSON object: %w", err))
	}
	if strings.TrimSpace(j.Text) == "" {
		return fail(fmt.Errorf("no \"text\": %w", ErrEmpty))
	}
	var all map[string]interface{}
	json.Unmarshal([]byte(text), &all)
	d := Document{Title: j.Title, Date: j.Date, URL: j.URL, Text: j.Text, Author: j.Author, Path: name}
	switch {
	case j.ID != "":
		d.Slug = schema.Slugify(j.ID)
	case j.URL != "":
		d.Slug = urlSlug(j.URL)
	}
	if d.Slug == "" {
		sum := sha256.Sum256([]byte(j.Text))
		d.Slug = "sha256-" + hex.EncodeToString(sum[:8])
	}
	for k, v := range all {
		switch k {
		case "id", "title", "date", "url", "text", "author":
			continue
		}
		if d.Props == nil {
			d.Props = map[string]string{}
		}
		switch x := v.(type) {
		case string:
			d.Props[k] = x
		default:
			b, _ := json.Marshal(x)
			d.Props[k] = string(b)
		}
	}
	return d, nil
}

// urlSlug names a document by its URL: host and path, slugified; long ones
// are shortened with a hash so that IRIs stay short.
func urlSlug(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return schema.Slugify(raw)
	}
	s := schema.Slugify(u.Host + " " + u.Path + " " + u.RawQuery)
	if len(s) > 80 {
		sum := sha256.Sum256([]byte(raw))
		s = s[:60] + "-" + hex.EncodeToString(sum[:6])
	}
	return s
}
