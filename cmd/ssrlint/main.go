// Command ssrlint checks Go server-rendered apps against the rules of
// server-side props functions. Run `ssrlint -h` for usage; invoked by
// `go vet -vettool`, it analyzes one package unit per call.
package main

import (
	"os"

	"github.com/ssrlint/ssrlint/internal/cli"
	"github.com/ssrlint/ssrlint/internal/suite"
	"github.com/ssrlint/ssrlint/internal/vettool"
)

func main() {
	analyzers := suite.Analyzers()
	if vettool.Is(os.Args[1:]) {
		vettool.Main(analyzers)
	}
	os.Exit(cli.Main(os.Args[1:], analyzers, os.Stdout, os.Stderr))
}
