package home

import "context"

type Props struct{ Title string }

func GetServerSideProps(ctx context.Context) (Props, error) { // want `pages props GetServerSideProps: props home.Props`
	return Props{}, nil
}

func GetStaticPaths(ctx context.Context) ([]string, error) { return nil, nil }
