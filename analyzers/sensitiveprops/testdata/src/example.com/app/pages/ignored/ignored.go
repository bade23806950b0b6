// Package ignored silences a finding with a reason.
package ignored

import (
	"context"
	"net/http"
)

type Props struct {
	APIKey string // a publishable key, meant for the browser
}

//ssrlint:ignore sensitiveprops the Stripe publishable key is public
func GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) {
	return Props{}, nil
}
