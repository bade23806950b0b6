package lib

import "context"

type Props struct{ N int }

func GetStaticProps(ctx context.Context) (Props, error) { return Props{}, nil } // want `GetStaticProps is declared in example.com/app/lib, which is not a page package`

// A method named like a props function outside pages belongs to another
// API: silent.
type Loader struct{}

func (Loader) GetServerSideProps() (Props, error) { return Props{}, nil }

// Misspellings outside pages are not ours: silent.
func getServerSideProps() {}

func GetUser() string { return "u" }
