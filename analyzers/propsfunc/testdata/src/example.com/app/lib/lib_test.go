package lib

import "context"

// Test files are out of scope: silent.
func GetServerSideProps(ctx context.Context) (Props, error) { return Props{}, nil }
