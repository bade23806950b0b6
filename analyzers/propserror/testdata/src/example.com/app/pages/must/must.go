// Package must uses the standard library's Must helpers.
package must

import (
	"context"
	"html/template"
	"net/http"
	"net/netip"
	"regexp"
)

type Props struct{ Matched bool }

const wordPattern = `^\w+$`

func GetServerSideProps(ctx context.Context, r *http.Request, w http.ResponseWriter) (Props, error) {
	q := r.URL.Query().Get("q")
	re := regexp.MustCompile(q)                                      // want `regexp.MustCompile in GetServerSideProps panics on a bad input at request time instead of rendering the 500 page; use the variant that returns an error and return it from GetServerSideProps`
	words := regexp.MustCompile(wordPattern)                         // a constant pattern: silent
	t := template.Must(template.ParseFiles("must.html"))             // want `template.Must in GetServerSideProps panics on a bad input`
	inline := template.Must(template.New("x").Parse("<p>{{.}}</p>")) // a constant template: silent
	addr := netip.MustParseAddr(r.RemoteAddr)                        // want `netip.MustParseAddr in GetServerSideProps panics`
	_, _, _ = t, inline, addr
	return Props{Matched: re.MatchString("x") && words.MatchString(q)}, nil
}
