package mixed

import "context"

type Props struct{ N int }

func GetServerSideProps(ctx context.Context) (Props, error) { return Props{}, nil }

func GetStaticProps(ctx context.Context) (Props, error) { return Props{}, nil } // want `GetStaticProps cannot be used together with GetServerSideProps in one page`

func GetStaticPaths(ctx context.Context) ([]string, error) { return nil, nil } // want `GetStaticPaths cannot be used together with GetServerSideProps in one page`
