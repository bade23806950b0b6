package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/ssrlint/ssrlint/internal/baseline"
	"github.com/ssrlint/ssrlint/internal/findings"
)

func checkBaselineFlags(o *options) error {
	switch {
	case o.baseline != "" && o.baselineWrite != "":
		return errors.New("-baseline and -baseline-write: use one (write the baseline, then check against it)")
	case (o.baseline != "" || o.baselineWrite != "") && o.fix:
		return errors.New("-fix does not report findings: it cannot be combined with -baseline or -baseline-write")
	}
	return nil
}

// readBaseline reads the -baseline file, if any, before the analysis
// starts, so that a missing or broken file fails fast.
func readBaseline(path string) (*baseline.File, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-baseline: %v", err)
	}
	b, err := baseline.Read(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("-baseline %s: %v", path, err)
	}
	return b, nil
}

// writeBaseline records list in the -baseline-write file.
func (r *runner) writeBaseline(list []findings.Finding) error {
	b := baseline.NewKeyer(r.root()).Record(list)
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(r.opts.baselineWrite, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("-baseline-write: %v", err)
	}
	fmt.Fprintf(r.stderr, "ssrlint: baseline %s: recorded %s\n", r.opts.baselineWrite, count(len(list), "finding", "findings"))
	return nil
}

// applyBaseline keeps in res only the findings that b does not record and
// prints the counts on one line.
func (r *runner) applyBaseline(b *baseline.File, res *findings.Result) {
	out := baseline.NewKeyer(r.root()).Filter(b, res.Findings)
	res.Findings = out.New
	fmt.Fprintf(r.stderr, "ssrlint: baseline %s: %s, %s hidden", r.opts.baseline, count(len(out.New), "new finding", "new findings"), count(out.Known, "known finding", "known findings"))
	if out.Stale > 0 {
		fmt.Fprintf(r.stderr, ", %s no longer found (rewrite it with -baseline-write)", count(out.Stale, "stale entry", "stale entries"))
	}
	fmt.Fprintln(r.stderr)
}

// count writes n and the noun in the singular or plural.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
