package billing // want package:"props surface"

// The billing page renders the billing page; the lock records its amount
// as a string.

import "context"

// Props are the billing page's props.
type Props struct {
	Amount float64 `json:"amount"` // want `props.amount changed type from string to float64 \(from billing.Props.Amount\) and reaches the browser through GetServerSideProps without being recorded in props.lock`
	Plan   string  `json:"plan"`
}

// GetServerSideProps reads the account's plan.
func GetServerSideProps(ctx context.Context) (Props, error) {
	return Props{Amount: 9.5, Plan: "pro"}, nil
}
