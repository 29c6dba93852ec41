package loaders

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no article text.
var skipElems = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Noscript: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Figcaption: true}

// blocks end a paragraph.
var blockElems = map[atom.Atom]bool{atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Br: true, atom.Section: true, atom.Article: true,
	atom.Blockquote: true, atom.Tr: true, atom.Td: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Main: true,
	atom.Pre: true, atom.Hr: true, atom.Dd: true, atom.Dt: true}

// HTMLDocument reads an HTML page: the visible text of the article body
// (<article>, else <main>, else <body>, without scripts, navigation, headers,
// footers and asides), the title (og:title, else <title>) and the publication
// date from the usual meta tags.
func HTMLDocument(name string, data []byte) (Document, error) {
	if err := CheckText(name, data); err != nil {
		return Document{}, err
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Document{}, &ParseError{File: name, Line: 1, Err: err}
	}
	d := Document{Slug: fileSlug(name, data), Path: name}
	var title, ogTitle, date, url string
	var article, main, body *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if n.FirstChild != nil && title == "" {
					title = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Meta:
				key, content := "", ""
				for _, a := range n.Attr {
					switch strings.ToLower(a.Key) {
					case "property", "name", "itemprop":
						key = strings.ToLower(a.Val)
					case "content":
						content = strings.TrimSpace(a.Val)
					}
				}
				switch key {
				case "og:title", "twitter:title":
					if ogTitle == "" {
						ogTitle = content
					}
				case "article:published_time", "og:published_time", "date", "datepublished", "dc.date", "dcterms.date", "pubdate", "publish-date", "sailthru.date":
					if date == "" {
						date = content
					}
				case "og:url":
					url = content
				}
			case atom.Link:
				rel, href := "", ""
				for _, a := range n.Attr {
					switch a.Key {
					case "rel":
						rel = a.Val
					case "href":
						href = a.Val
					}
				}
				if rel == "canonical" && url == "" {
					url = href
				}
			case atom.Time:
				for _, a := range n.Attr {
					if a.Key == "datetime" && date == "" {
						date = a.Val
					}
				}
			case atom.Article:
				if article == nil {
					article = n
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	content := article
	if content == nil {
		content = main
	}
	if content == nil {
		content = body
	}
	var b strings.Builder
	if content != nil {
		visibleText(content, &b)
	}
	d.Text = normalizeBlocks(b.String())
	if strings.TrimSpace(d.Text) == "" {
		return Document{}, &ParseError{File: name, Line: 1, Err: ErrEmpty}
	}
	d.Title = ogTitle
	if d.Title == "" {
		d.Title = title
	}
	if len(date) >= 10 {
		d.Date = date[:10]
	}
	d.URL = url
	return d, nil
}

func visibleText(n *html.Node, b *strings.Builder) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipElems[n.DataAtom] {
			return
		}
		for _, a := range n.Attr {
			if a.Key == "hidden" || a.Key == "aria-hidden" && a.Val == "true" {
				return
			}
		}
	}
	block := n.Type == html.ElementNode && blockElems[n.DataAtom]
	if block {
		b.WriteString("\n\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visibleText(c, b)
	}
	if block {
		b.WriteString("\n\n")
	}
}

// normalizeBlocks folds spaces within paragraphs and keeps one blank line
// between them.
func normalizeBlocks(s string) string {
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
