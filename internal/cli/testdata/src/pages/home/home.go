package home

import "example.com/app/lib"

func getServerSideProps() (int, error) { return lib.Load(), nil }

type Page struct {
	GetServerSideProps func() (int, error)
}
