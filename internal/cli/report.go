package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ssrlint/ssrlint/internal/findings"
	"github.com/ssrlint/ssrlint/internal/sarifout"
	"github.com/ssrlint/ssrlint/internal/srcroot"
)

// report prints res in the chosen format and returns the exit code for
// the findings.
func (r *runner) report(res *findings.Result) (int, error) {
	var err error
	switch r.opts.format {
	case "json":
		enc := json.NewEncoder(r.stdout)
		enc.SetIndent("", "\t")
		err = enc.Encode(res.Tree())
	case "sarif":
		withBuild := &findings.Result{Findings: res.Findings, Errors: slices.Concat(r.buildErrors, res.Errors)}
		err = sarifout.Write(r.stdout, withBuild, r.analyzers, r.root())
	case "github":
		writeGitHub(r.stdout, res.Findings, r.root())
	default:
		writeText(r.stdout, res.Findings)
	}
	if err != nil {
		return ExitError, err
	}
	if len(res.Findings) > 0 {
		return ExitFindings, nil
	}
	return ExitClean, nil
}

// writeText prints one line per finding, file names relative to the
// working directory as compilers print them, and the steps of a chain
// indented below it.
func writeText(w io.Writer, list []findings.Finding) {
	for _, f := range list {
		fmt.Fprintf(w, "%s:%d:%d: %s (%s)\n", relative(f.Pos.File), f.Pos.Line, f.Pos.Col, f.Message, f.Analyzer)
		for _, rel := range f.Related {
			fmt.Fprintf(w, "\t%s:%d:%d: %s\n", relative(rel.Pos.File), rel.Pos.Line, rel.Pos.Col, rel.Message)
		}
	}
}

// writeGitHub prints GitHub Actions workflow commands that annotate the
// findings in a pull request. GitHub resolves file against the repository
// root, whatever directory ssrlint ran in.
func writeGitHub(w io.Writer, list []findings.Finding, root string) {
	for _, f := range list {
		file, _ := srcroot.Rel(root, f.Pos.File)
		fmt.Fprintf(w, "::error file=%s,line=%d,col=%d,title=%s::%s\n", escapeProperty(file), f.Pos.Line, f.Pos.Col,
			escapeProperty("ssrlint "+f.Analyzer), escapeData(f.Message))
	}
}

// relative returns file relative to the working directory when it is
// below it.
func relative(file string) string {
	wd, err := os.Getwd()
	if err != nil {
		return file
	}
	if rel, ok := srcroot.Rel(wd, file); ok {
		return filepath.FromSlash(rel)
	}
	return file
}

// escapeData escapes a workflow command's message.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value, which also
// ends at a comma and a colon.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
