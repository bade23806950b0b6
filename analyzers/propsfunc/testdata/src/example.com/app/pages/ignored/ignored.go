package ignored

import "context"

type Props struct{ N int }

//ssrlint:ignore propsfunc kept for the old router until v2
func getServerSideProps(ctx context.Context) (Props, error) { return Props{}, nil }

func getStaticProps(ctx context.Context) (Props, error) { return Props{}, nil } //ssrlint:ignore propsfunc same line works too

/* want `//ssrlint:ignore propsfunc needs a reason` */ //ssrlint:ignore propsfunc
func GetStaticPath(ctx context.Context) ([]string, error) { return nil, nil } // want `GetStaticPath looks like GetStaticPaths`

/* want `//ssrlint:ignore propsfunc silences nothing` */ //ssrlint:ignore propsfunc nothing here to silence
func helper() {}

/* want `//ssrlint:ignore names an unknown analyzer in "nosuch,propsjson reason"` */ //ssrlint:ignore nosuch,propsjson reason
func other() {}
