package badshape

import (
	"context"
	"net/http"
)

type Props struct{ Title string }

type Page struct {
	GetStaticProps func(ctx context.Context) (Props, error) // want `GetStaticProps is a field of Page: the renderer only calls a standalone function`
}

func (Page) GetServerSideProps(ctx context.Context, r *http.Request) (Props, error) { // want `GetServerSideProps is a method of Page: the renderer only calls a standalone top-level function`
	return Props{}, nil
}

var GetStaticPaths = func(ctx context.Context) ([]string, error) { return nil, nil } // want `GetStaticPaths is a package-level variable, not a function declaration`

func getServerSideProps(ctx context.Context, r *http.Request) (Props, error) { // want `getServerSideProps looks like GetServerSideProps but is not named GetServerSideProps, so the renderer never calls it`
	return Props{}, nil
}

func GetServersideProps(ctx context.Context, r *http.Request) (Props, error) { // want `GetServersideProps looks like GetServerSideProps`
	return Props{}, nil
}

func GetServerSideProp(ctx context.Context, r *http.Request) (Props, error) { // want `GetServerSideProp looks like GetServerSideProps`
	return Props{}, nil
}

// Not a near miss: silent.
func GetServerSideConfig() {}

var title = "page" // a non-func variable: silent
