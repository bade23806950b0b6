package signature

import "context"

type Props struct{ N int }

func GetServerSideProps(ctx context.Context) Props { return Props{} } // want `GetServerSideProps has results \(Props\); it must return \(props, error\)`
