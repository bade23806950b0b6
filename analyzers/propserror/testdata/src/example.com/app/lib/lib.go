// Package lib is not a page: silent.
package lib

import (
	"context"
	"log"
)

func GetServerSideProps(ctx context.Context) (struct{}, error) {
	log.Fatal("not a page")
	return struct{}{}, nil
}
