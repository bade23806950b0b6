package users

import "context"

type Props struct{ N int }

func GetServerSideProps(ctx context.Context) (Props, error) { return Props{}, nil } // want `GetServerSideProps is declared in example.com/app/pages/api/users, which is an API route package, not a page`
