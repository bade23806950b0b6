// Package stats is a page that calls the API route pages/api/stats on a
// host known only at run time. It does not import that package: only the
// driver's route table (selfapi's -routes) can tell that the module serves
// the path. Without the table the analyzer stays silent rather than read
// the sibling directory.
package stats

import (
	"context"
	"net/http"
	"os"
)

type Props struct{ Visits int }

func GetServerSideProps(ctx context.Context) (Props, error) {
	resp, err := http.Get(os.Getenv("STATS_SERVICE") + "/api/stats")
	if err != nil {
		return Props{}, err
	}
	defer resp.Body.Close()
	return Props{Visits: 1}, nil
}
