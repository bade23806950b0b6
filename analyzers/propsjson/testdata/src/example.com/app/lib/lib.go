// Package lib is not a page: silent.
package lib

import "context"

type Props struct{ C chan int }

func GetServerSideProps(ctx context.Context) (Props, error) { return Props{}, nil }
