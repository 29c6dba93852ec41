// Command crimegraph builds a knowledge graph of crime-convergence links from
// text: who said what, and which kinds of crime converge with which, every
// edge traceable to its sentence. See README.md.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/crimegraph/crimegraph/graph"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command failed: bad input, store in use, query error
	exitUsage = 2 // the command line is wrong
)

func main() {
	os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run runs the app with the given arguments and streams; it returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin)
	app.Writer, app.ErrWriter = stdout, stderr
	// errors are printed and turned into exit codes here, not by os.Exit in urfave/cli
	app.ExitErrHandler = func(*cli.Context, error) {}
	if err := app.RunContext(ctx, args); err != nil {
		fmt.Fprintf(stderr, "crimegraph: %v\n", err)
		var ec cli.ExitCoder
		if errors.As(err, &ec) {
			return ec.ExitCode()
		}
		return exitError
	}
	return exitOK
}

// Names of the flags shared by several commands.
const (
	dbFlagName   = "db"
	baseFlagName = "base"
)

// dbFlag and baseFlag are made anew for every flag set: urfave/cli writes
// parse state (and env values) into the flag structs.
func dbFlag() *cli.StringFlag {
	return &cli.StringFlag{
		Name:    dbFlagName,
		Usage:   "store address: bolt:PATH (embedded, the default), memory:",
		Value:   graph.DefaultAddress,
		EnvVars: []string{"CRIMEGRAPH_DB"},
	}
}

func baseFlag() *cli.StringFlag {
	return &cli.StringFlag{
		Name:    baseFlagName,
		Usage:   "base IRI of resources and vocabulary",
		Value:   "https://w3id.org/crimegraph/",
		EnvVars: []string{"CRIMEGRAPH_BASE"},
	}
}

func newApp(stdin io.Reader) *cli.App {
	return &cli.App{
		Name:  "crimegraph",
		Usage: "a knowledge graph of crime-convergence links from text, with evidence",
		Description: "crimegraph extracts who said what and which crime types converge from news, communiqués\n" +
			"and agency reports, stores the triples in Cayley (every quad labelled with its sentence),\n" +
			"queries them, renders Graphviz diagrams and exports RDF.\n\n" +
			"Exit status: 0 success, 1 failure (bad input, store in use, query error), 2 usage error.",
		Flags: []cli.Flag{dbFlag(), baseFlag(),
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile (pprof) of the command to this file"},
			&cli.StringFlag{Name: "memprofile", Usage: "write a heap profile (pprof) at the end of the command to this file"},
		},
		Before: func(c *cli.Context) error {
			if p := c.String("cpuprofile"); p != "" {
				f, err := os.Create(p)
				if err != nil {
					return cli.Exit(fmt.Sprintf("cpuprofile: %v", err), exitError)
				}
				if err := pprof.StartCPUProfile(f); err != nil {
					return cli.Exit(fmt.Sprintf("cpuprofile: %v", err), exitError)
				}
			}
			return nil
		},
		After: func(c *cli.Context) error {
			if c.String("cpuprofile") != "" {
				pprof.StopCPUProfile()
			}
			if p := c.String("memprofile"); p != "" {
				f, err := os.Create(p)
				if err != nil {
					return cli.Exit(fmt.Sprintf("memprofile: %v", err), exitError)
				}
				defer f.Close()
				return pprof.WriteHeapProfile(f)
			}
			return nil
		},
		HideHelpCommand:      true,
		EnableBashCompletion: false,
		Commands: []*cli.Command{
			newIngestCommand(stdin),
			newExtractCommand(stdin),
			newEvalCommand(),
			newStatsCommand(),
			newQueryCommand(stdin),
			newPathCommand(),
			newNeighborsCommand(),
			newClaimsCommand(),
			newConvergenceCommand(),
			newExportCommand(),
			newSchemaCommand(),
			newGenerateCommand(),
			newRenderCommand(),
		},
		OnUsageError: func(c *cli.Context, err error, sub bool) error {
			return cli.Exit(fmt.Sprintf("%v (see --help)", err), exitUsage)
		},
	}
}

// storeFlags are the store flags again at command level, so that --db works
// before or after the command name.
func storeFlags() []cli.Flag { return []cli.Flag{dbFlag(), baseFlag()} }

// flagValue reads a flag that may stand before or after the command name:
// the innermost context where it was given wins, else its default or env value.
func flagValue(c *cli.Context, name string) string {
	for _, ctx := range c.Lineage() {
		for _, n := range ctx.LocalFlagNames() {
			if n == name {
				return ctx.String(name)
			}
		}
	}
	return c.String(name)
}

// openStore opens the store --db names; commands that only read refuse to
// create a bolt store where none is (a mistyped path would answer "nothing").
func openStore(c *cli.Context) (*graph.Store, error) {
	return openStoreFor(c, true)
}

func openStoreFor(c *cli.Context, readOnly bool) (*graph.Store, error) {
	st, err := graph.Open(c.Context, flagValue(c, dbFlagName), &graph.Options{Base: flagValue(c, baseFlagName), MustExist: readOnly})
	if err != nil {
		return nil, cli.Exit(err.Error(), exitError)
	}
	return st, nil
}

// checkArgs rejects flags written after positional arguments, which urfave/cli
// would silently take as arguments.
func checkArgs(c *cli.Context, min int, usage string) error {
	args := c.Args().Slice()
	for _, a := range args {
		if strings.HasPrefix(a, "-") && a != "-" {
			return cli.Exit(fmt.Sprintf("flag %q after the arguments: write flags first, as in: crimegraph %s", a, usage), exitUsage)
		}
	}
	if len(args) < min {
		return cli.Exit(fmt.Sprintf("missing arguments: crimegraph %s", usage), exitUsage)
	}
	return nil
}

// writeJSON prints v as indented JSON, without escaping <, > and &.
func writeJSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
