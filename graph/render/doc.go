// Package render draws crimegraph views as Graphviz diagrams: it writes DOT
// text (the golden form, stable across Graphviz versions) and lays it out
// with go-graphviz (Graphviz compiled to WebAssembly, no system Graphviz).
package render
