package main

import (
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph/rdf"
	"github.com/crimegraph/crimegraph/loaders"
	"github.com/crimegraph/crimegraph/schema"
)

type schemaOptions struct {
	format string
	base   string
}

func newSchemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "print crimegraph's vocabulary: classes, properties and the crime taxonomy (SKOS)",
		Description: "The committed schema/crimegraph.ttl is this command's output.\n\n" +
			"Example:\n   crimegraph schema --format turtle > crimegraph.ttl",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "turtle", Usage: "turtle, jsonld, ntriples"},
			baseFlag(),
		},
		Action: func(c *cli.Context) error {
			if err := checkArgs(c, 0, "schema [--format turtle|jsonld]"); err != nil {
				return err
			}
			return runSchema(c.Context, c.App.Writer, schemaOptions{format: c.String("format"), base: flagValue(c, baseFlagName)})
		},
	}
}

// WriteSchema writes the vocabulary, grouped by subject in a stable order.
func runSchema(ctx context.Context, w io.Writer, opts schemaOptions) error {
	switch opts.format {
	case "turtle", "jsonld", "ntriples":
	default:
		return cli.Exit(fmt.Sprintf("unknown format %q (accepted: turtle, jsonld, ntriples)", opts.format), exitUsage)
	}
	v := schema.NewVocab(opts.base)
	rw, err := rdf.NewWriter(w, opts.format, rdf.Options{Prefixes: v.Prefixes()})
	if err != nil {
		return err
	}
	var order []quad.Value
	bySubject := map[quad.Value][]quad.Quad{}
	for _, q := range loaders.VocabularyQuads(v) {
		if _, ok := bySubject[q.Subject]; !ok {
			order = append(order, q.Subject)
		}
		q.Label = nil // the vocabulary is one graph
		bySubject[q.Subject] = append(bySubject[q.Subject], q)
	}
	for _, s := range order {
		if err := rw.WriteSubject(s, bySubject[s]); err != nil {
			return err
		}
	}
	return rw.Close()
}
