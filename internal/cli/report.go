package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ssrlint/ssrlint/internal/findings"
)

// report prints res in the chosen format and returns the exit code for
// the findings.
func (r *runner) report(res *findings.Result) int {
	list := res.Findings
	switch r.opts.format {
	case "json":
		enc := json.NewEncoder(r.stdout)
		enc.SetIndent("", "\t")
		enc.Encode(res.Tree())
	case "github":
		for _, f := range list {
			fmt.Fprintf(r.stdout, "::error file=%s,line=%d,col=%d,title=ssrlint %s::%s\n",
				relative(f.Pos.File), f.Pos.Line, f.Pos.Col, f.Analyzer, escapeGitHub(f.Message))
		}
	default:
		for _, f := range list {
			fmt.Fprintf(r.stdout, "%s:%d:%d: %s (%s)\n", relative(f.Pos.File), f.Pos.Line, f.Pos.Col, f.Message, f.Analyzer)
			for _, rel := range f.Related {
				fmt.Fprintf(r.stdout, "\t%s:%d:%d: %s\n", relative(rel.Pos.File), rel.Pos.Line, rel.Pos.Col, rel.Message)
			}
		}
	}
	if len(list) > 0 {
		return ExitFindings
	}
	return ExitClean
}

// relative returns file relative to the working directory when it is
// below it.
func relative(file string) string {
	wd, err := os.Getwd()
	if err != nil {
		return file
	}
	rel, err := filepath.Rel(wd, file)
	if err != nil || strings.HasPrefix(rel, "..") {
		return file
	}
	return rel
}

// escapeGitHub escapes a workflow command's message.
func escapeGitHub(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}
